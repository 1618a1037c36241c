"""The scoring table as a tree: code, title, kind, maximum, and each section's sum of rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from emudesk import rules
from emudesk.services.scoring.tables import CriterionFields, CriterionInfo, TableInfo
from emudesk.ui import labels
from emudesk.ui.delegates import CHOICES_ROLE
from emudesk.ui.formatting import arg
from emudesk.ui.models.base import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[CriterionInfo, CriterionFields], bool]  # store an edit; False: refused

PROBLEM_COLOUR = QColor("#b00020")


def params_text(criterion: CriterionInfo) -> str:
    """The parameters of a counted or measured row in words, for tooltips and the dialog."""
    translate = QCoreApplication.translate
    params = criterion.params
    if criterion.kind is rules.CriterionKind.PER_OCCURRENCE:
        each = params.get("points_per_occurrence")
        if isinstance(each, int):
            return arg(
                translate("CriterionTreeModel", "%1 points per occurrence, at most %2"),
                rules.local_points(each),
                rules.local_points(criterion.max_points),
            )
    if criterion.kind is rules.CriterionKind.QUANTITATIVE:
        target = params.get("target")
        if isinstance(target, int):
            better = (
                translate("CriterionTreeModel", "higher is better")
                if params.get("higher_is_better", True)
                else translate("CriterionTreeModel", "lower is better")
            )
            return arg(
                translate("CriterionTreeModel", "Target %1, %2"),
                rules.local_points(target),
                better,
            )
    return ""


class CriterionTreeModel(QAbstractItemModel):
    """Rows of ``TableInfo.criteria`` under their parents; edits go to ``editor``.

    A reload that keeps the rows and their places updates the cells in place, so an open
    editor, the selection and the scroll position survive storing a cell.
    """

    CODE, TITLE, KIND, MAXIMUM, SUM = range(5)
    NUMERIC_COLUMNS = frozenset({MAXIMUM, SUM})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionInfo] = []
        self._ids: dict[UUID, int] = {}
        self._children: dict[UUID | None, list[UUID]] = {}
        self._sums: dict[UUID, int] = {}
        self.editable = False
        self.editor: Editor | None = None

    # -- loading ------------------------------------------------------------------------

    def set_table(self, table: TableInfo | None) -> None:
        rows = list(table.criteria) if table is not None else []
        shape = [(c.uuid, c.parent_uuid) for c in rows]
        if shape == [(c.uuid, c.parent_uuid) for c in self._rows] and rows:
            self._fill(rows)
            self._changed_everywhere()
            return
        self.beginResetModel()
        self._fill(rows)
        self.endResetModel()

    def _fill(self, rows: list[CriterionInfo]) -> None:
        self._rows = rows
        self._ids = {c.uuid: i for i, c in enumerate(rows)}
        self._children = {}
        for criterion in rows:
            self._children.setdefault(criterion.parent_uuid, []).append(criterion.uuid)
        self._sums = {
            c.uuid: sum(
                self._rows[self._ids[k]].max_points
                for k in self._children.get(c.uuid, [])
                if self._rows[self._ids[k]].kind.counts_in_maximum
            )
            for c in rows
            if c.kind is rules.CriterionKind.SECTION
        }

    def _changed_everywhere(self) -> None:
        pending: list[QModelIndex] = [QModelIndex()]
        while pending:
            parent = pending.pop()
            count = self.rowCount(parent)
            if count:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(count - 1, self.SUM, parent)
                )
                pending.extend(self.index(r, 0, parent) for r in range(count))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.SUM)
        self._changed_everywhere()

    # -- lookups ------------------------------------------------------------------------

    def criteria(self) -> list[CriterionInfo]:
        return list(self._rows)

    def criterion(self, index: Index) -> CriterionInfo | None:
        if not index.isValid():
            return None
        row = index.internalId() - 1
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def index_of(self, uuid: UUID | None, column: int = 0) -> QModelIndex:
        if uuid is None or uuid not in self._ids:
            return QModelIndex()
        criterion = self._rows[self._ids[uuid]]
        siblings = self._children.get(criterion.parent_uuid, [])
        return self.createIndex(siblings.index(uuid), column, self._ids[uuid] + 1)

    def rows_under(self, uuid: UUID | None) -> list[CriterionInfo]:
        return [self._rows[self._ids[k]] for k in self._children.get(uuid, [])]

    def descendants(self, uuid: UUID) -> int:
        """How many rows sit under ``uuid`` (at any depth)."""
        kids = self._children.get(uuid, [])
        return len(kids) + sum(self.descendants(k) for k in kids)

    def section_sum(self, uuid: UUID) -> int | None:
        return self._sums.get(uuid)

    # -- the model ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_uuid = self.criterion(parent).uuid if parent.isValid() else None  # type: ignore[union-attr]
        siblings = self._children.get(parent_uuid, [])
        if not 0 <= row < len(siblings) or not 0 <= column <= self.SUM:
            return QModelIndex()
        return self.createIndex(row, column, self._ids[siblings[row]] + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        criterion = self.criterion(index)
        if criterion is None or criterion.parent_uuid is None:
            return QModelIndex()
        return self.index_of(criterion.parent_uuid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        criterion = self.criterion(parent)
        return len(self._children.get(criterion.uuid if criterion else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.SUM + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"),
                self.tr("Criterion"),
                self.tr("Kind"),
                self.tr("Maximum"),
                self.tr("Sum of rows"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SUM:
            return self.tr(
                "For a section: the maxima of its rows added up (bonus and deductions apart)"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != self.SUM:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        criterion = self.criterion(index)
        if criterion is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(criterion, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.KIND:
                return criterion.kind.value
            return self._text(criterion, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(criterion, column) or None
        if role == Qt.ItemDataRole.FontRole and criterion.kind is rules.CriterionKind.SECTION:
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.SUM
            and self._mismatch(criterion)
        ):
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE and column == self.KIND:
            return [(labels.criterion_kind(k), k.value) for k in rules.CriterionKind]
        if role == RECORD_ROLE:
            return criterion
        return None

    def _mismatch(self, criterion: CriterionInfo) -> bool:
        summed = self._sums.get(criterion.uuid)
        return summed is not None and summed != criterion.max_points

    def _text(self, criterion: CriterionInfo, column: int) -> str:
        if column == self.CODE:
            return criterion.code
        if column == self.TITLE:
            return criterion.title
        if column == self.KIND:
            return labels.criterion_kind(criterion.kind)
        if column == self.MAXIMUM:
            return rules.local_points(criterion.max_points)
        summed = self._sums.get(criterion.uuid)
        return rules.local_points(summed) if summed is not None else ""

    def _tooltip(self, criterion: CriterionInfo, column: int) -> str:
        if column == self.KIND:
            return params_text(criterion)
        if column == self.SUM and self._mismatch(criterion):
            return arg(
                self.tr("The rows add up to %1 but the section says %2"),
                rules.local_points(self._sums[criterion.uuid]),
                rules.local_points(criterion.max_points),
            )
        if column == self.TITLE:
            return "\n".join(t for t in (criterion.title, criterion.guidance) if t)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        criterion = self.criterion(index)
        if criterion is None or role != Qt.ItemDataRole.EditRole or self.editor is None:
            return False
        fields = criterion.fields
        column = index.column()
        if column == self.CODE:
            fields = dataclasses.replace(fields, code=str(value))
        elif column == self.TITLE:
            fields = dataclasses.replace(fields, title=str(value))
        elif column == self.KIND:
            fields = dataclasses.replace(fields, kind=rules.CriterionKind(str(value)))
        elif column == self.MAXIMUM:
            try:
                fields = dataclasses.replace(fields, max_points=rules.parse_points(str(value)))
            except rules.PointsFormatError:
                return False
        else:
            return False
        if fields == criterion.fields:
            return True
        return self.editor(criterion, fields)
