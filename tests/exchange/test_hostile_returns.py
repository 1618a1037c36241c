"""Returns that lie about themselves, imported through the command a head types:
``emudesk import FILE``. Each is refused naming what is wrong; the database keeps every byte.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED
from emudesk.exchange.formdata import COL_SELF, IDENTITY_SHEET, PROPERTY_PREFIX
from tests.db.test_hostile_databases import fingerprint, run
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    exported_fixture,
    form_name,
    replace_part,
    set_cell,
)

pytestmark = pytest.mark.sqlite_only

PY_2025 = form_name(year=2025)  # UBDT-C4_2025_BDT-PY.xlsx: 2025 is open for scores


@pytest.fixture
def form(exported: Path, tmp_path: Path) -> Path:
    target = tmp_path / "returns" / PY_2025
    target.parent.mkdir()
    shutil.copyfile(exported / "2025" / PY_2025, target)
    return target


def relabel(path: Path, **changes: str) -> None:
    """Edit the form's identity in both copies (the hidden sheet and the document
    properties), as someone with a text editor and patience would."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook[IDENTITY_SHEET]
    for row in sheet.iter_rows(min_col=1, max_col=2):
        key = row[0].value
        if key in changes:
            row[1].value = changes[key]
    for prop in workbook.custom_doc_props:
        key = prop.name[len(PROPERTY_PREFIX) :]
        if key in changes:
            prop.value = changes[key]
    workbook.save(path)


def refused_import(
    capsys: pytest.CaptureFixture[str], demo_path: Path, path: Path
) -> tuple[str, Any]:
    before = fingerprint(demo_path)
    code, out, err = run(capsys, "--db", str(demo_path), "import", str(path))
    assert code == EXIT_REFUSED and "Traceback" not in err, err
    assert fingerprint(demo_path) == before
    return out + err, before  # each file's problems are listed on stdout


def test_the_untouched_form_still_imports(
    form: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_cell(form, "1.1", COL_SELF, 5)
    code, out, err = run(capsys, "--db", str(demo_path), "import", str(form))
    assert code == EXIT_OK, err
    assert "1 score(s) stored" in out


def test_a_form_whose_identity_year_was_edited_is_refused(
    form: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_cell(form, "1.1", COL_SELF, 5)
    relabel(form, year="2024")
    err, _ = refused_import(capsys, demo_path, form)
    assert "identity says year 2024, but the form was issued for year 2025" in err


def test_a_form_relabelled_as_another_clusters_is_refused_naming_each_mismatch(
    form: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN Phú Yên's form whose codes were changed to claim another cluster and unit
    set_cell(form, "1.1", COL_SELF, 5)
    relabel(form, cluster_code="VHTTDL-C4", unit_code="VHTTDL-LS")
    err, _ = refused_import(capsys, demo_path, form)
    # THEN both mismatches are named
    assert "identity says cluster VHTTDL-C4, but the form was issued for cluster UBDT-C4" in err
    assert "identity says unit VHTTDL-LS, but the form was issued for unit BDT-PY" in err


@pytest.mark.parametrize("text", ["NaN", "INF", "1,5"])
def test_a_score_cell_that_is_no_number_is_named(
    text: str, form: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a return whose score cell was rewritten by another program as "NaN"
    cell = set_cell(form, "1.1", COL_SELF, 5)
    pattern = re.compile(rb'(<c r="' + cell.encode() + rb'"[^>]*>(?:<f>[^<]*</f>)?<v>)5(</v>)')

    def poison(xml: bytes) -> bytes:
        return pattern.sub(lambda m: m.group(1) + text.encode() + m.group(2), xml)

    for number in range(1, 6):
        replace_part(form, f"xl/worksheets/sheet{number}.xml", poison)
    err, _ = refused_import(capsys, demo_path, form)
    # THEN the message names the cell and what it holds, not "damaged (ValueError)"
    assert f"cell {cell}" in err and f"“{text}”" in err and "ValueError" not in err, err


def test_an_excel_single_file_web_page_renamed_xlsx_is_described_as_such(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / PY_2025
    page.write_bytes(
        b"MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
        b'Content-Type: multipart/related; boundary="----=_NextPart_01DB1234"\r\n\r\n'
        b"This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
        b"------=_NextPart_01DB1234\r\nContent-Location: file:///C:/x/Book1.htm\r\n"
        b'Content-Type: text/html; charset="utf-8"\r\n\r\n<html><body><table>'
        b"<tr><td>1.1</td><td>5</td></tr></table></body></html>\r\n"
    )
    err, _ = refused_import(capsys, demo_path, page)
    assert "single file web page" in err and "CSV" not in err, err


def test_a_note_with_control_characters_is_refused_naming_the_cell(
    form: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from emudesk.exchange.formdata import COL_NOTE

    # GIVEN a note carrying an 8-bit terminal control (CSI) and a right-to-left override
    set_cell(form, "1.1", COL_SELF, 5)
    cell = set_cell(form, "1.1", COL_NOTE, "Đã làm\x9b2J xong \u202egnol")
    err, _ = refused_import(capsys, demo_path, form)
    assert f"cell {cell}" in err and "U+009B, U+202E" in err and "\x9b" not in err, err
