"""The rows of a workbook of past decisions, with what importing would do to each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from emudesk.services.issuing.past_decisions import PastRow
from emudesk.ui.formatting import arg

Index = QModelIndex | QPersistentModelIndex
REFUSED = QColor("#b00020")
PRESENT = QColor("#606060")
CHANGED = QColor("#8a4b00")


class PastImportModel(QAbstractTableModel):
    ROW, YEAR, DECISION, RECIPIENT, AWARD, REGISTER, RESULT = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PastRow] = []

    def set_rows(self, rows: Sequence[PastRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PastRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.RESULT)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.RESULT))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Year"),
            self.tr("Decision"),
            self.tr("Recipient"),
            self.tr("Award"),
            self.tr("Register number"),
            self.tr("On import"),
        )[section]

    def result(self, row: PastRow) -> str:
        if row.status == "new":
            return self.tr("added")
        if row.status == "present":
            return self.tr("already here")
        if row.status == "changed":
            return arg(self.tr("already here, corrected: %1"), row.change_words())
        return row.problem or row.message

    def text(self, row: PastRow, column: int) -> str:
        return (
            str(row.number),
            str(row.year) if row.year is not None else "",
            row.decision,
            row.recipient,
            row.award,
            row.register_number,
            self.result(row),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "error":
                return REFUSED
            if row.status == "present":
                return PRESENT
            if row.status == "changed":
                return CHANGED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROW, self.YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
