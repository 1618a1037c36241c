"""Import the scoring forms members sent back: check every file, preview, then store.

Checking reads the files on a worker thread (``ui.workers``) and writes nothing; the table
shows per file whose form it is and its verdict, the pane below what is wrong (naming the
cell) or what would change. Import stores all files in one transaction, or file by file, as
the user chooses; the files are then checked again, so a second import shows "no changes".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, QThreadPool, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from emudesk.errors import CancelledError, EmuError
from emudesk.exchange.report import FileReport, FileStatus, ImportOutcome
from emudesk.services.exchange import return_import
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_import_dialog import Ui_ImportDialog
from emudesk.ui.models.import_files import ImportFilesModel
from emudesk.ui.workers import Task


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def accept_drag(event: QDragEnterEvent) -> None:
    """Let a drag that carries local files end on this widget."""
    if local_files(event):
        event.acceptProposedAction()


def take_drop(event: QDropEvent) -> list[Path]:
    """The local files dropped (the drop accepted when there are any)."""
    paths = local_files(event)
    if paths:
        event.acceptProposedAction()
    return paths


class ImportDialog(QDialog):
    """Non-modal: the officer can look at the ranking while files are checked."""

    # the returns newly listed, once checked and recognised as returns (the recent list);
    # a file that is no workbook or no return of a known year is left out
    files_added = Signal(list)

    def __init__(
        self,
        context: DataContext,
        paths: Iterable[Path] = (),
        parent: QWidget | None = None,
        *,
        year_uuid: UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # the year the import is for (from its Returns page): returns of another year are
        # refused by name, and a refused e-mail is matched to a member by its sender
        self.year_uuid = year_uuid
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.model = ImportFilesModel(self)
        self.ui.filesView.setModel(self.model)
        header = self.ui.filesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportFilesModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setSizes([320, 200])
        self.ui.filesView.selectionModel().selectionChanged.connect(self._show_details)
        self.task: Task | None = None
        self.committing = False
        self.start_folder: Callable[[], str] = lambda: ""  # where Add… opens
        self._pending: list[Path] = []  # added, not yet checked
        self._set_idle(self.tr("Add the returned files to check them."))
        self.add_files(paths)

    # -- files ------------------------------------------------------------------------------

    def add_files(self, paths: Iterable[Path]) -> None:
        given = [Path(p) for p in paths]
        listed = {p.resolve() for p in self.model.paths()}
        new = list(dict.fromkeys(p for p in given if p.resolve() not in listed))
        if self.model.add(new):
            self._pending += new
            self.check()

    @Slot()
    def on_addButton_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returned scoring forms"),
            self.start_folder(),
            self.tr(
                "Returns (*.xlsx *.eml *.mbox *.msg);;Excel workbooks (*.xlsx);;"
                "Saved e-mails (*.eml *.mbox *.msg);;All files (*)"
            ),
        )
        self.add_files(Path(name) for name in names)

    @Slot()
    def on_removeButton_clicked(self) -> None:
        rows = [index.row() for index in self.ui.filesView.selectionModel().selectedRows()]
        if rows:
            self.model.remove(rows)
            self.check()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(take_drop(event))

    # -- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        """Check every listed file again (a running check is stopped first)."""
        self._stop_running_check()
        paths = self.model.paths()
        self.model.clear_reports()
        self.ui.detailsEdit.clear()
        if not paths:
            self._set_idle(self.tr("Add the returned files to check them."))
            return
        map_old = self.ui.mapOldCheck.isChecked()
        year_uuid = self.year_uuid

        def work(session: Any, progress: return_import.Progress) -> list[FileReport]:
            return return_import.check_files(
                session, paths, year_uuid=year_uuid, map_old_versions=map_old, progress=progress
            )

        self._run(work, self._on_checked, self.tr("Checking %1 file(s)…"), len(paths))

    def _on_checked(self, reports: object) -> None:
        assert isinstance(reports, list)
        self.model.set_reports(reports)
        self._set_idle(self._summary(reports))
        if reports:
            self.ui.filesView.selectRow(0)
        returns = {r.path.resolve() for r in reports if r.year_uuid is not None}
        recognised = [p for p in self._pending if p.resolve() in returns]
        self._pending = []
        if recognised:
            self.files_added.emit(recognised)

    def _summary(self, reports: Sequence[FileReport]) -> str:
        counts = {status: 0 for status in FileStatus}
        for report in reports:
            counts[report.status] += 1
        return arg(
            self.tr("%1 file(s): %2 ready, %3 without changes, %4 refused, %5 duplicate(s)."),
            len(reports),
            counts[FileStatus.READY],
            counts[FileStatus.NO_CHANGES],
            counts[FileStatus.REFUSED],
            counts[FileStatus.DUPLICATE],
        )

    @Slot(bool)
    def on_mapOldCheck_toggled(self, checked: bool) -> None:
        if checked and not messages.confirm(
            self,
            self.tr("Match older table versions"),
            self.tr(
                "A return made from an older version of the scoring table will be read row by "
                "row using the criterion codes. Rows whose code no longer exists, or whose "
                "maximum changed, are reported and not imported. Match them?"
            ),
            self.tr("Match by code"),
        ):
            self.ui.mapOldCheck.setChecked(False)
            return
        if self.model.rowCount():
            self.check()

    @Slot()
    def on_cancelButton_clicked(self) -> None:
        if self.task is not None and not self.committing:
            self.task.cancel()

    # -- importing --------------------------------------------------------------------------

    @Slot()
    def on_importButton_clicked(self) -> None:
        reports = self.model.reports()
        per_file = self.ui.perFileRadio.isChecked()
        ready = [r for r in reports if r.status is FileStatus.READY]
        refused = [r for r in reports if r.refused]
        if refused and not per_file:
            messages.warn(
                self,
                self.tr("Nothing imported"),
                arg(
                    self.tr(
                        "%1 file(s) are refused, so nothing was imported. Correct them or "
                        "remove them from the list, or choose to import file by file."
                    ),
                    len(refused),
                ),
            )
            return
        changed = sum(
            r.summary.count("new") + r.summary.count("changed")
            for r in ready
            if r.summary is not None
        )
        if not messages.confirm(
            self,
            self.tr("Import the scores"),
            arg(
                self.tr(
                    "Store %1 new or changed score(s) from %2 file(s)? A backup of the "
                    "database is made first."
                ),
                changed,
                len(ready),
            ),
            self.tr("Import"),
        ):
            return

        def work(session: Any, _progress: return_import.Progress) -> ImportOutcome:
            return return_import.commit(session, reports, per_file=per_file)

        self.committing = True
        self._run(work, self._on_committed, self.tr("Storing the scores of %1 file(s)…"), 0)

    def _on_committed(self, outcome: object) -> None:
        assert isinstance(outcome, ImportOutcome)
        self.committing = False
        self.context.changed.emit()
        lines = [
            arg(
                self.tr("%1: %2 score(s) stored."),
                name,
                summary.count("new") + summary.count("changed"),
            )
            for name, summary in outcome.committed
        ]
        lines += [message for _name, message in outcome.failed]
        if outcome.backup is not None:
            lines.append(arg(self.tr("Backup made before the import: %1"), outcome.backup))
        title = self.tr("Import finished") if not outcome.failed else self.tr("Partly imported")
        text = (
            arg(self.tr("%1 file(s) imported."), len(outcome.committed))
            if outcome.committed
            else self.tr("No changes to store.")
        )
        if outcome.failed:
            messages.warn(self, title, text, details="\n".join(lines))
        else:
            messages.inform(self, title, text, details="\n".join(lines))
        self.check()  # the files now show "no changes"

    # -- the running task -------------------------------------------------------------------

    def _run(self, work: Any, on_success: Any, caption: str, total: int) -> None:
        task = Task(self.context, work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(on_success)
        task.refused.connect(self._on_refused)
        self.task = task
        self.ui.progressBar.setRange(0, total)  # 0..0: a busy bar
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setFormat(arg(caption, total or self.model.rowCount()))
        self.ui.progressBar.setTextVisible(True)
        self._set_busy(True)
        task.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.ui.progressBar.maximum():
            self.ui.progressBar.setValue(done)

    def _on_refused(self, error: object) -> None:
        assert isinstance(error, EmuError)
        was_committing, self.committing = self.committing, False
        if isinstance(error, CancelledError):
            self.model.clear_reports()
            self._set_idle(self.tr("Checking stopped. Nothing was imported."))
            return
        if was_committing:
            messages.refuse(self, error, self.tr("Nothing imported"))
            self.check()
            return
        self._set_idle(error.message)

    def _set_busy(self, busy: bool) -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.cancelButton.setVisible(busy)
        self.ui.cancelButton.setEnabled(busy and not self.committing)
        for widget in (
            self.ui.addButton,
            self.ui.removeButton,
            self.ui.mapOldCheck,
            self.ui.importButton,
            self.ui.closeButton,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.ui.summaryLabel.setText("")

    def _set_idle(self, summary: str) -> None:
        self.task = None
        self._set_busy(False)
        self.ui.summaryLabel.setText(summary)
        reports = self.model.reports()
        self.ui.importButton.setEnabled(any(r.status is FileStatus.READY for r in reports))
        self.ui.removeButton.setEnabled(self.model.rowCount() > 0)

    def _stop_running_check(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.refused.disconnect(self._on_refused)
            self.task.succeeded.disconnect()
            QThreadPool.globalInstance().waitForDone(30_000)
        self.task = None

    # -- details ----------------------------------------------------------------------------

    def _show_details(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.filesView.selectionModel().selectedRows()
        if not rows:
            self.ui.detailsEdit.clear()
            return
        report = self.model.row(rows[0].row()).report
        if report is None:
            self.ui.detailsEdit.setPlainText(self.tr("Checking…"))
            return
        self.ui.detailsEdit.setPlainText("\n".join(report.lines(limit=500)))

    # -- closing ----------------------------------------------------------------------------

    @Slot()
    def on_closeButton_clicked(self) -> None:
        self.close()

    def done(self, result: int) -> None:
        if self.committing:
            return  # the transaction finishes first; Close is disabled meanwhile
        self._stop_running_check()
        super().done(result)
