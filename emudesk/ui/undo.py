"""Undo and redo of edits in the grids (QUndoStack): typed scores, and the cells and places of
the scoring table's rows. An undo writes the old state back through the same service, so it is
audited like any edit and refused on a locked year."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

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
