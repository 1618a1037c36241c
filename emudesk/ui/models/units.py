"""The units table and a unit's name history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk.services.organisation.units import NameEntry, UnitInfo
from emudesk.ui.formatting import arg
from emudesk.ui.models.base import RecordTableModel


class UnitTableModel(RecordTableModel[UnitInfo]):
    CODE, NAME, SHORT_NAME, PROVINCE, CONTACT, EMAIL, MERGED_INTO = range(7)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Official name"),
            self.tr("Short name"),
            self.tr("Province"),
            self.tr("Contact person"),
            self.tr("E-mail"),
            self.tr("Merged into"),
        )

    def tooltip(self, record: UnitInfo, column: int) -> str:
        if column == self.CONTACT and record.phone:
            return f"{record.contact_person} — {record.phone}".strip(" —")
        return self.text(record, column)

    def text(self, record: UnitInfo, column: int) -> str:
        if column == self.CODE:
            return record.code
        if column == self.NAME:
            return record.official_name
        if column == self.SHORT_NAME:
            return record.short_name
        if column == self.PROVINCE:
            return record.province
        if column == self.CONTACT:
            return record.contact_person
        if column == self.EMAIL:
            return record.email
        if column == self.MERGED_INTO:
            if not record.successor_name:
                return ""
            merged = record.merged_on.strftime("%d/%m/%Y") if record.merged_on else ""
            return arg(self.tr("%1 (since %2)"), record.successor_name, merged)
        return ""


class NameHistoryModel(QAbstractTableModel):
    """The names a unit had, oldest first: from which year, official and short name."""

    FROM_YEAR, OFFICIAL, SHORT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: list[NameEntry] = []

    def set_names(self, names: Sequence[NameEntry]) -> None:
        self.beginResetModel()
        self._names = list(names)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._names[index.row()]
        return (str(entry.from_year), entry.official_name, entry.short_name)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("From year"), self.tr("Official name"), self.tr("Short name"))[section]
