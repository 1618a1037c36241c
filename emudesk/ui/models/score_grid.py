"""The score grid of one assessed unit: a row per criterion, a column per scorer.

Texts are formatted once when the grid is loaded, so painting 150 rows × 15 columns only
indexes lists; a reload with the same rows and scorers changes cells in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPixmap, QPolygon

from emudesk import rules
from emudesk.services.ui_queries import GridRow, GridScorer, ScoreGrid
from emudesk.ui import labels
from emudesk.ui.formatting import arg

Index = QModelIndex | QPersistentModelIndex
SPEC_ROLE = Qt.ItemDataRole.UserRole + 20  # the rules' CriterionSpec of the row
Store = Callable[[GridRow, GridScorer, str], bool]  # store a typed value; False: refused

GAP_BRUSH = QBrush(QColor("#ffd8a8"))
SECTION_BRUSH = QBrush(QColor("#eef1f5"))
TITLE_COLUMN = 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
BACKGROUND, FONT = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.FontRole)
ALIGNMENT, TOOLTIP = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ToolTipRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
BOLD = QFont()
BOLD.setBold(True)
MARK_COLOUR = "#d9480f"


@cache
def note_mark() -> QPixmap:
    """The mark of a cell that carries the unit's explanation: an orange corner, top left.

    A picture the model hands to the view (not a delegate painting it: a ``paint`` written in
    Python loses references in PySide6 6.12 and, over thousands of cells, crashes the program).
    """
    size = QFontMetrics(QFont()).height()
    mark = QPixmap(max(8, size // 2), size)
    mark.fill(Qt.GlobalColor.transparent)
    painter = QPainter(mark)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(MARK_COLOUR))
    corner = mark.width()
    painter.drawPolygon(QPolygon([QPoint(0, 0), QPoint(corner, 0), QPoint(0, corner)]))
    painter.end()
    return mark


@dataclass(frozen=True)
class Column:
    kind: str  # "code", "title", "max", "score", "mean", "final"
    scorer: int = -1  # index into ScoreGrid.scorers for "score" columns


def raw_text(kind: rules.CriterionKind, value: int | None) -> str:
    """A stored raw value as typed: a count as a whole number, anything else as points."""
    if value is None:
        return ""
    if kind is rules.CriterionKind.PER_OCCURRENCE:
        return str(value)
    return rules.local_points(value)


def two_lines(text: str) -> str:
    """A header of two words or more on two lines, broken at the space nearest the middle."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:middle]}\n{text[middle + 1 :]}"


def spec_of(row: GridRow) -> rules.CriterionSpec:
    c = row.criterion
    return rules.CriterionSpec(
        str(c.uuid), c.code, c.title, c.kind, c.max_points, params=dict(c.params)
    )


class ScoreGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: ScoreGrid | None = None
        self.columns: list[Column] = []
        self._texts: list[list[str]] = []
        self._backgrounds: list[list[QBrush | None]] = []
        self._bold: list[list[bool]] = []
        self._specs: list[rules.CriterionSpec] = []
        self._noted: set[int] = set()  # rows whose self-score carries an explanation
        self._short: list[str] = []
        self.editable = False
        self.store: Store | None = None

    # -- loading ------------------------------------------------------------------------

    def set_grid(self, grid: ScoreGrid | None) -> None:
        same = (
            grid is not None
            and self.grid is not None
            and [r.criterion.uuid for r in grid.rows] == [r.criterion.uuid for r in self.grid.rows]
            and grid.scorers == self.grid.scorers
        )
        if same:
            self._fill(grid)
            if self._texts:
                last = self.index(len(self._texts) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._fill(grid)
        self.endResetModel()

    def _fill(self, grid: ScoreGrid | None) -> None:
        self.grid = grid
        if grid is None:
            self.columns, self._texts, self._specs, self._short = [], [], [], []
            self._noted = set()
            self._backgrounds, self._bold = [], []
            return
        scorers = grid.scorers
        peers = [i for i, s in enumerate(scorers) if s.role is rules.ScorerRole.PEER]
        own = [i for i, s in enumerate(scorers) if s.role is rules.ScorerRole.SELF]
        head = [i for i, s in enumerate(scorers) if s.role is rules.ScorerRole.HEAD]
        self.columns = [Column("code"), Column("title"), Column("max")]
        self.columns += [Column("score", i) for i in own + peers]
        self.columns.append(Column("mean"))
        self.columns += [Column("score", i) for i in head]
        self.columns.append(Column("final"))
        self._short = labels.short_names([s.unit.short_name for s in scorers])
        self._specs = [spec_of(row) for row in grid.rows]
        self._noted = {i for i, row in enumerate(grid.rows) if row.note or row.evidence}
        self._texts = [self._row_texts(row, grid.decimals) for row in grid.rows]
        self._backgrounds = [self._row_backgrounds(row) for row in grid.rows]
        self._bold = [
            [
                row.criterion.kind is rules.CriterionKind.SECTION or column.kind == "final"
                for column in self.columns
            ]
            for row in grid.rows
        ]

    def _row_backgrounds(self, row: GridRow) -> list[QBrush | None]:
        if row.criterion.kind is rules.CriterionKind.SECTION:
            return [SECTION_BRUSH] * len(self.columns)
        return [
            GAP_BRUSH
            if row.large_gap
            and (column.kind == "mean" or (column.kind == "score" and column.scorer == 0))
            else None
            for column in self.columns
        ]

    def _row_texts(self, row: GridRow, decimals: int) -> list[str]:
        c = row.criterion
        texts = []
        for column in self.columns:
            if column.kind == "code":
                texts.append(c.code)
            elif column.kind == "title":
                texts.append(c.title)
            elif column.kind == "max":
                texts.append(rules.local_points(c.max_points))
            elif column.kind == "score":
                texts.append(raw_text(c.kind, row.values[column.scorer]))
            elif column.kind == "mean":
                texts.append(rules.local_points(row.peer_mean) if row.peer_mean is not None else "")
            else:
                final = row.final
                texts.append(rules.local_points(final, decimals) if final is not None else "")
        return texts

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    # -- lookups ------------------------------------------------------------------------

    def row(self, index: Index) -> GridRow | None:
        if self.grid is None or not index.isValid() or index.row() >= len(self.grid.rows):
            return None
        return self.grid.rows[index.row()]

    def scorer(self, column: int) -> GridScorer | None:
        if self.grid is None or not 0 <= column < len(self.columns):
            return None
        spec = self.columns[column]
        return self.grid.scorers[spec.scorer] if spec.kind == "score" else None

    def column_of(self, role: rules.ScorerRole, unit_code: str = "") -> int:
        """The column of a scorer (for a peer, name it by unit code); -1 when absent."""
        for number in range(len(self.columns)):
            scorer = self.scorer(number)
            if scorer and scorer.role is role and (not unit_code or scorer.unit.code == unit_code):
                return number
        return -1

    def row_of(self, code: str) -> int:
        rows = self.grid.rows if self.grid else ()
        return next((i for i, r in enumerate(rows) if r.criterion.code == code), -1)

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        scorer = self.scorer(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind in ("code", "title", "max"):
                return {
                    "code": self.tr("Code"),
                    "title": self.tr("Criterion"),
                    "max": self.tr("Maximum"),
                }[column.kind]
            if scorer is not None and scorer.role is rules.ScorerRole.PEER:
                return two_lines(self._short[column.scorer])
            if scorer is not None:
                own = scorer.role is rules.ScorerRole.SELF
                return two_lines(self.tr("Self") if own else self.tr("Head"))
            return two_lines(
                {
                    "code": self.tr("Code"),
                    "title": self.tr("Criterion"),
                    "max": self.tr("Maximum"),
                    "mean": self.tr("Peer mean"),
                    "final": self.tr("Final"),
                }[column.kind]
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if scorer is not None:
                return f"{labels.scorer_role(scorer.role)}: {scorer.unit.name}"
            if column.kind == "final":
                return self.tr("The value the regulation counts for the ranking")
            if column.kind == "mean":
                return self.tr("Mean of the peer scores, as given")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_editable(self, index: Index) -> bool:
        row = self.row(index)
        return (
            self.editable
            and row is not None
            and row.criterion.kind.is_leaf
            and self.columns[index.column()].kind == "score"
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Called thousands of times per paint: plain integer roles and precomputed styles."""
        number = index.row()
        if number >= len(self._texts) or number < 0:
            return None
        if role in (DISPLAY, EDIT):
            return self._texts[number][index.column()]
        if role == BACKGROUND:
            return self._backgrounds[number][index.column()]
        if role == FONT:
            return BOLD if self._bold[number][index.column()] else None
        if role == ALIGNMENT:
            return RIGHT if index.column() > TITLE_COLUMN else None
        if role == TOOLTIP:
            return self._tooltip(self.grid.rows[number], self.columns[index.column()]) or None  # type: ignore[union-attr]
        if role == SPEC_ROLE:
            return self._specs[number]
        if (
            role == DECORATION
            and number in self._noted
            and self.columns[index.column()].scorer == 0
        ):
            return note_mark()
        return None

    def texts(self, row: GridRow) -> str:
        """The unit's explanation and evidence of ``row``, in words ("" when it gave none)."""
        parts = []
        if row.note:
            parts.append(arg(self.tr("Explanation: %1"), row.note))
        if row.evidence:
            parts.append(arg(self.tr("Evidence: %1"), row.evidence))
        return "\n".join(parts)

    def _tooltip(self, row: GridRow, column: Column) -> str:
        c = row.criterion
        if column.kind == "title":
            text = c.title
            if row.explanations:
                text += "\n" + arg(self.tr("Explanations: %1"), row.explanations)
            return text
        gap = ""
        if row.large_gap:
            gap = self.tr(
                "The self-score and the peers' mean differ by more than 20 % of the maximum"
            )
        if column.kind == "mean":
            return gap
        if column.kind == "score" and self.grid is not None and c.kind.is_leaf:
            scorer = self.grid.scorers[column.scorer]
            status = labels.score_status(row.statuses[column.scorer])
            unit = {
                rules.CriterionKind.PER_OCCURRENCE: self.tr("number of occurrences"),
                rules.CriterionKind.QUANTITATIVE: self.tr("result achieved, not points"),
            }.get(c.kind, "")
            parts = [f"{scorer.unit.short_name} — {labels.scorer_role(scorer.role)}", status, unit]
            if column.scorer == 0:
                parts.append(gap)
            text = " · ".join(p for p in parts if p)
            if column.scorer == 0 and (row.note or row.evidence):
                text += "\n" + self.texts(row)
            return text
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index)
        scorer = self.scorer(index.column())
        if role != Qt.ItemDataRole.EditRole or row is None or scorer is None:
            return False
        if not self.is_editable(index) or self.store is None:
            return False
        if str(value).strip() == self._texts[index.row()][index.column()]:
            return True
        return self.store(row, scorer, str(value))
