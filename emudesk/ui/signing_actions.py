"""Signing in the window: the PIN asked each time, the token's work on a worker thread.

A real token takes hundreds of milliseconds to log in and sign, so every operation that
touches it runs behind a busy dialog on Qt's thread pool (``handover_actions.run_busy``).
A PIN the token refused asks again, showing why; the program never retries on its own,
because tokens lock after a few wrong PINs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QWidget

from emudesk.errors import EmuError
from emudesk.services.certificates.printing import PrintOutcome
from emudesk.services.signing import packages, papers, settings
from emudesk.signing import Signer, Token, Verdict
from emudesk.signing.errors import TokenError
from emudesk.signing.pdf import Field
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg

T = TypeVar("T")


def token_ready() -> bool:
    """A token is chosen in the settings (or the environment): signing can be offered."""
    return settings.current_token() is not None


def with_pin(
    parent: QWidget, context: DataContext, label: str, work: Callable[[Any, str], T]
) -> T | None:
    """Ask the PIN, run ``work(session, pin)`` on a worker thread (with a session of its own);
    ask again after a refused PIN. None when the officer cancels; other refusals are raised."""
    from emudesk.ui.dialogs.pin import PinDialog
    from emudesk.ui.handover_actions import run_busy

    token = settings.require_token()
    warning = _safe_warning(token)
    while True:
        dialog = PinDialog(token, warning, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.deleteLater()
        try:
            result: T = run_busy(parent, context, label, _bound(work, dialog.pin))
        except TokenError as error:
            if not error.wrong_pin:
                raise
            warning = " ".join(p for p in (error.message, _safe_warning(token)) if p)
            continue
        return result


def _bound(work: Callable[[Any, str], T], pin: str) -> Callable[[Any, Any], T]:
    """``work`` with the PIN, as the worker calls it (with its session and progress)."""
    return lambda session, _progress: work(session, pin)


def _safe_warning(token: Token) -> str:
    try:
        return settings.pin_warning(token)
    except EmuError:
        return ""


def choose_place(parent: QWidget, places: Sequence[Field]) -> Field | None:
    """The signature block to sign in: asked when the paper has several (the last first)."""
    if len(places) <= 1:
        return places[0] if places else None
    labels = [p.label for p in places]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Signing", "Sign the paper"),
        QCoreApplication.translate("Signing", "Sign in the block of:"),
        labels,
        len(labels) - 1,
        False,
    )
    return places[labels.index(chosen)] if ok and chosen in labels else None


def sign_paper(parent: QWidget, context: DataContext, path: Path) -> papers.SignedPaper | None:
    """Sign the PDF at ``path`` with the token, in a signature block the officer picks."""
    try:
        places = papers.places(path)
        place = choose_place(parent, places)
        if places and place is None:
            return None
        signed = with_pin(
            parent,
            context,
            QCoreApplication.translate("Signing", "Signing with the token…"),
            lambda _session, pin: papers.sign_paper(
                path, pin, place_key=place.name if place else None
            ),
        )
    except EmuError as error:
        messages.refuse(
            parent, error, QCoreApplication.translate("Signing", "The paper was not signed")
        )
        return None
    if signed is not None:
        where = (
            arg(QCoreApplication.translate("Signing", "in the block %1"), signed.place.label)
            if signed.place
            else QCoreApplication.translate("Signing", "without a visible box")
        )
        messages.inform(
            parent,
            QCoreApplication.translate("Signing", "Paper signed"),
            arg(
                QCoreApplication.translate("Signing", "%1 is signed by %2 %3."),
                path.name,
                signer_text(signed.signer),
                where,
            ),
        )
    return signed


def offer_to_sign(parent: QWidget, context: DataContext, path: Path) -> papers.SignedPaper | None:
    """After a paper is written as PDF: sign it now? (only asked when a token is set up)."""
    if path.suffix.lower() != ".pdf" or not token_ready():
        return None
    if not messages.confirm(
        parent,
        QCoreApplication.translate("Signing", "Sign the paper"),
        arg(
            QCoreApplication.translate(
                "Signing", "%1 is written. Sign it now with the office's token?"
            ),
            path.name,
        ),
        QCoreApplication.translate("Signing", "Sign"),
    ):
        return None
    return sign_paper(parent, context, path)


def offer_to_sign_all(
    parent: QWidget, context: DataContext, paths: Sequence[Path]
) -> list[papers.SignedPaper] | None:
    """After a dossier is written: sign its PDF papers now, each in its main block (the
    head's, the chair's, the unit's), with one PIN?"""
    pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]
    if not pdfs or not token_ready():
        return None
    if not messages.confirm(
        parent,
        QCoreApplication.translate("Signing", "Sign the papers"),
        arg(
            QCoreApplication.translate(
                "Signing",
                "Sign the %1 PDF paper(s) now with the office's token, each in its main "
                "signature block?",
            ),
            len(pdfs),
        ),
        QCoreApplication.translate("Signing", "Sign"),
    ):
        return None
    try:
        signed = with_pin(
            parent,
            context,
            QCoreApplication.translate("Signing", "Signing with the token…"),
            lambda _session, pin: [papers.sign_paper(path, pin) for path in pdfs],
        )
    except EmuError as error:
        messages.refuse(
            parent, error, QCoreApplication.translate("Signing", "The papers were not all signed")
        )
        return None
    if signed:
        messages.inform(
            parent,
            QCoreApplication.translate("Signing", "Papers signed"),
            arg(
                QCoreApplication.translate("Signing", "%1 paper(s) signed by %2."),
                len(signed),
                signer_text(signed[0].signer),
            ),
        )
    return signed


