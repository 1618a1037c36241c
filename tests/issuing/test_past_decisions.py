"""Past decisions from the issuer's template: filled as an office would, checked like a
return, previewed, stored once; hostile workbooks refused with the database unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import Database
from emudesk.errors import EmuError, FileFormatError, ValidationError
from emudesk.exchange.past_decisions import DATA_SHEET, HEADER_ROW
from emudesk.model import AuditEntry, PastAward
from emudesk.services.issuing import history, past_decisions, register
from tests.issuing.helpers import run

BK = "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
FLAG = "Cờ thi đua của Ủy ban Dân tộc"
ROWS: list[tuple[Any, ...]] = [
    # year, number, date, signer, award, kind, recipient, unit, position, register, reason, note
    (2022, "45/QĐ-UBDT", dt.datetime(2023, 1, 20), "Bộ trưởng, Chủ nhiệm", BK, "Đơn vị",
     "ban dan toc tinh phu yen", None, None, "1100/BK-UBDT", "Hoàn thành xuất sắc nhiệm vụ",
     None),
    (2022, "45/QĐ-UBDT", "20/01/2023", "Bộ trưởng, Chủ nhiệm", "BANG-KHEN", "Cá nhân",
     "Nguyễn Thị Hòa", "Ban Dân tộc Đắk Lắk", "Phó Trưởng ban", "1101/BK-UBDT", None, None),
    (2021, "12/QĐ-UBDT", dt.datetime(2022, 1, 14), "", FLAG, "", "BDT-GL", None, None, "", None,
     "Theo sổ vàng"),
]  # fmt: skip


def fill(template: Path, target: Path, rows: list[tuple[Any, ...]]) -> Path:
    from openpyxl import load_workbook

    workbook = load_workbook(template)
    ws = workbook[DATA_SHEET]
    for number, values in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            ws.cell(row=number, column=column, value=value)
    workbook.save(target)
    return target


@pytest.fixture
def template(demo_db: Database, tmp_path: Path) -> Path:
    with demo_db.session() as session:
        return past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")


def fingerprint(db: Database, path: Path) -> tuple[str, int, int]:
    with db.session() as session:
        past = session.query(PastAward).count()
        audits = session.query(AuditEntry).count()
    return hashlib.sha256(path.read_bytes()).hexdigest(), past, audits


def test_the_template_offers_the_catalogue_and_guards_its_headings(template: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(template)
    assert workbook.sheetnames[:3] == ["Hướng dẫn", DATA_SHEET, "Danh mục"]
    assert workbook["emudesk_past"].sheet_state == "veryHidden"
    data = workbook[DATA_SHEET]
    assert data.protection.sheet
    assert data.cell(row=HEADER_ROW, column=5).value == "Hình thức khen thưởng"
    assert data.cell(row=HEADER_ROW, column=5).protection.locked
    assert not data.cell(row=HEADER_ROW + 1, column=5).protection.locked
    kinds = {v.type for v in data.data_validations.dataValidation}
    assert kinds == {"whole", "date", "list"}
    listed = [r[0] for r in workbook["Danh mục"].iter_rows(min_row=2, values_only=True)]
    assert FLAG in listed and BK in listed
    assert "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo" in listed  # the later name too


def test_filled_template_imports_once_and_history_lists_it(
    demo_db: Database, demo_path: Path, template: Path, tmp_path: Path
) -> None:
    filled = fill(template, tmp_path / "qd.xlsx", ROWS)
    with demo_db.session() as session:
        preview = past_decisions.check_workbook(session, filled)
    assert [(r.number, r.status, r.recipient) for r in preview.rows] == [
        (5, "new", "Ban Dân tộc tỉnh Phú Yên"),
        (6, "new", "Nguyễn Thị Hòa, Ban Dân tộc tỉnh Đắk Lắk"),
        (7, "new", "Ban Dân tộc tỉnh Gia Lai"),
    ]
    assert fingerprint(demo_db, demo_path)[1] == 0  # a preview stores nothing
    with demo_db.session() as session:
        stored = past_decisions.import_workbook(session, filled)
        assert stored.committed and stored.count("new") == 3
        found = history.history(session, "phu yen")
        assert [(r.year, r.past) for r in found] == [(2024, False), (2022, True)]
        past = found[1]
        assert (past.award, past.decision_number, past.register_number, past.cluster) == (
            BK,
            "45/QĐ-UBDT",
            "1100/BK-UBDT",
            "",
        )
        person = history.history(session, "nguyen thi hoa")
        assert [r.nominee for r in person] == [
            "Nguyễn Thị Hòa (Phó Trưởng ban), Ban Dân tộc tỉnh Đắk Lắk"
        ]
        entry = session.query(AuditEntry).filter_by(action="past_decisions_imported").one()
        assert entry.source == "qd.xlsx" and entry.source_sha256 == stored.sha256
    # WHEN the same workbook comes again THEN every row is already here, nothing changes
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session:
        again = past_decisions.import_workbook(session, filled)
    assert [r.status for r in again.rows] == ["present"] * 3
    assert fingerprint(demo_db, demo_path) == before


def test_the_command_line_previews_imports_and_lists(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--language", "en", "--db", str(demo_path)]
    code, output, _err = run(capsys, *db, "history", "template", "--issuer", "UBDT", "--out",
                             str(tmp_path / "t.xlsx"))  # fmt: skip
    assert code == 0
    filled = fill(tmp_path / "t.xlsx", tmp_path / "qd.xlsx", ROWS)
    code, output, _err = run(capsys, *db, "history", "import", str(filled), "--dry-run")
    assert code == 0 and "3 to add, 0 already here, 0 refused" in output
    assert "Dry run" in output
    code, output, _err = run(capsys, *db, "history", "import", str(filled))
    assert code == 0 and "3 past award(s) added." in output
    code, output, _err = run(capsys, *db, "history", "--unit", "gia lai")
    assert "2021  Ban Dân tộc tỉnh Gia Lai — Cờ thi đua của Ủy ban Dân tộc" in output
    code, output, _err = run(capsys, *db, "history", "import", str(filled))
    assert code == 0 and "Nothing to add" in output


def test_a_unit_is_matched_by_its_name_on_the_decisions_date(
    reorganised_db: Database, tmp_path: Path
) -> None:
    # GIVEN the demo after the 2025 renames (Ban Dân tộc → Sở Dân tộc và Tôn giáo)
    with reorganised_db.session() as session:
        template = past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")
    rows = [
        (2023, "9/QĐ-UBDT", "10/01/2024", "", BK, "", "Sở Dân tộc và Tôn giáo tỉnh Phú Yên",
         None, None, "", None, None),
        (2023, "9/QĐ-UBDT", "10/01/2024", "", BK, "", "Ban Dan toc tinh Gia Lia", None, None,
         "", None, None),
    ]  # fmt: skip
    filled = fill(template, tmp_path / "qd.xlsx", rows)
    with reorganised_db.session() as session:
        found = past_decisions.check_workbook(session, filled)
    first, second = (r.message for r in found.rows)
    assert "BDT-PY's name from 01/03/2025" in first
    assert "“Ban Dân tộc tỉnh Phú Yên”" in first
    assert "did you mean “Ban Dân tộc tỉnh Gia Lai” (BDT-GL)?" in second
    assert found.rows[1].recipient == "Ban Dan toc tinh Gia Lia"  # shown as typed


def _row(**change: Any) -> tuple[Any, ...]:
    keys = ("year", "number", "date", "signer", "award", "kind", "recipient", "unit",
            "position", "register", "reason", "note")  # fmt: skip
    values = dict(zip(keys, ROWS[0], strict=True)) | change
    return tuple(values[k] for k in keys)


ROW_PROBLEMS = {
    "unknown award": ([_row(award="Huân chương Lao động")], "no award of the issuer"),
    "future date": ([_row(date="01/01/2099", year=2098)], "between 1980 and"),
    "future decision": ([_row(date=dt.datetime(2099, 1, 2))], "in the future"),
    "date out of range": ([_row(date="31/12/1970")], "is before 1980"),
    "date of another year": ([_row(date="20/01/2019")], "cannot award the year 2022"),
    "duplicate row": ([ROWS[0], _row(register="", reason="again")], "the same award as row 5"),
    "control character": ([_row(reason="Hoàn thành \u202e xuất sắc")], "control characters"),
    "register number twice": ([ROWS[0], _row(recipient="BDT-GL")], "also on row 5"),
    "person for a flag": ([_row(award=FLAG, kind="Cá nhân", unit="BDT-PY")], "not to a person"),
    "no date": ([_row(date="hôm qua")], "is no date"),
}


@pytest.mark.parametrize("case", sorted(ROW_PROBLEMS))
def test_a_wrong_row_refuses_the_workbook_with_the_database_unchanged(
    case: str, demo_db: Database, demo_path: Path, template: Path, tmp_path: Path
) -> None:
    rows, expected = ROW_PROBLEMS[case]
    filled = fill(template, tmp_path / "qd.xlsx", [*rows, ROWS[2]])
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session:
        found = past_decisions.check_workbook(session, filled)
        assert any(expected in p for p in found.problems), found.problems
        with pytest.raises(ValidationError, match="nothing was imported"):
            past_decisions.import_workbook(session, filled)
    assert fingerprint(demo_db, demo_path) == before


def test_a_register_number_the_register_holds_or_would_give_is_refused(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        past_decisions.import_workbook(session, fill(template, tmp_path / "a.xlsx", ROWS[:1]))
        register.set_series(session, "UBDT", award_code="BANG-KHEN", pattern="{n}/BK-UBDT",
                            last_paper_number=1100)  # fmt: skip
        clash = fill(template, tmp_path / "b.xlsx", [_row(recipient="BDT-GL")])
        assert "already in the register (45/QĐ-UBDT, BDT-PY)" in " ".join(
            past_decisions.check_workbook(session, clash).problems
        )
        ahead = fill(
            template, tmp_path / "c.xlsx", [_row(recipient="BDT-GL", register="1200/BK-UBDT")]
        )
        assert "comes after the register's last number (1100)" in " ".join(
            past_decisions.check_workbook(session, ahead).problems
        )


def _formula(template: Path, target: Path) -> Path:
    fill(template, target, [_row(reason='=HYPERLINK("http://x")')])
    return target


def _renamed_sheet(template: Path, target: Path) -> Path:
    from openpyxl import load_workbook

    workbook = load_workbook(fill(template, target, ROWS))
    workbook[DATA_SHEET].title = "Trang 1"
    workbook.save(target)
    return target


def _other_workbook(_template: Path, target: Path) -> Path:
    from emudesk.exchange.list_templates import write_units_template

    write_units_template(target)
    return target


def _damaged_zip(template: Path, target: Path) -> Path:
    data = fill(template, target, ROWS).read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def _huge(_template: Path, target: Path) -> Path:
    with target.open("wb") as out:  # sparse: 30 MB on paper, nothing on the disk
        out.write(b"PK\x03\x04")
        out.truncate(30 * 1024 * 1024)
    return target


def _zip_bomb(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (50 * 1024 * 1024))
    return target


def _macros(template: Path, target: Path) -> Path:
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            out.writestr(item, data)
    return target


FILE_PROBLEMS = {
    "formula": (_formula, "holds a formula"),
    "wrong sheet": (_renamed_sheet, "is missing"),
    "another workbook": (_other_workbook, "not emudesk's template of past decisions"),
    "damaged zip": (_damaged_zip, "damaged"),
    "huge file": (_huge, "too large"),
    "zip bomb": (_zip_bomb, "zip bomb"),
    "macros": (_macros, "macro"),
}


@pytest.mark.parametrize("case", sorted(FILE_PROBLEMS))
def test_a_hostile_workbook_is_refused_with_the_database_unchanged(
    case: str, demo_db: Database, demo_path: Path, template: Path, tmp_path: Path
) -> None:
    make, expected = FILE_PROBLEMS[case]
    path = make(template, tmp_path / "qd.xlsx")
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session:
        with pytest.raises(FileFormatError, match=expected):
            past_decisions.check_workbook(session, path)
        with pytest.raises(EmuError):
            past_decisions.import_workbook(session, path)
    assert fingerprint(demo_db, demo_path) == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_workbook_saved_by_libreoffice_imports_identically(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    from tests.exchange.corpus import saved_by_libreoffice

    filled = fill(template, tmp_path / "qd.xlsx", ROWS)
    (tmp_path / "lo").mkdir()
    converted = saved_by_libreoffice(filled, tmp_path / "lo")
    with demo_db.session() as session:
        direct = past_decisions.check_workbook(session, filled)
        resaved = past_decisions.check_workbook(session, converted)
        assert resaved.rows == direct.rows
        past_decisions.import_workbook(session, converted)
        assert [r.status for r in past_decisions.check_workbook(session, filled).rows] == [
            "present"
        ] * 3


def test_a_workbook_of_too_many_rows_is_refused(
    demo_db: Database, template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.exchange import past_decisions as exchange

    monkeypatch.setattr(exchange, "MAX_ROWS", 2)
    filled = fill(template, tmp_path / "qd.xlsx", ROWS)
    with demo_db.session() as session, pytest.raises(FileFormatError, match="more than 2"):
        past_decisions.check_workbook(session, filled)


def test_a_unit_or_issuer_or_award_with_past_awards_is_not_removed(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    from emudesk.errors import InUseError
    from emudesk.services.organisation import issuers, units
    from emudesk.services.papers import catalogue

    with demo_db.session() as session:
        # GIVEN a unit in no cluster, whose only history is an award of 2021
        new = units.create_unit(
            session, units.UnitFields(code="BDT-X"), official_name="Ban Thí điểm X", from_year=2020
        )
        later = "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo"  # no proposal asks for it
        row = _row(recipient="BDT-X", register="", award=later, year=2025, date="02/06/2025")
        filled = fill(template, tmp_path / "qd.xlsx", [row])
        past_decisions.import_workbook(session, filled)
        past = session.query(PastAward).one()
        # THEN neither the unit, nor the award, nor the issuer can be removed
        with pytest.raises(InUseError, match="has history"):
            units.remove_unit(session, new.uuid)
        with pytest.raises(InUseError, match="past award"):
            catalogue.remove_award(session, past.award.uuid)
        with pytest.raises(InUseError, match="past awards"):
            issuers.remove_issuer(session, past.issuer.uuid)


def test_text_pasted_decomposed_is_stored_composed(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    import unicodedata

    # GIVEN names pasted from a PDF, decomposed (NFD)
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hòa")
    unit = unicodedata.normalize("NFD", "Ban Dân tộc Đắk Lắk")
    filled = fill(template, tmp_path / "qd.xlsx", [_row(recipient=nfd, unit=unit, kind="Cá nhân")])
    with demo_db.session() as session:
        past_decisions.import_workbook(session, filled)
        stored = session.query(PastAward).one()
        assert stored.nominee_name == "Nguyễn Thị Hòa"  # NFC
        assert stored.unit.code == "BDT-DLK"


def test_a_clusters_handover_carries_no_past_awards(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    from emudesk.services.handover import export

    # GIVEN past awards of the issuer WHEN a cluster is handed over THEN they stay here:
    # they are the issuer's own history, not the cluster's
    with demo_db.session() as session:
        past_decisions.import_workbook(session, fill(template, tmp_path / "qd.xlsx", ROWS))
        counts = export.export_cluster(session, "UBDT-C4", tmp_path / "c.emudesk")
    assert "past_award" not in counts
    with zipfile.ZipFile(tmp_path / "c.emudesk") as archive:
        assert not [n for n in archive.namelist() if "past_award" in n]
