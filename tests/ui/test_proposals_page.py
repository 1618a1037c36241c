"""Award proposals: adding by hand, the steps from draft to decision, and removal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from emudesk.services.cycle import meetings, proposals
from emudesk.services.cycle.proposals import NomineeKind, ProposalStatus
from emudesk.services.organisation import years
from emudesk.ui.dialogs.proposal import DecisionDialog, ProposalDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.proposals import ProposalTableModel
from emudesk.ui.pages.proposals import ProposalsPage
from emudesk.ui.registry import PROPOSALS
from tests.conftest import dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    open_year_page,
    press_ok,
    type_text,
)


def proposals_page(window: MainWindow, year: int = 2024) -> ProposalsPage:
    page = open_year_page(window, PROPOSALS, "UBDT-C4", year)
    assert isinstance(page, ProposalsPage)
    return page


def listed(window: MainWindow, year: int = 2024) -> list[proposals.ProposalInfo]:
    info = window.context.read(years.get_year, "UBDT-C4", year)
    return window.context.read(proposals.list_proposals, info.uuid)


def test_the_list_shows_awards_statuses_and_example_decisions(window: MainWindow) -> None:
    page = proposals_page(window)
    model = page.model
    assert model.rowCount() == 3
    assert model.index(0, ProposalTableModel.NUMBER).data() == "1"
    assert model.index(0, ProposalTableModel.AWARD).data() == "Cờ thi đua của Ủy ban Dân tộc"
    assert model.index(0, ProposalTableModel.STATUS).data() == "Đã phê duyệt"
    assert model.index(0, ProposalTableModel.DECISION).data() == "24/01/2025 (ví dụ)"
    assert page.ui.summaryLabel.text() == "3 đề nghị — Đã phê duyệt: 3"
    # a decided proposal can only step back
    assert not page.ui.voteButton.isEnabled() and not page.ui.approveButton.isEnabled()
    assert page.ui.backButton.isEnabled() and not page.ui.editButton.isEnabled()


def test_a_person_through_vote_submission_and_approval(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = proposals_page(window, 2025)
    assert page.model.rowCount() == 0
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, ProposalDialog)
    assert not dialog.ui.personEdit.isEnabled()
    click(qtbot, dialog.ui.personRadio)
    assert dialog.ui.personEdit.isEnabled() and not dialog.ui.collectiveEdit.isEnabled()
    choose(dialog.ui.unitCombo, "Đắk Lắk")
    dialog.ui.honorificCombo.setCurrentText("Bà")
    dialog.ui.personEdit.setFocus()
    type_text(qtbot, dialog.ui.personEdit, "Nguyễn Thị Hoa")
    dialog.ui.positionEdit.setFocus()
    type_text(qtbot, dialog.ui.positionEdit, "Phó Trưởng ban")
    # the awards offered are the issuer's catalogue of 2025 (the committee is a ministry now)
    offered = [dialog.ui.awardCombo.itemText(i) for i in range(dialog.ui.awardCombo.count())]
    assert offered == [
        "Cờ thi đua của Bộ Dân tộc và Tôn giáo",
        "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo",
    ]
    choose(dialog.ui.awardCombo, "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo")
    dialog.ui.reasonEdit.setFocus()
    type_text(qtbot, dialog.ui.reasonEdit, "Hoàn thành xuất sắc nhiệm vụ năm 2025")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (added,) = listed(window, 2025)
    assert added.nominee_kind is NomineeKind.PERSON
    assert added.nominee == "Bà Nguyễn Thị Hoa" and added.person_title == "Phó Trưởng ban"
    assert added.award_text == "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo"
    assert added.status is ProposalStatus.DRAFT

    # WHEN no vote is recorded THEN it cannot count as voted
    click(qtbot, page.ui.voteButton)
    assert "Chưa ghi kết quả biểu quyết" in boxes.last.text
    assert listed(window, 2025)[0].status is ProposalStatus.DRAFT
    # WHEN the conference's vote reaches the award's threshold THEN it is voted
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    meeting = window.context.write(
        meetings.save_meeting,
        year.uuid,
        meetings.MeetingFields(
            meetings.MeetingKind.YEAR_END,
            dt.date(2025, 12, 19),
            attending=tuple((m.uuid, "") for m in year.members),
        ),
    )
    window.context.write(
        meetings.record_vote,
        meeting.uuid,
        meetings.VoteFields(
            meetings.VoteSubject.PROPOSAL, meetings.VoteMethod.HANDS, 7, proposal_uuid=added.uuid
        ),
    )
    assert listed(window, 2025)[0].status is ProposalStatus.VOTED
    click(qtbot, page.ui.submitButton)
    assert listed(window, 2025)[0].status is ProposalStatus.SUBMITTED
    assert page.model.index(0, ProposalTableModel.STATUS).data() == "Đã trình"

    click(qtbot, page.ui.approveButton)
    decision = find_dialog(qtbot, DecisionDialog)
    decision.ui.numberEdit.setFocus()
    type_text(qtbot, decision.ui.numberEdit, "15/QĐ-UBDT")
    decision.ui.dateEdit.setDate(QDate(2026, 1, 20))
    assert decision.ui.reasonEdit.isVisible()  # 2025's scores are not locked: say why
    decision.ui.reasonEdit.setFocus()
    type_text(qtbot, decision.ui.reasonEdit, "Bộ họp hội đồng trước khi khóa điểm")
    press_ok(qtbot, decision)
    qtbot.waitUntil(lambda: not decision.isVisible())
    approved = listed(window, 2025)[0]
    assert approved.status is ProposalStatus.APPROVED
    assert approved.decision_number == "15/QĐ-UBDT"
    assert approved.decision_date is not None and approved.decision_date.isoformat() == "2026-01-20"
    assert page.model.index(0, ProposalTableModel.DECISION).data() == "15/QĐ-UBDT ngày 20/01/2026"


def test_approval_needs_the_decision_number(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = proposals_page(window)
    click(qtbot, page.ui.backButton)  # approved -> submitted
    assert listed(window)[0].status is ProposalStatus.SUBMITTED
    before = dump(window.context.db)
    click(qtbot, page.ui.approveButton)
    decision = find_dialog(qtbot, DecisionDialog)
    decision.ui.numberEdit.clear()
    press_ok(qtbot, decision)
    assert boxes.last.text == "Hãy nhập số và ngày của quyết định khen thưởng."
    assert decision.isVisible()
    assert dump(window.context.db) == before
    decision.reject()


def test_a_proposal_past_the_draft_cannot_be_removed(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = proposals_page(window)
    before = dump(window.context.db)
    # THEN its Remove button waits, greyed out, and says why and what to do
    button = page.ui.removeButton
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Chỉ xóa được đề nghị ở trạng thái dự thảo; đề nghị này đã qua biểu quyết "
        "(Trả lại bước trước đưa đề nghị về bước trước đó)."
    )
    # AND its key does nothing either
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert boxes.shown == [] and dump(window.context.db) == before


def test_removing_a_draft_after_confirming(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = proposals_page(window)
    for _step in range(3):  # approved -> submitted -> voted -> draft
        click(qtbot, page.ui.backButton)
    assert listed(window)[0].status is ProposalStatus.DRAFT
    boxes.answers = [1]
    click(qtbot, page.ui.removeButton)
    assert boxes.last.title == "Xóa đề nghị"
    assert len(listed(window)) == 3
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert [p.unit.code for p in listed(window)] == ["BDT-PY", "BDT-BDI"]


def test_edit_a_draft_into_a_collective(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = proposals_page(window)
    for _step in range(3):
        click(qtbot, page.ui.backButton)
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, ProposalDialog)
    assert dialog.ui.unitRadio.isChecked()
    click(qtbot, dialog.ui.collectiveRadio)
    press_ok(qtbot, dialog)
    assert boxes.last.text.startswith("Tên tập thể")  # the name is required for a collective
    dialog.ui.collectiveEdit.setFocus()
    type_text(qtbot, dialog.ui.collectiveEdit, "Phòng Chính sách dân tộc")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = listed(window)[0]
    assert edited.nominee_kind is NomineeKind.COLLECTIVE
    assert edited.nominee == "Phòng Chính sách dân tộc, Ban Dân tộc tỉnh Đắk Lắk"
