"""The tie-break chain being edited: rules in order, each a kind and maybe a section code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk import rules
from emudesk.ui import labels
from emudesk.ui.formatting import arg

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChainLink:
    """A rule as typed: the section code is checked only when the settings are stored."""

    kind: rules.TieBreakKind
    section: str = ""

    def as_dict(self) -> dict[str, str]:
        if self.kind is rules.TieBreakKind.SECTION_TOTAL:
            return {"kind": self.kind.value, "section": self.section}
        return {"kind": self.kind.value}


class TieBreakListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._links: list[ChainLink] = []

    def set_links(self, links: Sequence[ChainLink]) -> None:
        self.beginResetModel()
        self._links = list(links)
        self.endResetModel()

    def links(self) -> list[ChainLink]:
        return list(self._links)

    def append(self, link: ChainLink) -> None:
        row = len(self._links)
        self.beginInsertRows(QModelIndex(), row, row)
        self._links.append(link)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._links):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._links[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self._links) and 0 <= target < len(self._links)):
            return False
        self._links[row], self._links[target] = self._links[target], self._links[row]
        self.dataChanged.emit(self.index(min(row, target)), self.index(max(row, target)))
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        link = self._links[index.row()]
        if link.kind is rules.TieBreakKind.SECTION_TOTAL:
            text = labels.tie_break(rules.TieBreak(link.kind, link.section or "?"))
        else:
            text = labels.tie_break_kind(link.kind)
        return arg("%1. %2", index.row() + 1, text)
