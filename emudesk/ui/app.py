"""Start the GUI: application, language, crash handler, database, main window.

Only what the first window needs is imported on the way (no openpyxl, reportlab or Alembic
when the database is already migrated), so the window opens quickly.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from emudesk import __version__, paths
from emudesk.db import Database, open_database
from emudesk.errors import EmuError
from emudesk.ui import crash, messages, translation
from emudesk.ui.settings import Settings

EXIT_OK = 0
EXIT_REFUSED = 3  # as the CLI: the program could not do what was asked (no database)

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication, created once with the program's name, organisation and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("emudesk")
    app.setApplicationDisplayName("emudesk")
    app.setOrganizationName("emudesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("emudesk")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "emudesk.png")))
    return app


def setup_logging() -> None:
    """A rotating log file in the data folder (the crash report points there)."""
    root = logging.getLogger("emudesk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.logs_dir() / "emudesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_with_recovery(target: str | None, parent: QWidget | None = None) -> Database | None:
    """Open ``target``; on a refusal say why and offer another file. None: the user quit."""
    while True:
        try:
            return open_database(target)
        except EmuError as error:
            log.warning("cannot open database %s: %s", target, error.message)
            choice = messages.ask(
                parent,
                messages.Icon.Critical,
                QCoreApplication.translate("Startup", "Cannot open the database"),
                error.message,
                [
                    QCoreApplication.translate("Startup", "Choose another file…"),
                    QCoreApplication.translate("Startup", "Quit"),
                ],
            )
            if choice != 0:
                return None
            path, _filter = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("Startup", "Open a database"),
                "",
                QCoreApplication.translate(
                    "Startup", "emudesk databases (*.sqlite *.db);;All files (*)"
                ),
            )
            if not path:
                return None
            target = path


class _QuitWhenPainted(QObject):
    """Stop ``loop`` once the watched window has painted (start-up benchmark, smoke tests)."""

    def __init__(self, loop: QEventLoop, parent: QObject) -> None:
        super().__init__(parent)
        self.loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.loop.quit)
        return False


def run_gui(db_target: str | None, *, quit_after_shown: bool = False) -> int:
    """Run the program's window on ``db_target`` (or the configured database); exit status."""
    app = application()
    settings = Settings.load()
    translation.install(settings.language)
    setup_logging()
    target = settings.startup_target(db_target)
    if quit_after_shown:  # nobody is there to answer a question
        try:
            db: Database | None = open_database(target)
        except EmuError as error:
            print(error.message, file=sys.stderr)
            return EXIT_REFUSED
    else:
        crash.install()
        db = open_with_recovery(target)
    if db is None:
        return EXIT_REFUSED
    from emudesk.ui.context import DataContext
    from emudesk.ui.main_window import MainWindow

    settings.add_recent(db.display_name)
    settings.save()
    context = DataContext(db)
    window = MainWindow(context, settings)
    try:
        if quit_after_shown:
            # A local loop, not app.exec()/quit(): quitting the application would also close
            # every window and leave a host application (a test run) unable to go on.
            loop = QEventLoop()
            window.installEventFilter(_QuitWhenPainted(loop, window))
            QTimer.singleShot(10_000, loop, loop.quit)  # never hang a benchmark
            window.show()
            loop.exec()
            return EXIT_OK
        window.show()
        return app.exec()
    finally:
        window.close()
        window.deleteLater()  # gone before the QApplication, as Qt requires
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        context.close()
