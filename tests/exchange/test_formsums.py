"""The fill-in dialog's sums are the workbook's: a spreadsheet program computes the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from emudesk.exchange.formdata import COL_CODE, COL_SELF, FORM_SHEET, TOTAL_LABEL, FormRow
from emudesk.exchange.formsums import counted, provisional_sums
from emudesk.exchange.member import open_form
from emudesk.rules import CriterionKind
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    forms_fixture,
    saved_by_libreoffice,
    set_cell,
)


def row(kind: CriterionKind, key: str, parent: str | None, **params: object) -> FormRow:
    return FormRow(key, key, key, kind, 500, parent_key=parent, params=params)


def test_sections_sum_points_and_counts_leave_results_out_and_adjust_the_total() -> None:
    rows = [
        row(CriterionKind.SECTION, "I", None),
        row(CriterionKind.SECTION, "1", "I"),
        row(CriterionKind.POINTS, "1.1", "1"),
        row(CriterionKind.PASS_FAIL, "1.2", "1"),
        row(CriterionKind.PER_OCCURRENCE, "1.3", "1", points_per_occurrence=150),
        row(CriterionKind.QUANTITATIVE, "1.4", "1", target=9500),
        row(CriterionKind.SECTION, "II", None),
        row(CriterionKind.QUANTITATIVE, "2.1", "II", target=100),
        row(CriterionKind.BONUS, "B", None),
        row(CriterionKind.DEDUCTION, "D", None),
    ]
    typed = {"1.1": 425, "1.2": 500, "1.3": 4, "1.4": 9955, "2.1": 120, "B": 100, "D": 50}
    subtotals, total = provisional_sums(rows, lambda r: typed.get(r.key))
    # 4 occurrences at 1,50 are 6,00, capped at the row's 5,00; results are left out
    assert subtotals == {"1": 425 + 500 + 500, "I": 1425}
    assert "II" not in subtotals  # nothing summable under it: no subtotal, as in the workbook
    assert total == 1425 + 100 - 50
    assert counted(rows[4], 2) == 300 and counted(rows[5], 9955) is None


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_libreoffice_computes_the_same_sums_from_the_workbooks_formulas(
    forms: Forms, tmp_path: Path
) -> None:
    # GIVEN Phú Yên's form with a points row, a count and a result changed
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, 3.5)
    set_cell(path, "2.4", COL_SELF, 2)
    set_cell(path, "2.2", COL_SELF, 88)
    form = open_form(path)
    own = form.columns[0].unit_uuid
    subtotals, total = provisional_sums(form.rows, lambda r: form.values.get((r.key, own)))
    # WHEN a spreadsheet program opens and saves it (computing every formula)
    converted = saved_by_libreoffice(path, tmp_path)
    sheet = CalamineWorkbook.from_path(str(converted)).get_sheet_by_name(FORM_SHEET)
    cells = sheet.to_python()
    computed = {
        str(line[COL_CODE - 1]): line[COL_SELF - 1] for line in cells if line[COL_CODE - 1] != ""
    }
    # THEN every section's subtotal and the provisional total are the dialog's
    sections = {r.key: r.code for r in form.rows if r.kind is CriterionKind.SECTION}
    assert subtotals and set(subtotals) <= set(sections)
    for key, code in sections.items():
        if key in subtotals:
            assert round(float(computed[code]) * 100) == subtotals[key], code
        else:
            assert computed[code] == "", code
    assert round(float(computed[TOTAL_LABEL]) * 100) == total
