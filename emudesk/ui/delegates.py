"""Cell editors: typed text checked as it is typed, and choices from a list.

A value the rules refuse is never committed: the validator keeps it *intermediate*, so Enter
does not close the editor, and the reason goes to ``message`` for the page's status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from emudesk import rules

Index = QModelIndex | QPersistentModelIndex
Checker = Callable[[str], str | None]  # text -> the reason it is refused, or None
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10  # [(text, value)] offered by a choice cell


def cell_data(index: Index, role: int) -> Any:
    """``index``'s data asked from its model.

    Not ``index.data(role)``: in PySide6 6.12 that call loses a reference to None each time
    the model answers None, and enough of them crash the interpreter.
    """
    model = index.model()
    return model.data(index, role) if model is not None and index.isValid() else None


class CheckedValidator(QValidator):
    """Accepts what ``check`` accepts; anything else stays intermediate, with the reason."""

    refused = Signal(str)  # the reason the text is refused

    def __init__(self, check: Checker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = check

    def validate(self, text: str, pos: int) -> Any:
        problem = self.check(text)
        if problem:
            self.refused.emit(problem)
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable


class CheckedDelegate(QStyledItemDelegate):
    """A line editor whose text is checked by the rules of its cell before it is committed.

    ``checker_for(index)`` gives the check of a cell (None: any text, as the default editor).
    """

    message = Signal(str)

    def __init__(
        self, checker_for: Callable[[Index], Checker | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.checker_for = checker_for

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        check = self.checker_for(index)
        if check is not None:
            validator = CheckedValidator(check, editor)
            validator.refused.connect(self.message)
            editor.setValidator(validator)
            # typing something acceptable clears the reason shown for the previous text
            editor.textEdited.connect(
                lambda _text, e=editor: self.message.emit("") if e.hasAcceptableInput() else None
            )
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(cell_data(index, Qt.ItemDataRole.EditRole) or ""))
        else:  # pragma: no cover - only line editors are made here
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):  # pragma: no cover
            return
        if not editor.hasAcceptableInput():
            return  # the reason is on the status line already; nothing is stored
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the cell's ``CHOICES_ROLE`` list; commits the chosen value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in cell_data(index, CHOICES_ROLE) or ():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = cell_data(index, Qt.ItemDataRole.EditRole)
            found = next((i for i in range(editor.count()) if editor.itemData(i) == current), 0)
            editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox) or editor.currentIndex() < 0:
            return
        if editor.currentData() != cell_data(index, Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def points_check(text: str) -> str | None:
    """A maximum or a cap typed as points ("7,5"): the parser's reason when it is not one."""
    try:
        value = rules.parse_points(text)
    except rules.PointsFormatError as error:
        return error.message
    if value < 0:
        return QCoreApplication.translate("Delegates", "The points cannot be negative.")
    return None


def value_check(spec: rules.CriterionSpec) -> Checker:
    """A score typed into a cell of row ``spec``; empty text clears the cell."""

    def check(text: str) -> str | None:
        if not text.strip():
            return None
        problem = rules.check_value(spec, text)
        return problem.message if problem is not None else None

    return check


class CountDelegate(QStyledItemDelegate):
    """A spin box for a whole number from 0 to ``maximum`` (votes, counts)."""

    def __init__(self, maximum: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setFrame(False)
        spin.setRange(0, self.maximum)
        return spin
