"""Keys that move the focus where Tab cannot: out of a table, and between the window's panes.

Tables keep Tab for moving between cells (and the scoring table's tree for indenting), so a
keyboard user needs another way out: Ctrl+Tab and Ctrl+Shift+Tab move to the next or
previous control, as Qt's own convention has it for widgets that use Tab themselves. F6 and
Shift+F6 switch between the navigation tree and the page, as panes are switched in other
desktop programs, coming back to the control that had the focus on the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TAB_KEEPERS = (QAbstractItemView, QTextEdit, QPlainTextEdit)  # they use Tab themselves


def _keeper(widget: QWidget | None) -> QWidget | None:
    """The table (or text box) that ``widget`` belongs to, if it keeps Tab for itself."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, TAB_KEEPERS):
            return widget
        widget = widget.parentWidget()
    return None


def _can_take_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def move_out(keeper: QWidget, forward: bool) -> QWidget | None:
    """Focus the control after (or before) ``keeper`` in the tab order, skipping its insides."""
    candidate = keeper
    for _ in range(1000):  # the chain is a ring; a window has far fewer widgets
        following = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if following is None or following is keeper:
            return None
        candidate = following
        inside = candidate is not keeper and keeper.isAncestorOf(candidate)
        if not inside and candidate.window() is keeper.window() and _can_take_focus(candidate):
            candidate.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return candidate
    return None


def first_focusable(container: QWidget) -> QWidget | None:
    """The first control inside ``container`` in the tab order."""
    candidate = container
    for _ in range(1000):
        following = candidate.nextInFocusChain()
        if following is None or following is container:
            return None
        candidate = following
        if candidate.window() is not container.window():
            return None
        if container.isAncestorOf(candidate) and _can_take_focus(candidate):
            return candidate
    return None


def install(window: QWidget, tree: QWidget, page: Callable[[], QWidget | None]) -> FocusKeys:
    """Give ``window`` the keys (on the whole application: its dialogs have tables too)."""
    keys = FocusKeys(window, tree, page)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(keys)
    return keys


class FocusKeys(QObject):
    """Installed on the application by the main window; ``tree`` and ``page`` give its panes."""

    def __init__(
        self,
        window: QWidget,
        tree: QWidget,
        page: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tree = tree
        self.page = page
        self._left_on_page: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus:
            return False  # each key press is seen once, on the widget that has the focus
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers & control:
            keeper = _keeper(focus)
            if keeper is None:
                return False
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            move_out(keeper, forward)
            return True
        if key == Qt.Key.Key_F6 and focus.window() is self.window:
            self.switch_pane(focus)
            return True
        return False

    def switch_pane(self, focus: QWidget) -> None:
        """From the page to the navigation tree, and back to where the page had the focus."""
        page = self.page()
        if page is None:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if focus is not self.tree and not self.tree.isAncestorOf(focus):
            self._left_on_page = focus if page.isAncestorOf(focus) else None
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        target = self._left_on_page
        if target is None or not page.isAncestorOf(target) or not _can_take_focus(target):
            target = first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
