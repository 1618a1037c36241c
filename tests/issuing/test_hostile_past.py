"""The template of past decisions as external testers send it back: empty, a folder, another
kind of file under its name, macros, external links, merged cells, hidden rows, extra
sheets, dates typed as text, its identity tampered with, saved again by LibreOffice. Each is
refused with the database unchanged, or read exactly as typed when it is valid."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import EmuError
from emudesk.exchange.past_decisions import DATA_SHEET, HEADER_ROW, IDENTITY_SHEET
from emudesk.services.issuing import past_decisions
from tests.issuing.helpers import run
from tests.issuing.test_past_decisions import ROWS, _row, fill, fingerprint

Maker = Callable[[Path, Path], Path]


@pytest.fixture
def template(demo_db: Database, tmp_path: Path) -> Path:
    with demo_db.session() as session:
        return past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")


def _edited(template: Path, target: Path, edit: Callable[[object], None]) -> Path:
    from openpyxl import load_workbook

    workbook = load_workbook(fill(template, target, ROWS))
    edit(workbook)
    workbook.save(target)
    return target


def _empty(template: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


def _folder(template: Path, target: Path) -> Path:
    target.mkdir()
    return target


def _package_renamed(template: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("manifest.json", '{"kind": "submission", "format": 1, "sha256": {}}')
        out.writestr("submission.json", "{}")
    return target


def _vba(template: Path, target: Path) -> Path:
    """An .xlsm renamed .xlsx: the macro project and its content type."""
    fill(template, target.with_suffix(".src"), ROWS)
    with (
        zipfile.ZipFile(target.with_suffix(".src")) as source,
        zipfile.ZipFile(target, "w") as out,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
                    b'vbaProject"/></Types>',
                )
            out.writestr(item, data)
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 512)
    return target


def _external_link(template: Path, target: Path) -> Path:
    fill(template, target.with_suffix(".src"), ROWS)
    with (
        zipfile.ZipFile(target.with_suffix(".src")) as source,
        zipfile.ZipFile(target, "w") as out,
    ):
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr(
            "xl/externalLinks/externalLink1.xml",
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"/></externalLink>',
        )
        out.writestr(
            "xl/externalLinks/_rels/externalLink1.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/externalLinkPath" '
            'Target="file://///attacker/share/x.xlsx" TargetMode="External"/></Relationships>',
        )
    return target


def _another_issuer(template: Path, target: Path) -> Path:
    def edit(workbook: object) -> None:
        ws = workbook[IDENTITY_SHEET]  # type: ignore[index]
        ws.cell(row=3, column=2).value = "00000000-0000-0000-0000-000000000009"
        workbook.custom_doc_props.props.clear()  # type: ignore[attr-defined]

    return _edited(template, target, edit)


def _identities_disagree(template: Path, target: Path) -> Path:
    def edit(workbook: object) -> None:
        ws = workbook[IDENTITY_SHEET]  # type: ignore[index]
        ws.cell(row=3, column=2).value = "00000000-0000-0000-0000-000000000009"

    return _edited(template, target, edit)


def _identity_gone(template: Path, target: Path) -> Path:
    def edit(workbook: object) -> None:
        del workbook[IDENTITY_SHEET]  # type: ignore[attr-defined]
        workbook.custom_doc_props.props.clear()  # type: ignore[attr-defined]

    return _edited(template, target, edit)


def _newer_template(template: Path, target: Path) -> Path:
    def edit(workbook: object) -> None:
        workbook[IDENTITY_SHEET].cell(row=2, column=2).value = "9"  # type: ignore[index]
        workbook.custom_doc_props.props.clear()  # type: ignore[attr-defined]

    return _edited(template, target, edit)


def _nul_in_cell(template: Path, target: Path) -> Path:
    path = fill(template, target, [_row(recipient="BDT-GL", register="", reason="a\x9b31mb")])
    return path


def _formula_elsewhere(template: Path, target: Path) -> Path:
    def edit(workbook: object) -> None:
        workbook[DATA_SHEET].cell(row=HEADER_ROW + 10, column=12).value = '=WEBSERVICE("x")'  # type: ignore[index]

    return _edited(template, target, edit)


def _huge_text(template: Path, target: Path) -> Path:
    return fill(template, target, [_row(reason="x" * 32_000)])


FILES: dict[str, tuple[Maker, str]] = {
    "empty file": (_empty, "empty"),
    "a folder": (_folder, "cannot be read"),
    "a submission package renamed": (_package_renamed, "not an Excel workbook"),
    "macros (.xlsm renamed)": (_vba, "macro"),
    "an external link": (_external_link, "links to other workbooks"),
    "another issuer's identity": (_another_issuer, "does not hold"),
    "identities disagree": (_identities_disagree, "disagree"),
    "identity removed": (_identity_gone, "not emudesk's template"),
    "a newer template": (_newer_template, "format version 9"),
    "an invisible control character": (_nul_in_cell, "control characters"),
    "a formula below the rows": (_formula_elsewhere, "formula"),
    "32000 characters in a cell": (_huge_text, "too long"),
}


@pytest.mark.parametrize("case", sorted(FILES))
def test_a_hostile_or_damaged_workbook_is_refused_with_the_database_unchanged(
    case: str,
    demo_db: Database,
    demo_path: Path,
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, expected = FILES[case]
    path = make(template, tmp_path / "qd.xlsx")
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session:
        try:
            found = past_decisions.check_workbook(session, path)
        except EmuError as exc:
            assert __import__("re").search(expected, str(exc)), str(exc)
        else:
            assert any(__import__("re").search(expected, p) for p in found.problems), found.problems
        with pytest.raises(EmuError):
            past_decisions.import_workbook(session, path)
    for extra in (["--dry-run"], []):
        code, out, err = run(capsys, "--language", "vi", "--db", str(demo_path), "history",
                             "import", str(path), *extra)  # fmt: skip
        assert code != 0 and err.strip() and "Traceback" not in out + err, (out, err)
    assert fingerprint(demo_db, demo_path) == before


def _merged(workbook: object) -> None:
    ws = workbook[DATA_SHEET]  # type: ignore[index]
    ws.protection.sheet = False
    ws.merge_cells(start_row=HEADER_ROW + 1, end_row=HEADER_ROW + 2, start_column=2,
                   end_column=2)  # fmt: skip


def _hidden_rows(workbook: object) -> None:
    ws = workbook[DATA_SHEET]  # type: ignore[index]
    ws.row_dimensions[HEADER_ROW + 2].hidden = True


def _extra_sheet(workbook: object) -> None:
    extra = workbook.create_sheet("Ghi chép")  # type: ignore[attr-defined]
    extra["A1"] = "=1+1"
    extra["B2"] = "ghi chú riêng"


def test_merged_cells_are_read_as_the_office_sees_them_or_refused(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    """A "decision number" merged over two rows: the second row's number is empty to a
    reader, so the row is refused for it (never given a number it does not show)."""
    path = _edited(template, tmp_path / "qd.xlsx", _merged)
    with demo_db.session() as session:
        found = past_decisions.check_workbook(session, path)
    assert found.problems == [f"{path.name}, row 6: Decision number must not be empty."]


@pytest.mark.parametrize(("name", "edit"), [("hidden rows", _hidden_rows),
                                            ("an extra sheet", _extra_sheet)])  # fmt: skip
def test_hidden_rows_and_extra_sheets_change_nothing_of_what_is_read(
    name: str, edit: Callable[[object], None], demo_db: Database, template: Path, tmp_path: Path
) -> None:
    plain = fill(template, tmp_path / "plain.xlsx", ROWS)
    edited = _edited(template, tmp_path / "edited.xlsx", edit)
    with demo_db.session() as session:
        direct = past_decisions.check_workbook(session, plain)
        other = past_decisions.check_workbook(session, edited)
    assert not other.problems and other.rows == direct.rows


DATES = ["20/01/2023", "20/1/2023", "2023-01-20", "20-01-2023", "20.01.2023", " 20/01/2023 "]


@pytest.mark.parametrize("typed", DATES)
def test_a_date_typed_as_text_is_read_as_that_day(
    typed: str, demo_db: Database, template: Path, tmp_path: Path
) -> None:
    path = fill(template, tmp_path / "qd.xlsx", [_row(date=typed)])
    with demo_db.session() as session:
        found = past_decisions.check_workbook(session, path)
    assert not found.problems, found.problems
    assert found.rows[0].decision.endswith("20/01/2023"), found.rows[0].decision


@pytest.mark.parametrize("typed", ["31/02/2023", "2023", "01/20/2023", "=DATE(2023,1,20)"])
def test_a_date_that_is_no_day_is_refused_in_words(
    typed: str, demo_db: Database, demo_path: Path, template: Path, tmp_path: Path
) -> None:
    path = fill(template, tmp_path / "qd.xlsx", [_row(date=typed)])
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session:
        try:
            found = past_decisions.check_workbook(session, path)
        except EmuError:
            pass
        else:
            assert found.problems
        with pytest.raises(EmuError):
            past_decisions.import_workbook(session, path)
    assert fingerprint(demo_db, demo_path) == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_template_kept_as_ods_and_saved_back_to_xlsx_by_libreoffice_still_imports(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    """An office that keeps its files in LibreOffice's own format: .xlsx → .ods → .xlsx."""
    import subprocess

    filled = fill(template, tmp_path / "qd.xlsx", ROWS)
    profile = f"-env:UserInstallation=file://{tmp_path}/lo-profile"
    for target, folder, source in (("ods", "ods", filled),
                                   ("xlsx:Calc MS Excel 2007 XML", "back",
                                    tmp_path / "ods" / "qd.ods")):  # fmt: skip
        subprocess.run(["soffice", "--headless", profile, "--convert-to", target, "--outdir",
                        str(tmp_path / folder), str(source)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
    back = tmp_path / "back" / "qd.xlsx"
    with demo_db.session() as session:
        direct = past_decisions.check_workbook(session, filled)
        resaved = past_decisions.check_workbook(session, back)
        assert not resaved.problems and resaved.rows == direct.rows
        past_decisions.import_workbook(session, back)


def test_a_filled_template_renamed_zip_is_read_by_its_bytes_not_its_name(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    filled = fill(template, tmp_path / "qd.xlsx", ROWS)
    renamed = tmp_path / "qd.zip"
    shutil.copyfile(filled, renamed)
    with demo_db.session() as session:
        direct = past_decisions.check_workbook(session, filled)
        other = past_decisions.check_workbook(session, renamed)
    assert not other.problems and other.rows == direct.rows
