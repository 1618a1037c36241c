"""A member unit fills in the form it received, without the cluster in its own database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from emudesk import rules
from emudesk.exchange.formdata import COL_SELF, FORM_SHEET
from emudesk.exchange.report import FileStatus
from emudesk.services.exchange import return_import
from emudesk.ui.dialogs.member_form import MemberFormDialog, open_received_form
from emudesk.ui.models.member_form import FIXED, HOW, MemberFormModel
from tests.conftest import dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    form_name,
    forms_fixture,
    row_of,
)
from tests.ui.conftest import Boxes, click, focused_editor, type_into

SELF = FIXED  # grid column of the unit's own score


def grid_row(model: MemberFormModel, code: str) -> int:
    return next(i for i, row in enumerate(model.rows) if row.code == code)


def type_in_cell(qtbot: QtBot, dialog: MemberFormDialog, row: int, column: int, text: str) -> None:
    view = dialog.ui.gridView
    index = dialog.model.index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = focused_editor(qtbot)
    type_into(qtbot, editor, text)
    accepted = isinstance(editor, QLineEdit) and editor.hasAcceptableInput()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if accepted:  # the delegate commits on the next turn of the event loop (a queued call)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


@pytest.fixture
def received(forms: Forms, tmp_path: Path) -> Path:
    """Phú Yên's form as it arrived by e-mail, in a folder of its own."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = inbox / form_name()
    target.write_bytes(forms.path().read_bytes())
    return target


def test_the_member_fills_in_saves_and_the_head_imports_exactly_that(
    qtbot: QtBot,
    forms: Forms,
    received: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # GIVEN the form the head sent, opened in emudesk by the member (no database needed)
    dialog = open_received_form(None, received)
    assert dialog is not None
    qtbot.addWidget(dialog)
    model = dialog.model
    assert "Phiếu của <b>Ban Dân tộc tỉnh Phú Yên</b>" in dialog.ui.titleLabel.text()
    assert model.headerData(SELF, Qt.Orientation.Horizontal) == "Tự chấm"
    row = grid_row(model, "1.1")
    assert model.index(row, SELF).data() == "4,75"  # what the head's database already holds
    # WHEN the member types a new self-score and a note
    type_in_cell(qtbot, dialog, row, SELF, "4,5")
    type_in_cell(qtbot, dialog, row, SELF + 1, "Đã bổ sung báo cáo")
    assert model.index(row, SELF).data() == "4,50"
    assert dialog.windowTitle().endswith("*")
    # AND saves the return (Ctrl+S) where the file dialog points
    saved = tmp_path / "return.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    click(qtbot, dialog.ui.saveButton)
    assert boxes.last.title == "Đã lưu phiếu"
    assert not dialog.windowTitle().endswith("*")
    # THEN a second reader sees the value in the workbook
    sheet = CalamineWorkbook.from_path(str(saved)).get_sheet_by_name(FORM_SHEET).to_python()
    from openpyxl import load_workbook

    number = row_of(load_workbook(saved)[FORM_SHEET], "1.1")
    assert sheet[number - 1][COL_SELF - 1] == 4.5
    # AND the head's import changes exactly that score
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [saved])
    assert report.status is FileStatus.READY
    assert report.details == (
        "1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 4,50; giải trình: “Đã bổ sung báo cáo”",
    )


def test_the_form_says_how_each_row_is_scored_and_adds_up_as_the_workbook(
    qtbot: QtBot, received: Path, boxes: Boxes
) -> None:
    # GIVEN Phú Yên's form open (the demo's table: points, a result against a target, a count)
    dialog = open_received_form(None, received)
    assert dialog is not None
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.headerData(HOW, Qt.Orientation.Horizontal) == "Cách chấm"

    def how(code: str) -> str:
        return str(model.index(grid_row(model, code), HOW).data())

    def shown(code: str) -> str:
        return str(model.index(grid_row(model, code), SELF).data())

    # THEN every row says what to type, as the workbook's column does
    assert how("1.1") == "Điểm từ 0 đến 5,00"
    assert how("2.2") == "Kết quả đạt được (chỉ tiêu 95,00)"
    assert how("2.4") == "Số lần (1,00 điểm/lần, tối đa 5,00)"
    assert how("1") == ""
    # AND sections show their subtotal, the last row the provisional total
    total_row = model.rowCount() - 1
    assert model.index(total_row, 1).data() == "Tổng điểm tạm tính"
    points = rules.parse_points
    before_total = points(model.index(total_row, SELF).data())
    assert [shown(c) for c in ("1.1", "1.2", "1.3", "1")] == ["4,75", "4,75", "4,75", "14,25"]
    assert shown("2.4") == "5"  # five occurrences, 1 point each: 5,00, the row's maximum
    # WHEN the member types 3 occurrences on 2.4 and 4,5 on 1.1
    type_in_cell(qtbot, dialog, grid_row(model, "1.1"), SELF, "4,5")
    type_in_cell(qtbot, dialog, grid_row(model, "2.4"), SELF, "3")
    # THEN the sections and the total follow: the count as its points, the result left out
    assert shown("1.1") == "4,50"
    assert shown("1") == "14,00"
    assert shown("2.4") == "3"
    assert points(model.index(total_row, SELF).data()) == before_total - 25 - 200
    assert not model.flags(model.index(grid_row(model, "1"), SELF)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(total_row, SELF)) & Qt.ItemFlag.ItemIsEditable
    dialog.model.dirty = False
    dialog.close()


def test_a_value_the_head_would_refuse_cannot_be_typed(
    qtbot: QtBot, received: Path, boxes: Boxes
) -> None:
    dialog = open_received_form(None, received)
    assert dialog is not None
    qtbot.addWidget(dialog)
    row = grid_row(dialog.model, "1.1")
    type_in_cell(qtbot, dialog, row, SELF, "99")
    assert dialog.model.index(row, SELF).data() == "4,75"
    assert "vượt quá tối đa" in dialog.ui.messageLabel.text()
    assert not dialog.model.dirty


def test_closing_with_unsaved_scores_asks_first(qtbot: QtBot, received: Path, boxes: Boxes) -> None:
    dialog = open_received_form(None, received)
    assert dialog is not None
    qtbot.addWidget(dialog)
    type_in_cell(qtbot, dialog, grid_row(dialog.model, "1.1"), SELF, "4")
    boxes.answers = [1]  # keep the dialog
    click(qtbot, dialog.ui.closeButton)
    assert dialog.isVisible() and boxes.last.title == "Điểm chưa được lưu"
    boxes.answers = [0]
    click(qtbot, dialog.ui.closeButton)
    assert not dialog.isVisible()


def test_a_file_that_is_not_a_form_is_refused_by_name(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, forms: Forms
) -> None:
    before = dump(forms.db)
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("not a workbook", encoding="utf-8")
    assert open_received_form(None, bogus) is None
    assert boxes.last.title == "Không mở được phiếu"
    assert "notes.xlsx" in boxes.last.text
    assert dump(forms.db) == before
