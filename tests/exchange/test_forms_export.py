"""Exported scoring forms: one per member, readable by a second reader, safe and protected."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from emudesk.db import Database
from emudesk.errors import ConflictError, ValidationError
from emudesk.exchange.formdata import (
    COL_EVIDENCE,
    COL_FIRST_PEER,
    COL_MAX,
    COL_NOTE,
    COL_SELF,
    FIRST_ROW,
    FORM_SHEET,
    GUIDE_SHEET,
    HEADER_BOTTOM,
    IDENTITY_SHEET,
    TOTAL_LABEL,
)
from emudesk.exchange.member import DESCRIPTION_SHEET
from emudesk.exchange.naming import form_file_name, safe_code
from emudesk.services.exchange import form_export
from emudesk.services.organisation import units, years
from emudesk.services.scoring import scores, table_edit, tables
from tests.conftest import dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    CLUSTER,
    Forms,
    exported_fixture,
    form_name,
    forms_fixture,
    unlock,
    vietnamese_fixture,
)

pytestmark = pytest.mark.usefixtures("vietnamese")

MEMBERS = ("BDT-BDI", "BDT-DLK", "BDT-DNO", "BDT-GL", "BDT-KH", "BDT-KT", "BDT-LD", "BDT-PY")


def sheet(path: Path, name: str = FORM_SHEET) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_export_writes_one_named_form_per_member(demo_db: Database, tmp_path: Path) -> None:
    # GIVEN the demo's UBDT-C4 2024, unlocked to take new scores
    year_uuid = unlock(demo_db)
    out = tmp_path / "out"
    out.mkdir()
    # WHEN the head exports the forms with a deadline
    with demo_db.session() as session:
        written = form_export.export_forms(
            session, year_uuid, out, deadline=dt.date(2024, 12, 15), send_to="cum4@x.vn"
        )
    # THEN eight workbooks, ASCII names sorted by cluster and year, and nothing else
    assert [p.name for p in written] == [form_name(code) for code in MEMBERS]
    assert sorted(p.name for p in out.iterdir()) == [form_name(code) for code in MEMBERS]
    guide = "\n".join(str(row[0]) for row in sheet(written[-1], GUIDE_SHEET))
    assert "Hạn gửi lại: chậm nhất ngày 15/12/2024." in guide
    assert "Gửi về: Ban Dân tộc tỉnh Đắk Lắk – e-mail: cum4@x.vn." in guide
    assert "đã khóa: không sửa" in guide and "9,5 hoặc 9.5" in guide
    assert "Giữ nguyên tên tệp “UBDT-C4_2024_BDT-PY.xlsx” khi gửi lại." in guide


def test_a_second_reader_sees_the_table_and_the_stored_scores(forms: Forms) -> None:
    # GIVEN Phú Yên's exported form (scores it gave are filled in)
    rows = sheet(forms.path())
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        stored = {
            (s.criterion_uuid, s.assessed_uuid): s
            for s in scores.list_scores(session, forms.year_uuid)
            if units.get_unit(session, s.scorer_uuid).code == "BDT-PY" and s.role.value != "head"
        }
        members = {m.code: m.uuid for m in years.get_year(session, CLUSTER, 2024).members}
    # THEN calamine reads every criterion row with its locked cells and every score
    assert rows[0][0] == "BIỂU CHẤM ĐIỂM THI ĐUA NĂM 2024"
    assert rows[2][0] == "Đơn vị chấm: Ban Dân tộc tỉnh Phú Yên"
    headings = rows[HEADER_BOTTOM - 1]
    assert headings[COL_SELF - 1 : COL_EVIDENCE] == [
        "Điểm tự chấm",
        "Giải trình, ghi chú",
        "Minh chứng (số, ngày văn bản…)",
    ]
    peers = headings[COL_FIRST_PEER - 1 :]
    assert peers == [
        "Ban Dân tộc Bình Định",
        "Ban Dân tộc Đắk Lắk",
        "Ban Dân tộc Đắk Nông",
        "Ban Dân tộc Gia Lai",
        "Ban Dân tộc Khánh Hòa",
        "Ban Dân tộc Kon Tum",
        "Ban Dân tộc Lâm Đồng",
    ]
    order = [members["BDT-PY"], *(members[c] for c in MEMBERS if c != "BDT-PY")]
    columns = [COL_SELF, *range(COL_FIRST_PEER, COL_FIRST_PEER + 7)]
    body = rows[FIRST_ROW - 1 : FIRST_ROW - 1 + len(table.criteria)]
    for criterion, row in zip(table.criteria, body, strict=True):
        assert (row[0], row[1]) == (criterion.code, criterion.title)
        assert round(row[COL_MAX - 1] * 100) == criterion.max_points
        if not criterion.kind.is_leaf:
            continue
        for unit_uuid, column in zip(order, columns, strict=True):
            given = stored.get((criterion.uuid, unit_uuid))
            cell = row[column - 1]
            if given is None:
                assert cell == "", (criterion.code, column)
            elif criterion.kind.value == "per_occurrence":
                assert cell == given.value
            else:
                assert round(cell * 100) == given.value
    assert rows[FIRST_ROW - 1 + len(table.criteria)][0] == TOTAL_LABEL


def test_identity_is_stored_twice_and_hidden(forms: Forms) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(forms.path())
    hidden = workbook[IDENTITY_SHEET]
    assert hidden.sheet_state == "veryHidden"
    in_sheet = {row[0].value: row[1].value for row in hidden.iter_rows()}
    in_props = {p.name.removeprefix("emudesk."): p.value for p in workbook.custom_doc_props}
    assert in_sheet == in_props
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
    assert in_sheet["format_version"] == "1"
    assert in_sheet["cluster_year_uuid"] == str(forms.year_uuid)
    assert in_sheet["table_uuid"] == str(table.uuid)
    assert in_sheet["criteria_hash"] == table.criteria_hash
    assert (in_sheet["unit_code"], in_sheet["cluster_code"]) == ("BDT-PY", "UBDT-C4")
    assert workbook.sheetnames == [GUIDE_SHEET, FORM_SHEET, IDENTITY_SHEET, DESCRIPTION_SHEET]
    assert workbook[DESCRIPTION_SHEET].sheet_state == "veryHidden"


def test_only_score_and_note_cells_are_unlocked_and_validated(forms: Forms) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(forms.path())
    ws = workbook[FORM_SHEET]
    assert ws.protection.sheet is True and not ws.protection.password
    assert workbook.security.lockStructure is True
    row = next(r for r in range(FIRST_ROW, 60) if ws.cell(row=r, column=1).value == "2.1")
    section = next(r for r in range(FIRST_ROW, 60) if ws.cell(row=r, column=1).value == "I")
    assert ws.cell(row=row, column=COL_SELF).protection.locked is False
    assert ws.cell(row=row, column=COL_NOTE).protection.locked is False
    assert ws.cell(row=row, column=COL_MAX).protection.locked is True
    assert ws.cell(row=section, column=COL_SELF).protection.locked is True
    assert str(ws.cell(row=section, column=COL_SELF).value).startswith("=SUM(")
    rules_by_cell = {
        str(cell): dv for dv in ws.data_validations.dataValidation for cell in dv.sqref.ranges
    }
    points = rules_by_cell[f"E{row}"]
    assert (points.type, points.operator, points.formula1, points.formula2) == (
        "decimal",
        "between",
        "0",
        "10.00",
    )
    assert points.showErrorMessage and "Tiêu chí 2.1: nhập số từ 0 đến 10,00" in points.error
    pass_fail = next(dv for dv in rules_by_cell.values() if dv.type == "list")
    assert pass_fail.formula1 in ('"0,4.00"', '"0,2.00"')
    count = next(dv for dv in rules_by_cell.values() if dv.type == "whole")
    assert (count.operator, count.formula1) == ("greaterThanOrEqual", "0")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$6:$7"
    assert ws.freeze_panes == "E8"


def test_no_text_cell_can_run_as_a_formula(forms: Forms, tmp_path: Path) -> None:
    # GIVEN a criterion title and a note that look like formulas
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        first = table.leaves()[0]
        fields = first.fields
        table_edit.update_criterion(
            session,
            first.uuid,
            tables.CriterionFields(
                fields.code, '=HYPERLINK("http://x","y")', fields.kind, fields.max_points
            ),
        )
        out = tmp_path / "out"
        out.mkdir()
        form_export.export_forms(session, forms.year_uuid, out)
    path = out / form_name()
    # THEN the only formulas are the subtotals the form computes itself
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml").decode()
    assert "<f>HYPERLINK" not in xml
    formulas = [part.split("</f>")[0] for part in xml.split("<f>")[1:]]
    assert formulas and all(f.startswith(("SUM(", "MIN(")) for f in formulas)
    assert sheet(path)[FIRST_ROW + 1][1] == '=HYPERLINK("http://x","y")'


def test_locked_year_and_faulty_table_send_nothing(demo_db: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with demo_db.session() as session:
        locked = years.get_year(session, CLUSTER, 2024).uuid
        before = dump(demo_db)
        with pytest.raises(ConflictError, match="đã khóa"):
            form_export.export_forms(session, locked, tmp_path)
        assert list(tmp_path.iterdir()) == []
        assert dump(demo_db) == before
        year_2025 = years.get_year(session, CLUSTER, 2025).uuid
        table = tables.get_table(session, year_2025)
        assert table is not None
        leaf = table.leaves()[0]
        table_edit.update_criterion(
            session,
            leaf.uuid,
            tables.CriterionFields(leaf.code, leaf.title, leaf.kind, leaf.max_points + 100),
        )
        with pytest.raises(ValidationError, match="Cần sửa bảng điểm trước khi gửi biểu"):
            form_export.export_forms(session, year_2025, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_file_names_are_ascii() -> None:
    assert form_file_name("UBDT-C4", 2024, "BDT-DLK") == "UBDT-C4_2024_BDT-DLK.xlsx"
    assert safe_code("Đắk Lắk_1") == "k-L-k-1"
    assert form_file_name("C 4", 2025, "A_B").isascii()
