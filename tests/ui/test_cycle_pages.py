"""The commitment and meetings pages, driven as an officer does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from emudesk.services.cycle import commitments, meetings
from emudesk.services.organisation import years
from emudesk.ui.dialogs.meeting import MeetingDialog, VoteDialog
from emudesk.ui.dialogs.signature import SignatureDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.commitment import CommitmentPage
from emudesk.ui.pages.meetings import MeetingsPage
from emudesk.ui.registry import COMMITMENT, MEETINGS
from tests.conftest import UBDT_PROVINCES, dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    focused_editor,
    open_year_page,
    press,
    press_ok,
    type_into,
)


def test_the_demo_commitment_is_shown_signed_by_all(qtbot: QtBot, window: MainWindow) -> None:
    page = open_year_page(window, COMMITMENT, "VHTTDL-C4", 2025)
    assert isinstance(page, CommitmentPage)
    assert page.ui.titleEdit.text() == "Giao ước thi đua năm 2025"
    assert page.items.rowCount() == 4
    assert "5/5 đơn vị đã ký" in page.ui.statusLabel.text()
    assert page.signatures.rowCount() == 5


def test_write_sign_and_print_a_commitment(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN UBDT-C4 2025 without a commitment
    page = open_year_page(window, COMMITMENT, "UBDT-C4", 2025)
    assert isinstance(page, CommitmentPage)
    assert not page.ui.signButton.isEnabled()
    # THEN without items there is nothing to save yet, and the button says what comes first
    assert not page.ui.saveButton.isEnabled()
    assert "Thêm nội dung" in page.ui.saveButton.toolTip()
    # WHEN she adds an item and saves
    click(qtbot, page.ui.addItemButton)
    assert page.ui.saveButton.isEnabled() and page.ui.saveButton.toolTip() == ""
    page.items.setData(page.items.index(0, 0), "Hoàn thành các chỉ tiêu được giao")
    page.items.setData(page.items.index(0, 1), "100")
    page.items.setData(page.items.index(0, 2), "%")
    click(qtbot, page.ui.saveButton)
    stored = window.context.read(commitments.require, "UBDT-C4", 2025)
    assert [i.content for i in stored.items] == ["Hoàn thành các chỉ tiêu được giao"]
    assert "0/8 đơn vị đã ký" in page.ui.statusLabel.text()
    # AND records Đắk Lắk's signature with its scanned copy
    scan = tmp_path / "dak-lak.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20 + b"IEND\xaeB`\x82")
    click(qtbot, page.ui.signButton)
    dialog = find_dialog(qtbot, SignatureDialog)
    choose(dialog.ui.unitCombo, "Đắk Lắk")
    dialog.ui.nameEdit.setText("Nguyễn Văn A")
    dialog.ui.titleEdit.setText("Trưởng ban")
    dialog.ui.scanEdit.setText(str(scan))
    press_ok(qtbot, dialog)
    stored = window.context.read(commitments.require, "UBDT-C4", 2025)
    assert [s.unit.code for s in stored.signatures] == ["BDT-DLK"]
    assert stored.signatures[0].scan_name == "dak-lak.png"
    assert len(stored.missing) == 7
    # AND prints it
    out = tmp_path / "giao-uoc.pdf"
    assert page.print_to(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Nguyễn Văn A" in text


def test_record_a_meeting_and_a_vote(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    page = open_year_page(window, MEETINGS, "UBDT-C4", 2025)
    assert isinstance(page, MeetingsPage)
    assert page.model.rowCount() == 0
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, MeetingDialog)
    dialog.ui.placeEdit.setText("Gia Lai")
    press_ok(qtbot, dialog)
    assert page.model.rowCount() == 1
    assert page.selected() is not None and len(page.selected().attending) == 8  # type: ignore[union-attr]
    # a vote electing Gia Lai head, unanimously
    click(qtbot, page.ui.voteButton)
    vote = find_dialog(qtbot, VoteDialog)
    choose(vote.ui.subjectCombo, "Cụm trưởng")
    choose(vote.ui.choiceCombo, "Gia Lai")
    vote.ui.unanimousCheck.setChecked(True)
    press_ok(qtbot, vote)
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    (stored,) = window.context.read(meetings.list_meetings, year.uuid)
    assert stored.votes[0].unanimous and stored.votes[0].votes_for == 8
    assert "Gia Lai" in page.ui.detailsBrowser.toPlainText()
    # a vote counting more voters than present is refused
    click(qtbot, page.ui.voteButton)
    vote = find_dialog(qtbot, VoteDialog)
    vote.ui.forSpin.setValue(9)
    press_ok(qtbot, vote)
    assert "chỉ có 8 đơn vị dự họp" in boxes.last.text
    vote.reject()
    # and the minutes
    out = tmp_path / "bb.pdf"
    assert page.write_minutes(out)
    assert out.stat().st_size > 1000


def test_the_year_page_shows_the_dossier_deadline_and_the_dossier_dialog_ticks_papers(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    from emudesk.ui.dialogs.deadline import DeadlineDialog
    from emudesk.ui.dialogs.dossier import DossierDialog
    from emudesk.ui.registry import PROPOSALS, YEAR_OVERVIEW

    page = open_year_page(window, YEAR_OVERVIEW, "UBDT-C4", 2024)
    assert "30/12/2024" in page.ui.deadlineLabel.text()
    assert "Tờ trình" in page.ui.deadlineLabel.text()
    # set a deadline on 2025
    page = open_year_page(window, YEAR_OVERVIEW, "UBDT-C4", 2025)
    assert page.ui.deadlineLabel.text() == "Chưa đặt hạn nộp hồ sơ."
    click(qtbot, page.ui.deadlineButton)
    dialog = find_dialog(qtbot, DeadlineDialog)
    dialog.ui.deadlineCheck.setChecked(True)
    press_ok(qtbot, dialog)
    assert (
        "ngày" in page.ui.deadlineLabel.text() and "Hạn nộp hồ sơ" in page.ui.deadlineLabel.text()
    )
    # tick a paper of a 2024 proposal
    proposals_page = open_year_page(window, PROPOSALS, "UBDT-C4", 2024)
    proposals_page.ui.tableView.selectRow(0)
    click(qtbot, proposals_page.ui.dossierButton)
    dossier = find_dialog(qtbot, DossierDialog)
    model = dossier.model
    model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.papers[1].ready and model.papers[1].label == "Biên bản họp"
    dossier.reject()


def test_the_year_page_writes_the_year_summary(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from emudesk.ui.registry import YEAR_OVERVIEW

    page = open_year_page(window, YEAR_OVERVIEW, "VHTTDL-C4", 2024)
    out = tmp_path / "tong-hop.pdf"
    assert page.write_summary(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "BÁO CÁO" in text and "Tổng hợp kết quả thi đua năm 2024" in text


def test_the_meeting_records_who_each_unit_sent_and_keeps_it_on_edit(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from emudesk.ui.models.attendance import AttendanceModel

    # GIVEN a new 2025 conference: every member ticked, no delegates yet
    page = open_year_page(window, MEETINGS, "UBDT-C4", 2025)
    assert isinstance(page, MeetingsPage)
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, MeetingDialog)
    model, view = dialog.attendance, dialog.ui.attendanceView
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    # WHEN the officer unticks Kon Tum, and types Gia Lai's delegates in their cell
    kon_tum = model.index(rows["Ban Dân tộc Kon Tum"], AttendanceModel.UNIT)
    model.setData(kon_tum, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(kon_tum.siblingAtColumn(AttendanceModel.PERSONS)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    cell = model.index(rows["Ban Dân tộc Gia Lai"], AttendanceModel.PERSONS)
    view.setFocus()
    view.setCurrentIndex(cell)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = focused_editor(qtbot)
    type_into(qtbot, editor, "Ông Rơ Châm Long, Phó Trưởng ban")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    dialog.ui.placeEdit.setText("Gia Lai")
    press_ok(qtbot, dialog)
    # THEN seven units attended, Gia Lai with its delegate
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    (stored,) = window.context.read(meetings.list_meetings, year.uuid)
    sent = {unit.short_name: persons for unit, persons in stored.attending}
    assert len(sent) == 7 and "Ban Dân tộc Kon Tum" not in sent
    assert sent["Ban Dân tộc Gia Lai"] == "Ông Rơ Châm Long, Phó Trưởng ban"
    # AND editing the meeting keeps the delegates (nothing retyped)
    page.ui.meetingsView.selectRow(0)
    click(qtbot, page.ui.editButton)
    again = find_dialog(qtbot, MeetingDialog)
    press_ok(qtbot, again)
    (stored,) = window.context.read(meetings.list_meetings, year.uuid)
    assert dict((u.short_name, p) for u, p in stored.attending)["Ban Dân tộc Gia Lai"] == (
        "Ông Rơ Châm Long, Phó Trưởng ban"
    )
    # AND the minutes print them after the unit's name
    out = tmp_path / "bb.pdf"
    assert page.write_minutes(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Rơ Châm Long" in " ".join(text.split())


@pytest.mark.parametrize(("cluster", "host"), [("UBDT-C4", "Đắk Lắk"), ("VHTTDL-C4", "Lạng Sơn")])
def test_a_recorded_conference_is_corrected_keeping_its_votes_and_delegates(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, cluster: str, host: str
) -> None:
    # GIVEN the demo's 2024 conference, one unit's delegates typed in
    year = window.context.read(years.get_year, cluster, 2024)
    (recorded,) = window.context.read(meetings.list_meetings, year.uuid)
    delegate = recorded.attending[0][0].uuid
    window.context.write(
        meetings.save_meeting,
        year.uuid,
        meetings.MeetingFields(
            kind=recorded.kind,
            held_on=recorded.held_on,
            place=recorded.place,
            host_unit_uuid=recorded.host.uuid if recorded.host else None,
            agenda=recorded.agenda,
            resolutions=recorded.resolutions,
            attending=tuple(
                (unit.uuid, "Bà Hoàng Thị Mai, Phó Giám đốc" if unit.uuid == delegate else "")
                for unit, _persons in recorded.attending
            ),
        ),
        recorded.uuid,
    )
    (before,) = window.context.read(meetings.list_meetings, year.uuid)
    # WHEN the officer opens it with Edit…: the host is the stored one
    press(MEETINGS, cluster, 2024, "editButton")(qtbot, window)  # the meeting shown first
    dialog = find_dialog(qtbot, MeetingDialog)
    assert host in dialog.ui.hostCombo.currentText()
    # AND corrects the place, then presses OK
    type_into(qtbot, dialog.ui.placeEdit, "Hội trường UBND tỉnh")
    press_ok(qtbot, dialog)
    # THEN no message; the place changed, the votes, delegates and host stayed
    assert not boxes.shown and not dialog.isVisible()
    (after,) = window.context.read(meetings.list_meetings, year.uuid)
    assert after.place == "Hội trường UBND tỉnh"
    assert after.votes == before.votes and len(after.votes) >= 2
    assert after.attending == before.attending
    assert dict((u.uuid, p) for u, p in after.attending)[delegate] == (
        "Bà Hoàng Thị Mai, Phó Giám đốc"
    )
    assert after.host == before.host and after.host is not None


def test_attendance_that_no_longer_fits_the_votes_is_refused(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN the UBDT-C4 2024 conference, its votes unanimous among the 8 units present
    press(MEETINGS, "UBDT-C4", 2024, "editButton")(qtbot, window)
    dialog = find_dialog(qtbot, MeetingDialog)
    # WHEN the officer unticks one unit and presses OK
    model = dialog.attendance
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    before = dump(window.context.db)
    press_ok(qtbot, dialog)
    # THEN it is refused in words, the dialog stays open, nothing is stored
    assert "8 đơn vị biểu quyết" in boxes.last.text and "7 đơn vị" in boxes.last.text
    assert dialog.isVisible() and dump(window.context.db) == before
    dialog.reject()


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def in_order_of_appearance(text: str, names: list[str]) -> list[str]:
    """``names`` in the order they first appear in ``text`` (papers print some in capitals)."""
    flat = " ".join(text.split()).casefold()
    return sorted(names, key=lambda name: flat.index(name.casefold()))


def test_papers_and_lists_put_names_with_d_stroke_after_d_the_vietnamese_way(
    qtbot: QtBot,
    window: MainWindow,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from python_calamine import CalamineWorkbook

    # GIVEN UBDT-C4's eight members (Đắk Lắk and Đắk Nông among them) and a 2025 commitment
    page = open_year_page(window, COMMITMENT, "UBDT-C4", 2025)
    assert isinstance(page, CommitmentPage)
    click(qtbot, page.ui.addItemButton)
    assert page.ui.saveButton.isEnabled() and page.ui.saveButton.toolTip() == ""
    page.items.setData(page.items.index(0, 0), "Hoàn thành các chỉ tiêu được giao")
    click(qtbot, page.ui.saveButton)
    # THEN the page lists the members Đ after D, before E: not after Phú Yên
    shown = [page.signatures.index(r, 0).data() for r in range(page.signatures.rowCount())]
    assert in_order_of_appearance(" ".join(shown), UBDT_PROVINCES) == UBDT_PROVINCES
    assert [name.split("tỉnh ")[-1] for name in shown] == UBDT_PROVINCES
    # AND so do the commitment's signature blocks on paper
    out = tmp_path / "giao-uoc.pdf"
    assert page.print_to(out)
    pdf = pdf_text(out)
    assert in_order_of_appearance(pdf, UBDT_PROVINCES) == UBDT_PROVINCES
    # AND the signing register
    register = tmp_path / "ky.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(register), ""))
    click(qtbot, page.ui.registerButton)
    rows = CalamineWorkbook.from_path(str(register)).get_sheet_by_index(0).to_python()
    header = next(i for i, row in enumerate(rows) if str(row[1]) == "Đơn vị")
    units_column = [str(row[1]).split("tỉnh ")[-1] for row in rows[header + 1 :] if row[1]]
    assert units_column == UBDT_PROVINCES
    # AND the minutes of the 2024 conference
    meetings_page = open_year_page(window, MEETINGS, "UBDT-C4", 2024)
    assert isinstance(meetings_page, MeetingsPage)
    minutes = tmp_path / "bien-ban.pdf"
    assert meetings_page.write_minutes(minutes)
    pdf = pdf_text(minutes)
    lowered = pdf.casefold()
    # the members present, after the chair and the secretary
    present = pdf[lowered.index("dự họp") : lowered.index("nội dung")]
    assert in_order_of_appearance(present, UBDT_PROVINCES) == UBDT_PROVINCES
