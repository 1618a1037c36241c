"""The year overview: leadership, members as named that year, editing, next year, removal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emudesk.model import SelectionMethod
from emudesk.services.organisation import units, years
from emudesk.ui.dialogs.year import YearDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.year import YearPage
from emudesk.ui.registry import COMMITMENT, MEETINGS, YEAR_OVERVIEW, Target
from tests.conftest import dump
from tests.ui.conftest import Boxes, choose, click, find_dialog, press_ok, type_text


def year_page(window: MainWindow, cluster: str, year: int) -> YearPage:
    info = window.context.read(years.get_year, cluster, year)
    window.go(Target(YEAR_OVERVIEW, info.uuid))
    page = window.current_page()
    assert isinstance(page, YearPage)
    return page


def test_overview_shows_leadership_members_and_todo(window: MainWindow) -> None:
    page = year_page(window, "VHTTDL-C4", 2025)
    assert page.ui.titleLabel.text() == "Cụm thi đua số 4 (Bộ VHTTDL) — năm 2025"
    assert page.ui.issuerLabel.text() == (
        "Cơ quan cấp trên: Bộ Văn hóa, Thể thao và Du lịch · mã cụm VHTTDL-C4"
    )
    assert "Tuyên Quang" in page.ui.headLabel.text()
    assert "Cao Bằng" in page.ui.deputyLabel.text()
    assert page.ui.methodLabel.text() == "Các đơn vị thành viên bầu"
    assert page.members.rowCount() == 5
    roles = {page.members.text(m, page.members.ROLE) for m in page.members.records()}
    assert roles == {"Cụm trưởng", "Cụm phó", ""}
    assert "election" in page.todo.todo_keys()
    assert page.ui.nextYearLabel.text() == "Chưa mở năm 2026"


def test_head_and_deputy_must_differ(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = year_page(window, "VHTTDL-C4", 2025)
    before = dump(window.context.db)
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, YearDialog)
    choose(dialog.ui.headCombo, "Cao Bằng")
    choose(dialog.ui.deputyCombo, "Cao Bằng")
    press_ok(qtbot, dialog)
    assert boxes.last.text == "Cụm trưởng và cụm phó phải là hai đơn vị khác nhau."
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.reject()


def test_edit_head_deputy_and_decision(qtbot: QtBot, window: MainWindow) -> None:
    page = year_page(window, "VHTTDL-C4", 2025)
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, YearDialog)
    assert not dialog.ui.yearSpin.isEnabled()
    # it opens on what is stored
    assert "Tuyên Quang" in dialog.ui.headCombo.currentText()
    assert "Cao Bằng" in dialog.ui.deputyCombo.currentText()
    assert dialog.ui.methodCombo.currentText() == "Các đơn vị thành viên bầu"
    # the head and deputy lists hold the ticked members only
    lang_son = next(u for u in dialog.checklist.checked_units() if u.code == "VHTTDL-LS")
    dialog.checklist.set_checked(lang_son.uuid, False)
    assert dialog.ui.headCombo.findText("Lạng Sơn", Qt.MatchFlag.MatchContains) < 0
    choose(dialog.ui.headCombo, "Cao Bằng")
    choose(dialog.ui.deputyCombo, "Hà Giang")
    choose(dialog.ui.methodCombo, "Luân phiên")
    type_text(qtbot, dialog.ui.decisionNumberEdit, "15/QĐ-BVHTTDL")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = window.context.read(years.get_year, "VHTTDL-C4", 2025)
    assert stored.head is not None and stored.head.code == "VHTTDL-CB"
    assert stored.deputy is not None and stored.deputy.code == "VHTTDL-HG"
    assert stored.method is SelectionMethod.ROTATION
    assert stored.decision_number == "15/QĐ-BVHTTDL"
    assert "VHTTDL-LS" not in [m.code for m in stored.members]
    # and the page shows it at once
    assert "Cao Bằng" in page.ui.headLabel.text()
    assert page.ui.decisionLabel.text() == "15/QĐ-BVHTTDL"
    assert page.members.rowCount() == 4


def test_add_the_next_year_with_last_years_members(qtbot: QtBot, window: MainWindow) -> None:
    page = year_page(window, "UBDT-C4", 2025)
    click(qtbot, page.ui.nextYearButton)
    dialog = find_dialog(qtbot, YearDialog)
    assert dialog.ui.yearSpin.value() == 2026
    assert len(dialog.checklist.checked_units()) == 8
    choose(dialog.ui.headCombo, "Gia Lai")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "2026" in window.current_page().ui.titleLabel.text())  # type: ignore[union-attr]
    stored = window.context.read(years.get_year, "UBDT-C4", 2026)
    assert len(stored.members) == 8
    assert stored.head is not None and stored.head.code == "BDT-GL"
    # the scoring table and the regulation came along
    from emudesk.services.scoring import regulation, tables

    previous = window.context.read(years.get_year, "UBDT-C4", 2025)
    copied = window.context.read(tables.get_table, stored.uuid)
    original = window.context.read(tables.get_table, previous.uuid)
    assert copied is not None and original is not None
    assert [c.code for c in copied.criteria] == [c.code for c in original.criteria]
    assert window.context.read(regulation.get_settings, stored.uuid) == window.context.read(
        regulation.get_settings, previous.uuid
    )
    assert "Năm 2026" in [
        window.navigation.index(r, 0, idx).data()
        for idx in [window.navigation.find(Target(YEAR_OVERVIEW, stored.uuid)).parent()]
        for r in range(window.navigation.rowCount(idx))
    ]


def test_the_next_year_shows_and_stores_the_recorded_election(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    import datetime as dt

    from emudesk.services.cycle import meetings

    # GIVEN UBDT-C4's 2025 conference elected Gia Lai head and Lâm Đồng deputy for 2026
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    code = {m.code: m.uuid for m in year.members}
    held = window.context.write(
        meetings.save_meeting,
        year.uuid,
        meetings.MeetingFields(
            meetings.MeetingKind.YEAR_END,
            dt.date(2026, 1, 15),
            attending=tuple((m.uuid, "") for m in year.members),
        ),
    )
    for subject, unit in (
        (meetings.VoteSubject.HEAD, "BDT-GL"),
        (meetings.VoteSubject.DEPUTY, "BDT-LD"),
    ):
        window.context.write(
            meetings.record_vote,
            held.uuid,
            meetings.VoteFields(
                subject, meetings.VoteMethod.SECRET, 6, 1, 1, candidate_uuid=code[unit]
            ),
        )
    # WHEN the officer adds the following year
    page = year_page(window, "UBDT-C4", 2025)
    click(qtbot, page.ui.nextYearButton)
    dialog = find_dialog(qtbot, YearDialog)
    # THEN the dialog shows who was elected, and how
    assert "Gia Lai" in dialog.ui.headCombo.currentText()
    assert "Lâm Đồng" in dialog.ui.deputyCombo.currentText()
    assert dialog.ui.methodCombo.currentText() == "Các đơn vị thành viên bầu"
    # AND OK stores exactly that
    press_ok(qtbot, dialog)
    assert not boxes.shown
    stored = window.context.read(years.get_year, "UBDT-C4", 2026)
    assert stored.head is not None and stored.head.code == "BDT-GL"
    assert stored.deputy is not None and stored.deputy.code == "BDT-LD"
    assert stored.method is SelectionMethod.ELECTION


def test_next_year_takes_the_successor_of_a_merged_member(qtbot: QtBot, window: MainWindow) -> None:
    # GIVEN Phú Yên merged into Đắk Lắk from 2026
    py = next(u for u in window.context.read(units.list_units) if u.code == "BDT-PY")
    dlk = next(u for u in window.context.read(units.list_units) if u.code == "BDT-DLK")
    window.context.write(units.merge_unit, py.uuid, dlk.uuid, year=2026)
    page = year_page(window, "UBDT-C4", 2025)
    click(qtbot, page.ui.nextYearButton)
    dialog = find_dialog(qtbot, YearDialog)
    codes = [u.code for u in dialog.checklist.checked_units()]
    assert "BDT-PY" not in codes and "BDT-DLK" in codes
    assert len(codes) == 7
    dialog.reject()


def test_remove_a_year_after_confirming(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    cluster = window.context.read(years.get_year, "UBDT-C4", 2025)
    window.context.write(
        years.create_year, cluster.cluster_uuid, 2026, [m.uuid for m in cluster.members]
    )
    page = year_page(window, "UBDT-C4", 2026)
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert [y.year for y in window.context.read(years.list_years, "UBDT-C4")] == [2025, 2024]
    qtbot.waitUntil(lambda: not isinstance(window.current_page(), YearPage))


def test_a_todo_item_leads_where_it_is_done(qtbot: QtBot, window: MainWindow) -> None:
    # GIVEN UBDT-C4 2025, whose commitment is still to be drawn up
    page = year_page(window, "UBDT-C4", 2025)
    view = page.ui.todoView
    keys = page.todo.todo_keys()
    assert keys[0] == "decision" and "commitment" in keys
    row = keys.index("commitment")
    assert page.todo.index(row).data() == "Soạn giao ước thi đua của năm và tổ chức ký kết."
    # WHEN the officer selects it and presses Enter THEN the year's commitment page opens
    view.setFocus()
    view.setCurrentIndex(page.todo.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current == Target(COMMITMENT, page.overview.info.uuid)  # type: ignore[union-attr]
    # AND the election is held at the year-end conference: the Meetings page
    page = year_page(window, "UBDT-C4", 2025)
    page.ui.todoView.activated.emit(page.todo.index(page.todo.todo_keys().index("election")))
    assert window.current == Target(MEETINGS, page.overview.info.uuid)  # type: ignore[union-attr]
    # AND an item about the leadership opens the year's dialog instead
    page = year_page(window, "UBDT-C4", 2025)
    page.ui.todoView.activated.emit(page.todo.index(page.todo.todo_keys().index("decision")))
    find_dialog(qtbot, YearDialog).reject()


def test_a_vanished_head_is_flagged_and_replaced_in_one_action(
    window: MainWindow, boxes: Boxes
) -> None:
    import datetime as dt

    from emudesk.services.reorganisation import events

    # GIVEN Phú Yên, head for 2025, merged into Đắk Lắk on 1 July 2025
    py = window.context.read(units.find, "BDT-PY").uuid
    dlk = window.context.read(units.find, "BDT-DLK").uuid
    window.context.write(events.merge, py, dlk, on=dt.date(2025, 7, 1))
    page = year_page(window, "UBDT-C4", 2025)
    # THEN the year page flags it and offers to record its successor
    assert "⚠" in page.ui.headLabel.text() and "Phú Yên" in page.ui.headLabel.text()
    assert "successor_head" in page.todo.todo_keys()
    # WHEN the officer confirms the one action
    boxes.answers = [0]
    assert page.record_successor("head")
    # THEN Đắk Lắk leads 2025 and nothing is flagged any more
    info = window.context.read(years.get_year, "UBDT-C4", 2025)
    assert info.head is not None and info.head.code == "BDT-DLK"
    assert "successor_head" not in page.todo.todo_keys()
    assert "⚠" not in page.ui.headLabel.text()
