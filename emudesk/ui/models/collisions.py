"""Rows both merged units scored, and the officer's choice for each (when the rule is "ask")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk import rules
from emudesk.services.reorganisation.merger import Choice, Collision
from emudesk.ui import labels
from emudesk.ui.delegates import CHOICES_ROLE
from emudesk.ui.formatting import NONE

Index = QModelIndex | QPersistentModelIndex


class CollisionTableModel(QAbstractTableModel):
    """One row per collision: the row, who scored, both values, the mean, the choice."""

    ROW, SCORER, SUCCESSOR, ABSORBED, MEAN, CHOICE = range(6)
    NUMERIC = frozenset({SUCCESSOR, ABSORBED, MEAN})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Collision] = []
        self.choices: dict[str, Choice] = {}

    def set_collisions(self, found: list[Collision]) -> None:
        """Show ``found``; choices already made for the same rows are kept."""
        self.beginResetModel()
        self._rows = list(found)
        keys = {c.key for c in found}
        self.choices = {k: v for k, v in self.choices.items() if k in keys}
        self.endResetModel()

    def collisions(self) -> list[Collision]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Scored by"),
            self.tr("Successor's"),
            self.tr("Absorbed unit's"),
            self.tr("Mean"),
            self.tr("Keep"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.column() == self.CHOICE:
            found |= Qt.ItemFlag.ItemIsEditable
        return found

    def offered(self, collision: Collision) -> list[tuple[str, Choice]]:
        found = [
            (self.tr("the successor's"), Choice.SUCCESSOR),
            (self.tr("the absorbed unit's"), Choice.ABSORBED),
        ]
        if collision.mean is not None:
            found.append((self.tr("the mean"), Choice.MEAN))
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        collision, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE and column == self.CHOICE:
            return self.offered(collision)
        if role == Qt.ItemDataRole.EditRole and column == self.CHOICE:
            return self.choices.get(collision.key)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.ROW:
            return f"{collision.key.split(':')[0]} · {collision.criterion}"
        if column == self.SCORER:
            return f"{labels.scorer_role(rules.ScorerRole(collision.role))} ({collision.scorer})"
        if column == self.SUCCESSOR:
            return rules.format_points(collision.successor_value)
        if column == self.ABSORBED:
            return rules.format_points(collision.absorbed_value)
        if column == self.MEAN:
            return NONE if collision.mean is None else rules.format_points(collision.mean)
        chosen = self.choices.get(collision.key)
        texts = dict((value, text) for text, value in self.offered(collision))
        return texts.get(chosen, self.tr("choose…")) if chosen else self.tr("choose…")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.CHOICE or value is None:
            return False
        self.choices[self._rows[index.row()].key] = Choice(value)
        self.dataChanged.emit(index, index)
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.layoutChanged.emit()
