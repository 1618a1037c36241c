"""The window's issuer mode: chosen in the first-run assistant; the board and the award
history pages, driven as an officer drives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emudesk.ui.dialogs.first_run import FirstRunDialog, Role, Start, apply_choice
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.board import BoardPage
from emudesk.ui.pages.history import HistoryPage
from emudesk.ui.registry import BOARD, HISTORY, Target
from emudesk.ui.settings import Settings
from tests.ui.conftest import Boxes, choose, type_text


def test_the_issuers_office_is_a_choice_of_the_first_run(qtbot: QtBot, tmp_path: Path) -> None:
    fresh = Settings.load(tmp_path / "settings.json")
    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.issuerRadio.click()
    assert "gói đề nghị" in dialog.ui.hintLabel.text()
    dialog.ui.pathEdit.setText(str(tmp_path / "van-phong.sqlite"))
    choice = dialog.choice()
    assert (choice.role, choice.start) == (Role.ISSUER, Start.NEW)
    apply_choice(choice, fresh)
    assert Settings.load(fresh.path).role == "issuer"


def test_the_board_lists_a_years_nominees_of_the_chosen_issuer(window: MainWindow) -> None:
    window.go(Target(BOARD))
    page = window.current_page()
    assert isinstance(page, BoardPage)
    choose(page.ui.issuerCombo, "UBDT")
    page.ui.yearSpin.setValue(2024)
    model = page.model
    rows = [
        (model.index(r, model.NOMINEE).data(), model.index(r, model.AWARD).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        ("Ban Dân tộc tỉnh Đắk Lắk", "Cờ thi đua của Ủy ban Dân tộc"),
        ("Ban Dân tộc tỉnh Phú Yên", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
        ("Ban Dân tộc tỉnh Bình Định", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
    ]
    assert model.headerData(model.MISSING, Qt.Orientation.Horizontal) == "Văn bản còn thiếu"
    summary = page.ui.quotaLabel.text().splitlines()
    assert summary[0] == "3 đối tượng đề nghị từ 1 cụm."
    assert summary[1].startswith("UBDT-C4: hạn nộp hồ sơ 30/12/2024")
    # a deadline passed is said so, not as a negative number of days left
    import datetime as dt

    late = (dt.date.today() - dt.date(2024, 12, 30)).days
    assert summary[1].endswith(f"(đã quá {late} ngày).") and "-" not in summary[1][30:]
    page.ui.yearSpin.setValue(2023)
    assert model.rowCount() == 0


def test_the_history_finds_a_unit_without_its_marks(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    page.ui.searchEdit.setFocus()
    type_text(qtbot, page.ui.searchEdit, "phu yen")
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, model.AWARD).data() == "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    assert model.index(0, model.YEAR).data() == "2024"
    assert page.ui.countLabel.text() == "1 khen thưởng"


def Qt_horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_file_receive_a_package_imports_a_submission_after_its_preview(
    qtbot: QtBot, empty_window: MainWindow, boxes: Boxes, demo_path: Path, tmp_path: Path
) -> None:
    from emudesk.db import open_database
    from emudesk.services.issuing import board, submission_export
    from emudesk.ui import package_actions

    head = open_database(demo_path)
    with head.session() as session:
        submission_export.export_submission(session, "UBDT-C4", 2024, tmp_path / "s.zip")
    head.dispose()
    # WHEN the issuer's office receives it: accepts it unsigned, and confirms the preview
    boxes.answers = [0, 0]
    plan = package_actions.receive_file(empty_window, empty_window.context, tmp_path / "s.zip")
    assert plan is not None and plan.changes_anything
    assert "Ban Dân tộc tỉnh Phú Yên" in boxes.shown[1].text  # the preview lists the changes
    found = empty_window.context.read(board.board, "UBDT", 2024)
    assert len(found.rows) == 3
    # AND a file that is no package is refused in words
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    assert (
        package_actions.receive_file(empty_window, empty_window.context, tmp_path / "x.zip") is None
    )
    assert "không phải" in boxes.last.text


def test_the_decisions_page_writes_the_paper_and_the_package(
    qtbot: QtBot,
    boxes: Boxes,
    settings: Settings,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from emudesk.db import open_database
    from emudesk.services.issuing import decisions, register, submission_export, submission_import
    from emudesk.ui import saving
    from emudesk.ui.context import DataContext
    from emudesk.ui.pages.decisions import DecisionsPage
    from emudesk.ui.registry import DECISIONS

    # GIVEN an issuer's office that decided UBDT-C4's 2024 proposals
    head = open_database(demo_path)
    with head.session() as session:
        submission_export.export_submission(session, "UBDT-C4", 2024, tmp_path / "s.zip")
    head.dispose()
    office = open_database(tmp_path / "issuer.sqlite", create=True)
    with office.session() as session:
        submission_import.receive(session, tmp_path / "s.zip", accept_unverified=True)
        register.set_series(session, "UBDT", pattern="{n}/UBDT", last_paper_number=99)
        decisions.record_decision(
            session, "UBDT", decisions.DecisionFields("7/QĐ-UBDT", dt.date(2025, 1, 24), 2024)
        )
    office.dispose()
    context = DataContext(open_database(tmp_path / "issuer.sqlite"))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        # WHEN the officer opens the Decisions page
        window.go(Target(DECISIONS))
        page = window.current_page()
        assert isinstance(page, DecisionsPage)
        assert page.model.index(0, page.model.APPROVED).data() == "3/3"
        # AND writes the decision as Word, then the package for the heads
        targets = iter([tmp_path / "qd.docx", tmp_path / "qd.zip"])
        monkeypatch.setattr(saving, "ask_save_path", lambda *_a, **_k: next(targets))
        page.ui.paperButton.click()
        page.ui.packageButton.click()
        # THEN both are written
        assert (tmp_path / "qd.docx").stat().st_size > 1000
        assert (tmp_path / "qd.zip").stat().st_size > 100
        assert boxes.last.title in ("Đã ghi", "Written")
    finally:
        window.close()
        context.close()


def test_the_council_page_shows_each_vote_against_its_threshold(
    qtbot: QtBot,
    boxes: Boxes,
    settings: Settings,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from emudesk.db import open_database
    from emudesk.services.issuing import council, submission_export, submission_import
    from emudesk.ui import saving
    from emudesk.ui.context import DataContext
    from emudesk.ui.pages.council import CouncilPage
    from emudesk.ui.registry import COUNCIL

    head = open_database(demo_path)
    with head.session() as session:
        submission_export.export_submission(session, "UBDT-C4", 2024, tmp_path / "s.zip")
    head.dispose()
    office = open_database(tmp_path / "issuer.sqlite", create=True)
    with office.session() as session:
        submission_import.receive(session, tmp_path / "s.zip", accept_unverified=True)
        council.save_meeting(session, "UBDT", 2024, held_on=dt.date(2025, 1, 20),
                             members=["A — Chủ tịch"], members_total=9)  # fmt: skip
        council.record_vote(session, "UBDT", 2024, "BDT-PY", votes_for=5)
    office.dispose()
    context = DataContext(open_database(tmp_path / "issuer.sqlite"))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        window.go(Target(COUNCIL))
        page = window.current_page()
        assert isinstance(page, CouncilPage)
        choose(page.ui.issuerCombo, "UBDT")
        page.ui.yearSpin.setValue(2024)
        model = page.model
        rows = [
            tuple(
                model.index(r, c).data()
                for c in (model.NOMINEE, model.THRESHOLD, model.VOTES, model.RESULT)
            )
            for r in range(model.rowCount())
        ]
        assert rows[1] == ("Ban Dân tộc tỉnh Phú Yên", "≥ 2/3 (6/9)", "5/9", "không đạt")
        assert rows[0][2:] == ("—", "không đạt")
        assert page.ui.quotaLabel.text() == "Họp ngày 20/01/2025, 9 thành viên."
        monkeypatch.setattr(saving, "ask_save_path", lambda *_a, **_k: tmp_path / "bb.pdf")
        page.ui.minutesButton.click()
        assert (tmp_path / "bb.pdf").stat().st_size > 1000
    finally:
        window.close()
        context.close()
