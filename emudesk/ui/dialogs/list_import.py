"""Units or a scoring table from a workbook: choose it, check and preview, then store.

The same flow as the returns: the workbook is read and every row checked on a worker thread,
exactly as the services would store it, with nothing written; the table shows per row what
would happen (new, changed, unchanged, or why it is refused); *Import* stores all rows in one
transaction, and only when no row is refused. *Save a template* writes an empty workbook with
the columns the import reads and a filled example, so an office never retypes its lists.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, QThreadPool, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.exchange.plain import PlainImport
from emudesk.services.exchange import list_import
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.import_returns import accept_drag, take_drop
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_list_import_dialog import Ui_ListImportDialog
from emudesk.ui.models.list_import import ListImportModel
from emudesk.ui.navigation import load_tree, year_choices
from emudesk.ui.widgets import fill_combo
from emudesk.ui.workers import Task


class ListKind(enum.Enum):
    UNITS = "units"
    TABLE = "table"


class ListImportDialog(QDialog):
    """``kind`` says what the workbook holds; ``year_uuid`` is the table's year to begin with."""

    def __init__(
        self,
        context: DataContext,
        kind: ListKind,
        *,
        year_uuid: UUID | None = None,
        from_year: int = 2025,
        start_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.start_folder = start_folder
        self.path: Path | None = None
        self.result_: PlainImport | None = None
        self.task: Task | None = None
        self.ui = Ui_ListImportDialog()
        self.ui.setupUi(self)
        self.model = ListImportModel(self)
        self.ui.previewView.setModel(self.model)
        header = self.ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ListImportModel.NAME, QHeaderView.ResizeMode.Stretch)
        table = kind is ListKind.TABLE
        shown: list[tuple[QWidget, bool]] = [
            (self.ui.yearLabel, table),
            (self.ui.yearCombo, table),
            (self.ui.fromYearLabel, not table),
            (self.ui.fromYearSpin, not table),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)
        self.ui.fromYearSpin.setValue(from_year)
        if table:
            fill_combo(self.ui.yearCombo, year_choices(context.read_plain(load_tree)), year_uuid)
        self.ui.yearCombo.currentIndexChanged.connect(self.check)
        self.ui.fromYearSpin.valueChanged.connect(self.check)
        self.setAcceptDrops(True)
        self._set_texts()
        self._show(self.tr("Choose the workbook, or save a template to fill in first."))

    # -- texts ------------------------------------------------------------------------------

    def _set_texts(self) -> None:
        if self.kind is ListKind.UNITS:
            self.setWindowTitle(self.tr("Import units from a workbook"))
            intro = self.tr(
                "A list of unit codes and official names (and, if you have them, short names, "
                "provinces, e-mail addresses, contact persons and phones) on its first sheet, "
                "under the template's headings, in any order. New codes are added; units "
                "already here get their contact details updated."
            )
        else:
            self.setWindowTitle(self.tr("Import a scoring table from a workbook"))
            intro = self.tr(
                "A table of criteria with their codes, titles, kinds, maxima and the code of the "
                "section above each (and points per occurrence, targets and guidance where "
                "needed) on its first sheet, under the template's headings. Its rows are added "
                "at the end of the chosen year's scoring table."
            )
        self.ui.introLabel.setText(intro)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_texts()
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
        units = self.kind is ListKind.UNITS
        suggested = "danh-sach-don-vi.xlsx" if units else "bang-cham-diem.xlsx"
        target = saving.ask_save_path(
            self,
            saving.WORKBOOKS,
            self.tr("Save a template"),
            suggested,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if target is not None:
            self.save_template(target)

    def save_template(self, path: Path) -> None:
        """Write the template to ``path`` and say what to do with it."""
        write = (
            list_import.write_units_template
            if self.kind is ListKind.UNITS
            else list_import.write_table_template
        )
        try:
            write(path)
        except EmuError as error:
            messages.refuse(self, error)
            return
        messages.inform(
            self,
            self.tr("Template saved"),
            arg(
                self.tr(
                    "The template is saved as %1. Fill in its first sheet (the second shows an "
                    "example), save it, then choose it here."
                ),
                path,
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = take_drop(event)
        if paths:
            self.set_file(paths[0])

    # -- checking and storing ---------------------------------------------------------------

    def _year(self) -> UUID | None:
        data = self.ui.yearCombo.currentData()
        return data if isinstance(data, UUID) else None

    def _work(self, *, commit: bool) -> Any:
        path, kind, year = self.path, self.kind, self._year()
        from_year = self.ui.fromYearSpin.value()
        no_year = self.tr("Add a year to the cluster first: the table belongs to a year.")

        def work(session: Any, _progress: Any) -> PlainImport:
            assert path is not None
            if kind is ListKind.UNITS:
                return list_import.import_units_workbook(
                    session, path, from_year=from_year, commit=commit
                )
            if year is None:
                raise EmuError(no_year)
            return list_import.import_table_workbook(session, year, path, commit=commit)

        return work

    @Slot()
    def check(self) -> None:
        """Read and check the workbook again (nothing is written)."""
        if self.path is None:
            return
        self.model.set_rows([])
        self._run(self._work(commit=False), self._on_checked)
        self._show(self.tr("Checking the workbook…"))

    def _run(self, work: Any, on_success: Any) -> None:
        self._stop_running()
        task = Task(self.context, work, self)
        task.succeeded.connect(on_success)
        task.refused.connect(self._on_refused)
        self.task = task
        self.ui.importButton.setEnabled(False)
        task.start()

    def _on_checked(self, result: object) -> None:
        assert isinstance(result, PlainImport)
        self.result_ = result
        self.model.set_rows(result.rows)
        counts = (result.count(s) for s in ("new", "changed", "unchanged", "error"))
        summary = arg(self.tr("%1 new, %2 changed, %3 unchanged, %4 refused."), *counts)
        if result.problems:
            summary += " " + self.tr(
                "Correct the refused rows in the workbook, then choose it again."
            )
        elif not (result.count("new") or result.count("changed")):
            summary += " " + self.tr("Nothing to import.")
        self._show(summary)

    def _on_refused(self, error: object) -> None:
        assert isinstance(error, EmuError)
        self.result_ = None
        self.model.set_rows([])
        self._show(error.message)

    def _show(self, summary: str) -> None:
        self.ui.summaryLabel.setText(summary)
        result = self.result_
        ready = (
            result is not None
            and not result.problems
            and bool(result.count("new") or result.count("changed"))
        )
        self.ui.importButton.setEnabled(ready)

    @Slot()
    def on_importButton_clicked(self) -> None:
        if self.result_ is None or self.path is None:
            return
        self._run(self._work(commit=True), self._on_stored)
        self._show(self.tr("Storing…"))

    def _on_stored(self, result: object) -> None:
        assert isinstance(result, PlainImport)
        self.context.changed.emit()
        stored = result.count("new") + result.count("changed")
        text = (
            arg(self.tr("%1 unit(s) added or updated."), stored)
            if self.kind is ListKind.UNITS
            else arg(self.tr("%1 row(s) added to the scoring table."), stored)
        )
        messages.inform(self, self.tr("Imported"), text)
        self.accept()

    @Slot()
    def on_closeButton_clicked(self) -> None:
        self.reject()

    def _stop_running(self) -> None:
        """Let a check still running end unheard: one workbook is read at a time."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.succeeded.disconnect()
            self.task.refused.disconnect()
            QThreadPool.globalInstance().waitForDone(30_000)
        self.task = None

    def done(self, result: int) -> None:
        self._stop_running()
        super().done(result)


def open_list_import(
    parent: QWidget,
    context: DataContext,
    kind: ListKind,
    *,
    year_uuid: UUID | None = None,
    from_year: int = 0,
    start_folder: str = "",
) -> ListImportDialog:
    """Open the import of ``kind`` (window-modal; deleted on close); ``from_year`` 0: this year."""
    dialog = ListImportDialog(
        context,
        kind,
        year_uuid=year_uuid,
        from_year=from_year or dt.date.today().year,
        start_folder=start_folder,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
