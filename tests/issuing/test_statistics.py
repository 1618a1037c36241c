"""Award statistics: counts per award, level, year and unit on the issuer's PC after the
demo's round trip, named as on the decisions' dates; the Excel report read back; the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from emudesk.db import Database, open_database
from emudesk.errors import NotFoundError, ValidationError
from emudesk.model import Award, Issuer, IssuerKind
from emudesk.records import award_statistics as stats
from emudesk.services.issuing import statistics
from emudesk.services.organisation import units
from tests.issuing.helpers import run
from tests.issuing.issuer_pc import decided_issuer_pc

BK = "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
CTD = "Cờ thi đua của Ủy ban Dân tộc"
BK_VH = "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"


@pytest.fixture
def issuer_path(demo_path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "issuer"
    folder.mkdir()
    return decided_issuer_pc(demo_path, folder)


@pytest.fixture
def issuer_db(issuer_path: Path) -> Iterator[Database]:
    database = open_database(issuer_path)
    yield database
    database.dispose()


def test_counts_per_award_unit_level_and_year(issuer_db: Database) -> None:
    with issuer_db.session() as session:
        found = statistics.statistics(session, "UBDT")
        assert found.issuer == "Ủy ban Dân tộc"
        assert (found.proposed, found.decided, found.years) == (3, 3, (2024,))
        by_award = statistics.crosstab(found, stats.AWARD_YEAR)
        assert list(zip(by_award.rows, by_award.decided, by_award.proposed, strict=True)) == [
            (BK, (2,), 2),
            (CTD, (1,), 1),
        ]
        assert by_award.columns == ("2024",)
        by_unit = statistics.crosstab(found, stats.UNIT_AWARD)
        assert by_unit.columns == (BK, CTD)
        assert dict(zip(by_unit.row_codes, by_unit.decided, strict=True)) == {
            "BDT-BDI": (1, 0),
            "BDT-DLK": (0, 1),
            "BDT-PY": (1, 0),
        }
        assert by_unit.column_totals() == (2, 1) and by_unit.total_decided == 3
        by_level = statistics.crosstab(found, stats.LEVEL_YEAR)
        assert (by_level.rows, by_level.decided) == (("Ministry or central body level",), ((3,),))
        # The ministry refused one of its two: proposed and decided part
        ministry = statistics.statistics(session, "Bộ VHTTDL")
        assert (ministry.proposed, ministry.decided) == (2, 1)
        table = statistics.crosstab(ministry, stats.UNIT_AWARD)
        assert dict(zip(table.row_codes, table.decided, strict=True)) == {
            "VHTTDL-LS": (1,),
            "VHTTDL-TQ": (0,),
        }
        assert table.columns == (BK_VH,) and table.proposed == (1, 1)


def test_filters_by_years_and_cluster(issuer_db: Database) -> None:
    with issuer_db.session() as session:
        assert statistics.statistics(session, "ubdt", cluster="ubdt-c4").decided == 3
        assert statistics.statistics(session, "UBDT", first_year=2024, last_year=2024).decided == 3
        later = statistics.statistics(session, "UBDT", first_year=2025)
        assert (later.cells, later.period()) == ((), None)
        assert statistics.crosstab(later, stats.AWARD_YEAR).rows == ()
        with pytest.raises(NotFoundError, match="no cluster VHTTDL-C4"):
            statistics.statistics(session, "UBDT", cluster="VHTTDL-C4")
        with pytest.raises(ValidationError, match="after its end"):
            statistics.statistics(session, "UBDT", first_year=2025, last_year=2024)
        with pytest.raises(NotFoundError):
            statistics.statistics(session, "nobody")


def test_units_are_named_as_on_the_decisions_date(issuer_db: Database) -> None:
    # The decision is dated 24/01/2025. A name from 2026 on does not reach it …
    with issuer_db.session() as session:
        unit = units.find(session, "BDT-PY")
        units.rename_unit(session, unit.uuid, from_year=2026, official_name="Sở Dân tộc Phú Yên")
        found = statistics.statistics(session, "UBDT")
        assert "Ban Dân tộc tỉnh Phú Yên" in {c.unit for c in found.cells}
        # … a name valid from 1/1/2025 does: the unit was called so when decided
        units.rename_unit(
            session, unit.uuid, from_year=2025, official_name="Sở Dân tộc và Tôn giáo Phú Yên"
        )
        found = statistics.statistics(session, "UBDT")
        names = {c.unit_code: c.unit for c in found.cells}
        assert names["BDT-PY"] == "Sở Dân tộc và Tôn giáo Phú Yên"
        assert names["BDT-DLK"] == "Ban Dân tộc tỉnh Đắk Lắk"


def test_the_heads_demo_counts_its_example_decisions(demo_db: Database) -> None:
    with demo_db.session() as session:
        found = statistics.statistics(session, "UBDT")
        assert (found.proposed, found.decided) == (3, 3)


def test_the_workbook_reads_back(issuer_db: Database, tmp_path: Path) -> None:
    with issuer_db.session() as session:
        unit = units.find(session, "BDT-BDI")
        units.rename_unit(session, unit.uuid, from_year=2024, official_name="=HYPERLINK(1)")
        found = statistics.export_report(session, "UBDT", tmp_path / "tk.xlsx")
    assert found.decided == 3
    book = load_workbook(tmp_path / "tk.xlsx")
    assert book.sheetnames == ["Theo khen thưởng và năm", "Theo đơn vị", "Theo cấp và năm"]
    ws = book["Theo khen thưởng và năm"]
    assert ws["A1"].value == "ỦY BAN DÂN TỘC"
    assert ws["A3"].value == "Giai đoạn: năm 2024"
    assert str(ws["A4"].value).startswith("Lập ngày ")
    assert ws.freeze_panes == "C7"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_col=5)]
    assert rows == [
        ["STT", "Hình thức, danh hiệu", "2024", "Tổng được khen", "Tổng đề nghị"],
        [1, BK, 2, 2, 2],
        [2, CTD, 1, 1, 1],
        ["TỔNG CỘNG", None, 3, 3, 3],
    ]
    assert ws.column_dimensions["B"].width == 44
    by_unit = book["Theo đơn vị"]
    cell = next(c for c in by_unit["B"] if str(c.value).endswith("(BDT-BDI)"))
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=HYPERLINK(1) (BDT-BDI)", "s", True)
    by_level = book["Theo cấp và năm"]
    assert by_level["B7"].value == "Cấp Bộ, ngành, cơ quan Trung ương"
    assert [c.value for c in by_level[8]][:5] == ["TỔNG CỘNG", None, 3, 3, 3]


def test_the_command_line(
    issuer_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(issuer_path)
    code, out, err = run(
        capsys, "--db", db, "statistics", "--issuer", "Bộ VHTTDL", "--format", "csv"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "year,level,award_code,award,unit_code,unit,proposed,decided,past",
        f'2024,ministry,BANG-KHEN,"{BK_VH}",VHTTDL-LS,'
        '"Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",1,1,0',
        f'2024,ministry,BANG-KHEN,"{BK_VH}",VHTTDL-TQ,'
        '"Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang",1,0,0',
    ]
    target = tmp_path / "tk.xlsx"
    code, out, err = run(capsys, "--language", "en", "--db", db, "statistics", "--issuer", "UBDT",
                         "--from", "2024", "--to", "2024", "--cluster", "UBDT-C4", "--out",
                         str(target))  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Statistics written to {target}: 3 award(s) decided of 3 proposed."
    assert load_workbook(target).sheetnames[0] == "Theo khen thưởng và năm"
    for argv, message in (
        (["--out", str(tmp_path / "tk.pdf")], "ending in .xlsx"),
        (["--from", "2025", "--to", "2024", "--format", "csv"], "after its end in 2024"),
        (["--cluster", "XX", "--format", "csv"], "no cluster XX"),
        (["--out", str(tmp_path / "none" / "tk.xlsx")], "does not exist"),
    ):
        code, out, err = run(capsys, "--language", "en", "--db", db, "statistics", "--issuer",
                             "UBDT", *argv)  # fmt: skip
        assert code == 3 and message in err and "Traceback" not in err, (argv, err)
    assert not (tmp_path / "tk.pdf").exists()


@pytest.mark.parametrize(
    ("kind", "grantor", "name", "level"),
    [
        (IssuerKind.COMMITTEE, "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", "Bằng khen", stats.MINISTRY),
        (IssuerKind.MINISTRY, "THỦ TƯỚNG CHÍNH PHỦ", "Bằng khen", stats.STATE),
        (IssuerKind.MINISTRY, "", "Cờ thi đua của Chính phủ", stats.STATE),
        (IssuerKind.PROVINCE, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Bằng khen", stats.PROVINCE),
        (IssuerKind.OTHER, "", "Giấy khen", stats.OTHER),
    ],
)
def test_the_level_comes_from_the_catalogue(
    kind: IssuerKind, grantor: str, name: str, level: str
) -> None:
    award = Award(code="X", name=name, grantor=grantor, issuer=Issuer(name="I", kind=kind))
    assert statistics.level_of(award) == level


def test_renamed_issuer_and_merged_units_keep_their_names_of_then(
    reorganised_db: Database,
) -> None:
    # GIVEN the full demo: UBDT became Bộ Dân tộc và Tôn giáo on 1/3/2025, and Phú Yên and
    # Bình Định merged into Đắk Lắk and Gia Lai on 1/7/2025; the 2024 decision is of 24/01/2025
    with reorganised_db.session() as session:
        found = statistics.statistics(session, "Bộ DTTG")
        assert found.issuer == "Ủy ban Dân tộc"
        assert sorted((c.unit_code, c.unit, c.decided) for c in found.cells) == [
            ("BDT-BDI", "Ban Dân tộc tỉnh Bình Định", 1),
            ("BDT-DLK", "Ban Dân tộc tỉnh Đắk Lắk", 1),
            ("BDT-PY", "Ban Dân tộc tỉnh Phú Yên", 1),
        ]
