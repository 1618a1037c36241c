"""Which pages exist, where they appear in the navigation tree, and how they are built.

A page is registered once with a ``PageSpec``. *Global* pages (clusters, units, issuers) are
top-level entries of the navigation tree. *Year* pages belong to one cluster-year: the first
registered (the overview) opens when the year node is chosen, and every further one appears
as a child of each year node — that is how the scoring table, score grid, ranking and
proposals plug in: write the page, then add one ``register(PageSpec(...))`` line to
``emudesk.ui.pages.register_builtin_pages``. Nothing else in the window changes.

A page's ``roles`` say which offices see it: the issuer's pages only the issuer's office,
the scoring pages only a cluster's head and members.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from emudesk.ui.context import DataContext
    from emudesk.ui.pages.base import Page


# Keys of the built-in pages (other pages are reached through these, e.g. "add the issuer").
CLUSTERS = "clusters"
UNITS = "units"
ISSUERS = "issuers"
YEAR_OVERVIEW = "year"
SCORING_TABLE = "scoring_table"
SCORE_GRID = "scores"
RANKING = "ranking"
PROPOSALS = "proposals"
CERTIFICATES = "certificates"
COMMITMENT = "commitment"
MEETINGS = "meetings"
RETURNS = "returns"
DOSSIER = "dossier"
BOARD = "board"
HISTORY = "history"
DECISIONS = "decisions"
COUNCIL = "council"
STATISTICS = "statistics"

# The office the window serves (chosen in the first-run assistant, kept in the settings):
# a cluster's head or member, or the issuer's emulation office. "" (never chosen) shows all.
HEAD, MEMBER, ISSUER = "head", "member", "issuer"
EVERY_ROLE = frozenset({HEAD, MEMBER, ISSUER})
CLUSTER_ROLES = frozenset({HEAD, MEMBER})  # the cluster's own work: scores, returns…
ISSUER_ONLY = frozenset({ISSUER})  # the issuer's work: board, council, decisions…


class Scope(enum.Enum):
    GLOBAL = "global"  # one page for the whole database
    YEAR = "year"  # one page per cluster-year; targets carry the year's UUID


@dataclass(frozen=True)
class Target:
    """Where to go: a page, and the record it should show or select (if any)."""

    page: str
    uuid: UUID | None = None


@dataclass(frozen=True)
class PageSpec:
    key: str
    scope: Scope
    title: Callable[[], str]  # translated at call time, so it follows a language switch
    factory: Callable[[DataContext, QWidget | None], Page]
    order: int = 100
    roles: frozenset[str] = EVERY_ROLE  # the offices whose navigation shows the page


class PageRegistry:
    """The registered pages, in navigation order."""

    def __init__(self) -> None:
        self._specs: dict[str, PageSpec] = {}

    def register(self, spec: PageSpec) -> None:
        if spec.key in self._specs:
            raise ValueError(f"page {spec.key!r} registered twice")
        self._specs[spec.key] = spec

    def get(self, key: str) -> PageSpec:
        return self._specs[key]

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def pages(self, scope: Scope, role: str = "") -> list[PageSpec]:
        """The pages ``role``'s navigation shows, in its order: the issuer's office sees its
        own pages first; no role ("") shows every page."""
        shown = [
            s for s in self._specs.values() if s.scope is scope and (not role or role in s.roles)
        ]
        return sorted(shown, key=lambda s: (role == ISSUER and s.roles != ISSUER_ONLY, s.order))

    def start_page(self, role: str = "") -> str:
        """The page the window opens on: the first of ``role``'s navigation."""
        return self.pages(Scope.GLOBAL, role)[0].key

    def year_overview(self) -> PageSpec | None:
        """The year page opened by a year node itself (the first year page)."""
        year_pages = self.pages(Scope.YEAR)
        return year_pages[0] if year_pages else None
