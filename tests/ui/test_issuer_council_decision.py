"""The issuer's officer records the council's meeting and votes, then the decision, in the
window: driven as a person drives them, checked in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.model import AuditEntry, Decision, Proposal
from emudesk.services.issuing import (
    council,
    decisions,
    register,
    submission_export,
    submission_import,
)
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.council import CouncilMeetingDialog, CouncilVoteDialog
from emudesk.ui.dialogs.issuer_decision import RecordDecisionDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.council import CouncilPage
from emudesk.ui.pages.decisions import DecisionsPage
from emudesk.ui.registry import COUNCIL, DECISIONS, Target
from emudesk.ui.settings import Settings
from tests.ui.conftest import Boxes, choose, click, find_dialog, press_ok, type_into, type_text


@pytest.fixture
def office(demo_path: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """An issuer's office that received UBDT-C4's 2024 submission and keeps its register
    (unless parametrized with False)."""
    head = open_database(demo_path)
    with head.session() as session:
        submission_export.export_submission(session, "UBDT-C4", 2024, tmp_path / "s.zip")
    head.dispose()
    path = tmp_path / "issuer.sqlite"
    db = open_database(path, create=True)
    with db.session() as session:
        submission_import.receive(session, tmp_path / "s.zip", accept_unverified=True)
        if getattr(request, "param", True):
            register.set_series(session, "UBDT", pattern="{n}/BK-UBDT", last_paper_number=1233)
    db.dispose()
    return path


@pytest.fixture
def office_window(
    qtbot: QtBot, office: Path, boxes: Boxes, settings: Settings
) -> Iterator[MainWindow]:
    context = DataContext(open_database(office))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    context.close()


def snapshot(window: MainWindow) -> bytes:
    """Every table's rows, to prove a refusal changed nothing."""
    from sqlalchemy import text

    def dump(session: object) -> bytes:
        rows = []
        for table in ("council_meeting", "council_vote", "decision", "decision_item",
                      "proposal", "register_series", "audit_entry"):  # fmt: skip
            rows.append(repr(session.execute(text(f"SELECT * FROM {table}")).all()))  # type: ignore[attr-defined]
        return "\n".join(rows).encode()

    return window.context.read(dump)


def council_page(window: MainWindow) -> CouncilPage:
    window.go(Target(COUNCIL))
    page = window.current_page()
    assert isinstance(page, CouncilPage)
    choose(page.ui.issuerCombo, "UBDT")
    page.ui.yearSpin.setValue(2024)
    return page


def record_meeting(qtbot: QtBot, page: CouncilPage) -> None:
    click(qtbot, page.ui.meetingButton)
    dialog = find_dialog(qtbot, CouncilMeetingDialog)
    dialog.ui.dateEdit.setDate(QDate(2025, 1, 20))
    type_into(qtbot, dialog.ui.placeEdit, "Hà Nội")
    type_into(qtbot, dialog.ui.chairEdit, "Nguyễn Văn A")
    dialog.ui.membersEdit.setFocus()
    type_text(qtbot, dialog.ui.membersEdit, "Nguyễn Văn A — Chủ tịch")
    dialog.ui.membersEdit.appendPlainText("Trần Thị B — Ủy viên")
    assert dialog.ui.totalSpin.value() == 2  # at least the members listed
    dialog.ui.totalSpin.setValue(9)
    press_ok(qtbot, dialog)


def vote(qtbot: QtBot, page: CouncilPage, nominee: str, votes_for: int) -> CouncilVoteDialog:
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, model.NOMINEE).data() == nominee
    )
    page.ui.tableView.selectRow(row)
    click(qtbot, page.ui.voteButton)
    dialog = find_dialog(qtbot, CouncilVoteDialog)
    dialog.ui.forSpin.setValue(votes_for)
    return dialog


def results(page: CouncilPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in (model.NOMINEE, model.VOTES, model.RESULT))
        for r in range(model.rowCount())
    ]  # type: ignore[misc]


