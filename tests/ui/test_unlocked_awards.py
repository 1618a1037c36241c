"""Awards before the scores are final: approving and printing need a reason, which is kept.

The demo's 2025 year of UBDT-C4 has a scoring table but its scores are not locked. An office
whose issuer decides before the head locks the scores must still be able to record the
decision and print, but never without saying why; the reason is shown with the approval, in
the certificate register and in the audit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from emudesk.model import AuditEntry, CertificatePrint
from emudesk.services.cycle import meetings, proposals
from emudesk.services.cycle.proposals import NomineeKind, ProposalFields, ProposalStatus
from emudesk.services.organisation import years
from emudesk.services.papers import catalogue
from emudesk.services.scoring import locking
from emudesk.ui.dialogs.certificate_register import RegisterDialog
from emudesk.ui.dialogs.proposal import DecisionDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.proposals import ProposalTableModel
from emudesk.ui.pages.certificates import CertificatesPage
from emudesk.ui.pages.proposals import ProposalsPage
from emudesk.ui.registry import CERTIFICATES, PROPOSALS
from tests.conftest import dump
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page, press_ok, type_text

REASON = "Bộ họp hội đồng ngày 05/01, trước khi cụm khóa điểm"


def submitted_proposal(window: MainWindow) -> proposals.ProposalInfo:
    """GIVEN a proposal for Đắk Lắk in 2025, voted and submitted (scores still open)."""
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    dak_lak = next(m for m in year.members if m.code == "BDT-DLK")
    offered = window.context.read(catalogue.offered_for_year, year.uuid)
    award = next(a for a in offered if a.fields.code == "BANG-KHEN")
    fields = ProposalFields(
        NomineeKind.UNIT,
        dak_lak.uuid,
        award_uuid=award.uuid,
        reason="Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
    )
    added = window.context.write(proposals.add_proposal, year.uuid, fields)
    # the conference's vote carries it (all eight members for it)
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
            meetings.VoteSubject.PROPOSAL, meetings.VoteMethod.HANDS, 8, proposal_uuid=added.uuid
        ),
    )
    window.context.write(proposals.set_status, added.uuid, ProposalStatus.SUBMITTED)
    return window.context.read(proposals.list_proposals, year.uuid)[0]


def approve_in_window(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> ProposalsPage:
    page = open_year_page(window, PROPOSALS, "UBDT-C4", 2025)
    assert isinstance(page, ProposalsPage)
    page.ui.tableView.selectRow(0)
    click(qtbot, page.ui.approveButton)
    decision = find_dialog(qtbot, DecisionDialog)
    # THEN the dialog says the scores are not locked and asks why
    assert decision.ui.unlockedPanel.isVisible()
    assert "chưa khóa" in decision.ui.unlockedLabel.text()
    decision.ui.numberEdit.setFocus()
    type_text(qtbot, decision.ui.numberEdit, "15/QĐ-UBDT")
    decision.ui.dateEdit.setDate(QDate(2026, 1, 5))
    # WHEN the officer presses OK without a reason THEN it is refused and nothing is stored
    before = dump(window.context.db)
    press_ok(qtbot, decision)
    assert "chưa khóa" in boxes.last.text and "lý do" in boxes.last.text
    assert decision.isVisible()
    assert dump(window.context.db) == before
    # WHEN they give the reason THEN the approval is stored with it
    decision.ui.reasonEdit.setFocus()
    type_text(qtbot, decision.ui.reasonEdit, REASON)
    press_ok(qtbot, decision)
    qtbot.waitUntil(lambda: not decision.isVisible())
    return page


def test_approving_on_unlocked_scores_needs_a_reason_that_is_shown_and_audited(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    proposal = submitted_proposal(window)
    page = approve_in_window(qtbot, window, boxes)

    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    (approved,) = window.context.read(proposals.list_proposals, year.uuid)
    assert approved.status is ProposalStatus.APPROVED
    assert approved.unlocked_reason == REASON
    # the list says it at a glance, the details and the tooltip say why
    status = page.model.index(0, ProposalTableModel.STATUS)
    assert status.data() == "Đã phê duyệt (điểm chưa khóa)"
    assert REASON in page.ui.detailsLabel.text()
    with window.context.db.session() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_uuid == proposal.uuid, AuditEntry.action == "status")
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None and entry.new_value["unlocked_reason"] == REASON

    # WHEN the approval is moved back THEN the reason goes with it
    click(qtbot, page.ui.backButton)
    assert window.context.read(proposals.list_proposals, year.uuid)[0].unlocked_reason == ""


def numbered_by_the_issuer(window: MainWindow) -> None:
    """What the issuer's decision package brings: the award's register number."""
    from emudesk.model import Proposal

    with window.context.db.session() as session, session.begin():
        for proposal in session.scalars(select(Proposal).where(Proposal.status == "approved")):
            if not proposal.register_number:
                proposal.register_number = "1236/BK-UBDT"


def test_printing_on_unlocked_scores_needs_a_reason_kept_in_the_register(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    submitted_proposal(window)
    approve_in_window(qtbot, window, boxes)
    numbered_by_the_issuer(window)
    page = open_year_page(window, CERTIFICATES, "UBDT-C4", 2025)
    assert isinstance(page, CertificatesPage)
    # THEN the page says the scores are not locked, under a title naming cluster and year
    assert page.ui.unlockedPanel.isVisible() and page.ui.reasonEdit.isVisible()
    assert page.ui.titleLabel.text() == "Bằng khen, giấy khen — Cụm thi đua số 4 (UBDT) — năm 2025"
    # WHEN the officer saves the certificate without a reason THEN nothing is numbered
    before = dump(window.context.db)
    target = tmp_path / "bang-khen.pdf"
    assert page.produce(target) is None
    assert "chưa khóa" in boxes.last.text
    assert dump(window.context.db) == before and not target.exists()
    # WHEN they give the reason THEN it is printed, numbered, and the reason is recorded
    page.ui.reasonEdit.setFocus()
    type_text(qtbot, page.ui.reasonEdit, "Trao tại hội nghị ngày 10/01")
    outcome = page.produce(target)
    assert (
        outcome is not None
        and outcome.numbers == ("1236/BK-UBDT",)
        and target.stat().st_size > 1000
    )
    with window.context.db.session() as session:
        (printed,) = session.scalars(select(CertificatePrint)).all()
        assert printed.unlocked_reason == "Trao tại hội nghị ngày 10/01"
    click(qtbot, page.ui.registerButton)
    register = find_dialog(qtbot, RegisterDialog)
    (row,) = [r for r in range(register.model.rowCount())]
    note = register.model.index(row, register.model.NOTE).data()
    assert "trước khi khóa điểm" in note and REASON in note and "10/01" in note
    register.close()

    # WHEN the head locks the scores THEN the page asks for no reason any more
    window.context.write(
        locking.lock_year, window.context.read(years.get_year, "UBDT-C4", 2025).uuid
    )
    assert not page.ui.unlockedPanel.isVisible()


def test_the_command_line_refuses_without_a_reason_and_records_one(
    window: MainWindow, tmp_path: Path, capsys: object
) -> None:
    from emudesk.cli import main

    proposal = submitted_proposal(window)
    window.context.write(
        proposals.set_status,
        proposal.uuid,
        ProposalStatus.APPROVED,
        decision_number="15/QĐ-UBDT",
        decision_date=QDate(2026, 1, 5).toPython(),
        unlocked_reason=REASON,
    )
    numbered_by_the_issuer(window)
    db = str(window.context.db.path)
    out = tmp_path / "c.pdf"
    base = ["--db", db, "certificates", "--cluster", "UBDT-C4", "--year", "2025", "--out", str(out)]
    assert main(base) == 3 and not out.exists()
    assert main([*base, "--unlocked-reason", "Hạn trao của Bộ"]) == 0 and out.exists()
    with window.context.db.session() as session:
        (printed,) = session.scalars(select(CertificatePrint)).all()
        assert printed.unlocked_reason == "Hạn trao của Bộ"
