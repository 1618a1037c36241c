"""File › Receive a package: a cluster's submission (at the issuer's office) or the issuer's
decision (at the head's); the signature checked, the changes previewed, then imported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from emudesk.errors import EmuError
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg

if TYPE_CHECKING:
    from emudesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Connect File › Receive a package to this module."""
    window.ui.actionReceivePackage.triggered.connect(
        lambda: receive_file(window, window.context, ask_file(window))
    )


def ask_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Packages", "Receive a package"),
        "",
        QCoreApplication.translate(
            "Packages", "emudesk packages (*.zip *.emudesk-package);;All files (*)"
        ),
    )
    return Path(name) if name else None


def receive_file(parent: QWidget, context: DataContext, path: Path | None) -> Any:
    """Check who signed ``path``, show what it would change, import it once confirmed."""
    if path is None:
        return None
    from emudesk.services.issuing import decision_package, package, submission_import
    from emudesk.ui.handover_actions import run_busy
    from emudesk.ui.signing_actions import accept_package

    kind = package.kind_of(path)
    if kind not in ("submission", "decision"):
        messages.refuse(
            parent,
            EmuError(
                arg(
                    QCoreApplication.translate(
                        "Packages", "%1 is not a submission or decision package."
                    ),
                    path.name,
                )
            ),
            QCoreApplication.translate("Packages", "The package cannot be used"),
        )
        return None
    service = submission_import if kind == "submission" else decision_package
    signature = accept_package(parent, context, path)
    if signature is None:
        return None
    accepted, signed_by = signature
    try:
        plan = run_busy(
            parent,
            context,
            QCoreApplication.translate("Packages", "Reading the package…"),
            lambda session, _progress: (
                service.receive(session, path, dry_run=True, accept_unverified=accepted).plan
            ),
        )
    except EmuError as error:
        messages.refuse(
            parent, error, QCoreApplication.translate("Packages", "The package cannot be used")
        )
        return None
    if not plan.changes_anything:
        messages.inform(
            parent,
            QCoreApplication.translate("Packages", "Nothing to import"),
            arg(QCoreApplication.translate("Packages", "%1: no changes."), path.name),
        )
        return plan
    text = arg(
        QCoreApplication.translate("Packages", "%1 changes %2 record(s) of this database."),
        path.name,
        len(plan.changes),
    )
    text += "\n" + arg(QCoreApplication.translate("Packages", "Signature: %1."), signed_by)
    shown = list(plan.changes[:12]) + (["…"] if len(plan.changes) > 12 else [])
    text += "\n\n" + "\n".join(shown)
    if not messages.confirm(
        parent,
        QCoreApplication.translate("Packages", "Receive the package"),
        text,
        QCoreApplication.translate("Packages", "Import"),
    ):
        return None
    try:
        received = run_busy(
            parent,
            context,
            QCoreApplication.translate("Packages", "Importing the package…"),
            lambda session, _progress: (
                service.receive(session, path, accept_unverified=accepted).plan
            ),
        )
    except EmuError as error:
        messages.refuse(
            parent, error, QCoreApplication.translate("Packages", "The package was not imported")
        )
        return None
    context.changed.emit()
    messages.inform(
        parent,
        QCoreApplication.translate("Packages", "Package imported"),
        arg(
            QCoreApplication.translate("Packages", "%1: %2 change(s) imported."),
            path.name,
            len(received.changes),
        ),
    )
    return received
