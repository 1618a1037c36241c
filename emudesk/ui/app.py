"""Start the GUI: application, language, crash handler, main window, then the database.

The window paints first, from Qt alone; the database layer (SQLAlchemy, the model, and
Alembic when there is something to migrate) is imported and the database opened just after,
and the window fills in. The officer sees the program at once instead of waiting on imports.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from emudesk import __version__, paths
from emudesk.errors import EmuError
from emudesk.ui import crash, early_view, messages, translation
from emudesk.ui.context import EarlyContext
from emudesk.ui.registry import CLUSTERS
from emudesk.ui.settings import Settings

if TYPE_CHECKING:
    from emudesk.db import Database
    from emudesk.ui.context import DataContext
    from emudesk.ui.main_window import MainWindow

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


def open_with_recovery(
    target: str | None,
    parent: QWidget | None = None,
    on_refused: Callable[[], None] | None = None,
) -> Database | None:
    """Open ``target``; on a refusal say why and offer another file. None: the user quit.
    ``on_refused`` runs before the refusal is shown (the window drops its early read)."""
    from emudesk.db import open_database

    while True:
        try:
            return open_database(target)
        except EmuError as error:
            log.warning("cannot open database %s: %s", target, error.message)
            if on_refused is not None:
                on_refused()
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


class _OnFirstPaint(QObject):
    """Call ``action`` once, just after the watched window has painted for the first time."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.action)
        return False


def _open_database(
    target: str | None, *, interactive: bool, on_refused: Callable[[], None]
) -> Database | None:
    """The database to show; None when it cannot be opened (the reason has been given)."""
    if interactive:
        return open_with_recovery(target, on_refused=on_refused)
    from emudesk.db import open_database

    try:  # nobody is there to answer a question
        return open_database(target)
    except EmuError as error:
        on_refused()
        print(error.message, file=sys.stderr)
        return None


def _show_early(window: MainWindow, settings: Settings, target: str | None) -> bool:
    """The first page's data read from the file with Python's ``sqlite3`` and shown before
    SQLAlchemy is imported (``early_read``, ``early_view``); False, with nothing shown, when
    the file does not qualify or anything fails — the window then opens it as before."""
    if window.registry.start_page(settings.role) != CLUSTERS:
        return False  # another start page needs the ORM
    from emudesk.services.organisation.early_read import open_early

    reader = open_early(target)
    if reader is None:
        return False
    context = EarlyContext(reader)
    try:
        early_view.preview(window, context)
    except Exception:
        log.warning("the early read of %s was not shown", target, exc_info=True)
        context.close()
        return False
    return True