def test_the_officer_records_the_meeting_votes_corrects_and_takes_back(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    page = council_page(office_window)
    assert not page.ui.voteButton.isEnabled()  # no meeting yet: nothing to vote at
    # WHEN the officer records the meeting
    record_meeting(qtbot, page)
    info = office_window.context.read(council.get_council, "UBDT", 2024)
    assert (info.held_on, info.place, info.chair, info.members_total) == (
        dt.date(2025, 1, 20),
        "Hà Nội",
        "Nguyễn Văn A",
        9,
    )
    assert info.members == ("Nguyễn Văn A — Chủ tịch", "Trần Thị B — Ủy viên")
    assert page.ui.quotaLabel.text() == "Họp ngày 20/01/2025, 9 thành viên."
    # AND votes Đắk Lắk (8 of 9 reaches its 80 %), Phú Yên by mistake 5 (under 2/3)
    dialog = vote(qtbot, page, "Ban Dân tộc tỉnh Đắk Lắk", 8)
    assert dialog.ui.resultLabel.text().startswith("đạt")
    press_ok(qtbot, dialog)
    dialog = vote(qtbot, page, "Ban Dân tộc tỉnh Phú Yên", 5)
    assert dialog.ui.resultLabel.text().startswith("không đạt")
    press_ok(qtbot, dialog)
    assert results(page)[:2] == [
        ("Ban Dân tộc tỉnh Đắk Lắk", "8/9", "đạt"),
        ("Ban Dân tộc tỉnh Phú Yên", "5/9", "không đạt"),
    ]
    # THEN corrects Phú Yên's vote, entered as the share the minutes give (7 of 9 ≈ 77.78 %)
    dialog = vote(qtbot, page, "Ban Dân tộc tỉnh Phú Yên", 5)
    assert dialog.ui.forSpin.value() == 5  # the vote recorded, to correct
    choose(dialog.ui.modeCombo, "tỷ lệ")
    dialog.ui.shareSpin.setValue(77.78)
    press_ok(qtbot, dialog)
    assert results(page)[1] == ("Ban Dân tộc tỉnh Phú Yên", "7/9", "đạt")
    # AND takes Bình Định's vote back after voting it by mistake
    dialog = vote(qtbot, page, "Ban Dân tộc tỉnh Bình Định", 6)
    press_ok(qtbot, dialog)
    page.ui.tableView.selectRow(2)
    boxes.answers = [0]
    click(qtbot, page.ui.clearButton)
    assert "Bình Định" in boxes.last.text
    assert results(page)[2] == ("Ban Dân tộc tỉnh Bình Định", "—", "không đạt")

    def audit(session: object) -> list[str]:
        from sqlalchemy import select

        found = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id))  # type: ignore[attr-defined]
        return [a for a in found if a.startswith("council")]

    assert office_window.context.read(audit) == [
        "council_meeting_saved",
        *["council_vote"] * 4,
        "council_vote_cleared",
    ]


