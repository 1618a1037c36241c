"""Certificates and revocation lists from the files CAs and offices hand out, and who a
certificate names.

A CA's chain usually comes as .cer (DER or PEM), .pem (possibly several), or .p7b (a PKCS#7
bundle, DER or PEM); a CRL as .crl (DER or PEM). The content decides, not the file's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emudesk.i18n import _
from emudesk.signing import Signer
from emudesk.signing.errors import SignatureError

if TYPE_CHECKING:
    from asn1crypto import crl, x509

MAX_FILE_BYTES = 5 * 1024 * 1024  # a CA's CRL can be large; a certificate is a few KB


@dataclass(frozen=True)
class Loaded:
    """What one file held."""

    certificates: tuple[x509.Certificate, ...]
    crls: tuple[crl.CertificateList, ...]


def load(data: bytes, name: str = "") -> Loaded:
    """The certificates and CRLs of a .cer/.crt/.pem/.der/.p7b/.p7c/.crl file's bytes."""
    from asn1crypto import pem

    if len(data) > MAX_FILE_BYTES:
        raise _unusable(name)
    blocks: list[tuple[str, bytes]] = []
    try:
        if pem.detect(data):
            blocks = [(kind, der) for kind, _headers, der in pem.unarmor(data, multiple=True)]
        else:
            blocks = [("", data)]
    except (ValueError, TypeError) as exc:
        raise _unusable(name) from exc
    certificates: list[x509.Certificate] = []
    crls: list[crl.CertificateList] = []
    for kind, der in blocks:
        found_certs, found_crls = _decode(kind, der)
        certificates += found_certs
        crls += found_crls
    if not certificates and not crls:
        raise _unusable(name)
    return Loaded(tuple(certificates), tuple(crls))


def _decode(kind: str, der: bytes) -> tuple[list[x509.Certificate], list[crl.CertificateList]]:
    """One DER block as whichever of certificate, PKCS#7 bundle or CRL it parses as."""
    from asn1crypto import cms, crl, x509

    attempts: list[str] = []
    if "CRL" in kind:
        attempts = ["crl"]
    elif "PKCS7" in kind or "CMS" in kind:
        attempts = ["p7"]
    elif "CERTIFICATE" in kind:
        attempts = ["cert"]
    else:
        attempts = ["cert", "p7", "crl"]
    for attempt in attempts:
        try:
            if attempt == "cert":
                cert = x509.Certificate.load(der, strict=True)
                cert.native  # noqa: B018 - parse it all now, not when first shown
                return [cert], []
            if attempt == "p7":
                info = cms.ContentInfo.load(der, strict=True)
                if info["content_type"].native != "signed_data":
                    continue
                found = [
                    c.chosen
                    for c in info["content"]["certificates"] or []
                    if isinstance(c.chosen, x509.Certificate)
                ]
                for cert in found:
                    cert.native  # noqa: B018
                return found, []
            if attempt == "crl":
                revocations = crl.CertificateList.load(der, strict=True)
                revocations.native  # noqa: B018
                return [], [revocations]
        except (ValueError, TypeError, KeyError, OverflowError):
            continue
    return [], []


def _unusable(name: str) -> SignatureError:
    return SignatureError(
        _(
            "{name} holds no certificate or revocation list that can be read (expected a "
            ".cer, .pem, .p7b or .crl file from the CA or the office).",
            name=name or "?",
        )
    )


def describe(cert: x509.Certificate) -> Signer:
    """Name, organisation, unit, issuer, serial, validity and fingerprint of ``cert``."""
    subject: dict[str, Any] = cert.subject.native
    issuer: dict[str, Any] = cert.issuer.native
    validity = cert["tbs_certificate"]["validity"]
    return Signer(
        name=_first(subject.get("common_name")),
        organisation=_first(subject.get("organization_name")),
        unit=_first(subject.get("organizational_unit_name")),
        issuer=_first(issuer.get("common_name") or issuer.get("organization_name")),
        serial=format(cert.serial_number, "X"),
        valid_from=_utc(validity["not_before"].native),
        valid_to=_utc(validity["not_after"].native),
        sha256=cert.sha256.hex(),
        is_ca=bool(cert.ca),
    )


def _first(value: Any) -> str:
    """Subject attributes may repeat (two OUs); show them joined."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value or "")


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def crl_issuer(revocations: crl.CertificateList) -> str:
    issuer: dict[str, Any] = revocations.issuer.native
    return _first(issuer.get("common_name") or issuer.get("organization_name"))


def crl_next_update(revocations: crl.CertificateList) -> dt.datetime | None:
    found = revocations["tbs_cert_list"]["next_update"].native
    return _utc(found) if found else None
