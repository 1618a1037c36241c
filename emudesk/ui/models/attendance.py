"""Who attended a conference: each member unit ticked or not, with the people it sent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from emudesk.services.units import UnitRef

Index = QModelIndex | Any


class AttendanceModel(QAbstractTableModel):
    """Column 0: the unit, with a check box; column 1: its delegates, typed in place."""

    UNIT, PERSONS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: list[UnitRef] = []
        self._checked: set[UUID] = set()
        self._persons: dict[UUID, str] = {}  # kept when a unit is unticked and ticked again

    def set_attendance(
        self, units: Sequence[UnitRef], attending: Iterable[tuple[UUID, str]]
    ) -> None:
        self.beginResetModel()
        self._units = list(units)
        known = {u.uuid for u in self._units}
        given = {uuid: persons for uuid, persons in attending if uuid in known}
        self._checked = set(given)
        self._persons = {uuid: persons for uuid, persons in given.items() if persons}
        self.endResetModel()

    def attending(self) -> tuple[tuple[UUID, str], ...]:
        """The ticked units with their delegates, in list order."""
        return tuple(
            (u.uuid, self._persons.get(u.uuid, "")) for u in self._units if u.uuid in self._checked
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.UNIT:
            return QCoreApplication.translate("AttendanceModel", "Unit")
        return QCoreApplication.translate("AttendanceModel", "Delegates (names, titles)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.UNIT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if self._units[index.row()].uuid in self._checked:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if index.column() == self.UNIT:
            if role == Qt.ItemDataRole.DisplayRole:
                return unit.short_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{unit.name} ({unit.code})"
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = unit.uuid in self._checked
                return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._persons.get(unit.uuid, "") if unit.uuid in self._checked else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "AttendanceModel", "Printed in the minutes after the unit's name"
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        unit = self._units[index.row()]
        if index.column() == self.UNIT and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self._checked.add(unit.uuid)
            else:
                self._checked.discard(unit.uuid)
            self.dataChanged.emit(index, index.siblingAtColumn(self.PERSONS))
            return True
        if index.column() == self.PERSONS and role == Qt.ItemDataRole.EditRole:
            if unit.uuid not in self._checked:
                return False
            self._persons[unit.uuid] = " ".join(str(value).split())
            self.dataChanged.emit(index, index)
            return True
        return False
