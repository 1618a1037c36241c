"""The commitment and meetings pages, driven as an officer does."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emudesk.services.cycle import commitments, meetings
from emudesk.services.organisation import years
from emudesk.ui.dialogs.meeting import MeetingDialog, VoteDialog
from emudesk.ui.dialogs.signature import SignatureDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.commitment import CommitmentPage
from emudesk.ui.pages.meetings import MeetingsPage
from emudesk.ui.registry import COMMITMENT, MEETINGS
from tests.conftest import dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    focused_editor,
    open_year_page,
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
    # WHEN the officer saves it without items THEN it is refused, nothing stored
    before = dump(window.context.db)
    click(qtbot, page.ui.saveButton)
    assert "ít nhất một nội dung" in boxes.last.text
    assert dump(window.context.db) == before
    # WHEN she adds an item and saves
    click(qtbot, page.ui.addItemButton)
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
