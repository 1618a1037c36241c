"""Past decisions in the window: the history page's template and import, driven as an officer
would: save the template, fill it in, choose it, read the preview, confirm, find the award."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emudesk.model import PastAward
from emudesk.ui.dialogs.past_import import PastImportDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.history import HistoryPage
from emudesk.ui.registry import HISTORY, Target
from tests.issuing.test_past_decisions import BK, ROWS, _row, fill
from tests.ui.conftest import Boxes, click, find_dialog, type_text
from tests.ui.test_list_import import answer_file_dialogs


def checked(qtbot: QtBot, dialog: PastImportDialog, rows: int) -> None:
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows and dialog.task is None)


def test_the_history_page_imports_past_decisions_after_a_preview(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    # GIVEN the officer saves the template from the history page (two issuers: asked which)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("UBDT", True))
    template = tmp_path / "mau.xlsx"
    answer_file_dialogs(monkeypatch, template)
    click(qtbot, page.ui.templateButton)
    assert template.exists() and boxes.last.title == "Đã lưu mẫu"
    # AND fills it in with a wrong row among good ones
    wrong = fill(template, tmp_path / "sai.xlsx", [*ROWS, _row(award="Huân chương")])
    # WHEN they open Import past decisions and choose it
    click(qtbot, page.ui.importButton)
    dialog = find_dialog(qtbot, PastImportDialog)
    answer_file_dialogs(monkeypatch, wrong)
    click(qtbot, dialog.ui.chooseButton)
    checked(qtbot, dialog, 4)
    # THEN the preview lists each row, the wrong one with its problem, and nothing can be stored
    model = dialog.model
    assert [model.index(r, model.RESULT).data() for r in range(3)] == ["thêm mới"] * 3
    assert "Huân chương" in model.index(3, model.RESULT).data()
    assert model.index(0, model.RECIPIENT).data() == "Ban Dân tộc tỉnh Phú Yên"
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.ui.summaryLabel.text().startswith("3 dòng sẽ thêm, 0 dòng đã có, 1 dòng cần sửa.")
    dialog.ui.problemsCheck.setChecked(True)
    assert model.rowCount() == 1
    # WHEN the corrected workbook is chosen THEN it can be imported, after a confirmation
    good = fill(template, tmp_path / "dung.xlsx", ROWS)
    answer_file_dialogs(monkeypatch, good)
    dialog.ui.problemsCheck.setChecked(False)
    click(qtbot, dialog.ui.chooseButton)
    checked(qtbot, dialog, 3)
    assert dialog.ui.importButton.isEnabled()
    boxes.answers = [0, 0]  # confirm; then the result
    click(qtbot, dialog.ui.importButton)
    qtbot.waitUntil(lambda: boxes.last.title == "Đã nhập")  # then the dialog closes
    assert "Thêm 3 khen thưởng" in boxes.shown[-2].text
    with window.context.db.session() as session:
        assert session.query(PastAward).count() == 3
    # AND the history page finds the 2022 award of Phú Yên
    page.ui.searchEdit.clear()
    page.ui.searchEdit.setFocus()
    type_text(qtbot, page.ui.searchEdit, "phu yen")
    rows = [
        (page.model.index(r, page.model.YEAR).data(), page.model.index(r, page.model.AWARD).data())
        for r in range(page.model.rowCount())
    ]
    assert rows == [("2024", BK), ("2022", BK)]
    # WHEN the same workbook is chosen again THEN every row is already here: nothing to import
    click(qtbot, page.ui.importButton)
    again = find_dialog(qtbot, PastImportDialog)
    answer_file_dialogs(monkeypatch, good)
    click(qtbot, again.ui.chooseButton)
    checked(qtbot, again, 3)
    assert again.model.index(0, again.model.RESULT).data() == "đã có"
    assert not again.ui.importButton.isEnabled()
    again.close()


def test_a_hostile_workbook_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.exchange.list_templates import write_units_template

    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    dialog = page.import_past_decisions()
    write_units_template(tmp_path / "khac.xlsx")
    dialog.set_file(tmp_path / "khac.xlsx")
    qtbot.waitUntil(lambda: dialog.task is None)
    assert "không phải" in dialog.ui.summaryLabel.text()
    assert dialog.model.rowCount() == 0 and not dialog.ui.importButton.isEnabled()
    dialog.close()


def test_a_big_workbook_shows_progress_and_can_be_stopped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from emudesk.exchange import past_decisions as exchange
    from emudesk.services.issuing import past_decisions

    with window.context.db.session() as session:
        template = past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")
    rows = [_row(number=f"{n}/QĐ-UBDT", register=f"{n}/BK") for n in range(1, 121)]
    big = fill(template, tmp_path / "lon.xlsx", rows)
    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    # GIVEN a workbook of 120 rows WHEN it is checked THEN the bar follows the rows
    dialog = page.import_past_decisions()
    seen: list[tuple[int, int]] = []
    dialog.set_file(big)
    assert dialog.task is not None and dialog.ui.progressBar.isVisible()
    dialog.task.progressed.connect(lambda done, total: seen.append((done, total)))
    checked(qtbot, dialog, 120)
    assert seen[-1] == (120, 120) and not dialog.ui.progressBar.isVisible()
    assert dialog.ui.importButton.isEnabled()
    # WHEN the officer stops a check while the workbook is being read THEN nothing is shown
    reading, release = threading.Event(), threading.Event()
    read = exchange.read_workbook

    def slow(path: Path) -> exchange.PastWorkbook:
        reading.set()
        release.wait(30)
        return read(path)

    monkeypatch.setattr(exchange, "read_workbook", slow)
    dialog.check()
    assert reading.wait(30)
    click(qtbot, dialog.ui.cancelButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.ui.summaryLabel.text() == "Đã dừng kiểm tra. Chưa nhập gì."
    assert dialog.model.rowCount() == 0 and not dialog.ui.importButton.isEnabled()
    dialog.close()


def test_a_corrected_row_is_shown_old_to_new_and_updated_after_confirmation(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    from emudesk.services.issuing import past_decisions
    from tests.issuing.test_past_corrections import CORRECTED

    with window.context.db.session() as session:
        template = past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")
        past_decisions.import_workbook(session, fill(template, tmp_path / "a.xlsx", ROWS))
    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    dialog = page.import_past_decisions()
    dialog.set_file(fill(template, tmp_path / "b.xlsx", CORRECTED))
    checked(qtbot, dialog, 3)
    model = dialog.model
    first = model.index(0, model.RESULT).data()
    assert first.startswith("đã có, sửa lại:")
    assert "1100/BK-UBDT → 1100a/BK-UBDT" in first
    assert model.index(2, model.RESULT).data() == "đã có"
    assert "2 dòng khác với khen thưởng đã lưu" in dialog.ui.summaryLabel.text()
    assert dialog.ui.importButton.isEnabled()
    # WHEN the officer declines the confirmation THEN nothing changes
    boxes.answers = [1]
    click(qtbot, dialog.ui.importButton)
    assert "sửa 2 khen thưởng đã lưu" in boxes.last.text
    with window.context.db.session() as session:
        assert {p.register_number for p in session.query(PastAward)} == {
            "1100/BK-UBDT", "1101/BK-UBDT", ""
        }  # fmt: skip
    # WHEN they confirm THEN the two awards are corrected
    boxes.answers = [0, 0]
    click(qtbot, dialog.ui.importButton)
    qtbot.waitUntil(lambda: boxes.last.title == "Đã nhập")
    assert "Đã sửa 2" in boxes.last.text
    with window.context.db.session() as session:
        assert {p.register_number for p in session.query(PastAward)} == {
            "1100a/BK-UBDT", "1101/BK-UBDT", ""
        }  # fmt: skip
