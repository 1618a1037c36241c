"""The certificates this office trusts, and the revocation lists it imported.

Kept as files under ``signing/`` in the user data folder (``trusted/<sha256>.cer``,
``crls/<sha256>.crl``, DER), imported from the files CAs and offices hand out: a CA's chain
(.cer, .pem, .p7b) vouches for every office certificate it issued, an office's own
certificate vouches for that office only. Nothing is ever fetched from the internet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk import paths
from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.signing import Signer
from emudesk.signing.certs import crl_issuer, crl_next_update, describe, load
from emudesk.signing.errors import SignatureError
from emudesk.signing.trust import Trust

if TYPE_CHECKING:
    from asn1crypto import crl, x509


@dataclass(frozen=True)
class Imported:
    """What importing a file added: certificates, CRLs, and how many were known already."""

    certificates: tuple[Signer, ...]
    crls: int
    known: int


@dataclass(frozen=True)
class RevocationList:
    issuer: str
    next_update: str  # ISO date, or "" when the CRL does not say
    sha256: str


def _folder(name: str) -> Path:
    folder = paths.signing_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def import_file(path: Path) -> Imported:
    """Trust the certificates of ``path`` and keep its CRLs (a .cer/.pem/.p7b/.crl file)."""
    import hashlib

    from emudesk.files import atomic_output

    try:
        with Path(path).open("rb") as stream:
            data = stream.read(6 * 1024 * 1024)
    except OSError as exc:
        raise SignatureError(_("{file} cannot be read.", file=Path(path).name)) from exc
    loaded = load(data, Path(path).name)
    added: list[Signer] = []
    known = 0
    for cert in loaded.certificates:
        signer = describe(cert)
        target = _folder("trusted") / f"{signer.sha256}.cer"
        if target.exists():
            known += 1
            continue
        with atomic_output(target) as temporary:
            temporary.write_bytes(cert.dump())
        added.append(signer)
    crls = 0
    for revocations in loaded.crls:
        der = revocations.dump()
        target = _folder("crls") / f"{hashlib.sha256(der).hexdigest()}.crl"
        if target.exists():
            known += 1
            continue
        with atomic_output(target) as temporary:
            temporary.write_bytes(der)
        crls += 1
    return Imported(tuple(added), crls, known)


def trusted() -> list[Signer]:
    """The trusted certificates, CAs first, then by name."""
    return sorted((describe(c) for c in _certificates()), key=lambda s: (not s.is_ca, s.name))


def revocation_lists() -> list[RevocationList]:
    found = []
    for file, revocations in _crls():
        update = crl_next_update(revocations)
        found.append(
            RevocationList(
                crl_issuer(revocations), update.date().isoformat() if update else "", file.stem
            )
        )
    return found


def remove(sha256: str) -> None:
    """Stop trusting a certificate (or drop a CRL), named by its SHA-256 fingerprint."""
    wanted = sha256.strip().lower().replace(":", "")
    for folder, suffix in (("trusted", ".cer"), ("crls", ".crl")):
        for file in _folder(folder).glob(f"*{suffix}"):
            if wanted and file.stem == wanted:
                file.unlink()
                return
    raise NotFoundError(
        _("No trusted certificate or revocation list has the fingerprint {sha256}.", sha256=sha256)
    )


def anchors() -> Trust:
    """Everything imported, for checking signatures."""
    return Trust(tuple(_certificates()), tuple(c for _f, c in _crls()))


def _certificates() -> list[x509.Certificate]:
    from asn1crypto import x509

    found = []
    for file in sorted(_folder("trusted").glob("*.cer")):
        try:
            found.append(x509.Certificate.load(file.read_bytes(), strict=True))
        except (OSError, ValueError, TypeError):
            continue  # a damaged file trusts nothing
    return found


def _crls() -> list[tuple[Path, crl.CertificateList]]:
    from asn1crypto import crl

    found: list[tuple[Path, crl.CertificateList]] = []
    for file in sorted(_folder("crls").glob("*.crl")):
        try:
            found.append((file, crl.CertificateList.load(file.read_bytes(), strict=True)))
        except (OSError, ValueError, TypeError):
            continue
    return found
