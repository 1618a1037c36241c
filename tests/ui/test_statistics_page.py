"""The award statistics page, driven as an officer drives it: the filters change the table
and the chart's bars; the report is exported to Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.records import award_statistics as stats
from emudesk.ui import saving
from emudesk.ui.context import DataContext
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.statistics import ANY_YEAR, StatisticsPage
from emudesk.ui.registry import STATISTICS, Target
from tests.issuing.issuer_pc import decided_issuer_pc
from tests.ui.conftest import Boxes, choose

BK = "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
CTD = "Cờ thi đua của Ủy ban Dân tộc"


def rows(page: StatisticsPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_filters_change_the_table_and_the_chart(window: MainWindow, qtbot: QtBot) -> None:
    window.go(Target(STATISTICS))
    page = window.current_page()
    assert isinstance(page, StatisticsPage)
    # Every filter has a label with a mnemonic leading to it (the keyboard reaches each one)
    for label, widget in (
        (page.issuerLabel, page.issuerCombo),
        (page.clusterLabel, page.clusterCombo),
        (page.fromLabel, page.fromSpin),
        (page.toLabel, page.toSpin),
        (page.breakdownLabel, page.breakdownCombo),
    ):
        assert label.buddy() is widget and "&" in label.text()
    assert "&" in page.exportButton.text()
    choose(page.issuerCombo, "UBDT")
    assert rows(page) == [[BK, "2", "2", "2"], [CTD, "1", "1", "1"], ["Tổng cộng", "3", "3", "3"]]
    assert [(b.label, b.segments, b.proposed) for b in page.chart.bars()] == [
        (BK, (2,), 2),
        (CTD, (1,), 1),
    ]
    assert page.chart.legend() == ["2024"]
    # By unit: a column per award, a bar per unit in the award's colour
    page.breakdownCombo.setFocus()
    page.breakdownCombo.setCurrentIndex(page.breakdownCombo.findData(stats.UNIT_AWARD))
    assert page.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == BK
    assert [b.segments for b in page.chart.bars()] == [(1, 0), (0, 1), (1, 0)]
    assert page.chart.legend() == [BK, CTD]
    # The years: nothing after 2024 yet
    page.fromSpin.setValue(2025)
    assert page.model.rowCount() == 0 and page.chart.bars() == []
    page.fromSpin.setValue(ANY_YEAR)
    assert page.fromSpin.text() == "bất kỳ"
    assert page.model.rowCount() == 4
    # The ministry's cluster
    choose(page.issuerCombo, "Bộ VHTTDL")
    assert page.clusterCombo.itemData(1) == "VHTTDL-C4"
    page.clusterCombo.setCurrentIndex(1)
    assert [b.total for b in page.chart.bars()] == [1, 1]
    assert "2 khen thưởng được quyết định trên 2 đề nghị" in page.summaryLabel.text()


def test_the_issuers_pc_shows_the_refused_proposal_and_exports_the_report(
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "issuer"
    folder.mkdir()
    context = DataContext(open_database(decided_issuer_pc(demo_path, folder)))
    try:
        page = StatisticsPage(context)
        qtbot.addWidget(page)
        page.reload()
        choose(page.issuerCombo, "Bộ VHTTDL")
        page.breakdownCombo.setCurrentIndex(page.breakdownCombo.findData(stats.LEVEL_YEAR))
        assert [(b.segments, b.proposed) for b in page.chart.bars()] == [((1,), 2)]
        assert rows(page)[-1][1:] == ["1", "1", "2"]
        target = tmp_path / "thong-ke.xlsx"
        monkeypatch.setattr(saving, "ask_save_path", lambda *_a, **_k: target)
        page.exportButton.click()
        assert boxes.last.text.endswith(f"{target}.") or str(target) in boxes.last.text
        book = load_workbook(target)
        ws = book["Theo cấp và năm"]
        assert ws["A1"].value == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
        assert [c.value for c in ws[8]][:5] == ["TỔNG CỘNG", None, 1, 1, 2]
    finally:
        context.close()


def test_the_page_counts_past_decisions_and_says_a_cluster_leaves_them_out(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    from tests.issuing.test_past_statistics import with_past_decisions

    folder = tmp_path / "issuer"
    folder.mkdir()
    context = DataContext(open_database(with_past_decisions(demo_path, folder)))
    try:
        page = StatisticsPage(context)
        qtbot.addWidget(page)
        page.reload()
        choose(page.issuerCombo, "UBDT")
        assert page.model.columnCount() == 6  # 2021, 2022, 2024, totals
        assert rows(page)[-1] == ["Tổng cộng", "1", "2", "3", "6", "6"]
        assert [b.total for b in page.chart.bars()] == [4, 2]
        summary = page.summaryLabel.text()
        assert "6 khen thưởng được quyết định trên 6 đề nghị" in summary
        assert "3 " in summary and "quyết định trước đây" in summary
        page.clusterCombo.setCurrentIndex(page.clusterCombo.findData("UBDT-C4"))
        assert rows(page)[-1] == ["Tổng cộng", "3", "3", "3"]
        summary = page.summaryLabel.text()
        assert "3 khen thưởng được quyết định trên 3 đề nghị" in summary
        assert "không thuộc cụm" in summary
    finally:
        context.close()
