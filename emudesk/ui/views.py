"""Item views with a little behaviour of their own, promoted from the forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from emudesk.ui.models.criteria import CriterionTreeModel


class CriterionTreeView(QTreeView):
    """The scoring table's tree: Tab / Shift+Tab indent and outdent the current row.

    ``edit_gate(index)`` is asked before any cell editor opens (the page asks once whether a
    scored table may get a new version, unless only wording changes); False keeps it closed.
    """

    indent_requested = Signal()
    outdent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit_gate: Callable[[QModelIndex | QPersistentModelIndex], bool] | None = None

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        triggers = QAbstractItemView.EditTrigger
        opens = trigger == triggers.AllEditTriggers or bool(self.editTriggers() & trigger)
        if (
            opens
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
            and self.state() != QAbstractItemView.State.EditingState
            and self.edit_gate is not None
            and not self.edit_gate(index)
        ):
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

    def refill(self, fill: Callable[[], None]) -> None:
        """Run ``fill`` (it may reset the model), then fold again the rows folded before.

        Rows are known by code: a new version of the table gives every row a new UUID.
        """
        model = self.model()
        assert isinstance(model, CriterionTreeModel)
        known = {c.code for c in model.criteria()}
        folded = {c.code for c in model.criteria() if not self.isExpanded(model.index_of(c.uuid))}
        fill()
        self.expandAll()
        for criterion in model.criteria():
            if criterion.code in folded and criterion.code in known:
                self.collapse(model.index_of(criterion.uuid))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            self.indent_requested.emit()
            return
        if event.key() == Qt.Key.Key_Backtab:
            self.outdent_requested.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab normally moves the focus before keyPressEvent sees it; here it is a command.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)
