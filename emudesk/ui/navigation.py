"""The navigation tree: global pages, and under "Clusters" each cluster with its years.

Built from plain service data by ``rebuild``; every item carries the ``Target`` it opens.
The pages shown, and their order, follow the office's role (``registry.PageRegistry.pages``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from emudesk.ui.formatting import arg, cluster_label
from emudesk.ui.registry import CLUSTERS, PageRegistry, Scope, Target

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ClusterNode:
    uuid: UUID
    code: str
    name: str
    issuer: str
    years: tuple[tuple[int, UUID], ...]  # (year, year UUID), newest first
    issuer_short: str = ""


def load_tree(reader: Any) -> list[ClusterNode]:
    """Every cluster with its years, read with plain SQL (pass to ``DataContext.read_plain``:
    the window shows the tree before the ORM is imported)."""
    from emudesk.services.organisation import start_view

    return [
        ClusterNode(
            uuid=c.uuid,
            code=c.code,
            name=c.name,
            issuer=c.issuer_name,
            years=c.years,
            issuer_short=c.issuer_short,
        )
        for c in start_view.outline(reader)
    ]


def year_choices(tree: list[ClusterNode]) -> list[tuple[str, UUID]]:
    """Every cluster-year as a combo offers it: "UBDT-C4 — Cụm thi đua số 4 (UBDT) — 2025"."""
    return [
        (
            f"{cluster.code} — "
            f"{cluster_label(cluster.name, cluster.issuer_short, cluster.issuer)} — {year}",
            uuid,
        )
        for cluster in tree
        for year, uuid in cluster.years
    ]


class NavigationModel(QStandardItemModel):
    def __init__(
        self, registry: PageRegistry, parent: Any = None, role: Callable[[], str] = str
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.role = role  # the office's role at each rebuild (settings can change it)

    def rebuild(self, tree: list[ClusterNode]) -> None:
        self.clear()
        root = self.invisibleRootItem()
        year_pages = self.registry.pages(Scope.YEAR, self.role())
        for spec in self.registry.pages(Scope.GLOBAL, self.role()):
            item = self._item(spec.title(), Target(spec.key))
            root.appendRow(item)
            if spec.key != CLUSTERS:
                continue
            for cluster in tree:
                label = cluster_label(cluster.name, cluster.issuer_short, cluster.issuer)
                node = self._item(label, Target(CLUSTERS, cluster.uuid))
                node.setToolTip(f"{cluster.code} — {cluster.name}\n{cluster.issuer}")
                item.appendRow(node)
                for year, year_uuid in cluster.years if year_pages else ():
                    label = arg(self.tr("Year %1"), year)
                    year_node = self._item(label, Target(year_pages[0].key, year_uuid))
                    node.appendRow(year_node)
                    for extra in year_pages[1:]:
                        year_node.appendRow(self._item(extra.title(), Target(extra.key, year_uuid)))

    @staticmethod
    def _item(text: str, target: Target) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(target, TARGET_ROLE)
        return item

    def find(self, target: Target) -> QModelIndex:
        """The index of the node that opens ``target`` (or its page's node), else invalid."""
        fallback = QModelIndex()
        pending = [self.index(row, 0) for row in range(self.rowCount())]
        while pending:
            index = pending.pop(0)
            found = index.data(TARGET_ROLE)
            if found == target:
                return index
            if found == Target(target.page) and not fallback.isValid():
                fallback = index
            pending.extend(self.index(row, 0, index) for row in range(self.rowCount(index)))
        return fallback

    @staticmethod
    def target_of(index: QModelIndex) -> Target | None:
        target = index.data(TARGET_ROLE)
        return target if isinstance(target, Target) else None
