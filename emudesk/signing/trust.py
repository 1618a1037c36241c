"""What this office trusts, and how a pyHanko status becomes a ``Verdict``.

Trust is only what the office imported: CA certificates (a CA's chain vouches for every
certificate it issued) or single offices' certificates (a leaf certificate is its own
anchor). The system's list of web CAs is never used, nothing is fetched (no OCSP, no CRL
download, no AIA), and revocation is checked only against CRL files the office imported:
without one, a revoked certificate cannot be told from a good one, which the guide says.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from emudesk.i18n import _
from emudesk.signing import Status, Verdict
from emudesk.signing.certs import describe

if TYPE_CHECKING:
    from asn1crypto import crl, x509


@dataclass(frozen=True)
class Trust:
    """The trusted certificates and the imported CRLs."""

    certificates: Sequence[x509.Certificate] = ()
    crls: Sequence[crl.CertificateList] = field(default_factory=tuple)


def quiet() -> None:
    """pyHanko logs a warning with a whole traceback for every untrusted signer: that is a
    verdict here, not a fault, so keep the log readable."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.ERROR)


def validation_context(trust: Trust, moment: dt.datetime | None = None) -> Any:
    from pyhanko_certvalidator import ValidationContext

    quiet()
    return ValidationContext(
        trust_roots=list(trust.certificates),  # replaces the system's list: never web CAs
        crls=list(trust.crls),
        allow_fetching=False,
        revocation_mode="soft-fail",  # without an imported CRL nothing can be said
        moment=moment,
    )


def key_usage() -> Any:
    """Certificates of Vietnamese CAs carry digitalSignature, often nonRepudiation too."""
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )


def verdict(status: Any, *, whole: bool = True, field_name: str = "") -> Verdict:
    """A pyHanko ``SignatureStatus`` as a ``Verdict`` with the problems in words."""
    signer = describe(status.signing_cert) if status.signing_cert is not None else None
    signed_at = getattr(status, "signer_reported_dt", None)
    problems: list[str] = []
    if not status.intact:
        problems.append(_("the content was changed after it was signed"))
    elif not status.valid:
        problems.append(_("the signature itself is damaged or forged"))
    if status.intact and status.valid and not whole:
        problems.append(_("the file was changed after it was signed (content was added)"))
    if status.revoked:
        problems.append(_("the signer's certificate has been revoked (imported CRL)"))
    elif status.intact and status.valid and not status.trusted:
        problems.append(_("no certificate this office trusts vouches for the signer"))
    if problems and status.intact and status.valid and whole and not status.revoked:
        kind = Status.UNTRUSTED
    elif problems:
        kind = Status.INVALID
    else:
        kind = Status.VALID
    return Verdict(kind, signer, signed_at, tuple(problems), field_name)
