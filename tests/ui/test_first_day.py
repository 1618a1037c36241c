"""What the first-day sweep (test_sweep.py) found: entries that could not work yet, and
pages that said nothing to a new office."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui import translation
from emudesk.ui.main_window import MainWindow
from tests.ui.test_sweep import make_first_year, open_window


def test_the_year_entries_wait_for_a_cluster_and_its_year(
    qtbot: QtBot, empty_window: MainWindow, db_path: Path
) -> None:
    ui = empty_window.ui
    year_entries = (ui.actionExportForms, ui.actionSendForms, ui.actionImportTable)
    # GIVEN a new, empty database THEN the year's forms and table cannot be chosen yet
    for action in (*year_entries, ui.actionHandoverExport):
        assert not action.isEnabled()
        assert "trang Cụm thi đua" in action.statusTip()  # what to do first
        assert "trang Cụm thi đua" in action.toolTip()
    # AND the entries that make a start stay open
    assert ui.actionImportUnits.isEnabled() and ui.actionHandoverImport.isEnabled()
    own = ui.actionExportForms.toolTip().splitlines()[0]
    assert own and "Cụm thi đua" not in own  # the entry's own tooltip comes first
    # WHEN the language changes THEN the reason follows it, said once
    translation.install("en")
    qtbot.waitUntil(lambda: "Clusters page" in ui.actionExportForms.toolTip())
    assert ui.actionExportForms.toolTip().count("Clusters page") == 1
    translation.install("vi")
    qtbot.waitUntil(lambda: "trang Cụm thi đua" in ui.actionExportForms.toolTip())
    # WHEN the first cluster and its year are made (here behind the window's back) and the
    # window reloads THEN every entry can be chosen, with its own tooltip alone
    make_first_year(db_path)
    empty_window.refresh()
    for action in (*year_entries, ui.actionHandoverExport):
        assert action.isEnabled() and action.statusTip() == ""
        assert "Cụm thi đua" not in action.toolTip()
    assert ui.actionExportForms.toolTip() == own


def test_a_cluster_without_a_year_can_be_handed_over_but_has_no_forms(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    from emudesk.records.organisation import ClusterFields
    from emudesk.services.organisation import clusters, issuers

    context = empty_window.context
    issuer = context.write(issuers.create_issuer, issuers.IssuerFields(name="Ủy ban Dân tộc"))
    context.write(clusters.create_cluster, ClusterFields("C1", "Cụm số 1", issuer.uuid))
    ui = empty_window.ui
    assert ui.actionHandoverExport.isEnabled()
    assert not ui.actionExportForms.isEnabled()
    assert "năm" in ui.actionExportForms.statusTip()


def test_an_empty_issuers_office_is_told_to_receive_a_submission_first(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from emudesk.ui.pages.board import BoardPage
    from emudesk.ui.registry import COUNCIL, DECISIONS, Target

    asked: list[str] = []

    def pick(_parent: object, title: str, *_rest: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    open_database(db_path).dispose()
    window = open_window(qtbot, db_path, "issuer", tmp_path)
    # GIVEN the issuer's office on a new database THEN its board says where rows come from
    board = window.current_page()
    assert isinstance(board, BoardPage) and board.model.rowCount() == 0
    assert "gói đề nghị" in board.ui.quotaLabel.text()
    assert board.ui.receiveButton.isVisible()
    # AND its button is File › Receive a package
    board.ui.receiveButton.click()
    assert asked == ["Nhận gói"]
    # AND the council and the decisions say what comes first too (not blank, not a button
    # that cannot be pressed)
    for page in (COUNCIL, DECISIONS):
        window.go(Target(page))
        hint = window.current_page().ui.quotaLabel.text()  # type: ignore[union-attr]
        assert "nhận gói đề nghị" in hint.lower(), hint
    window.context.close()


def test_a_board_with_nominees_has_no_receive_button(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    from emudesk.ui.pages.board import BoardPage

    window = open_window(qtbot, demo_path, "issuer", tmp_path)
    board = window.current_page()
    assert isinstance(board, BoardPage)
    board.ui.yearSpin.setValue(2024)
    board.ui.issuerCombo.setCurrentIndex(board.ui.issuerCombo.findText("UBDT"))
    assert board.model.rowCount() > 0 and not board.ui.receiveButton.isVisible()
    window.context.close()


@pytest.mark.parametrize("role", ["member", "head"])
def test_an_empty_database_leads_with_the_offices_own_first_step(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from emudesk.ui.pages.clusters import ClustersPage

    asked: list[str] = []

    def pick(_parent: object, title: str, *_rest: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    open_database(db_path).dispose()
    window = open_window(qtbot, db_path, role, tmp_path)
    page = window.current_page()
    assert isinstance(page, ClustersPage) and page.ui.emptyPanel.isVisible()
    ui = page.ui
    if role == "member":
        # a member unit is told it needs no cluster, and its big button opens the form
        assert ui.memberFormButton.isVisible() and not ui.fillFormButton.isVisible()
        assert "không cần dữ liệu của cụm" in ui.emptyLabel.text()
        assert ui.startButton.isVisible()  # keeping the cluster's records stays possible
        assert ui.startButton.font().bold() is False
        ui.memberFormButton.click()
        assert asked == ["Mở phiếu chấm điểm nhận được"]
    else:
        # a head office starts with its cluster, as before
        assert not ui.memberFormButton.isVisible() and ui.fillFormButton.isVisible()
        assert ui.startButton.font().bold() and "cụm trưởng" in ui.emptyLabel.text()
    window.context.close()


def test_the_units_page_of_a_new_office_says_how_to_add_units(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    from emudesk.ui.pages.units import UnitsPage
    from emudesk.ui.registry import UNITS, Target

    empty_window.go(Target(UNITS))
    page = empty_window.current_page()
    assert isinstance(page, UnitsPage)
    assert page.ui.emptyHint.isVisible() and "Nhập từ bảng tính…" in page.ui.emptyHint.text()
    # a filter that finds nothing is not an empty database
    page.ui.filterEdit.setText("zzz")
    assert not page.ui.emptyHint.isVisible()
    page.ui.filterEdit.clear()
    assert page.ui.emptyHint.isVisible()


def test_the_units_page_with_units_has_no_hint(window: MainWindow) -> None:
    from emudesk.ui.pages.units import UnitsPage
    from emudesk.ui.registry import UNITS, Target

    window.go(Target(UNITS))
    page = window.current_page()
    assert isinstance(page, UnitsPage) and page.model.rowCount() > 0
    assert not page.ui.emptyHint.isVisible()


def test_the_forms_cannot_be_sent_before_the_year_has_a_scoring_table(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    from emudesk.services.organisation import years
    from emudesk.services.scoring import tables
    from emudesk.ui.registry import RETURNS, Target

    make_first_year(db_path)
    window = open_window(qtbot, db_path, "head", tmp_path)
    year = window.context.read(years.get_year, "C1", 2026)
    window.go(Target(RETURNS, year.uuid))
    page = window.current_page()
    button = page.ui.sendButton  # type: ignore[union-attr]
    # GIVEN a first year without a scoring table THEN there is nothing to send, and why
    assert not button.isEnabled() and "trang Bảng chấm điểm" in button.toolTip()
    assert page.ui.importButton.isEnabled()  # type: ignore[union-attr]
    # WHEN the table is made THEN the forms can be sent, the button's own tooltip back
    window.context.write(tables.create_table, year.uuid, declared_total=10000)
    window.go(Target(RETURNS, year.uuid))
    assert button.isEnabled() and "Bảng chấm điểm" not in button.toolTip()
    window.context.close()


def test_the_next_number_waits_for_the_papers_date(qtbot: QtBot, window: MainWindow) -> None:
    from emudesk.services.organisation import years
    from emudesk.ui.registry import DOSSIER, Target

    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    window.go(Target(DOSSIER, year.uuid))
    ui = window.current_page().ui  # type: ignore[union-attr]
    assert ui.numberBox.isEnabled()
    # GIVEN a paper without a date THEN no number can be taken, and the tooltip says why
    ui.dateCheck.setChecked(False)
    assert not ui.nextButton.isEnabled() and "ngày của văn bản" in ui.nextButton.toolTip()
    # WHEN the date is ticked THEN the next number can be taken
    ui.dateCheck.setChecked(True)
    assert ui.nextButton.isEnabled() and "ngày của văn bản" not in ui.nextButton.toolTip()


def test_a_signed_copy_can_be_viewed_only_where_one_was_attached(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from emudesk.services.cycle import commitments
    from emudesk.services.organisation import years
    from emudesk.ui.pages.commitment import CommitmentPage
    from emudesk.ui.registry import COMMITMENT, Target

    year = window.context.read(years.get_year, "VHTTDL-C4", 2025)
    info = window.context.read(commitments.get_commitment, year.uuid)
    assert info is not None
    unscanned = next(s.unit.uuid for s in info.signatures if s.scan_uuid is None)
    scan = tmp_path / "ban-ky.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    scanned = next(s.unit.uuid for s in info.signatures if s.unit.uuid != unscanned)
    window.context.write(
        commitments.sign, year.uuid, commitments.SignatureFields(scanned, "Nguyễn Văn A", scan=scan)
    )
    window.go(Target(COMMITMENT, year.uuid))
    page = window.current_page()
    assert isinstance(page, CommitmentPage)
    button = page.ui.viewScanButton

    def choose(unit: object) -> None:
        row = next(i for i, r in enumerate(page.signatures.rows) if r[0].uuid == unit)
        page.ui.signaturesView.selectRow(row)

    # GIVEN no member chosen, or one whose copy was not attached THEN the button waits
    assert not button.isEnabled() and "đã đính kèm" in button.toolTip()
    choose(unscanned)
    assert not button.isEnabled()
    # WHEN a member whose signed copy was attached is chosen THEN it can be viewed
    choose(scanned)
    assert button.isEnabled() and button.toolTip() == ""


def test_a_paper_that_cannot_be_written_yet_cannot_be_opened(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    from emudesk.services.organisation import years
    from emudesk.ui.registry import DOSSIER, Target

    make_first_year(db_path)
    window = open_window(qtbot, db_path, "head", tmp_path)
    year = window.context.read(years.get_year, "C1", 2026)
    window.go(Target(DOSSIER, year.uuid))
    ui = window.current_page().ui  # type: ignore[union-attr]
    # GIVEN a year whose conference carried nothing THEN the submission cannot be opened,
    # and the button says why (as the page does under the papers)
    assert not ui.openButton.isEnabled()
    assert "Hội nghị" in ui.openButton.toolTip()
    assert ui.openButton.toolTip() == ui.messageLabel.text()
    window.context.close()


def test_a_paper_that_can_be_written_can_be_opened(window: MainWindow) -> None:
    from emudesk.services.organisation import years
    from emudesk.ui.registry import DOSSIER, Target

    year = window.context.read(years.get_year, "UBDT-C4", 2024)
    window.go(Target(DOSSIER, year.uuid))
    ui = window.current_page().ui  # type: ignore[union-attr]
    assert ui.openButton.isEnabled() and "Word" in ui.openButton.toolTip()


def test_the_first_years_scoring_table_page_offers_what_can_be_done(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    from emudesk.services.organisation import years
    from emudesk.services.scoring import tables
    from emudesk.ui.registry import SCORING_TABLE, Target

    make_first_year(db_path)
    window = open_window(qtbot, db_path, "head", tmp_path)
    year = window.context.read(years.get_year, "C1", 2026)
    window.go(Target(SCORING_TABLE, year.uuid))
    ui = window.current_page().ui  # type: ignore[union-attr]
    # GIVEN the cluster's first year THEN there is no last year to copy, and no word of one
    assert ui.noTableBox.isVisible() and not ui.copyButton.isVisible()
    assert "năm trước" not in ui.noTableLabel.text()
    assert "lập bảng trống" in ui.noTableLabel.text().lower()
    # AND the row buttons wait out of sight until there is a table
    assert not ui.addButton.isVisible() and not ui.removeButton.isVisible()
    # WHEN an empty table is started THEN they are there
    window.context.write(tables.create_table, year.uuid, declared_total=10000)
    assert ui.addButton.isVisible() and not ui.noTableBox.isVisible()
    window.context.close()