def _first_run(settings: Settings, target: str | None, window: QWidget) -> tuple[str | None, bool]:
    """On a first run, the assistant's database and whether to open a received form next;
    otherwise ``target`` unchanged."""
    from emudesk.ui.dialogs.first_run import FirstRunDialog, apply_choice, should_offer

    if not should_offer(settings, target):
        return target, False
    dialog = FirstRunDialog(settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        translation.install(settings.language)  # the assistant may have switched it
        return target, False
    choice = dialog.choice()
    try:
        return apply_choice(choice, settings), choice.open_form
    except EmuError as error:
        messages.refuse(window, error, dialog.windowTitle())
        return target, False


def _offers_first_run(settings: Settings, target: str | None) -> bool:
    from emudesk.ui.dialogs.first_run import should_offer

    return should_offer(settings, target)


def _collector_resumed() -> None:
    """Python's cyclic collector back on, once the data is on screen (see ``run_gui``); what
    start-up built — modules, classes, widgets, mostly alive for the whole run — is frozen
    out of its passes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _after_data_shown() -> None:
    """Once the data is on screen: the collector back on, and the ORM imported and its
    mappers configured while the officer reads (the first page and the tree needed none)."""
    _collector_resumed()
    from emudesk.services.organisation.start_view import prepare_mappers

    prepare_mappers()


def run_gui(
    db_target: str | None,
    *,
    quit_after_shown: bool = False,
    quit_after_ready: bool = False,
    quit_after_data: bool = False,
) -> int:
    """Run the program's window on ``db_target`` (or the configured database); exit status.

    ``quit_after_shown`` returns once the window has first painted (before the database is
    open); ``quit_after_data`` once it first shows data (the early read's, when there is one:
    the database not opened yet); ``quit_after_ready`` once it shows the open database's data
    — start-up benchmarks and smoke tests use them.

    On a current-schema SQLite file the first page's data is read with ``sqlite3``, read-only,
    and shown before SQLAlchemy is imported; the database is then opened, checked and attached
    as before, and if the open refuses the file, what was shown is dropped before the refusal
    is said (``_show_early``).

    Python's cyclic collector is paused until the data is on screen: start-up allocates
    hundreds of thousands of objects (Qt, SQLAlchemy, the model), and each of the collector's
    full passes over them cost tens of milliseconds, several times over, before anything was
    shown; none of that is garbage.
    """
    gc.disable()
    app = application()
    settings = Settings.load()
    translation.install(settings.language)
    setup_logging()
    target = settings.startup_target(db_target)
    headless = quit_after_shown or quit_after_ready or quit_after_data
    if not headless:
        crash.install()
    from emudesk.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    # Headless runs use a local loop: app.quit() would also end a host test run's windows.
    loop = QEventLoop()
    outcome = {"status": EXIT_OK}
    contexts: list[DataContext] = []

    def finish(status: int) -> None:
        outcome["status"] = status
        if headless:
            loop.quit()
        else:
            app.exit(status)

    def open_and_attach() -> None:
        chosen, open_form = target, False
        early_view.end_read(window)  # its connection closed before the database is opened
        if not headless:
            chosen, open_form = _first_run(settings, target, window)
        db = _open_database(
            chosen, interactive=not headless, on_refused=lambda: early_view.drop(window)
        )
        if db is None:
            _collector_resumed()
            finish(EXIT_REFUSED)
            return
        if chosen != target:  # the first-run assistant's database: from now on, at every start
            from emudesk.ui.dialogs.first_run import remember_database

            remember_database(settings, str(db.path) if db.path else db.url)
        from emudesk.ui.context import DataContext

        settings.add_recent(db.display_name)
        settings.save()
        context = DataContext(db)
        contexts.append(context)
        window.attach(context)
        # (a headless run ends at this paint, or --quit-after-data at the early read's)
        after = _collector_resumed if headless else _after_data_shown
        window.installEventFilter(_OnFirstPaint(after, window))
        if quit_after_ready or quit_after_data:
            window.installEventFilter(_OnFirstPaint(lambda: finish(EXIT_OK), window))
            window.update()
        if open_form:
            QTimer.singleShot(0, window.on_actionFillForm_triggered)

    def show_early_then_open() -> None:
        offered = not headless and _offers_first_run(settings, target)
        if offered or not _show_early(window, settings, target):
            open_and_attach()
            return
        if quit_after_data:  # the data is on screen
            window.installEventFilter(_OnFirstPaint(lambda: finish(EXIT_OK), window))
        else:
            window.installEventFilter(_OnFirstPaint(open_and_attach, window))
        window.update()

    if quit_after_shown:
        window.installEventFilter(_OnFirstPaint(lambda: finish(EXIT_OK), window))
    else:
        window.installEventFilter(_OnFirstPaint(show_early_then_open, window))
    try:
        window.show()
        if not headless:
            return app.exec()
        QTimer.singleShot(10_000, loop, lambda: finish(EXIT_REFUSED))  # never hang a benchmark
        loop.exec()
        return outcome["status"]
    finally:
        _collector_resumed()
        early_view.drop(window)  # the early read's connection, if a run ended on it
        window.close()
        window.deleteLater()  # gone before the QApplication, as Qt requires
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for context in contexts:
            context.close()
