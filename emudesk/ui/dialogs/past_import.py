"""Past decisions from the template: choose the workbook, check and preview, then store.

The flow of the returns' import: the workbook is read and every row checked on a worker
thread (with progress, and Stop, for a big file), nothing written; the table lists per row
what would be added, what is already here and what must be corrected; *Import* asks for
confirmation and stores every new row in one transaction, and only when no row is refused.
*Save the template* writes the workbook to fill in, with the chosen issuer's catalogue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QInputDialog, QWidget

from emudesk.errors import CancelledError, EmuError
from emudesk.services.issuing import past_decisions
from emudesk.services.issuing.past_decisions import PastImport
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.import_returns import accept_drag, take_drop
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_past_import_dialog import Ui_PastImportDialog
from emudesk.ui.models.past_import import PastImportModel
from emudesk.ui.workers import Task

TEMPLATE_NAME = "quyet-dinh-da-ban-hanh.xlsx"


def save_template(parent: QWidget, context: DataContext, issuer: str = "") -> Path | None:
    """Ask for the issuer (when several have a catalogue) and where, then write the template."""

    if not issuer:
        choices = context.read(past_decisions.template_issuers)
        if len(choices) > 1:
            chosen, ok = QInputDialog.getItem(
                parent,
                QCoreApplication.translate("PastImportDialog", "Save the template"),
                QCoreApplication.translate("PastImportDialog", "Template for:"),
                choices,
                0,
                False,
            )
            if not ok:
                return None
            issuer = chosen
        elif choices:
            issuer = choices[0]
    target = saving.ask_save_path(
        parent,
        saving.WORKBOOKS,
        QCoreApplication.translate("PastImportDialog", "Save the template"),
        TEMPLATE_NAME,
        QCoreApplication.translate("PastImportDialog", "Excel workbooks (*.xlsx)"),
    )
    if target is None:
        return None
    try:
        context.read(past_decisions.write_template, target, issuer)
    except EmuError as error:
        messages.refuse(parent, error)
        return None
    messages.inform(
        parent,
        QCoreApplication.translate("PastImportDialog", "Template saved"),
        arg(
            QCoreApplication.translate(
                "PastImportDialog",
                "The template is saved as %1. Type the past decisions into its sheet “Quyết "
                "định khen thưởng” (the first sheet says how), save it, then import it.",
            ),
            target,
        ),
    )
    return target


class PastImportDialog(QDialog):
    def __init__(
        self, context: DataContext, *, start_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.start_folder = start_folder
        self.path: Path | None = None
        self.result_: PastImport | None = None
        self.task: Task | None = None
        self.committing = False
        self.ui = Ui_PastImportDialog()
        self.ui.setupUi(self)
        self.model = PastImportModel(self)
        self.ui.previewView.setModel(self.model)
        header = self.ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 44), (1, 44), (2, 120), (3, 180), (4, 170), (5, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PastImportModel.RESULT, QHeaderView.ResizeMode.Stretch)
        # a problem is read whole: rows grow to their wrapped text
        rows = self.ui.previewView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.issuerCombo.addItems(context.read(past_decisions.template_issuers))
        self.ui.problemsCheck.toggled.connect(self._show_rows)
        self.setAcceptDrops(True)
        self._set_busy(False)
        self._show(self.tr("Choose the filled-in workbook, or save the template to fill in first."))

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)

    # -- the workbook -----------------------------------------------------------------------

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the workbook to import, and check it."""
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        self.check()

    @Slot()
    def on_chooseButton_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            self.start_folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    @Slot()
    def on_templateButton_clicked(self) -> None:
        save_template(self, self.context, self.ui.issuerCombo.currentText())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = take_drop(event)
        if paths:
            self.set_file(paths[0])

    # -- checking and storing ---------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        """Read and check the workbook again (nothing is written)."""
        if self.path is None:
            return
        path = self.path
        self.result_ = None
        self.model.set_rows([])

        def work(session: Any, progress: Any) -> PastImport:
            return past_decisions.check_workbook(session, path, progress=progress)

        self._run(work, self._on_checked, self.tr("Checking the workbook…"))

    def _on_checked(self, result: object) -> None:
        assert isinstance(result, PastImport)
        self.result_ = result
        self._set_busy(False)
        self._show_rows()
        summary = arg(
            self.tr("%1 row(s) to add, %2 already here, %3 to correct."),
            result.count("new"),
            result.count("present"),
            result.count("error"),
        )
        if result.problems:
            summary += " " + self.tr(
                "Correct the rows in red in the workbook, save it, then choose it again: "
                "nothing is imported while a row is wrong."
            )
        elif result.count("changed"):
            summary += " " + arg(
                self.tr(
                    "%1 row(s) differ from the past awards stored (old → new in the list): "
                    "importing corrects them."
                ),
                result.count("changed"),
            )
        elif not result.count("new"):
            summary += " " + self.tr("Nothing to import.")
        self._show(summary)

    @Slot()
    def _show_rows(self) -> None:
        rows = self.result_.rows if self.result_ is not None else ()
        if self.ui.problemsCheck.isChecked():
            rows = tuple(r for r in rows if r.status == "error")
        self.model.set_rows(rows)

    def _on_refused(self, error: object) -> None:
        assert isinstance(error, EmuError)
        was_committing, self.committing = self.committing, False
        self._set_busy(False)
        if isinstance(error, CancelledError):
            self.result_ = None
            self._show_rows()
            self._show(self.tr("Checking stopped. Nothing was imported."))
            return
        if was_committing:
            messages.refuse(self, error, self.tr("Nothing imported"))
            self.check()
            return
        self.result_ = None
        self._show_rows()
        self._show(error.message)

    def _show(self, summary: str) -> None:
        self.ui.summaryLabel.setText(summary)
        result = self.result_
        ready = (
            result is not None
            and not result.problems
            and bool(result.count("new") or result.count("changed"))
        )
        self.ui.importButton.setEnabled(ready and not self._busy())

    @Slot()
    def on_importButton_clicked(self) -> None:
        result, path = self.result_, self.path
        if result is None or path is None or result.problems:
            return
        question = arg(
            self.tr(
                "Add %1 past award(s) of %2 to the award history? A backup of the "
                "database is made first."
            ),
            result.count("new"),
            result.issuer,
        )
        if result.count("changed"):
            question = arg(
                self.tr(
                    "Add %1 past award(s) of %2 to the award history, and correct %3 "
                    "already stored with the workbook's values (old → new in the list)? "
                    "A backup of the database is made first."
                ),
                result.count("new"),
                result.issuer,
                result.count("changed"),
            )
        if not messages.confirm(
            self, self.tr("Import past decisions"), question, self.tr("Import")
        ):
            return

        update = bool(result.count("changed"))  # the corrections the officer was shown

        def work(session: Any, progress: Any) -> PastImport:
            return past_decisions.import_workbook(session, path, update=update, progress=progress)

        self.committing = True
        self._run(work, self._on_stored, self.tr("Storing the past decisions…"))

    def _on_stored(self, result: object) -> None:
        assert isinstance(result, PastImport)
        self.committing = False
        self._set_busy(False)
        self.context.changed.emit()
        details = (
            arg(self.tr("Backup made before the import: %1"), result.backup)
            if result.backup is not None
            else ""
        )
        text = arg(
            self.tr("%1 past award(s) added to the award history; %2 were already here."),
            result.count("new"),
            result.count("present"),
        )
        if result.count("changed"):
            text += " " + arg(self.tr("%1 corrected."), result.count("changed"))
        messages.inform(self, self.tr("Imported"), text, details=details)
        self.accept()

    # -- the running task -------------------------------------------------------------------

    def _run(self, work: Any, on_success: Any, caption: str) -> None:
        self._stop_running()
        task = Task(self.context, work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(on_success)
        task.refused.connect(self._on_refused)
        self.task = task
        self.ui.progressBar.setRange(0, 0)  # busy until the first report says how many rows
        self.ui.progressBar.setFormat(caption)
        self.ui.progressBar.setTextVisible(True)
        self._set_busy(True)
        self.ui.summaryLabel.setText(caption)
        task.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)

    def _busy(self) -> bool:
        return self.task is not None and self.task.running

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None  # its result is in: the task only has its end to signal
        self.ui.progressBar.setVisible(busy)
        self.ui.cancelButton.setVisible(busy)
        self.ui.cancelButton.setEnabled(busy and not self.committing)
        for widget in (self.ui.chooseButton, self.ui.templateButton, self.ui.closeButton):
            widget.setEnabled(not busy)
        if busy:
            self.ui.importButton.setEnabled(False)

    @Slot()
    def on_cancelButton_clicked(self) -> None:
        if self.task is not None and not self.committing:
            self.task.cancel()

    @Slot()
    def on_closeButton_clicked(self) -> None:
        self.reject()

    def _stop_running(self) -> None:
        """Let a check still running end unheard: one workbook is read at a time."""
        if self.task is not None and self.task.running and not self.committing:
            self.task.cancel()
            self.task.succeeded.disconnect()
            self.task.refused.disconnect()
            QThreadPool.globalInstance().waitForDone(30_000)
        self.task = None

    def done(self, result: int) -> None:
        if self.committing:
            return  # the transaction finishes first; Close is disabled meanwhile
        self._stop_running()
        super().done(result)


def open_past_import(
    parent: QWidget, context: DataContext, *, start_folder: str = ""
) -> PastImportDialog:
    """Open the import of past decisions (window-modal; deleted on close)."""
    dialog = PastImportDialog(context, start_folder=start_folder, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
