"""The clusters page: add, edit, refuse a duplicate code, remove, open a year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from emudesk.services.organisation import clusters, years
from emudesk.ui.dialogs.cluster import ClusterDialog
from emudesk.ui.dialogs.year import YearDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.clusters import ClustersPage
from emudesk.ui.pages.year import YearPage
from emudesk.ui.registry import CLUSTERS, Target
from tests.conftest import dump
from tests.ui.conftest import Boxes, choose, click, find_dialog, press_ok, type_into, type_text


def clusters_page(window: MainWindow) -> ClustersPage:
    window.go(Target(CLUSTERS))
    page = window.current_page()
    assert isinstance(page, ClustersPage)
    return page


def select_code(page: ClustersPage, code: str) -> None:
    uuid = next(c.uuid for c in page.model.records() if c.code == code)
    page.show_target(Target(CLUSTERS, uuid))


def test_add_a_cluster(qtbot: QtBot, window: MainWindow) -> None:
    page = clusters_page(window)

    # WHEN the officer adds a cluster of the ministry with its founding decision
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, ClusterDialog)
    assert dialog.windowTitle() == "Thêm cụm thi đua"
    qtbot.keyClicks(dialog.ui.codeEdit, "vhttdl-c5")
    type_text(qtbot, dialog.ui.nameEdit, "Cụm thi đua số 5")
    dialog.ui.numberSpin.setValue(5)
    choose(dialog.ui.issuerCombo, "Bộ Văn hóa")
    type_text(qtbot, dialog.ui.decisionNumberEdit, "12/QĐ-BVHTTDL")
    click(qtbot, dialog.ui.decisionDateCheck)
    dialog.ui.decisionDateEdit.setDate(QDate(2025, 3, 1))
    press_ok(qtbot, dialog)

    # THEN it is stored (code upper-cased) and selected in the table
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = window.context.read(clusters.get_cluster, "VHTTDL-C5")
    assert stored.name == "Cụm thi đua số 5"
    assert stored.number == 5
    assert stored.issuer_name == "Bộ Văn hóa, Thể thao và Du lịch"
    assert stored.founding_decision_number == "12/QĐ-BVHTTDL"
    assert stored.founding_decision_date == dt.date(2025, 3, 1)
    selected = page._selected()
    assert selected is not None and selected.code == "VHTTDL-C5"
    assert page.model.rowCount() == 3
    assert "01/03/2025" in page.model.text(selected, page.model.FOUNDING)


def test_edit_a_cluster(qtbot: QtBot, window: MainWindow) -> None:
    page = clusters_page(window)
    select_code(page, "UBDT-C4")
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, ClusterDialog)
    assert dialog.ui.codeEdit.text() == "UBDT-C4"
    assert dialog.ui.decisionDateEdit.date() == QDate(2024, 7, 8)
    assert dialog.ui.issuerCombo.currentText() == "Ủy ban Dân tộc"  # its own issuer, not the first
    type_into(qtbot, dialog.ui.nameEdit, "Cụm thi đua số 4 (Tây Nguyên)")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = window.context.read(clusters.get_cluster, "UBDT-C4")
    assert stored.name == "Cụm thi đua số 4 (Tây Nguyên)"
    assert stored.founding_decision_date == dt.date(2024, 7, 8)  # untouched fields stay
    assert stored.issuer_name == "Ủy ban Dân tộc"


def test_a_duplicate_code_is_refused_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = clusters_page(window)
    before = dump(window.context.db)
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, ClusterDialog)
    qtbot.keyClicks(dialog.ui.codeEdit, "ubdt-c4")
    type_text(qtbot, dialog.ui.nameEdit, "Cụm khác")
    press_ok(qtbot, dialog)

    # THEN the service's message is shown, the dialog stays open with what was typed
    assert "UBDT-C4" in boxes.last.text and "Cụm thi đua số 4" in boxes.last.text
    assert dialog.isVisible() and dialog.ui.nameEdit.text() == "Cụm khác"
    assert dump(window.context.db) == before
    dialog.reject()


def test_a_cluster_with_years_cannot_be_removed(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = clusters_page(window)
    select_code(page, "VHTTDL-C4")
    before = dump(window.context.db)
    boxes.answers = [0]  # yes, remove
    click(qtbot, page.ui.removeButton)
    assert boxes.shown[0].text == "Xóa cụm VHTTDL-C4 “Cụm thi đua số 4”?"
    assert "2 năm" in boxes.last.text
    assert dump(window.context.db) == before
    assert page.model.rowCount() == 2


def test_remove_a_new_cluster_after_confirming(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    issuer = window.context.read(clusters.get_cluster, "UBDT-C4").issuer_uuid
    window.context.write(
        clusters.create_cluster, clusters.ClusterFields("TMP-1", "Cụm thử", issuer)
    )
    page = clusters_page(window)
    select_code(page, "TMP-1")
    boxes.answers = [1]  # first: cancel
    click(qtbot, page.ui.removeButton)
    assert page.model.rowCount() == 3
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert [c.code for c in window.context.read(clusters.list_clusters)] == [
        "VHTTDL-C4",
        "UBDT-C4",
    ]


def test_open_the_next_year_from_the_clusters_page(qtbot: QtBot, window: MainWindow) -> None:
    page = clusters_page(window)
    select_code(page, "UBDT-C4")
    assert [y.year for y in page.years.records()] == [2025, 2024]
    click(qtbot, page.ui.addYearButton)
    dialog = find_dialog(qtbot, YearDialog)
    # prefilled: next year, last year's eight members
    assert dialog.ui.yearSpin.value() == 2026
    assert len(dialog.checklist.checked_units()) == 8
    choose(dialog.ui.headCombo, "Gia Lai")
    choose(dialog.ui.deputyCombo, "Kon Tum")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), YearPage))
    stored = window.context.read(years.get_year, "UBDT-C4", 2026)
    assert stored.head is not None and stored.head.code == "BDT-GL"
    assert stored.deputy is not None and stored.deputy.code == "BDT-KT"
    assert len(stored.members) == 8


def test_double_clicking_a_year_opens_its_overview(qtbot: QtBot, window: MainWindow) -> None:
    page = clusters_page(window)
    select_code(page, "VHTTDL-C4")
    view = page.ui.yearsView
    index = page.years.index(1, 0)  # 2024
    where = view.visualRect(index).center()
    # a real double-click: press and release, then the double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    year_page = window.current_page()
    assert isinstance(year_page, YearPage)
    assert "2024" in year_page.ui.titleLabel.text()
    assert "Lạng Sơn" in year_page.ui.headLabel.text()
