"""A year's member list, its to-do list, and the checkable unit list of the year dialog."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from emudesk.records.organisation import TodoItem, YearInfo
from emudesk.records.units import UnitRef
from emudesk.ui.formatting import NONE, method_label
from emudesk.ui.models.base import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(RecordTableModel[UnitRef]):
    """Members of a year with their names as in that year, and who leads."""

    CODE, NAME, SHORT_NAME, ROLE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._head: UUID | None = None
        self._deputy: UUID | None = None

    def set_members(
        self, members: Sequence[UnitRef], head: UUID | None, deputy: UUID | None
    ) -> None:
        self._head, self._deputy = head, deputy
        self.set_records(members)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Name in that year"),
            self.tr("Short name"),
            self.tr("Role"),
        )

    def text(self, record: UnitRef, column: int) -> str:
        if column == self.CODE:
            return record.code
        if column == self.NAME:
            return record.name
        if column == self.SHORT_NAME:
            return record.short_name
        if column == self.ROLE:
            if record.uuid == self._head:
                return self.tr("Head")
            if record.uuid == self._deputy:
                return self.tr("Deputy")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            record = self.record(index)
            if record is not None and record.uuid in (self._head, self._deputy):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class YearTableModel(RecordTableModel[YearInfo]):
    """The years of one cluster, newest first, with who led them."""

    YEAR, HEAD, DEPUTY, METHOD, MEMBERS = range(5)
    NUMERIC_COLUMNS = frozenset({MEMBERS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Year"),
            self.tr("Head"),
            self.tr("Deputy"),
            self.tr("How chosen"),
            self.tr("Members"),
        )

    def text(self, record: YearInfo, column: int) -> str:
        if column == self.YEAR:
            return str(record.year)
        if column == self.HEAD:
            return record.head.short_name if record.head else NONE
        if column == self.DEPUTY:
            return record.deputy.short_name if record.deputy else NONE
        if column == self.METHOD:
            return method_label(record.method)
        if column == self.MEMBERS:
            return str(len(record.members))
        return ""


class TodoListModel(QAbstractListModel):
    """What remains to do in a year (texts come translated from the service)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TodoItem] = []

    def set_items(self, items: Iterable[TodoItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def todo_keys(self) -> list[str]:
        return [item.key for item in self._items]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        return None


class UnitChecklistModel(QAbstractListModel):
    """Units with a check box each; ``checked_changed`` follows every tick."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: list[UnitRef] = []
        self._checked: set[UUID] = set()

    def set_units(self, units: Sequence[UnitRef], checked: Iterable[UUID]) -> None:
        self.beginResetModel()
        self._units = list(units)
        known = {u.uuid for u in self._units}
        self._checked = {uuid for uuid in checked if uuid in known}
        self.endResetModel()
        self.checked_changed.emit()

    def checked_units(self) -> list[UnitRef]:
        """The ticked units, in list order."""
        return [u for u in self._units if u.uuid in self._checked]

    def check_all(self, checked: bool) -> None:
        self._checked = {u.uuid for u in self._units} if checked else set()
        if self._units:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._units) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit()

    def set_checked(self, uuid: UUID, checked: bool) -> None:
        row = next((i for i, u in enumerate(self._units) if u.uuid == uuid), -1)
        if row >= 0:
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{unit.name} ({unit.code})"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = unit.uuid in self._checked
            return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.UserRole:
            return unit.uuid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        uuid = self._units[index.row()].uuid
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (uuid in self._checked):
            return True
        if checked:
            self._checked.add(uuid)
        else:
            self._checked.discard(uuid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True