def test_a_vote_over_the_council_is_refused_and_changes_nothing(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    page = council_page(office_window)
    record_meeting(qtbot, page)
    before = snapshot(office_window)
    dialog = vote(qtbot, page, "Ban Dân tộc tỉnh Phú Yên", 6)
    dialog.ui.againstSpin.setValue(6)  # 12 votes from a council of 9
    press_ok(qtbot, dialog)
    assert "9" in boxes.last.text and dialog.isVisible()  # refused in words, still open
    dialog.reject()
    assert snapshot(office_window) == before


def decide(qtbot: QtBot, window: MainWindow) -> tuple[DecisionsPage, RecordDecisionDialog]:
    window.go(Target(DECISIONS))
    page = window.current_page()
    assert isinstance(page, DecisionsPage)
    choose(page.ui.issuerCombo, "UBDT")
    assert "chưa có quyết định" in page.ui.quotaLabel.text().lower()
    click(qtbot, page.ui.recordButton)
    dialog = find_dialog(qtbot, RecordDecisionDialog)
    dialog.ui.yearSpin.setValue(2024)
    return page, dialog


def test_the_officer_records_the_decision_after_its_preview(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN the council carried Đắk Lắk and Phú Yên, and not Bình Định
    with_council(office_window, {"BDT-DLK": 9, "BDT-PY": 8, "BDT-BDI": 3})
    page, dialog = decide(qtbot, office_window)
    model = dialog.model
    assert model.rowCount() == 3
    # Bình Định, not carried, cannot be ticked; its reason is the council's vote
    assert not model.flags(model.index(2, model.APPROVE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "3/9" in model.index(2, model.REASON).data()
    # WHEN the officer types the number: the preview shows the register numbers taken
    type_into(qtbot, dialog.ui.numberEdit, "123/QĐ-UBDT")
    dialog.ui.dateEdit.setDate(QDate(2025, 1, 24))
    type_into(qtbot, dialog.ui.signerEdit, "Nguyễn Văn A")
    choose(dialog.ui.modeCombo, "KT.")
    assert [model.index(r, model.REGISTER).data() for r in range(3)] == [
        "1234/BK-UBDT",
        "1235/BK-UBDT",
        "",
    ]
    assert "1234/BK-UBDT" in dialog.ui.previewLabel.text()
    # AND withdraws Phú Yên, giving the reason
    model.setData(
        model.index(1, model.APPROVE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "lý do" in dialog.ui.previewLabel.text()  # a reason is asked for
    model.setData(model.index(1, model.REASON), "Hồ sơ chưa đủ", Qt.ItemDataRole.EditRole)
    assert model.index(1, model.REGISTER).data() == ""
    # AND confirms
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    assert "123/QĐ-UBDT" in boxes.last.text and "1234/BK-UBDT" in boxes.last.text
    # THEN the decision is recorded as previewed, and the page shows it
    found = office_window.context.read(decisions.get_decision, "UBDT", "123/QĐ-UBDT")
    assert [(i.unit_code, i.approved, i.register_number, i.reason[:13]) for i in found.items] == [
        ("BDT-DLK", True, "1234/BK-UBDT", ""),
        ("BDT-PY", False, "", "Hồ sơ chưa đủ"),
        ("BDT-BDI", False, "", "Không đạt tỷ "),
    ]
    assert found.signed_on == dt.date(2025, 1, 24) and found.signer_name == "Nguyễn Văn A"
    assert page.model.index(0, page.model.APPROVED).data() == "1/3"
    assert page.ui.paperButton.isEnabled() and page.ui.packageButton.isEnabled()


def test_cancelling_the_confirmation_or_a_refusal_writes_nothing(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    with_council(office_window, {"BDT-DLK": 9})
    before = snapshot(office_window)
    _page, dialog = decide(qtbot, office_window)
    # a decision without its number is refused in words
    press_ok(qtbot, dialog)
    assert "số quyết định" in boxes.last.text.lower() and dialog.isVisible()
    # the officer changes their mind at the confirmation
    type_into(qtbot, dialog.ui.numberEdit, "5/QĐ-UBDT")
    boxes.answers = [1]
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert snapshot(office_window) == before

    def count(session: object) -> tuple[int, int]:
        from sqlalchemy import func, select

        return (
            session.scalar(select(func.count(Decision.id))),  # type: ignore[attr-defined]
            session.scalar(select(func.count(Proposal.id)).where(Proposal.register_number != "")),  # type: ignore[attr-defined]
        )

    assert office_window.context.read(count) == (0, 0)


def with_council(window: MainWindow, votes: dict[str, int]) -> None:
    def work(session: object) -> None:
        council.save_meeting(session, "UBDT", 2024, held_on=dt.date(2025, 1, 20),  # type: ignore[arg-type]
                             members=["A — Chủ tịch"], members_total=9)  # fmt: skip
        for unit, count in votes.items():
            council.record_vote(session, "UBDT", 2024, unit, votes_for=count)  # type: ignore[arg-type]

    window.context.write(work)


def test_the_board_shows_a_clusters_whole_ranking_table(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    from emudesk.ui.dialogs.submitted_ranking import SubmittedRankingDialog
    from emudesk.ui.pages.board import BoardPage
    from emudesk.ui.registry import BOARD

    office_window.go(Target(BOARD))
    page = office_window.current_page()
    assert isinstance(page, BoardPage)
    choose(page.ui.issuerCombo, "UBDT")
    page.ui.yearSpin.setValue(2024)
    # WHEN the officer double-clicks Phú Yên's row
    index = page.model.index(1, page.model.NOMINEE)
    page.ui.tableView.selectRow(1)
    page.ui.tableView.doubleClicked.emit(index)
    dialog = find_dialog(qtbot, SubmittedRankingDialog)
    # THEN the cluster's eight members show with their ranks, the nominees in bold
    model = dialog.model
    assert model.rowCount() == 8
    assert model.index(0, model.UNIT).data() == "Ban Dân tộc tỉnh Đắk Lắk"
    assert [model.index(r, model.RANK).data() for r in range(3)] == ["1", "2", "3"]
    bold = [
        model.index(r, model.UNIT).data()
        for r in range(8)
        if model.index(r, model.UNIT).data(Qt.ItemDataRole.FontRole) is not None
    ]
    assert bold == [
        "Ban Dân tộc tỉnh Đắk Lắk",
        "Ban Dân tộc tỉnh Phú Yên",
        "Ban Dân tộc tỉnh Bình Định",
    ]
    assert model.headerData(model.TOTAL, Qt.Orientation.Horizontal) == "Tổng điểm"
    assert "UBDT-C4" in dialog.ui.titleLabel.text()
    dialog.close()


@pytest.mark.parametrize("office", [False], indirect=True)
def test_a_decision_without_a_register_format_is_refused_in_words(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    before = snapshot(office_window)
    _page, dialog = decide(qtbot, office_window)
    type_into(qtbot, dialog.ui.numberEdit, "5/QĐ-UBDT")
    assert "register-format" in dialog.ui.previewLabel.text()  # the preview says why already
    press_ok(qtbot, dialog)
    assert "register-format" in boxes.last.text and dialog.isVisible()
    assert snapshot(office_window) == before


def second_cluster(window: MainWindow) -> None:
    """A second cluster of UBDT whose 2024 submission holds Bình Định's proposal."""
    from sqlalchemy import select

    from emudesk.model import Cluster, ClusterYear, Unit
    from emudesk.services.tx import write

    def work(session: object) -> None:
        with write(session):  # type: ignore[arg-type]
            moved(session)

    def moved(session: object) -> None:
        first = session.scalar(select(Cluster).where(Cluster.code == "UBDT-C4"))  # type: ignore[attr-defined]
        other = Cluster(code="UBDT-C5", number=5, name="Cụm thi đua số 5", issuer=first.issuer)
        year = ClusterYear(cluster=other, year=2024)
        session.add_all([other, year])  # type: ignore[attr-defined]
        unit = session.scalar(select(Unit).where(Unit.code == "BDT-BDI"))  # type: ignore[attr-defined]
        proposal = session.scalar(select(Proposal).where(Proposal.unit_id == unit.id))  # type: ignore[attr-defined]
        proposal.cluster_year = year

    window.context.write(work)


def test_the_officer_decides_the_proposals_of_the_clusters_ticked(
    qtbot: QtBot, office_window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN UBDT's 2024 proposals in two clusters: Đắk Lắk and Phú Yên in C4, Bình Định in C5
    second_cluster(office_window)
    _page, dialog = decide(qtbot, office_window)
    model, view = dialog.model, dialog.ui.itemsView
    assert [b.text() for b in dialog.clusterBoxes] == ["UBDT-C4", "UBDT-C5"]
    assert all(b.isChecked() for b in dialog.clusterBoxes)
    assert dialog.clustersLabel.isVisible()
    type_into(qtbot, dialog.ui.numberEdit, "7/QĐ-UBDT")
    dialog.ui.dateEdit.setDate(QDate(2025, 1, 24))
    assert "3 được khen thưởng, 0 không" in dialog.ui.previewLabel.text()
    # WHEN the officer unticks C5 THEN its proposal leaves the list and the preview
    c5 = dialog.clusterBoxes[1]
    c5.setFocus()
    qtbot.keyClick(c5, Qt.Key.Key_Space)
    assert not c5.isChecked()
    shown = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
    assert [model.items[r].unit_code for r in shown] == ["BDT-DLK", "BDT-PY"]
    assert "2 được khen thưởng, 0 không" in dialog.ui.previewLabel.text()
    hidden = next(r for r in range(model.rowCount()) if view.isRowHidden(r))
    assert model.index(hidden, model.REGISTER).data() == ""
    # AND with no cluster ticked, nothing can be recorded
    dialog.clusterBoxes[0].setChecked(False)
    assert "Đánh dấu" in dialog.ui.previewLabel.text()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "Đánh dấu" in boxes.last.text
    dialog.clusterBoxes[0].setChecked(True)
    # WHEN they confirm THEN the decision takes C4's two; Bình Định is left pending
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    found = office_window.context.read(decisions.get_decision, "UBDT", "7/QĐ-UBDT")
    assert [(i.cluster, i.unit_code, i.register_number) for i in found.items] == [
        ("UBDT-C4", "BDT-DLK", "1234/BK-UBDT"),
        ("UBDT-C4", "BDT-PY", "1235/BK-UBDT"),
    ]
    left = office_window.context.read(decisions.candidates, "UBDT", 2024)
    assert [(i.cluster, i.unit_code) for i in left] == [("UBDT-C5", "BDT-BDI")]
