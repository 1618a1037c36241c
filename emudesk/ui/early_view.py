"""The early read on screen: the navigation tree and the first page filled from the file
before the database is opened (``services.organisation.early_read``), then dropped.

While it is shown every data action stays off (``attach`` turns them on) and the user's input
is held back, the pointer showing that the program is busy: the early read can show, not
act. ``drop`` leaves nothing of it — the pages it built, the tree, the current target — before
``MainWindow.attach`` fills the window from the open database, or before the window says why
the file cannot be opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from emudesk.ui.context import EarlyContext
from emudesk.ui.registry import Target

if TYPE_CHECKING:
    from emudesk.ui.main_window import MainWindow

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
    QEvent.Type.Drop,
}


class _HoldInput(QObject):
    """Swallows the user's input while the early read is on screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT


def preview(window: MainWindow, context: EarlyContext) -> None:
    """Show ``context``'s data: the tree and the start page. On any error nothing is left."""
    hold = _HoldInput(window)
    hold.setObjectName("earlyHoldInput")
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(hold)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # clicks wait, and it shows
    try:
        window.set_context(context)
        window.refresh_tree()
        window.go(Target(window.registry.start_page(window.settings.role)))
    except BaseException:
        drop(window)
        raise


def end_read(window: MainWindow) -> None:
    """Close the early read's read-only connection, its data left on screen: the database's
    own connection, opened next, is then the file's last and tidies its WAL files away."""
    context = window.current_context()
    if isinstance(context, EarlyContext):
        context.close()


def drop(window: MainWindow) -> None:
    """Nothing of the early read left on screen, and the input no longer held."""
    hold = window.findChild(_HoldInput, "earlyHoldInput")
    if hold is not None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(hold)
        QApplication.restoreOverrideCursor()
        hold.deleteLater()
        hold.setParent(None)
    context = window.current_context()
    if not isinstance(context, EarlyContext):
        return
    for page in window.pages.values():
        window.ui.pageStack.removeWidget(page)
        page.deleteLater()
    window.pages.clear()
    window.navigation.clear()
    window.current = None
    window.set_context(None)
    context.close()
