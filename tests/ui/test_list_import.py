"""Units and a scoring table from Excel, in the window: template, check and preview, store.

A new office has its members and criteria in workbooks; it saves the program's template,
fills it in as it would in Excel, and imports it: refused rows are shown by number and
nothing is stored until every row is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from emudesk.exchange.list_templates import HEADER_ROW
from emudesk.rules import CriterionKind
from emudesk.services.organisation import clusters, units, years
from emudesk.services.scoring import tables
from emudesk.ui.dialogs.list_import import ListImportDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.scoring_table import ScoringTablePage
from emudesk.ui.registry import SCORING_TABLE
from tests.conftest import dump
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The officer picks ``path`` in the next open or save dialog."""
    chosen = (str(path), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)


def fill_in(template: Path, rows: list[list[Any]], saved_as: Path) -> Path:
    """Type ``rows`` under the headings of the template's first sheet, as one does in Excel."""
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    for number, values in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    workbook.save(saved_as)
    return saved_as


def checked(qtbot: QtBot, dialog: ListImportDialog, rows: int) -> None:
    """Wait for the check of the chosen workbook (on a worker thread) to show its rows."""
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == rows and not (dialog.task and dialog.task.running)
    )


def test_a_new_office_imports_its_units_from_the_template(
    qtbot: QtBot,
    empty_window: MainWindow,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = empty_window
    # GIVEN an empty database WHEN the officer chooses File › Import units from a workbook
    window.ui.actionImportUnits.trigger()
    dialog = find_dialog(qtbot, ListImportDialog)
    assert not dialog.ui.importButton.isEnabled()
    # ... and saves the template
    template = tmp_path / "danh-sach-don-vi.xlsx"
    answer_file_dialogs(monkeypatch, template)
    click(qtbot, dialog.ui.templateButton)
    assert template.exists() and boxes.last.title == "Đã lưu mẫu"
    headings = [c.value for c in openpyxl.load_workbook(template).worksheets[0][HEADER_ROW]]
    assert headings[:2] == ["Mã đơn vị", "Tên đơn vị"]
    # WHEN they fill it in with a row missing its name, and choose it
    rows = [
        ["BDT-DLK", "Ban Dân tộc tỉnh Đắk Lắk", "Ban Dân tộc Đắk Lắk", "Đắk Lắk"],
        ["BDT-PY", None, "Ban Dân tộc Phú Yên", "Phú Yên"],
        ["BDT-GL", "Ban Dân tộc tỉnh Gia Lai", "Ban Dân tộc Gia Lai", "Gia Lai"],
    ]
    wrong = fill_in(template, rows, tmp_path / "sai.xlsx")
    answer_file_dialogs(monkeypatch, wrong)
    before = dump(window.context.db)
    click(qtbot, dialog.ui.chooseButton)
    checked(qtbot, dialog, 3)
    # THEN the preview names the refused row, nothing can be imported and nothing is stored
    results = [dialog.model.index(r, dialog.model.RESULT).data() for r in range(3)]
    assert results[0] == "thêm mới" and results[2] == "thêm mới"
    assert "hàng 7" in results[1]
    assert not dialog.ui.importButton.isEnabled()
    assert "1 bị từ chối" in dialog.ui.summaryLabel.text()
    assert dump(window.context.db) == before
    # WHEN the row is corrected, the names made valid from 2025, and the workbook chosen again
    rows[1][1] = "Ban Dân tộc tỉnh Phú Yên"
    right = fill_in(template, rows, tmp_path / "dung.xlsx")
    dialog.ui.fromYearSpin.setValue(2025)
    answer_file_dialogs(monkeypatch, right)
    click(qtbot, dialog.ui.chooseButton)
    checked(qtbot, dialog, 3)
    assert dialog.ui.summaryLabel.text().startswith("3 mới")
    assert dump(window.context.db) == before  # a preview stores nothing
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.ui.importButton)
    # THEN the three units are there, named from 2025
    stored = {u.code: u for u in window.context.read(units.list_units)}
    assert sorted(stored) == ["BDT-DLK", "BDT-GL", "BDT-PY"]
    assert stored["BDT-PY"].official_name == "Ban Dân tộc tỉnh Phú Yên"
    assert {u.names[0].from_year for u in stored.values()} == {2025}
    assert boxes.last.title == "Đã nhập"


def test_a_scoring_table_from_the_template_on_a_year_without_one(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a new year 2026 of the culture cluster, without a scoring table
    cluster = window.context.read(clusters.get_cluster, "VHTTDL-C4")
    members = [m.uuid for m in window.context.read(years.get_year, "VHTTDL-C4", 2025).members]
    window.context.write(years.create_year, cluster.uuid, 2026, members)
    page = open_year_page(window, SCORING_TABLE, "VHTTDL-C4", 2026)
    assert isinstance(page, ScoringTablePage)
    assert page.ui.noTableBox.isVisible() and page.ui.importTableButton.isVisible()
    # WHEN the officer clicks "Import from a workbook", saves the template and types the
    # criteria of its example into the first sheet
    click(qtbot, page.ui.importTableButton)
    dialog = find_dialog(qtbot, ListImportDialog)
    assert dialog.ui.yearCombo.currentText() == "VHTTDL-C4 — Cụm thi đua số 4 (Bộ VHTTDL) — 2026"
    template = tmp_path / "bang-cham-diem.xlsx"
    answer_file_dialogs(monkeypatch, template)
    click(qtbot, dialog.ui.templateButton)
    example = openpyxl.load_workbook(template).worksheets[1]
    rows = [
        [cell.value for cell in row]
        for row in example.iter_rows(min_row=HEADER_ROW + 1)
        if row[0].value is not None
    ]
    filled = fill_in(template, rows, tmp_path / "bang-cua-cum.xlsx")
    answer_file_dialogs(monkeypatch, filled)
    click(qtbot, dialog.ui.chooseButton)
    checked(qtbot, dialog, len(rows))
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.ui.importButton)
    # THEN the year has the table: its tree, kinds, maxima and parameters as typed
    year = window.context.read(years.get_year, "VHTTDL-C4", 2026)
    table = window.context.read(tables.get_table, year.uuid)
    assert table is not None and table.declared_total == 3000
    by_code = {c.code: c for c in table.criteria}
    assert list(by_code) == ["I", "1", "1.1", "1.2", "2", "3", "T1", "Đ1"]
    assert by_code["1.2"].kind is CriterionKind.PASS_FAIL
    assert by_code["3"].params["points_per_occurrence"] == 50
    assert by_code["2"].params["target"] == 9500
    assert not page.ui.noTableBox.isVisible()
