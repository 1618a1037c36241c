"""What the first-day sweep (test_sweep.py) found: entries that could not work yet, and
pages that said nothing to a new office."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui import translation
from emudesk.ui.main_window import MainWindow
from tests.ui.test_sweep import make_first_year, open_window


def test_the_year_entries_wait_for_a_cluster_and_its_year(
    qtbot: QtBot, empty_window: MainWindow, db_path: Path
) -> None:
    ui = empty_window.ui
    year_entries = (ui.actionExportForms, ui.actionSendForms, ui.actionImportTable)
    # GIVEN a new, empty database THEN the year's forms and table cannot be chosen yet
    for action in (*year_entries, ui.actionHandoverExport):
        assert not action.isEnabled()
        assert "trang Cụm thi đua" in action.statusTip()  # what to do first
        assert "trang Cụm thi đua" in action.toolTip()
    # AND the entries that make a start stay open
    assert ui.actionImportUnits.isEnabled() and ui.actionHandoverImport.isEnabled()
    own = ui.actionExportForms.toolTip().splitlines()[0]
    assert own and "Cụm thi đua" not in own  # the entry's own tooltip comes first
    # WHEN the language changes THEN the reason follows it, said once
    translation.install("en")
    qtbot.waitUntil(lambda: "Clusters page" in ui.actionExportForms.toolTip())
    assert ui.actionExportForms.toolTip().count("Clusters page") == 1
    translation.install("vi")
    qtbot.waitUntil(lambda: "trang Cụm thi đua" in ui.actionExportForms.toolTip())
    # WHEN the first cluster and its year are made (here behind the window's back) and the
    # window reloads THEN every entry can be chosen, with its own tooltip alone
    make_first_year(db_path)
    empty_window.refresh()
    for action in (*year_entries, ui.actionHandoverExport):
        assert action.isEnabled() and action.statusTip() == ""
        assert "Cụm thi đua" not in action.toolTip()
    assert ui.actionExportForms.toolTip() == own


def test_a_cluster_without_a_year_can_be_handed_over_but_has_no_forms(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    from emudesk.records.organisation import ClusterFields
    from emudesk.services.organisation import clusters, issuers

    context = empty_window.context
    issuer = context.write(issuers.create_issuer, issuers.IssuerFields(name="Ủy ban Dân tộc"))
    context.write(clusters.create_cluster, ClusterFields("C1", "Cụm số 1", issuer.uuid))
    ui = empty_window.ui
    assert ui.actionHandoverExport.isEnabled()
    assert not ui.actionExportForms.isEnabled()
    assert "năm" in ui.actionExportForms.statusTip()


def test_an_empty_issuers_office_is_told_to_receive_a_submission_first(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from emudesk.ui.pages.board import BoardPage
    from emudesk.ui.registry import COUNCIL, DECISIONS, Target

    asked: list[str] = []

    def pick(_parent: object, title: str, *_rest: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    open_database(db_path).dispose()
    window = open_window(qtbot, db_path, "issuer", tmp_path)
    # GIVEN the issuer's office on a new database THEN its board says where rows come from
    board = window.current_page()
    assert isinstance(board, BoardPage) and board.model.rowCount() == 0
    assert "gói đề nghị" in board.ui.quotaLabel.text()
    assert board.ui.receiveButton.isVisible()
    # AND its button is File › Receive a package
    board.ui.receiveButton.click()
    assert asked == ["Nhận gói"]
    # AND the council and the decisions say what comes first too (not blank, not a button
    # that cannot be pressed)
    for page in (COUNCIL, DECISIONS):
        window.go(Target(page))
        hint = window.current_page().ui.quotaLabel.text()  # type: ignore[union-attr]
        assert "nhận gói đề nghị" in hint.lower(), hint
    window.context.close()


def test_a_board_with_nominees_has_no_receive_button(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    from emudesk.ui.pages.board import BoardPage

    window = open_window(qtbot, demo_path, "issuer", tmp_path)
    board = window.current_page()
    assert isinstance(board, BoardPage)
    board.ui.yearSpin.setValue(2024)
    board.ui.issuerCombo.setCurrentIndex(board.ui.issuerCombo.findText("UBDT"))
    assert board.model.rowCount() > 0 and not board.ui.receiveButton.isVisible()
    window.context.close()
