"""Undo and redo of typed scores (QUndoStack): an undo writes the old value back through the
same service, so it is audited like any edit and refused on a locked year."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from emudesk.services.scores import ScoreInput

# write(input) -> True when the service stored it (the page shows refusals itself)
Write = Callable[[ScoreInput], bool]


class ScoreEdit(QUndoCommand):
    """One typed cell: the value before and after, stored by ``write``."""

    def __init__(self, text: str, write: Write, before: ScoreInput, after: ScoreInput) -> None:
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
