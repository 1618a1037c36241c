"""File > Hand over a cluster / Receive a handover file: the dialogs around services.handover."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from emudesk.errors import EmuError
from emudesk.services.handover import export, merge
from emudesk.services.organisation import clusters
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg


def export_cluster(parent: QWidget, context: DataContext) -> Path | None:
    """Ask which cluster and where, then write the handover file."""
    # the cluster as a person names it: code, name and the issuer that formed it
    choices = {
        f"{c.code} — {c.name} — {c.issuer_name}": c.code
        for c in context.read(clusters.list_clusters)
    }
    if not choices:
        return None
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Handover", "Hand over a cluster"),
        QCoreApplication.translate("Handover", "Cluster:"),
        list(choices),
        0,
        False,
    )
    if not ok or chosen not in choices:
        return None
    code = choices[chosen]
    target = saving.ask_save_path(
        parent,
        saving.HANDOVER,
        QCoreApplication.translate("Handover", "Handover file"),
        f"ban-giao-{code}.emudesk",
        QCoreApplication.translate("Handover", "emudesk handover files (*.emudesk);;All files (*)"),
    )
    if target is None:
        return None
    return write_export(parent, context, code, target)


def run_busy(parent: QWidget, context: DataContext, label: str, work: Any) -> Any:
    """Run ``work(session, progress)`` on a worker thread behind a busy progress dialog.

    The officer sees that the program works (a cluster's history takes a few seconds); the
    dialog cannot be cancelled because the merge is one transaction that must finish or
    roll back as a whole. Refusals are raised here as they would be from a direct call.
    """
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from emudesk.ui.workers import Task

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task = Task(context, work, parent)
    task.succeeded.connect(lambda result: outcome.__setitem__("result", result))
    task.refused.connect(lambda error: outcome.__setitem__("error", error))
    task.finished.connect(loop.quit)
    task.start()
    loop.exec()
    dialog.close()
    task.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def write_export(parent: QWidget, context: DataContext, code: str, target: Path) -> Path | None:
    from emudesk.ui import signing_actions

    if signing_actions.ask_to_sign_handover(parent):
        return signing_actions.write_signed_handover(parent, context, code, target)
    try:
        counts = run_busy(
            parent,
            context,
            QCoreApplication.translate("Handover", "Writing the handover file…"),
            lambda session, _progress: export.export_cluster(session, code, target),
        )
    except EmuError as error:
        messages.refuse(
            parent,
            error,
            QCoreApplication.translate("Handover", "The handover file was not written"),
        )
        return None
    saving.saved(
        parent,
        QCoreApplication.translate("Handover", "Handover file written"),
        target,
        arg(
            QCoreApplication.translate(
                "Handover", "%1: %2 record(s) written to %3. Give this file to the next head unit."
            ),
            code,
            sum(counts.values()),
            target,
        ),
        openable=False,
    )
    return target


def import_file(parent: QWidget, context: DataContext) -> merge.MergePlan | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Handover", "Receive a handover file"),
        "",
        QCoreApplication.translate("Handover", "emudesk handover files (*.emudesk);;All files (*)"),
    )
    return merge_file(parent, context, Path(name)) if name else None


def merge_file(parent: QWidget, context: DataContext, path: Path) -> merge.MergePlan | None:
    """Check who signed the file, show what it would change; merge after the officer decides."""
    from emudesk.services.signing import handover
    from emudesk.ui import signing_actions

    signature = signing_actions.accept_package(parent, context, path)
    if signature is None:
        return None
    accepted, signed_by = signature
    reading = QCoreApplication.translate("Handover", "Reading the handover file…")
    try:
        plan = run_busy(
            parent,
            context,
            reading,
            lambda session, _progress: merge.merge(session, path, dry_run=True),
        )
    except EmuError as error:
        messages.refuse(
            parent,
            error,
            QCoreApplication.translate("Handover", "The handover file cannot be used"),
        )
        return None
    if not plan.changes_anything:
        messages.inform(
            parent,
            QCoreApplication.translate("Handover", "Nothing to merge"),
            arg(QCoreApplication.translate("Handover", "%1: no changes."), plan.cluster_code),
        )
        return plan
    text = arg(
        QCoreApplication.translate(
            "Handover",
            "%1: %2 new record(s), %3 unchanged, %4 record(s) differ from this database.",
        ),
        plan.cluster_code,
        sum(plan.new.values()),
        plan.unchanged,
        len(plan.conflicts),
    )
    text += "\n" + arg(
        QCoreApplication.translate(
            "Handover",
            "Of the file's %1 record(s): %2 new, %3 unchanged, %4 differing, %5 history "
            "entries to add, %6 already here.",
        ),
        plan.records,
        sum(plan.new.values()),
        plan.unchanged,
        len(plan.conflicts),
        plan.history,
        plan.history_known,
    )
    text += "\n" + arg(QCoreApplication.translate("Handover", "Signature: %1."), signed_by)
    choices: merge.Choices = {}
    if plan.conflicts:
        from PySide6.QtWidgets import QDialog

        from emudesk.ui.dialogs.handover_conflicts import HandoverConflictsDialog

        dialog = HandoverConflictsDialog(plan.conflicts, text, parent)
        accepted_choice = dialog.exec() == QDialog.DialogCode.Accepted
        choices = dialog.choices()
        dialog.deleteLater()
        if not accepted_choice:
            return None
    elif not messages.confirm(
        parent,
        QCoreApplication.translate("Handover", "Receive the handover"),
        text,
        QCoreApplication.translate("Handover", "Merge"),
    ):
        return None
    try:
        merged = run_busy(
            parent,
            context,
            QCoreApplication.translate("Handover", "Merging the handover file…"),
            lambda session, _progress: (
                handover.receive(session, path, accept_unverified=accepted, choices=choices).plan
            ),
        )
        context.changed.emit()
    except EmuError as error:
        messages.refuse(parent, error, QCoreApplication.translate("Handover", "Nothing was merged"))
        return None
    messages.inform(
        parent,
        QCoreApplication.translate("Handover", "Handover received"),
        arg(
            QCoreApplication.translate("Handover", "%1 merged: %2 new record(s)."),
            merged.cluster_code,
            sum(merged.new.values()),
        ),
    )
    return merged
