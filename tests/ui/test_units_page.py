"""The units page: add, edit, merge, refuse removal, filter (renames: test_event_dialogs)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from emudesk.services.organisation import units, years
from emudesk.services.organisation.units import UnitInfo
from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
from emudesk.ui.dialogs.unit import UnitDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.units import UnitsPage
from emudesk.ui.registry import SCORE_GRID, UNITS, YEAR_OVERVIEW, Target
from tests.conftest import dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    open_year_page,
    press_ok,
    type_into,
    type_text,
)


def units_page(window: MainWindow, unit: UnitInfo | None = None) -> UnitsPage:
    window.go(Target(UNITS, unit.uuid if unit else None))
    page = window.current_page()
    assert isinstance(page, UnitsPage)
    return page


def unit_by_code(window: MainWindow, code: str, year: int | None = None) -> UnitInfo:
    return next(u for u in window.context.read(units.list_units, year=year) if u.code == code)


def test_lists_units_with_names_of_the_chosen_year(qtbot: QtBot, window: MainWindow) -> None:
    page = units_page(window)
    assert page.year == 2025  # the newest year recorded
    assert page.model.rowCount() == 13
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Tên chính thức"


def test_filter_ignores_marks(qtbot: QtBot, window: MainWindow) -> None:
    page = units_page(window)
    qtbot.keyClicks(page.ui.filterEdit, "dak lak")
    assert [u.official_name for u in page.model.records()] == ["Ban Dân tộc tỉnh Đắk Lắk"]
    page.ui.filterEdit.clear()
    assert page.model.rowCount() == 13


def test_add_a_unit(qtbot: QtBot, window: MainWindow) -> None:
    page = units_page(window)
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, UnitDialog)
    qtbot.keyClicks(dialog.ui.codeEdit, "bdt-qng")
    type_text(qtbot, dialog.ui.officialNameEdit, "Ban Dân tộc tỉnh Quảng Ngãi")
    type_text(qtbot, dialog.ui.shortNameEdit, "Ban Dân tộc Quảng Ngãi")
    type_text(qtbot, dialog.ui.provinceEdit, "Quảng Ngãi")
    qtbot.keyClicks(dialog.ui.emailEdit, "bdt@quangngai.gov.vn")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = unit_by_code(window, "BDT-QNG")
    assert stored.official_name == "Ban Dân tộc tỉnh Quảng Ngãi"
    assert stored.names[0].from_year == 2025
    assert stored.email == "bdt@quangngai.gov.vn"
    selected = page._selected()
    assert selected is not None and selected.code == "BDT-QNG"


def test_a_new_units_name_is_valid_from_the_year_being_worked_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the officer works on UBDT-C4's 2024 scores (the newest year is 2025, and the
    # calendar says 2026)
    open_year_page(window, SCORE_GRID, "UBDT-C4", 2024)
    # WHEN they go to the units page and add a unit
    page = units_page(window)
    assert page.year == 2024
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, UnitDialog)
    assert dialog.ui.fromYearSpin.value() == 2024
    qtbot.keyClicks(dialog.ui.codeEdit, "BDT-NT")
    type_text(qtbot, dialog.ui.officialNameEdit, "Ban Dân tộc tỉnh Ninh Thuận")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # THEN its name is valid from 2024, the year they work on
    assert unit_by_code(window, "BDT-NT").names[0].from_year == 2024
    # and opening a year page of 2025 moves the default along
    open_year_page(window, YEAR_OVERVIEW, "VHTTDL-C4", 2025)
    assert units_page(window).year == 2025


def test_a_wrong_email_is_refused(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = units_page(window, unit_by_code(window, "BDT-KT"))
    before = dump(window.context.db)
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, UnitDialog)
    assert not dialog.ui.officialNameEdit.isEnabled()  # names change through "rename"
    type_into(qtbot, dialog.ui.emailEdit, "not an address")
    press_ok(qtbot, dialog)
    assert "not an address" in boxes.last.text
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.reject()


def test_merge_a_unit_into_another_on_1_july_2025(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, unit_by_code(window, "BDT-PY"))
    click(qtbot, page.ui.mergeButton)
    dialog = find_dialog(qtbot, MergeUnitDialog)
    dialog.ui.onDateEdit.setDate(QDate(2025, 7, 1))
    # nothing is chosen for the officer: OK first asks for the successor
    assert dialog.ui.successorCombo.currentIndex() == -1
    press_ok(qtbot, dialog)
    assert boxes.last.text == "Hãy chọn đơn vị tiếp nhận."
    choose(dialog.ui.successorCombo, "Đắk Lắk")
    # the preview says what passes to the successor before anything is written
    assert "UBDT-C4/2025" in dialog.ui.previewText.toPlainText()
    dialog.ui.decisionEdit.setText("202/2025/QH15")
    press_ok(qtbot, dialog)  # the decision's date is asked for too
    assert "ngày của quyết định" in boxes.last.text and dialog.isVisible()
    click(qtbot, dialog.ui.decisionDateCheck)
    dialog.ui.decisionDateEdit.setDate(QDate(2025, 6, 12))
    boxes.answers = [0]  # confirm the merge
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "Phú Yên" in boxes.last.text and "Đắk Lắk" in boxes.last.text
    merged = unit_by_code(window, "BDT-PY")
    assert merged.successor_code == "BDT-DLK" and merged.merged_on == dt.date(2025, 7, 1)
    # mid-year, 2025's head is flagged (not silently replaced); 2024 keeps Phú Yên as deputy
    y2025 = window.context.read(years.get_year, "UBDT-C4", 2025)
    assert y2025.head is not None and y2025.head.code == "BDT-PY"
    assert "BDT-PY" not in [m.code for m in y2025.members]
    assert window.context.read(years.get_year, "UBDT-C4", 2024).deputy.code == "BDT-PY"  # type: ignore[union-attr]
    row = page.model.row_of(merged.uuid)
    assert (
        page.model.index(row, page.model.MERGED_INTO).data()
        == "Ban Dân tộc tỉnh Đắk Lắk (từ 01/07/2025)"
    )


def test_cancelling_the_merge_confirmation_changes_nothing(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, unit_by_code(window, "BDT-DNO"))
    before = dump(window.context.db)
    click(qtbot, page.ui.mergeButton)
    dialog = find_dialog(qtbot, MergeUnitDialog)
    choose(dialog.ui.successorCombo, "Lâm Đồng")
    dialog.ui.decisionEdit.setText("202/2025/QH15")
    click(qtbot, dialog.ui.decisionDateCheck)
    boxes.answers = [1]  # cancel
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.reject()


def test_a_unit_with_history_cannot_be_removed(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, unit_by_code(window, "BDT-GL"))
    before = dump(window.context.db)
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert "Ban Dân tộc tỉnh Gia Lai" in boxes.last.text
    assert "không thể xóa" in boxes.last.text.lower() or "lịch sử" in boxes.last.text
    assert dump(window.context.db) == before


def test_a_unit_typed_by_mistake_can_be_removed(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    typo = window.context.write(
        units.create_unit, units.UnitFields("TYPO"), official_name="Nhập nhầm", from_year=2025
    )
    page = units_page(window, typo)
    boxes.answers = [0]
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)  # Del, with the focus in the list
    qtbot.waitUntil(lambda: bool(boxes.shown))  # the button shows itself pressed first
    assert boxes.last.title == "Xóa đơn vị"
    assert all(u.code != "TYPO" for u in window.context.read(units.list_units))
