"""A received scoring form as an editable grid: the columns of the workbook, in its order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from emudesk import rules
from emudesk.services.exchange import member
from emudesk.services.exchange.member import FormColumn, FormRow, MemberForm
from emudesk.ui import labels
from emudesk.ui.delegates import Checker, value_check
from emudesk.ui.models.score_grid import raw_text

Index = QModelIndex | QPersistentModelIndex
SECTION_BRUSH = QBrush(QColor("#eef1f5"))
INPUT_BRUSH = QBrush(QColor("#fff8dc"))
BOLD = QFont()
BOLD.setBold(True)
CODE, TITLE, HOW, MAXIMUM = 0, 1, 2, 3
FIXED = 4  # the columns before the first scored one
NOTE = FIXED + 1  # the own score's note; its evidence follows
ITALIC = QFont()
ITALIC.setItalic(True)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def spec_of(row: FormRow) -> rules.CriterionSpec:
    return rules.CriterionSpec(
        row.key, row.code, row.title, row.kind, row.max_points, params=dict(row.params)
    )


def parse_raw(kind: rules.CriterionKind, text: str) -> int:
    """Checked text (see ``value_check``) as the raw value stored."""
    if kind is rules.CriterionKind.PER_OCCURRENCE:
        return int(text.strip())
    return rules.parse_points(text)


class MemberFormModel(QAbstractTableModel):
    """Code, criterion, how to score, maximum, own score, note, evidence, then one column per
    other member; sections show their subtotals and a last row the provisional total, as the
    workbook's formulas do."""

    edited = Signal()

    def __init__(self, form: MemberForm, parent: Any = None) -> None:
        super().__init__(parent)
        self.form = form
        self.rows = list(form.rows)
        self.specs = [spec_of(row) for row in self.rows]
        own = form.columns[0]
        peers = list(form.columns[1:])
        # (kind, scored column) per grid column after the three fixed ones
        self.layout: list[tuple[str, FormColumn | None]] = [
            ("score", own),
            ("note", None),
            ("evidence", None),
            *(("score", peer) for peer in peers),
        ]
        self.values: dict[tuple[str, UUID], int] = dict(form.values)
        self.texts: dict[str, tuple[str, str]] = dict(form.texts)
        self.dirty = False
        self._sums: dict[UUID, tuple[Mapping[str, int], int]] = {}
        self._add_up()

    def _add_up(self) -> None:
        """Each scored column's section subtotals and provisional total, from the values."""
        for kind, column in self.layout:
            if kind == "score" and column is not None:
                unit = column.unit_uuid

                def typed(row: FormRow, unit: UUID = unit) -> int | None:
                    return self.values.get((row.key, unit))

                self._sums[unit] = member.provisional_sums(self.rows, typed)

    @property
    def total_row(self) -> int:
        """The row after the criteria: the provisional total."""
        return len(self.rows)

    def result(self) -> tuple[Mapping[tuple[str, UUID], int], Mapping[str, tuple[str, str]]]:
        return dict(self.values), dict(self.texts)

    def checker(self, index: Index) -> Checker | None:
        if not index.isValid() or index.column() < FIXED or index.row() >= self.total_row:
            return None
        kind, _column = self.layout[index.column() - FIXED]
        return value_check(self.specs[index.row()]) if kind == "score" else None

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.layout)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = (self.tr("Code"), self.tr("Criterion"), self.tr("How to score"), self.tr("Max."))
        if section < FIXED:
            return fixed[section]
        kind, column = self.layout[section - FIXED]
        if kind == "note":
            return self.tr("Note")
        if kind == "evidence":
            return self.tr("Evidence")
        assert column is not None
        return self.tr("Self-score") if column.is_self else column.label

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.isValid()
            and index.column() >= FIXED
            and index.row() < self.total_row
            and self.rows[index.row()].kind.is_leaf
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        kind = self.layout[column - FIXED][0] if column >= FIXED else "fixed"
        if index.row() >= self.total_row:
            return self._total_data(column, role)
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return row.title
            if column == HOW or (kind == "score" and row.kind.is_leaf):
                return labels.how_to_score(row.kind, row.max_points, row.params)
            if kind == "score":
                return self.tr("The sum of the rows under this section (results are left out)")
        if role == Qt.ItemDataRole.FontRole:
            if not row.kind.is_leaf:
                return BOLD
            if column == HOW or (kind == "score" and row.kind is rules.CriterionKind.QUANTITATIVE):
                return ITALIC
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.kind.is_leaf:
                return SECTION_BRUSH
            if column >= FIXED:
                return INPUT_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if kind == "score" or column == MAXIMUM else LEFT
        return None

    def _total_data(self, column: int, role: int) -> Any:
        """The last row: the provisional total of each scored column."""
        kind, scored = self.layout[column - FIXED] if column >= FIXED else ("fixed", None)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return self.tr("Provisional total")
            if kind == "score" and scored is not None:
                return rules.local_points(self._sums[scored.unit_uuid][1])
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and (column == TITLE or kind == "score"):
            return self.tr(
                "Sections, plus bonus, minus deduction; results against a target are left "
                "out, since their points depend on every unit's result"
            )
        if role == Qt.ItemDataRole.FontRole:
            return BOLD
        if role == Qt.ItemDataRole.BackgroundRole:
            return SECTION_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if kind == "score" else LEFT
        return None

    def _text(self, row: FormRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == TITLE:
            return ("    " * row.depth) + row.title
        if column == HOW:
            return labels.how_to_score(row.kind, row.max_points, row.params)
        if column == MAXIMUM:
            return rules.local_points(row.max_points)
        kind, scored = self.layout[column - FIXED]
        if not row.kind.is_leaf:
            if kind == "score" and scored is not None:
                subtotal = self._sums[scored.unit_uuid][0].get(row.key)
                return rules.local_points(subtotal) if subtotal is not None else ""
            return ""
        if kind == "score":
            assert scored is not None
            return raw_text(row.kind, self.values.get((row.key, scored.unit_uuid)))
        note, evidence = self.texts.get(row.key, ("", ""))
        return note if kind == "note" else evidence

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.rows[index.row()]
        kind, scored = self.layout[index.column() - FIXED]
        text = "" if value is None else str(value)
        if kind == "score":
            assert scored is not None
            key = (row.key, scored.unit_uuid)
            if not text.strip():
                self.values.pop(key, None)
            else:
                if value_check(self.specs[index.row()])(text) is not None:
                    return False
                self.values[key] = parse_raw(row.kind, text)
        else:
            note, evidence = self.texts.get(row.key, ("", ""))
            cleaned = text.strip()
            pair = (cleaned, evidence) if kind == "note" else (note, cleaned)
            if any(pair):
                self.texts[row.key] = pair
            else:
                self.texts.pop(row.key, None)
        self.dirty = True
        if kind == "score":  # the sections above and the total follow the typed value
            self._add_up()
            column = index.column()
            self.dataChanged.emit(self.index(0, column), self.index(self.total_row, column))
        else:
            self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
