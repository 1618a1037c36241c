"""Every year page says which cluster and year it shows; numbers follow the interface language.

Two issuers each have a cluster called "Cụm thi đua số 4": the tree and the titles add the
issuer, so an officer never types scores into the wrong one.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.ranking import RankingPage
from emudesk.ui.registry import (
    CERTIFICATES,
    COMMITMENT,
    MEETINGS,
    PROPOSALS,
    RANKING,
    RETURNS,
    SCORE_GRID,
    SCORING_TABLE,
    YEAR_OVERVIEW,
)
from tests.ui.conftest import open_year_page
from tests.ui.test_translations import english

YEAR_PAGES = [
    YEAR_OVERVIEW,
    COMMITMENT,
    SCORING_TABLE,
    SCORE_GRID,
    RANKING,
    PROPOSALS,
    MEETINGS,
    CERTIFICATES,
    RETURNS,
]


def title_of(window: MainWindow) -> str:
    page = window.current_page()
    assert page is not None
    # the commitment page's "titleLabel" is the caption of its "Title:" field
    label = page.findChild(QLabel, "pageTitleLabel") or page.findChild(QLabel, "titleLabel")
    assert label is not None and label.isVisible()
    return label.text()


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("key", YEAR_PAGES)
def test_every_year_page_names_its_cluster_issuer_and_year(
    window: MainWindow, key: str, language: str
) -> None:
    # GIVEN the interface in either language
    if language == "en":
        english(window)
    # WHEN the officer opens any page of the ethnic affairs cluster's 2024, then the culture
    # cluster's
    open_year_page(window, key, "UBDT-C4", 2024)
    ethnic = title_of(window)
    open_year_page(window, key, "VHTTDL-C4", 2024)
    culture = title_of(window)
    # THEN each title names the cluster with its issuer, and the year
    year = "năm 2024" if language == "vi" else "year 2024"
    assert "Cụm thi đua số 4 (UBDT)" in ethnic and year in ethnic
    assert "Cụm thi đua số 4 (Bộ VHTTDL)" in culture and year in culture


def test_the_tree_tells_the_two_clusters_of_the_same_name_apart(window: MainWindow) -> None:
    root = window.navigation.index(0, 0)
    shown = [
        window.navigation.index(row, 0, root).data()
        for row in range(window.navigation.rowCount(root))
    ]
    assert sorted(shown) == ["Cụm thi đua số 4 (Bộ VHTTDL)", "Cụm thi đua số 4 (UBDT)"]


@pytest.mark.parametrize(
    ("language", "total", "sentence"),
    [
        ("vi", "98,12", "tổng 98,12 so với 95,46"),
        ("en", "98.12", "total 98.12 against 95.46"),
    ],
)
def test_numbers_follow_the_interface_language(
    window: MainWindow, language: str, total: str, sentence: str
) -> None:
    # GIVEN the interface in Vietnamese or in English
    if language == "en":
        english(window)
    # WHEN the ranking of 2024 is shown
    page = open_year_page(window, RANKING, "UBDT-C4", 2024)
    assert isinstance(page, RankingPage)
    # THEN the totals, the explanations and the chart's values use the language's decimal mark
    assert page.model.index(0, 2).data() == total
    assert sentence in page.model.index(1, page.model.decided_column).data()
    suggestion = page.suggestions.index(0, page.suggestions.TOTAL).data()
    assert suggestion == total