def ask_to_sign(parent: QWidget, title: str, text: str) -> bool:
    """Before writing a package or signed codes: sign them? (False without a token)."""
    return token_ready() and messages.confirm(
        parent, title, text, QCoreApplication.translate("Signing", "Sign")
    )


def print_signed_certificates(
    parent: QWidget, context: DataContext, year_uuid: UUID, target: Path, **options: Any
) -> PrintOutcome | None:
    """Print certificates whose QR codes the token signs (None: the officer cancelled)."""
    from emudesk.services.signing import codes

    printed = with_pin(
        parent,
        context,
        QCoreApplication.translate("Signing", "Printing and signing the QR codes…"),
        lambda session, pin: codes.print_signed(session, year_uuid, target, pin, **options),
    )
    if printed is None:
        return None
    context.changed.emit()
    return printed[0]


def ask_to_sign_handover(parent: QWidget) -> bool:
    return ask_to_sign(
        parent,
        QCoreApplication.translate("Signing", "Sign the handover file"),
        QCoreApplication.translate(
            "Signing",
            "Sign the file with the office's token, so that the next head can tell it comes "
            "from you and was not changed on the way?",
        ),
    )


def write_signed_handover(
    parent: QWidget, context: DataContext, code: str, target: Path
) -> Path | None:
    """Write the cluster's handover file signed by the token (None: cancelled or refused)."""
    from emudesk.services.signing import handover

    try:
        written = with_pin(
            parent,
            context,
            QCoreApplication.translate("Signing", "Writing and signing the handover file…"),
            lambda session, pin: handover.export_signed(session, code, target, pin),
        )
    except EmuError as error:
        messages.refuse(
            parent,
            error,
            QCoreApplication.translate("Signing", "The handover file was not written"),
        )
        return None
    if written is None:
        return None
    counts, signer = written
    from emudesk.ui import saving

    saving.saved(
        parent,
        QCoreApplication.translate("Signing", "Handover file written and signed"),
        target,
        arg(
            QCoreApplication.translate(
                "Signing",
                "%1: %2 record(s) written to %3, signed by %4. Give this file to the next head.",
            ),
            code,
            sum(counts.values()),
            target,
            signer_text(signer),
        ),
        openable=False,
    )
    return target


def accept_package(parent: QWidget, context: DataContext, path: Path) -> tuple[bool, str] | None:
    """Check a package's signature before reading it: (accepted without a valid signature,
    the line saying who signed); None when the officer refuses an unverified one."""
    from emudesk.ui.handover_actions import run_busy

    try:
        check = run_busy(
            parent,
            context,
            QCoreApplication.translate("Signing", "Checking the signature…"),
            lambda _session, _progress: packages.check_package(path),
        )
    except EmuError as error:
        messages.refuse(
            parent, error, QCoreApplication.translate("Signing", "The file cannot be used")
        )
        return None
    if check.valid:
        return False, packages.summary(check.verdict)
    choice = messages.ask(
        parent,
        messages.Icon.Warning,
        QCoreApplication.translate("Signing", "No valid signature"),
        arg(
            QCoreApplication.translate(
                "Signing",
                "%1 is not signed by anyone this office trusts: %2. Accept it only if you know "
                "where it comes from; the acceptance is recorded.",
            ),
            path.name,
            packages.summary(check.verdict),
        ),
        [
            QCoreApplication.translate("Signing", "Accept it all the same"),
            QCoreApplication.translate("Signing", "Refuse"),
        ],
        details=describe([check.verdict]),
        default=1,
    )
    if choice != 0:
        return None
    return True, packages.summary(check.verdict)


def describe(verdicts: Sequence[Verdict]) -> str:
    return "\n\n".join("\n".join(packages.details(v)) for v in verdicts)


def signer_text(signer: Signer) -> str:
    return f"{signer.name} ({signer.organisation or '—'})"


def verify_file(parent: QWidget, path: Path | None = None) -> list[Verdict] | None:
    """Tools › Verify a signed file: a PDF's signatures or a package's, shown in words."""
    from emudesk.services.signing import files

    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Signing", "Verify a signed file"),
            "",
            QCoreApplication.translate(
                "Signing", "PDF and packages (*.pdf *.emudesk *.zip);;All files (*)"
            ),
        )
        if not name:
            return None
        path = Path(name)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        verdicts = files.check_file(path)
    except EmuError as error:
        QApplication.restoreOverrideCursor()
        messages.refuse(
            parent, error, QCoreApplication.translate("Signing", "The file cannot be checked")
        )
        return None
    QApplication.restoreOverrideCursor()
    valid = all(v.valid for v in verdicts)
    show: Any = messages.inform if valid else messages.warn
    show(
        parent,
        QCoreApplication.translate("Signing", "Signature valid")
        if valid
        else QCoreApplication.translate("Signing", "Signature NOT valid"),
        arg(QCoreApplication.translate("Signing", "%1:"), path.name) + "\n" + describe(verdicts),
    )
    return verdicts
