"""The office's role shapes the window: the issuer's office leads with its own pages and does
not see the cluster's scoring pages; a cluster's head or member does not see the issuer's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.settings import SettingsDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.navigation import TARGET_ROLE
from emudesk.ui.registry import (
    BOARD,
    CERTIFICATES,
    CLUSTERS,
    COMMITMENT,
    COUNCIL,
    DECISIONS,
    DOSSIER,
    HISTORY,
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
)
from emudesk.ui.settings import Settings
from tests.ui.conftest import choose, find_dialog, press_ok

ISSUER_PAGES = [BOARD, COUNCIL, DECISIONS, HISTORY, STATISTICS]
CLUSTER_PAGES = [CLUSTERS, UNITS, ISSUERS]


def top_pages(window: MainWindow) -> list[str]:
    model = window.navigation
    return [model.index(r, 0).data(TARGET_ROLE).page for r in range(model.rowCount())]


def year_pages(window: MainWindow) -> list[str]:
    """The pages under the first year node of the first cluster."""
    model = window.navigation
    clusters = model.index(top_pages(window).index(CLUSTERS), 0)
    year = model.index(0, 0, model.index(0, 0, clusters))
    children = [model.index(r, 0, year) for r in range(model.rowCount(year))]
    return [year.data(TARGET_ROLE).page, *(c.data(TARGET_ROLE).page for c in children)]


@pytest.fixture
def open_window(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> Iterator[object]:
    opened: list[tuple[MainWindow, DataContext]] = []

    def make(role: str) -> MainWindow:
        settings = Settings(path=tmp_path / f"settings-{role or 'none'}.json", role=role)
        context = DataContext(open_database(demo_path))
        window = MainWindow(context, settings)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, context))
        return window

    yield make
    for window, context in opened:
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        window.close()
        context.close()


def test_the_issuers_office_leads_with_its_pages_without_the_scoring_ones(
    open_window: object,
) -> None:
    window = open_window("issuer")  # type: ignore[operator]
    assert top_pages(window) == [*ISSUER_PAGES, *CLUSTER_PAGES]
    assert year_pages(window) == [YEAR_OVERVIEW, RANKING, PROPOSALS, DOSSIER, CERTIFICATES]
    assert window.current is not None and window.current.page == BOARD  # it opens on the board


@pytest.mark.parametrize("role", ["head", "member"])
def test_a_clusters_head_or_member_does_not_see_the_issuers_pages(
    open_window: object, role: str
) -> None:
    window = open_window(role)  # type: ignore[operator]
    assert top_pages(window) == CLUSTER_PAGES
    assert year_pages(window) == [
        YEAR_OVERVIEW,
        COMMITMENT,
        SCORING_TABLE,
        SCORE_GRID,
        RETURNS,
        RANKING,
        PROPOSALS,
        MEETINGS,
        DOSSIER,
        CERTIFICATES,
    ]
    assert window.current is not None and window.current.page == CLUSTERS


def test_no_role_chosen_shows_every_page(open_window: object) -> None:
    window = open_window("")  # type: ignore[operator]
    assert top_pages(window) == [*CLUSTER_PAGES, *ISSUER_PAGES]


def test_the_role_is_changed_in_the_settings(qtbot: QtBot, open_window: object) -> None:
    window = open_window("head")  # type: ignore[operator]
    # WHEN the office says, in the settings, that this PC serves the issuer
    window.ui.actionSettings.trigger()
    dialog = find_dialog(qtbot, SettingsDialog)
    assert dialog.ui.roleCombo.count() == 3  # a role was chosen: no "not chosen" entry
    choose(dialog.ui.roleCombo, "cơ quan")
    press_ok(qtbot, dialog)
    # THEN the navigation is the issuer's at once, and the choice is kept
    assert top_pages(window) == [*ISSUER_PAGES, *CLUSTER_PAGES]
    assert window.settings.role == "issuer"
    assert Settings.load(window.settings.path).role == "issuer"  # type: ignore[arg-type]
    # AND back to a member unit: the issuer's page shown gives way to the clusters
    window.ui.actionSettings.trigger()
    dialog = find_dialog(qtbot, SettingsDialog)
    choose(dialog.ui.roleCombo, "thành viên")
    press_ok(qtbot, dialog)
    assert top_pages(window) == CLUSTER_PAGES
    assert window.current is not None and window.current.page == CLUSTERS
    assert window.ui.navTree.currentIndex() != QModelIndex()
