"""Undo and redo of edits in the grids (QUndoStack): typed scores, and the cells and places of
the scoring table's rows. An undo writes the old state back through the same service, so it is
audited like any edit and refused on a locked year."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

# write(state) -> True when the service stored it (the page shows refusals itself)
Write = Callable[[Any], bool]


class Edit(QUndoCommand):
    """One edit: the state before and after (a score, a row's fields, a row's place), stored
    by ``write``. Pushed once the edit itself has been stored."""

    def __init__(self, text: str, write: Write, before: Any, after: Any) -> None:
        super().__init__(text)
        self.write = write
        self.before = before
        self.after = after
        self.done = True  # pushed after the first write succeeded: redo() skips it once

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        if not self.write(self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.write(self.before):
            self.setObsolete(True)


ScoreEdit = Edit  # a typed score: before and after are ScoreInput


def undo_stack(
    page: QWidget, view: QWidget, undo_text: str, redo_text: str
) -> tuple[QUndoStack, QAction, QAction]:
    """A page's undo history with its Undo (Ctrl+Z) and Redo (Ctrl+Y, Ctrl+Shift+Z) actions,
    active while the focus is in the page. The texts come translated in the page's context."""
    stack = QUndoStack(page)
    undo = stack.createUndoAction(page, undo_text)
    redo = stack.createRedoAction(page, redo_text)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)
        view.addAction(action)
    return stack, undo, redo
