"""The ranking table (one column per top-level section) and the award suggestions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from emudesk import rules
from emudesk.services.scoring.ranking import RankingReport, RankRow, Suggestion
from emudesk.ui import labels
from emudesk.ui.formatting import arg
from emudesk.ui.models.base import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QBrush(QColor("#7a7a7a"))


def rank_text(row: RankRow) -> str:
    """The rank as printed: "=7" for a rank shared with another unit."""
    return f"={row.rank}" if row.shared else str(row.rank)


class RankingTableModel(QAbstractTableModel):
    """Columns: rank, unit, total, each section, bonus, deduction, self, peers, note, why."""

    RANK, UNIT, TOTAL = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: RankingReport | None = None
        self._names: dict[str, str] = {}  # unit code -> what tells it apart ("Đắk Lắk")

    def set_report(self, report: RankingReport | None) -> None:
        self.beginResetModel()
        self.report = report
        rows = report.rows if report else ()
        shown = labels.short_names([r.unit.short_name for r in rows])
        self._names = {r.unit.code: name for r, name in zip(rows, shown, strict=True)}
        self.endResetModel()

    def rows(self) -> tuple[RankRow, ...]:
        return self.report.rows if self.report else ()

    def row(self, index: Index) -> RankRow | None:
        rows = self.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _sections(self) -> tuple[tuple[str, str], ...]:
        return self.report.sections if self.report else ()

    def _kind(self, column: int) -> str:
        sections = len(self._sections())
        if column < 3:
            return ("rank", "unit", "total")[column]
        if column < 3 + sections:
            return "section"
        rest = ("bonus", "deduction", "self", "peers", "note", "why")
        return rest[column - 3 - sections]

    @property
    def decided_column(self) -> int:
        return self.columnCount() - 1

    @property
    def note_column(self) -> int:
        return self.columnCount() - 2

    def has_notes(self) -> bool:
        return any(r.excluded or r.missing for r in self.rows())

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9 + len(self._sections())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        kind = self._kind(section)
        if role == Qt.ItemDataRole.ToolTipRole and kind in ("self", "peers"):
            return (
                self.tr("Total by the unit's own scores")
                if kind == "self"
                else self.tr("Total by the mean of the peer scores")
            )
        if kind == "section":
            code, title = self._sections()[section - 3]
            if role == Qt.ItemDataRole.DisplayRole:
                return arg(self.tr("Sec. %1"), code)
            return f"{code}. {title}" if role == Qt.ItemDataRole.ToolTipRole else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "rank": self.tr("Rank"),
            "unit": self.tr("Unit"),
            "total": self.tr("Total"),
            "bonus": self.tr("Bonus"),
            "deduction": self.tr("Deduction"),
            "self": self.tr("Self"),
            "peers": self.tr("Peer mean"),
            "note": self.tr("Note"),
            "why": self.tr("Decided by"),
        }[kind]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index)
        if row is None:
            return None
        kind = self._kind(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, kind, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "unit":
                return row.unit.name
            return self._text(row, kind, index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in ("unit", "note", "why"):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and kind in ("rank", "total"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.excluded:
            return MUTED
        if role == RECORD_ROLE:
            return row
        return None

    def _text(self, row: RankRow, kind: str, column: int) -> str:
        decimals = self.report.decimals if self.report else 2

        def points(value: int | None) -> str:
            return rules.local_points(value, decimals) if value is not None else "—"

        if kind == "rank":
            return rank_text(row)
        if kind == "unit":
            return self._names.get(row.unit.code, row.unit.short_name)
        if kind == "total":
            return points(row.total)
        if kind == "section":
            return points(row.section_totals.get(self._sections()[column - 3][0]))
        values = {
            "bonus": row.bonus,
            "deduction": row.deduction,
            "self": row.self_total,
            "peers": row.peer_mean_total,
        }
        if kind in values:
            return points(values[kind])
        if kind == "note":
            notes = [row.excluded] if row.excluded else []
            if row.missing:
                notes.append(arg(self.tr("%1 criteria without a score"), row.missing))
            return "; ".join(notes)
        return row.versus_above  # each pair of neighbours said once, on the lower row


class SuggestionTableModel(QAbstractTableModel):
    AWARD, UNIT, RANK, TOTAL, VOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Suggestion] = []
        self._names: list[str] = []

    def set_items(self, items: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._names = labels.short_names([item.unit.short_name for item in items])
        self.endResetModel()

    def items(self) -> list[Suggestion]:
        return list(self._items)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.VOTE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Award"),
            self.tr("Unit"),
            self.tr("Rank"),
            self.tr("Total"),
            self.tr("Vote"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.AWARD:
                return labels.award_kind(item.kind)
            if column == self.UNIT:
                shown = self._names[index.row()]  # what tells the units apart ("Phú Yên")
                return shown if role == Qt.ItemDataRole.DisplayRole else item.unit.name
            if column == self.RANK:
                return str(item.rank)
            if column == self.TOTAL:
                return rules.local_points(item.total)
            if column == self.VOTE:
                return self.tr("needs a vote") if item.needs_vote else ""
            return item.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.TOTAL):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == self.VOTE and item.needs_vote:
            font = QFont()
            font.setBold(True)
            return font
        return None
