"""The pages of the main window and the one place that registers them."""

from __future__ import annotations

from emudesk.ui.registry import (
    CLUSTERS,
    ISSUERS,
    PROPOSALS,
    RANKING,
    SCORE_GRID,
    SCORING_TABLE,
    UNITS,
    YEAR_OVERVIEW,
    PageRegistry,
    PageSpec,
    Scope,
)


def register_builtin_pages(registry: PageRegistry) -> PageRegistry:
    """Register every page; a new page (e.g. a cluster-year's ranking) adds one line here.

    The page modules are imported here, not at the top, so that the registry module stays
    light and each page's widgets load only with the window.
    """
    from emudesk.ui.pages import (
        clusters,
        issuers,
        proposals,
        ranking,
        score_grid,
        scoring_table,
        units,
        year,
    )

    registry.register(PageSpec(CLUSTERS, Scope.GLOBAL, clusters.title, clusters.ClustersPage, 10))
    registry.register(PageSpec(UNITS, Scope.GLOBAL, units.title, units.UnitsPage, 20))
    registry.register(PageSpec(ISSUERS, Scope.GLOBAL, issuers.title, issuers.IssuersPage, 30))
    registry.register(PageSpec(YEAR_OVERVIEW, Scope.YEAR, year.title, year.YearPage, 10))
    registry.register(
        PageSpec(SCORING_TABLE, Scope.YEAR, scoring_table.title, scoring_table.ScoringTablePage, 20)
    )
    registry.register(
        PageSpec(SCORE_GRID, Scope.YEAR, score_grid.title, score_grid.ScoreGridPage, 30)
    )
    registry.register(PageSpec(RANKING, Scope.YEAR, ranking.title, ranking.RankingPage, 40))
    registry.register(PageSpec(PROPOSALS, Scope.YEAR, proposals.title, proposals.ProposalsPage, 50))
    return registry
