"""The head's side of the exchange in the window: export the forms, import the returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from emudesk.exchange.formdata import COL_FIRST_PEER, COL_MAX
from emudesk.services.organisation import units
from emudesk.services.scoring import scores, tables
from emudesk.ui.dialogs.export_forms import ExportFormsDialog
from emudesk.ui.dialogs.import_returns import ImportDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.import_files import ImportFilesModel
from emudesk.ui.registry import YEAR_OVERVIEW
from tests.conftest import dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    form_name,
    forms_fixture,
    set_cell,
)
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page, press_ok

PY = form_name()


def wait_until_checked(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def statuses(dialog: ImportDialog) -> dict[str, str]:
    model = dialog.model
    return {
        model.index(row, ImportFilesModel.FILE).data(): model.index(
            row, ImportFilesModel.STATUS
        ).data()
        for row in range(model.rowCount())
    }


def peer_score(forms: Forms, scorer: str, assessed: str, code: str) -> int | None:
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        criterion = next(c.uuid for c in table.criteria if c.code == code)
        codes = {u.uuid: u.code for u in units.list_units(session)}
        for s in scores.list_scores(session, forms.year_uuid):
            if (
                s.criterion_uuid == criterion
                and codes[s.scorer_uuid] == scorer
                and codes[s.assessed_uuid] == assessed
                and s.role.value == "peer"
            ):
                return s.value
    return None


def test_export_forms_from_the_year_page(
    qtbot: QtBot, window: MainWindow, forms: Forms, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN the head on UBDT-C4's 2024 overview
    open_year_page(window, YEAR_OVERVIEW, "UBDT-C4", 2024)
    folder = tmp_path / "out"
    folder.mkdir()
    # WHEN she exports the forms into a folder (and closes the notice)
    window.ui.actionExportForms.trigger()
    dialog = find_dialog(qtbot, ExportFormsDialog)
    assert dialog.ui.yearCombo.currentText().endswith("2024")
    dialog.ui.folderEdit.setText(str(folder))
    boxes.answers = [1]
    press_ok(qtbot, dialog)
    # THEN one workbook per member is written and listed
    written = sorted(p.name for p in folder.glob("*.xlsx"))
    assert len(written) == 8
    assert boxes.last.title == "Đã ghi các phiếu chấm điểm"
    assert boxes.last.details.splitlines() == [p.name for p in dialog.written]
    assert not dialog.isVisible()


def test_a_changed_return_is_previewed_imported_and_then_shows_no_changes(
    qtbot: QtBot, window: MainWindow, forms: Forms, boxes: Boxes
) -> None:
    # GIVEN the eight returns, Phú Yên's giving Bình Định 4,00 instead of 4,50 on 1.1
    paths = forms.all_2024()
    set_cell(forms.folder / PY, "1.1", COL_FIRST_PEER, 4)
    assert peer_score(forms, "BDT-PY", "BDT-BDI", "1.1") == 450
    # WHEN the head opens the import (Ctrl+I) and adds them
    window.ui.actionImportReturns.trigger()
    dialog = find_dialog(qtbot, ImportDialog)
    dialog.add_files(paths)
    wait_until_checked(qtbot, dialog)
    # THEN the preview names the one change, and nothing is stored yet
    found = statuses(dialog)
    assert found.pop(PY) == "Sẵn sàng"
    assert set(found.values()) == {"Không có thay đổi"}
    dialog.ui.filesView.selectRow(paths.index(forms.folder / PY))
    details = dialog.ui.detailsEdit.toPlainText()
    assert "1.1 · Ban Dân tộc Bình Định (chấm chéo): 4,50 → 4,00" in details
    assert dialog.ui.summaryLabel.text().startswith("8 tệp: 1 sẵn sàng, 7 không có thay đổi")
    assert peer_score(forms, "BDT-PY", "BDT-BDI", "1.1") == 450
    # WHEN she imports and confirms
    boxes.answers = [0, 0]
    click(qtbot, dialog.ui.importButton)
    qtbot.waitUntil(lambda: not dialog.committing and dialog.task is None, timeout=30_000)
    wait_until_checked(qtbot, dialog)
    # THEN exactly that score changed, and the same files now bring no changes
    assert boxes.shown[-2].title == "Nhập điểm"
    assert boxes.last.title == "Đã nhập xong"
    assert peer_score(forms, "BDT-PY", "BDT-BDI", "1.1") == 400
    assert set(statuses(dialog).values()) == {"Không có thay đổi"}
    assert not dialog.ui.importButton.isEnabled()


def test_a_tampered_return_is_refused_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, forms: Forms, boxes: Boxes
) -> None:
    # GIVEN Phú Yên's return with a locked maximum changed, and a good change elsewhere
    tampered = forms.path()
    set_cell(tampered, "1.1", COL_MAX, 50)
    other = forms.path("BDT-DLK")
    set_cell(other, "1.1", COL_FIRST_PEER, 3)
    before = dump(forms.db)
    # WHEN both are checked
    dialog = window.import_files([tampered, other])
    wait_until_checked(qtbot, dialog)
    # THEN the tampered one is refused, naming the cell
    assert statuses(dialog)[PY] == "Bị từ chối"
    dialog.ui.filesView.selectRow(0)
    assert "1.1" in dialog.ui.detailsEdit.toPlainText()
    # WHEN the head imports all together THEN she is told why nothing was stored
    click(qtbot, dialog.ui.importButton)
    assert boxes.last.title == "Chưa nhập gì"
    assert dump(forms.db) == before


def test_stopping_the_check_leaves_everything_as_it_was(
    qtbot: QtBot, window: MainWindow, forms: Forms, boxes: Boxes
) -> None:
    paths = forms.all_2024() * 1
    before = dump(forms.db)
    dialog = window.import_files([])
    dialog.add_files(paths)
    assert dialog.ui.cancelButton.isVisible()
    click(qtbot, dialog.ui.cancelButton)
    wait_until_checked(qtbot, dialog)
    assert dialog.ui.summaryLabel.text() == "Đã dừng kiểm tra. Chưa nhập gì."
    assert set(statuses(dialog).values()) == {"Đang kiểm tra…"}
    assert not dialog.ui.importButton.isEnabled()
    assert dump(forms.db) == before


def drop(window: MainWindow, *paths: Path) -> None:
    """Drop ``paths`` from the file manager on the main window."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_workbooks_dropped_on_the_window_open_the_import(
    qtbot: QtBot, window: MainWindow, forms: Forms
) -> None:
    # GIVEN a return in the file manager WHEN it is dropped on the main window
    path = forms.path()
    drop(window, path)
    # THEN the import dialog opens and checks it
    dialog = find_dialog(qtbot, ImportDialog)
    wait_until_checked(qtbot, dialog)
    assert statuses(dialog) == {PY: "Không có thay đổi"}
    # AND a second drop goes to the same dialog
    drop(window, path)
    assert window.import_dialog is dialog and dialog.model.rowCount() == 1


