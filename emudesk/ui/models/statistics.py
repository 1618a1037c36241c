"""One breakdown of the award statistics as a table: a row per award, unit or level, a column
per year or award, the row's totals, and a totals row at the foot."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from emudesk.records.award_statistics import Crosstab

Index = QModelIndex | QPersistentModelIndex
WRAP = 20  # characters of a column heading per line


class CrosstabModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Crosstab | None = None

    def set_table(self, table: Crosstab | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> Crosstab | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None or not self._table.rows:
            return 0
        return len(self._table.rows) + 1  # the totals

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns) + 3

    def is_totals(self, row: int) -> bool:
        return self._table is not None and row == len(self._table.rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self._table
        if table is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return "" if self.is_totals(section) else str(section + 1)
        if section == 0:
            return table.row_heading
        if section <= len(table.columns):
            text = table.columns[section - 1]
            # An award's name is long: on a few lines, so the table stays within the page.
            return text if role == Qt.ItemDataRole.ToolTipRole else textwrap.fill(text, WRAP)
        text = (
            self.tr("Total decided")
            if section == len(table.columns) + 1
            else self.tr("Total proposed")
        )
        return text if role == Qt.ItemDataRole.ToolTipRole else textwrap.fill(text, 10)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = self.is_totals(row)
        if role == Qt.ItemDataRole.FontRole and (totals or column == len(table.columns) + 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            if totals:
                return self.tr("Total")
            code = table.row_codes[row]
            label = table.rows[row]
            return f"{label} ({code})" if role == Qt.ItemDataRole.ToolTipRole and code else label
        if column <= len(table.columns):
            if totals:
                return str(table.column_totals()[column - 1])
            return str(table.decided[row][column - 1])
        if column == len(table.columns) + 1:
            return str(table.total_decided if totals else table.row_total(row))
        return str(table.total_proposed if totals else table.proposed[row])
