"""Sign a package with the office's token; check one that arrived, and refuse it unless it
is signed by someone this office trusts or the officer accepts it explicitly.

Every package goes through here: the handover file now (``services.signing.handover``),
the submission and decision packages later. A new kind of package needs only a zip with a
``manifest.json`` listing each member's SHA-256 (see ``emudesk.signing.package``); then::

    write_the_package(session, ..., path)          # unsigned, as today
    signer = packages.sign_package(path, pin)       # adds signature.p7s

and on the receiving side, before reading a byte of it into the database::

    check = packages.check_package(path)
    packages.require_trusted(check, accept=officer_accepted, file=path.name)
    read_the_package(session, path)
    packages.record(session, check, path, kind="submission", accepted=officer_accepted)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.errors import EmuError
from emudesk.i18n import _
from emudesk.services import audit
from emudesk.services.signing import settings, trust
from emudesk.services.tx import write
from emudesk.signing import Signer, Status, Token, Verdict
from emudesk.signing.errors import SignatureError
from emudesk.signing.package import PackageCheck


class UnverifiedPackageError(EmuError):
    """A package without a valid signature by a trusted signer; ``check`` says what is wrong.
    The window offers to accept it anyway; the commands need ``--accept-unverified``."""

    def __init__(self, message: str, check: PackageCheck) -> None:
        super().__init__(message)
        self.check = check


def sign_package(path: Path, pin: str, *, token: Token | None = None) -> Signer:
    """Add ``signature.p7s`` (detached CMS over the manifest) to the package at ``path``."""
    from emudesk.files import atomic_output
    from emudesk.signing import cms, package
    from emudesk.signing.token import TokenSession

    chosen = token or settings.require_token()
    manifest = package.manifest_of(Path(path))
    with TokenSession(chosen, pin) as session:
        signature, signer = cms.sign_detached(manifest, session)
    with atomic_output(path) as temporary:
        package.add_signature(Path(path), temporary, signature)
    return signer


def check_package(path: Path) -> PackageCheck:
    """The package's signature and members, against this office's trust store."""
    from emudesk.signing import package

    return package.check(Path(path), trust.anchors())


def require_trusted(check: PackageCheck, *, accept: bool, file: str) -> None:
    """Refuse a package that is not validly signed by a trusted signer, unless accepted."""
    if check.valid or accept:
        return
    raise UnverifiedPackageError(
        _(
            "{file} was refused: {problems}. Nothing was changed. Accept it only if you know "
            "where it comes from (the acceptance is recorded).",
            file=file,
            problems="; ".join(check.verdict.problems),
        ),
        check,
    )


@contextlib.contextmanager
def trusted_copy(
    path: Path, *, accept_unverified: bool, prefix: str
) -> Iterator[tuple[Path, PackageCheck]]:
    """A private copy of the package at ``path``, its signature checked and trusted (or the
    lack of one accepted), with the check: reading the copy reads exactly what was checked,
    whatever happens to the original meanwhile. The copy is gone when the block ends."""
    source = Path(path)
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        copy = Path(folder) / source.name
        try:
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise SignatureError(_("{file} cannot be read.", file=source.name)) from exc
        check = check_package(copy)
        require_trusted(check, accept=accept_unverified, file=source.name)
        yield copy, check


def record(
    session: Session,
    check: PackageCheck,
    path: Path,
    *,
    kind: str,
    accepted: bool,
    entity_uuid: UUID | None = None,
) -> None:
    """The audit entry of a received package: who signed it, or that it was accepted
    without a valid signature."""
    verdict = check.verdict
    signer = verdict.signer
    with write(session):
        audit.record(
            session,
            action=f"{kind}_signature",
            entity=kind,
            entity_uuid=entity_uuid,
            summary=summary(verdict)
            + (" — " + _("accepted by the user") if not check.valid else ""),
            new={
                "status": verdict.status.value,
                "signer": signer.name if signer else "",
                "organisation": signer.organisation if signer else "",
                "certificate_sha256": signer.sha256 if signer else "",
                "signed_at": verdict.signed_at,
                "problems": list(verdict.problems),
                "accepted_without_valid_signature": accepted and not check.valid,
            },
            source=Path(path).name,
            source_sha256=check.file_sha256,
        )


def summary(verdict: Verdict) -> str:
    """One line: "valid, signed by …" or what is wrong."""
    signer = verdict.signer
    who = (
        _("{name} ({organisation})", name=signer.name, organisation=signer.organisation or "—")
        if signer
        else ""
    )
    if verdict.status is Status.VALID:
        return _("valid signature of {who}", who=who)
    if verdict.status is Status.UNSIGNED:
        return _("not signed")
    if verdict.status is Status.UNTRUSTED:
        return _("signed by {who}, whom this office does not trust", who=who or "?")
    return _("invalid signature: {problems}", problems="; ".join(verdict.problems))


def details(verdict: Verdict) -> list[str]:
    """The lines an officer reads about a signature: status, signer, certificate, time."""
    lines = [summary(verdict)]
    signer = verdict.signer
    if signer is not None:
        lines.append(_("Signer: {name}", name=signer.name or "—"))
        lines.append(_("Organisation: {organisation}", organisation=signer.organisation or "—"))
        if signer.unit:
            lines.append(_("Unit: {unit}", unit=signer.unit))
        now = dt.datetime.now(dt.UTC)
        state = _("valid now") if signer.valid_on(now) else _("NOT valid now")
        lines.append(
            _(
                "Certificate: issued by {issuer}, serial {serial}, valid {start} – {end} ({state})",
                issuer=signer.issuer or "—",
                serial=signer.serial,
                start=signer.valid_from.date().isoformat(),
                end=signer.valid_to.date().isoformat(),
                state=state,
            )
        )
    if verdict.signed_at is not None:
        moment = verdict.signed_at.astimezone()
        lines.append(_("Signed at: {moment}", moment=moment.strftime("%d/%m/%Y %H:%M:%S %z")))
    return lines