def test_a_refused_file_dropped_on_the_window_stays_off_the_recent_workbooks(
    qtbot: QtBot, window: MainWindow, forms: Forms, tmp_path: Path
) -> None:
    # GIVEN a photo renamed .xlsx and a real return, dropped together on the window
    photo = tmp_path / "anh-hoi-nghi.xlsx"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    path = forms.path()
    drop(window, photo, path)
    dialog = find_dialog(qtbot, ImportDialog)
    wait_until_checked(qtbot, dialog)
    # THEN the photo is refused, and only the return is among the recent workbooks
    assert statuses(dialog)["anh-hoi-nghi.xlsx"] == "Bị từ chối"
    recent = [a.text() for a in window.ui.menuRecentFiles.actions()]
    assert recent == [f"{PY} — phiếu gửi về cần nhập"]
    assert [f["path"] for f in window.settings.recent_files] == [str(path)]


def test_recent_workbooks_reopen_returns_and_forms_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    forms: Forms,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from emudesk.ui.dialogs.member_form import MemberFormDialog
    from emudesk.ui.settings import Settings

    path = forms.path()
    menu = window.ui.menuRecentFiles
    assert not menu.isEnabled()
    # GIVEN a return checked in the import dialog
    dialog = window.import_files([path])
    wait_until_checked(qtbot, dialog)
    # THEN it is first among the recent workbooks, and remembered for the next start
    assert [a.text() for a in menu.actions()] == [f"{PY} — phiếu gửi về cần nhập"]
    assert menu.isEnabled()
    assert Settings.load(window.settings.path).recent_files == [
        {"path": str(path), "kind": "return"}
    ]
    # AND the next Add… opens in that folder
    folders: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args: (folders.append(args[2]), ([], ""))[1]
    )
    click(qtbot, dialog.ui.addButton)
    assert folders == [str(path.parent)]
    dialog.close()
    # WHEN it is chosen from the menu THEN the import dialog checks it again
    menu.actions()[0].trigger()
    again = find_dialog(qtbot, ImportDialog)
    wait_until_checked(qtbot, again)
    assert statuses(again) == {PY: "Không có thay đổi"}
    again.close()
    # GIVEN the same workbook opened as a form to fill in THEN it is listed as such, first
    window.fill_form(path)
    find_dialog(qtbot, MemberFormDialog).close()
    assert menu.actions()[0].text() == f"{PY} — phiếu cần điền" and len(menu.actions()) == 1
    # WHEN the file has gone THEN choosing it says so and takes it off the list
    path.rename(path.with_name("moved.xlsx"))
    menu.actions()[0].trigger()
    assert "Không còn tệp" in boxes.last.text
    assert menu.actions() == [] and not menu.isEnabled()


