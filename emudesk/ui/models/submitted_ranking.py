"""A cluster-year's whole ranking table as its submission sent it (the issuer's board)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from emudesk.rules import local_points
from emudesk.services.issuing.submitted_ranking import RankLine, SubmittedRanking

Index = QModelIndex | QPersistentModelIndex


class SubmittedRankingModel(QAbstractTableModel):
    """Rank, unit, total, one column per top-level section, bonus, deductions, what placed
    the unit; the cluster's nominees in bold."""

    RANK, UNIT, TOTAL = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: SubmittedRanking | None = None

    def set_table(self, table: SubmittedRanking | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    @property
    def _sections(self) -> int:
        return len(self.table.sections) if self.table else 0

    @property
    def bonus_column(self) -> int:
        return 3 + self._sections

    @property
    def placed_column(self) -> int:
        return 5 + self._sections

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else 6 + self._sections

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.table is None:
            return None
        sections = self.table.sections
        if role == Qt.ItemDataRole.ToolTipRole and 3 <= section < 3 + len(sections):
            return sections[section - 3][1]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if 3 <= section < 3 + len(sections):
            return sections[section - 3][0]
        fixed = {
            self.RANK: self.tr("Rank"),
            self.UNIT: self.tr("Unit"),
            self.TOTAL: self.tr("Total"),
            self.bonus_column: self.tr("Bonus"),
            self.bonus_column + 1: self.tr("Deductions"),
            self.placed_column: self.tr("What placed it"),
        }
        return fixed.get(section)

    def _points(self, value: int | None) -> str:
        decimals = self.table.decimals if self.table else 2
        return "" if value is None else local_points(value, decimals)

    def text(self, row: RankLine, column: int) -> str:
        if column == self.RANK:
            return f"{row.rank}=" if row.shared else str(row.rank)
        if column == self.UNIT:
            return row.unit
        if column == self.TOTAL:
            return self._points(row.total)
        if column == self.bonus_column:
            return self._points(row.bonus)
        if column == self.bonus_column + 1:
            return self._points(row.deduction)
        if column == self.placed_column:
            return "; ".join(t for t in (row.versus_above, row.excluded) if t)
        return self._points(row.sections[column - 3])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        row = self.table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.nominee:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in (
            self.UNIT,
            self.placed_column,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.placed_column:
            return self.text(row, index.column()) or None
        return None
