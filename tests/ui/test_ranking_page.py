"""The ranking page: the ranking explained, the regulation dialog, awards and score sheets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from emudesk import rules
from emudesk.services import ui_queries
from emudesk.services.cycle import proposals
from emudesk.services.organisation import years
from emudesk.services.scoring import locking, regulation
from emudesk.ui.dialogs.member_values import ExclusionsDialog, VotesDialog
from emudesk.ui.dialogs.regulation import RegulationDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.proposals import ProposalsPage
from emudesk.ui.pages.ranking import RankingPage
from emudesk.ui.ranking_chart import BAR
from emudesk.ui.registry import RANKING
from tests.conftest import dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    focused_editor,
    open_year_page,
    press_ok,
    type_text,
)


def ranking_page(window: MainWindow, cluster: str = "UBDT-C4", year: int = 2024) -> RankingPage:
    page = open_year_page(window, RANKING, cluster, year)
    assert isinstance(page, RankingPage)
    return page


def order(page: RankingPage) -> list[str]:
    return [row.unit.code for row in page.model.rows()]


def why(page: RankingPage, code: str) -> str:
    number = order(page).index(code)
    return page.model.index(number, page.model.decided_column).data()


def unlock(window: MainWindow) -> None:
    uuid = window.context.read(years.get_year, "UBDT-C4", 2024).uuid
    window.context.write(locking.unlock_year, uuid, "Xem lại quy chế trước hội nghị")


def year_uuid(window: MainWindow, year: int = 2024) -> object:
    return window.context.read(years.get_year, "UBDT-C4", year).uuid


def test_ranking_shows_dak_lak_first_and_why_dak_nong_is_last(window: MainWindow) -> None:
    page = ranking_page(window)
    assert order(page)[0] == "BDT-DLK"
    assert page.model.index(0, 0).data() == "1"
    assert page.model.index(0, 2).data() == "98,12"
    assert order(page)[-2:] == ["BDT-KT", "BDT-DNO"]
    assert why(page, "BDT-DNO") == (
        "Ban Dân tộc Kon Tum trên Ban Dân tộc Đắk Nông: cùng tổng 84,48; mục I 43,31 so với 42,61"
    )
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[3:6] == ["Mục I", "Mục II", "Mục III"]
    # the chart draws the same units in the same order, with the shared name prefix left out
    assert [bar.label for bar in page.ui.chart.bars()][:2] == ["Đắk Lắk", "Phú Yên"]
    awards = [(s.kind, s.unit.code) for s in page.suggestions.items()]
    assert awards[0] == (rules.AwardKind.FLAG, "BDT-DLK")
    assert "điểm đã khóa" in page.ui.summaryLabel.text()


def test_changing_the_tie_break_chain_changes_the_ranking(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)  # a locked year's regulation cannot change
    page = ranking_page(window)
    click(qtbot, page.ui.settingsButton)
    dialog = find_dialog(qtbot, RegulationDialog)
    assert [link.section for link in dialog.chain.links()][:1] == ["I"]
    # GIVEN "higher in section I" removed, "fewer deductions" comes first
    dialog.ui.tieView.setCurrentIndex(dialog.chain.index(0))
    click(qtbot, dialog.ui.removeTieButton)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settings = window.context.read(regulation.get_settings, year_uuid(window))
    assert settings.tie_breaks[0].kind is rules.TieBreakKind.FEWER_DEDUCTIONS
    # THEN Đắk Nông (0,65 deducted) now stands above Kon Tum (2,00 deducted)
    assert order(page)[-2:] == ["BDT-DNO", "BDT-KT"]
    assert "điểm trừ 0,65 so với 2,00" in why(page, "BDT-KT")


def test_moving_a_tie_break_up(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)  # a locked year's regulation cannot change
    page = ranking_page(window)
    click(qtbot, page.ui.settingsButton)
    dialog = find_dialog(qtbot, RegulationDialog)
    dialog.ui.tieView.setCurrentIndex(dialog.chain.index(1))
    click(qtbot, dialog.ui.upTieButton)
    assert [link.kind for link in dialog.chain.links()][:2] == [
        rules.TieBreakKind.FEWER_DEDUCTIONS,
        rules.TieBreakKind.SECTION_TOTAL,
    ]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert order(page)[-2:] == ["BDT-DNO", "BDT-KT"]


def test_a_tie_break_on_a_missing_section_is_refused(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    unlock(window)  # a locked year's regulation cannot change
    page = ranking_page(window)
    before = dump(window.context.db)
    click(qtbot, page.ui.settingsButton)
    dialog = find_dialog(qtbot, RegulationDialog)
    choose(dialog.ui.tieKindCombo, "Điểm cao hơn ở một mục")
    assert [dialog.ui.sectionCombo.itemText(i) for i in range(3)] == ["I", "II", "III"]
    line = dialog.ui.sectionCombo.lineEdit()
    line.selectAll()
    type_text(qtbot, line, "IV")
    click(qtbot, dialog.ui.addTieButton)
    assert dialog.chain.links()[-1].section == "IV"
    press_ok(qtbot, dialog)
    assert "bảng điểm không có mục IV" in boxes.last.text
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.reject()


def test_quotas_and_proposals_from_the_suggestions(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    unlock(window)  # a locked year's regulation cannot change
    # GIVEN the issuer's catalogue allows 40 % of the 8 members (3 certificates, not 2)
    from emudesk.services.organisation import issuers
    from emudesk.services.papers import catalogue

    issuer = next(i for i in window.context.read(issuers.list_issuers) if i.short_name == "UBDT")
    merit = window.context.read(catalogue.list_awards, issuer.uuid)[1]
    window.context.write(
        catalogue.save_award,
        issuer.uuid,
        catalogue.AwardFields(**{**vars(merit.fields), "quota_percent": "40"}),
        merit.uuid,
    )
    page = ranking_page(window)
    click(qtbot, page.ui.settingsButton)
    dialog = find_dialog(qtbot, RegulationDialog)
    dialog.ui.meritSpin.setValue(3)  # one more certificate of merit: Lâm Đồng, 4th
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [s.unit.code for s in page.suggestions.items()][-1] == "BDT-LD"
    click(qtbot, page.ui.proposalsButton)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ProposalsPage))
    made = window.context.read(proposals.list_proposals, year_uuid(window))
    assert len(made) == 4
    new = made[-1]
    assert new.unit.code == "BDT-LD" and new.status is proposals.ProposalStatus.DRAFT
    assert new.award_text == "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" and new.rank == 4
    assert boxes.shown == []


def test_every_suggestion_already_proposed(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = ranking_page(window)
    before = dump(window.context.db)
    click(qtbot, page.ui.proposalsButton)
    assert "không thêm đề nghị nào" in boxes.last.text
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ProposalsPage))
    assert dump(window.context.db) == before


def test_an_excluded_unit_is_passed_over(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)  # a locked year's regulation cannot change
    page = ranking_page(window)
    click(qtbot, page.ui.exclusionsButton)
    dialog = find_dialog(qtbot, ExclusionsDialog)
    view = dialog.ui.tableView
    row = next(i for i, r in enumerate(dialog.model.rows()) if r.unit.code == "BDT-PY")
    index = dialog.model.index(row, dialog.model.REASON)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = focused_editor(qtbot)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Đang bị thanh tra, kiểm tra"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rows()[row].reason is rules.ExclusionReason.INSPECTION)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = window.context.read(regulation.list_exclusions, year_uuid(window))
    assert [(e.unit.code, e.reason) for e in stored] == [
        ("BDT-PY", rules.ExclusionReason.INSPECTION)
    ]
    assert "BDT-PY" not in [s.unit.code for s in page.suggestions.items()]
    assert any("Phú Yên" in text for text in page.skipped.stringList())
    assert not page.ui.skippedView.isHidden()


def test_votes_are_stored(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)  # a locked year's regulation cannot change
    page = ranking_page(window)
    click(qtbot, page.ui.votesButton)
    dialog = find_dialog(qtbot, VotesDialog)
    row = next(i for i, u in enumerate(dialog.model._units) if u.code == "BDT-KT")
    index = dialog.model.index(row, dialog.model.VOTES)
    dialog.ui.tableView.setCurrentIndex(index)
    dialog.ui.tableView.edit(index)
    spin = focused_editor(qtbot)
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.votes()[dialog.model._units[row].uuid] == 5)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    votes = window.context.read(ui_queries.votes, year_uuid(window))
    assert sorted(votes.values()) == [0] * 7 + [5]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_a_score_sheet(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"bang-diem{suffix}"
    asked: list[str] = []

    def save_as(_parent: object, title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = ranking_page(window)
    page.select_unit("BDT-DNO")
    click(qtbot, page.ui.exportButton)
    assert asked and asked[0].endswith("bang-diem-BDT-DNO-2024.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF" if suffix == ".pdf" else b"PK")
    assert str(target) in page.ui.statusLabel.text()


def test_a_year_without_scores_ranks_everyone_equal(window: MainWindow) -> None:
    page = ranking_page(window, year=2025)
    assert len(page.model.rows()) == 8
    assert all(row.shared and row.rank == 1 for row in page.model.rows())
    assert page.model.index(0, 0).data() == "=1"
    assert "điểm chưa khóa" in page.ui.summaryLabel.text()


def bar_lengths(page: RankingPage) -> list[int]:
    """The length in pixels of each bar the chart draws, top to bottom (the legend left out)."""
    chart = page.ui.chart
    chart.resize(900, 420)
    image = chart.grab().toImage()
    lengths: list[int] = []
    band = 0
    for y in range(image.height()):
        run = sum(1 for x in range(image.width()) if image.pixelColor(x, y) == BAR)
        if run:
            band = max(band, run)
        elif band:
            lengths.append(band)
            band = 0
    return [length for length in lengths if length > 40]  # the legend's swatch is small


def test_the_chart_draws_bars_from_zero(window: MainWindow) -> None:
    # GIVEN Đắk Lắk 98,12 and Phú Yên 95,46 on the ranking page
    page = ranking_page(window)
    first, second, *_rest = bar_lengths(page)
    # THEN their bars compare as their totals do (an axis cut at 80 would make it 0,85)
    assert abs(second / first - 9546 / 9812) < 0.01


def test_each_pair_of_neighbours_is_explained_once(window: MainWindow) -> None:
    # GIVEN the ranking page of 2024
    page = ranking_page(window)
    shown = [why(page, code) for code in order(page)]
    # THEN the first row says nothing, every other row says why it stands below the row above,
    # and no sentence is repeated
    assert shown[0] == ""
    assert shown[1] == "Ban Dân tộc Đắk Lắk trên Ban Dân tộc Phú Yên: tổng 98,12 so với 95,46"
    assert all(shown[1:]) and len(set(shown)) == len(shown)