def test_a_returned_explanation_reaches_the_preview_the_scores_page_and_the_score_sheet(
    qtbot: QtBot,
    window: MainWindow,
    forms: Forms,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from emudesk.exchange.formdata import COL_EVIDENCE, COL_NOTE
    from emudesk.rules import ScorerRole
    from emudesk.ui.pages.ranking import RankingPage
    from emudesk.ui.pages.score_grid import ScoreGridPage
    from emudesk.ui.registry import RANKING, SCORE_GRID

    # GIVEN Phú Yên's return explaining its self-score of 1.3, the score itself unchanged
    path = forms.path()
    set_cell(path, "1.3", COL_NOTE, "Đã gửi đủ 24 văn bản tham mưu")
    set_cell(path, "1.3", COL_EVIDENCE, "Công văn số 15/BDT-VP ngày 10/11/2024")
    # WHEN the head checks it THEN the preview quotes what the unit wrote
    dialog = window.import_files([path])
    wait_until_checked(qtbot, dialog)
    dialog.ui.filesView.selectRow(0)
    details = dialog.ui.detailsEdit.toPlainText()
    assert (
        "1.3 · Ban Dân tộc Phú Yên (tự chấm): 4,75 (không đổi); "
        "giải trình: “Đã gửi đủ 24 văn bản tham mưu”; "
        "minh chứng: “Công văn số 15/BDT-VP ngày 10/11/2024”"
    ) in details
    # WHEN she imports it
    boxes.answers = [0, 0]
    click(qtbot, dialog.ui.importButton)
    qtbot.waitUntil(lambda: not dialog.committing and dialog.task is None, timeout=30_000)
    dialog.close()
    # THEN the Scores page marks Phú Yên's self-score of 1.3 and shows the texts for its row
    page = open_year_page(window, SCORE_GRID, "UBDT-C4", 2024)
    assert isinstance(page, ScoreGridPage)
    py = next(m.uuid for m in page.year.members if m.code == "BDT-PY")  # type: ignore[union-attr]
    page.select_unit(py)
    row, own = page.model.row_of("1.3"), page.model.column_of(ScorerRole.SELF)
    mark = Qt.ItemDataRole.DecorationRole
    assert page.model.data(page.model.index(row, own), mark) is not None
    assert page.model.data(page.model.index(page.model.row_of("1.2"), own), mark) is None
    assert not page.ui.textsLabel.isVisible()
    page.ui.gridView.setCurrentIndex(page.model.index(row, own))
    assert page.ui.textsLabel.isVisible()
    shown = page.ui.textsLabel.text()
    assert "Đã gửi đủ 24 văn bản tham mưu" in shown and "Công văn số 15/BDT-VP" in shown
    assert "Công văn số 15/BDT-VP" in page.model.data(
        page.model.index(row, own), Qt.ItemDataRole.ToolTipRole
    )
    # AND Phú Yên's score sheet carries them under its figures
    ranking = open_year_page(window, RANKING, "UBDT-C4", 2024)
    assert isinstance(ranking, RankingPage)
    ranking.select_unit("BDT-PY")
    sheet = tmp_path / "bang-diem.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    click(qtbot, ranking.ui.exportButton)
    text = subprocess.run(
        ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Giải trình, minh chứng của đơn vị" in flat
    assert (
        "1.3 – Giải trình: Đã gửi đủ 24 văn bản tham mưu; "
        "minh chứng: Công văn số 15/BDT-VP ngày 10/11/2024"
    ) in flat
