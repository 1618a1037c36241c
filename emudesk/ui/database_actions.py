"""The File and Tools menu actions on the database: open, create, back up, restore, check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from emudesk.errors import EmuError
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg
from emudesk.ui.settings import Settings


class DatabaseActions(QObject):
    """Each action shows its own result or refusal; none leaves the program without a database."""

    def __init__(self, window: QWidget, context: DataContext, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.settings = settings

    def _file_filter(self) -> str:
        return self.tr("emudesk databases (*.sqlite *.db);;All files (*)")

    def _folder(self) -> str:
        path = self.context.db.path
        return str(path.parent) if path else str(Path.home())

    def open_target(self, target: str, *, create: bool = False) -> bool:
        """Open ``target`` (a file or a postgresql:// URL) in place of the current database."""
        from emudesk.db import open_database

        try:
            db = open_database(target, create=create)
        except EmuError as error:
            messages.refuse(self.window, error, self.tr("Cannot open the database"))
            return False
        self.remember(db.display_name)  # first, so the refreshed File menu lists it
        self.context.replace(db)
        return True

    def remember(self, target: str) -> None:
        self.settings.add_recent(target)
        self.settings.save()

    def open_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a database"), self._folder(), self._file_filter()
        )
        if path:
            self.open_target(path)

    def new_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Create a database"),
            str(Path(self._folder()) / "emudesk.sqlite"),
            self._file_filter(),
        )
        if path:
            self.open_target(path, create=True)

    def backup(self) -> None:
        from emudesk.db.backup import backup_to

        source = self.context.db.path
        stem = source.stem if source else "emudesk"
        title = self.tr("Back up the database")
        name = f"{stem}-{dt.date.today():%Y%m%d}.sqlite"
        target = saving.ask_save_path(self.window, saving.BACKUPS, title, name, self._file_filter())
        if target is None:
            return
        try:
            written = backup_to(self.context.db, target)
        except EmuError as error:
            messages.refuse(self.window, error)
            return
        text = arg(self.tr("The backup is in %1."), written)
        saving.saved(self.window, self.tr("Backup written"), written, text, openable=False)

    def restore(self) -> None:
        from emudesk.db import open_database
        from emudesk.db.backup import check_backup, restore_from

        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), self._folder(), self._file_filter()
        )
        if not path:
            return
        try:  # a file that is no backup is refused before anyone is asked to confirm
            check_backup(Path(path))
        except EmuError as error:
            messages.refuse(self.window, error, self.tr("Restore from a backup"))
            return
        question = arg(
            self.tr(
                "Replace everything in the open database by the content of %1?\n\n"
                "The present content is saved first, so this can be undone."
            ),
            Path(path).name,
        )
        if not messages.confirm(
            self.window, self.tr("Restore from a backup"), question, self.tr("Restore")
        ):
            return
        db = self.context.db
        try:
            safety = restore_from(db, Path(path))
            restored = open_database(db.url)
        except EmuError as error:
            messages.refuse(self.window, error)
            return
        self.context.replace(restored)
        messages.inform(
            self.window,
            self.tr("Restored"),
            arg(self.tr("The database was restored. The previous content is in %1."), safety),
        )

    def check(self) -> None:
        from emudesk.errors import CancelledError

        title = self.tr("Check the database")
        try:
            problems = self._check_with_progress(title)
        except CancelledError:
            return
        except EmuError as error:
            messages.refuse(self.window, error)
            return
        if problems is None:
            return
        if not problems:
            messages.inform(self.window, title, self.tr("The database is sound."))
            return
        messages.warn(
            self.window,
            title,
            arg(self.tr("%1 problem(s) found; see the details."), len(problems)),
            details="\n".join(problems),
        )

    def _check_with_progress(self, title: str) -> list[str] | None:
        """The check on a worker thread behind a progress dialog that can stop it (a large
        database takes minutes); refusals are raised here as from a direct call."""
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        from emudesk.services.database_check import check_database
        from emudesk.ui.workers import Task

        db = self.context.db
        dialog = QProgressDialog(
            self.tr("Checking the database…"), self.tr("Stop"), 0, 0, self.window
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        outcome: dict[str, object] = {}
        loop = QEventLoop()
        task = Task(self.context, lambda _session, progress: check_database(db, progress), self)

        def progressed(done: int, total: int) -> None:
            if "finished" not in outcome:  # a modal setValue runs events: the end may come first
                dialog.setMaximum(total)
                dialog.setValue(done)

        def finished() -> None:
            outcome["finished"] = True
            loop.quit()

        task.progressed.connect(progressed)
        task.succeeded.connect(lambda result: outcome.__setitem__("result", result))
        task.refused.connect(lambda error: outcome.__setitem__("error", error))
        task.finished.connect(finished)
        dialog.canceled.connect(task.cancel)
        task.start()
        if "finished" not in outcome:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()
        error = outcome.get("error")
        if isinstance(error, EmuError):
            raise error
        result = outcome.get("result")
        return result if isinstance(result, list) else None  # None: a bug, already reported
