"""The search box in the toolbar: hits from ``services.search`` in a popup, Enter goes there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from emudesk.ui.context import DataContext
from emudesk.ui.registry import CLUSTERS, ISSUERS, UNITS, Target

if TYPE_CHECKING:  # the services load after the window has painted
    from emudesk.services.organisation.search import HitKind, SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def kind_label(self, kind: HitKind) -> str:
        from emudesk.services.organisation.search import HitKind

        labels = {
            HitKind.ISSUER: self.tr("Issuer"),
            HitKind.CLUSTER: self.tr("Cluster"),
            HitKind.UNIT: self.tr("Unit"),
            HitKind.PERSON: self.tr("Person"),
        }
        return labels[kind]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = f" — {hit.detail}" if hit.detail else ""
            return f"{self.kind_label(hit.kind)}: {hit.title}{detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.detail}".strip()
        if role == TITLE_ROLE:
            return hit.title
        if role == HIT_ROLE:
            return hit
        return None


class SearchBox(QLineEdit):
    """Type to search everything; choose a hit (or press Enter for the first) to go there."""

    chosen = Signal(object)  # Target

    def __init__(self, context: DataContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # None until the database is open: searching waits for it
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.setMaximumWidth(520)
        self.hits = SearchHitModel(self)
        self.completer_ = QCompleter(self.hits, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(TITLE_ROLE)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        # QCompleter.activated is overloaded (text, index); the stubs do not model indexing.
        activated = cast(Any, self.completer_.activated)
        activated[QModelIndex].connect(self._on_activated)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)  # search once the user pauses typing
        self._pending.timeout.connect(self.run_search)
        self.textEdited.connect(self._pending.start)
        self.returnPressed.connect(self._on_return)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search units, clusters, issuers… (Ctrl+F)"))
        self.setToolTip(self.tr("Marks are optional: “dak lak” finds “Đắk Lắk”"))

    @Slot()
    def run_search(self) -> None:
        from emudesk.services.organisation import search

        self._pending.stop()
        if self.context is None:
            return
        self.hits.set_hits(self.context.read(search.search, self.text()))
        if self.hits.rowCount():
            self.completer_.complete()
        else:
            self.popup_view().hide()

    def popup_view(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # QCompleter always makes one
        return popup

    def _on_activated(self, index: QModelIndex) -> None:
        from emudesk.services.organisation.search import SearchHit

        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.go(hit)

    def _on_return(self) -> None:
        if self._pending.isActive() or not self.hits.rowCount():
            self.run_search()
        hits = self.hits.hits()
        if hits and not self.popup_view().isVisible():
            self.go(hits[0])

    def go(self, hit: SearchHit) -> None:
        target = self.target_of(hit)
        self.popup_view().hide()
        if target is not None:
            self.chosen.emit(target)

    def target_of(self, hit: SearchHit) -> Target | None:
        from emudesk.services.organisation.search import HitKind

        if hit.kind is HitKind.ISSUER:
            return Target(ISSUERS, hit.uuid)
        if hit.kind is HitKind.CLUSTER:
            return Target(CLUSTERS, hit.uuid)
        if hit.kind is HitKind.UNIT:
            return Target(UNITS, hit.uuid)
        if self.context is None:
            return None
        from emudesk.services import ui_queries  # heavy; only a person hit needs it

        unit = self.context.read(ui_queries.person_unit, hit.uuid)
        return Target(UNITS, unit) if unit else None
