"""The messages of one explanation thread, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from emudesk.services.scoring.explanations import ExplanationInfo
from emudesk.ui.formatting import arg

Index = QModelIndex | QPersistentModelIndex


class ExplanationListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ExplanationInfo] = []

    def set_items(self, items: Sequence[ExplanationInfo]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[ExplanationInfo]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = f"{item.author} ({item.author_unit})" if item.author_unit else item.author
            text = f"{item.at_text} — {who}\n{item.text}"
            if item.resolves:
                text += "\n" + self.tr("✔ Settles the question")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(self.tr("Written at %1"), item.at_text)
        if role == Qt.ItemDataRole.FontRole and item.resolves:
            font = QFont()
            font.setBold(True)
            return font
        return None
