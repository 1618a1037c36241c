"""Who attended a conference: each member unit ticked or not, with the people it sent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt

from emudesk.services.organisation.units import UnitRef
from emudesk.ui.models.base import Index, RecordTableModel


class AttendanceModel(RecordTableModel[UnitRef]):
    """Column 0: the unit, with a check box; column 1: its delegates, typed in place."""

    UNIT, PERSONS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checked: set[UUID] = set()
        self._persons: dict[UUID, str] = {}  # kept when a unit is unticked and ticked again

    def set_attendance(
        self, units: Sequence[UnitRef], attending: Iterable[tuple[UUID, str]]
    ) -> None:
        known = {u.uuid for u in units}
        given = {uuid: persons for uuid, persons in attending if uuid in known}
        self._checked = set(given)
        self._persons = {uuid: persons for uuid, persons in given.items() if persons}
        self.set_records(units)

    def attending(self) -> tuple[tuple[UUID, str], ...]:
        """The ticked units with their delegates, in list order."""
        ticked = (u for u in self.records() if u.uuid in self._checked)
        return tuple((u.uuid, self._persons.get(u.uuid, "")) for u in ticked)

    def headers(self) -> Sequence[str]:
        return (self.tr("Unit"), self.tr("Delegates (names, titles)"))

    def text(self, record: UnitRef, column: int) -> str:
        if column == self.UNIT:
            return record.short_name
        return self._persons.get(record.uuid, "") if record.uuid in self._checked else ""

    def tooltip(self, record: UnitRef, column: int) -> str:
        if column == self.UNIT:
            return f"{record.name} ({record.code})"
        return self.tr("Printed in the minutes after the unit's name")

    def flags(self, index: Index) -> Qt.ItemFlag:
        record = self.record(index)
        if record is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.UNIT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if record.uuid in self._checked:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is not None and index.column() == self.UNIT:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = record.uuid in self._checked
                return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
        elif record is not None and role == Qt.ItemDataRole.EditRole:
            return self.text(record, index.column())
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record(index)
        if record is None:
            return False
        if index.column() == self.UNIT and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self._checked.add(record.uuid)
            else:
                self._checked.discard(record.uuid)
            self.dataChanged.emit(index, self.index(index.row(), self.PERSONS))
            return True
        if index.column() == self.PERSONS and role == Qt.ItemDataRole.EditRole:
            if record.uuid not in self._checked:
                return False
            self._persons[record.uuid] = " ".join(str(value).split())
            self.dataChanged.emit(index, index)
            return True
        return False
