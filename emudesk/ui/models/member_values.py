"""Editable lists over the year's members: award exclusions (reason, note) and votes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk import rules
from emudesk.services.organisation.units import UnitRef
from emudesk.ui import labels
from emudesk.ui.delegates import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
NO_REASON = ""  # the combo's value for "not excluded"


@dataclass(frozen=True)
class ExclusionRow:
    unit: UnitRef
    reason: rules.ExclusionReason | None
    note: str


class ExclusionTableModel(QAbstractTableModel):
    UNIT, REASON, NOTE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ExclusionRow] = []

    def set_rows(self, rows: Sequence[ExclusionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ExclusionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Member unit"), self.tr("Excluded because"), self.tr("Note"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != self.UNIT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.UNIT:
                return row.unit.name
            if column == self.REASON:
                return labels.exclusion_reason(row.reason)
            return row.note
        if role == Qt.ItemDataRole.EditRole:
            if column == self.REASON:
                return row.reason.value if row.reason else NO_REASON
            return row.note if column == self.NOTE else row.unit.name
        if role == CHOICES_ROLE and column == self.REASON:
            return [(labels.exclusion_reason(None), NO_REASON)] + [
                (labels.exclusion_reason(r), r.value) for r in rules.ExclusionReason
            ]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if index.column() == self.REASON:
            reason = rules.ExclusionReason(value) if value else None
            self._rows[index.row()] = replace(row, reason=reason)
        elif index.column() == self.NOTE:
            self._rows[index.row()] = replace(row, note=str(value))
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.NOTE))
        return True


class VoteTableModel(QAbstractTableModel):
    UNIT, VOTES = range(2)
    MAX_VOTES = 10_000

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: list[UnitRef] = []
        self._votes: dict[UUID, int] = {}

    def set_votes(self, units: Sequence[UnitRef], votes: Mapping[UUID, int]) -> None:
        self.beginResetModel()
        self._units = list(units)
        self._votes = {u.uuid: votes.get(u.uuid, 0) for u in units}
        self.endResetModel()

    def votes(self) -> dict[UUID, int]:
        return dict(self._votes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Member unit"), self.tr("Votes received"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.VOTES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if index.column() == self.UNIT:
            return unit.name if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._votes[unit.uuid])
        if role == Qt.ItemDataRole.EditRole:
            return self._votes[unit.uuid]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.VOTES:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= count <= self.MAX_VOTES:
            return False
        self._votes[self._units[index.row()].uuid] = count
        self.dataChanged.emit(index, index)
        return True
