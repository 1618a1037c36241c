"""The pages of the main window and the one place that registers them."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from emudesk.ui.registry import (
    BOARD,
    CERTIFICATES,
    CLUSTER_ROLES,
    CLUSTERS,
    COMMITMENT,
    COUNCIL,
    DECISIONS,
    DOSSIER,
    HISTORY,
    ISSUER_ONLY,
    ISSUERS,
    MEETINGS,
    PROPOSALS,
    RANKING,
    RETURNS,
    SCORE_GRID,
    SCORING_TABLE,
    STATISTICS,
    UNITS,
    YEAR_OVERVIEW,
    PageRegistry,
    PageSpec,
    Scope,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from emudesk.ui.context import DataContext
    from emudesk.ui.pages.base import Page


def _lazy(module: str, name: str) -> Callable[[DataContext, QWidget | None], Page]:
    """A factory that imports the page's module on first use, not at start-up."""

    def make(context: DataContext, parent: QWidget | None) -> Page:
        page_class = getattr(import_module(f"emudesk.ui.pages.{module}"), name)
        page: Page = page_class(context, parent)
        return page

    return make


# Titles are translated at call time (they follow a language switch); their contexts are the
# page classes' names, as Qt Linguist sees them.
def _clusters_title() -> str:
    return QCoreApplication.translate("ClustersPage", "Emulation clusters")


def _units_title() -> str:
    return QCoreApplication.translate("UnitsPage", "Units")


def _issuers_title() -> str:
    return QCoreApplication.translate("IssuersPage", "Issuers")


def _overview_title() -> str:
    return QCoreApplication.translate("YearPage", "Overview")


def _scoring_table_title() -> str:
    return QCoreApplication.translate("ScoringTablePage", "Scoring table")


def _score_grid_title() -> str:
    return QCoreApplication.translate("ScoreGridPage", "Scores")


def _ranking_title() -> str:
    return QCoreApplication.translate("RankingPage", "Ranking")


def _proposals_title() -> str:
    return QCoreApplication.translate("ProposalsPage", "Award proposals")


def _certificates_title() -> str:
    return QCoreApplication.translate("CertificatesPage", "Certificates")


def _commitment_title() -> str:
    return QCoreApplication.translate("CommitmentPage", "Commitment")


def _meetings_title() -> str:
    return QCoreApplication.translate("MeetingsPage", "Meetings")


def _returns_title() -> str:
    return QCoreApplication.translate("ReturnsPage", "Returns")


def _dossier_title() -> str:
    return QCoreApplication.translate("DossierPage", "Dossier")


def _board_title() -> str:
    return QCoreApplication.translate("BoardPage", "Issuer's board")


def _council_title() -> str:
    return QCoreApplication.translate("CouncilPage", "Emulation council")


def _decisions_title() -> str:
    return QCoreApplication.translate("DecisionsPage", "Decisions")


def _history_title() -> str:
    return QCoreApplication.translate("HistoryPage", "Award history")


def _statistics_title() -> str:
    return QCoreApplication.translate("StatisticsPage", "Award statistics")


def register_builtin_pages(registry: PageRegistry) -> PageRegistry:
    """Register every page; a new page (e.g. a cluster-year's ranking) adds one line here.

    Page modules load only when their page is first shown, so the window opens without the
    scoring, ranking and proposal code.
    """
    for spec in (
        PageSpec(CLUSTERS, Scope.GLOBAL, _clusters_title, _lazy("clusters", "ClustersPage"), 10),
        PageSpec(UNITS, Scope.GLOBAL, _units_title, _lazy("units", "UnitsPage"), 20),
        PageSpec(ISSUERS, Scope.GLOBAL, _issuers_title, _lazy("issuers", "IssuersPage"), 30),
        PageSpec(BOARD, Scope.GLOBAL, _board_title, _lazy("board", "BoardPage"), 40, ISSUER_ONLY),
        PageSpec(
            COUNCIL, Scope.GLOBAL, _council_title, _lazy("council", "CouncilPage"), 42, ISSUER_ONLY
        ),
        PageSpec(
            DECISIONS,
            Scope.GLOBAL,
            _decisions_title,
            _lazy("decisions", "DecisionsPage"),
            45,
            ISSUER_ONLY,
        ),
        PageSpec(
            HISTORY, Scope.GLOBAL, _history_title, _lazy("history", "HistoryPage"), 50, ISSUER_ONLY
        ),
        PageSpec(
            STATISTICS,
            Scope.GLOBAL,
            _statistics_title,
            _lazy("statistics", "StatisticsPage"),
            52,
            ISSUER_ONLY,
        ),
        PageSpec(YEAR_OVERVIEW, Scope.YEAR, _overview_title, _lazy("year", "YearPage"), 10),
        PageSpec(
            SCORING_TABLE,
            Scope.YEAR,
            _scoring_table_title,
            _lazy("scoring_table", "ScoringTablePage"),
            20,
            CLUSTER_ROLES,
        ),
        PageSpec(
            SCORE_GRID,
            Scope.YEAR,
            _score_grid_title,
            _lazy("score_grid", "ScoreGridPage"),
            30,
            CLUSTER_ROLES,
        ),
        PageSpec(
            RETURNS, Scope.YEAR, _returns_title, _lazy("returns", "ReturnsPage"), 35, CLUSTER_ROLES
        ),
        PageSpec(RANKING, Scope.YEAR, _ranking_title, _lazy("ranking", "RankingPage"), 40),
        PageSpec(PROPOSALS, Scope.YEAR, _proposals_title, _lazy("proposals", "ProposalsPage"), 50),
        PageSpec(
            COMMITMENT,
            Scope.YEAR,
            _commitment_title,
            _lazy("commitment", "CommitmentPage"),
            15,
            CLUSTER_ROLES,
        ),
        PageSpec(
            MEETINGS,
            Scope.YEAR,
            _meetings_title,
            _lazy("meetings", "MeetingsPage"),
            55,
            CLUSTER_ROLES,
        ),
        PageSpec(DOSSIER, Scope.YEAR, _dossier_title, _lazy("dossier", "DossierPage"), 57),
        PageSpec(
            CERTIFICATES,
            Scope.YEAR,
            _certificates_title,
            _lazy("certificates", "CertificatesPage"),
            60,
        ),
    ):
        registry.register(spec)
    return registry
