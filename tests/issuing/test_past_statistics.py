"""Award statistics count the past decisions imported from the template: by award, level,
year and unit, named on the decision's date; they belong to no cluster, so a cluster's
statistics leave them out and say so (counts, CSV, workbook)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from emudesk.db import Database, open_database
from emudesk.records import award_statistics as stats
from emudesk.services.issuing import past_decisions, statistics
from emudesk.services.organisation import units
from tests.issuing.helpers import run
from tests.issuing.issuer_pc import decided_issuer_pc
from tests.issuing.test_past_decisions import BK, FLAG, ROWS, fill


def with_past_decisions(demo_path: Path, folder: Path) -> Path:
    """The issuer's PC after the 2024 round trip, with the three past awards of ``ROWS``
    (2022: two Bằng khen decided 20/01/2023; 2021: a Cờ thi đua decided 14/01/2022)."""
    path = decided_issuer_pc(demo_path, folder)
    database = open_database(path)
    try:
        with database.session() as session:
            template = past_decisions.write_template(session, folder / "mau.xlsx", "UBDT")
        filled = fill(template, folder / "qd.xlsx", ROWS)
        with database.session() as session:
            assert past_decisions.import_workbook(session, filled).count("new") == 3
    finally:
        database.dispose()
    return path


@pytest.fixture
def past_path(demo_path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "issuer"
    folder.mkdir()
    return with_past_decisions(demo_path, folder)


@pytest.fixture
def past_db(past_path: Path) -> Iterator[Database]:
    database = open_database(past_path)
    yield database
    database.dispose()


def test_past_awards_are_counted_as_decided(past_db: Database) -> None:
    with past_db.session() as session:
        found = statistics.statistics(session, "UBDT")
    assert (found.proposed, found.decided, found.past, found.past_left_out) == (6, 6, 3, 0)
    assert found.years == (2021, 2022, 2024)
    by_award = statistics.crosstab(found, stats.AWARD_YEAR)
    assert by_award.columns == ("2021", "2022", "2024")
    assert dict(zip(by_award.rows, by_award.decided, strict=True)) == {
        BK: (0, 2, 2),
        FLAG: (1, 0, 1),
    }
    by_unit = statistics.crosstab(found, stats.UNIT_AWARD)
    assert dict(zip(by_unit.row_codes, by_unit.decided, strict=True)) == {
        "BDT-BDI": (1, 0),
        "BDT-DLK": (1, 1),  # the person's Bằng khen of 2022, the flag of 2024
        "BDT-GL": (0, 1),
        "BDT-PY": (2, 0),
    }
    by_level = statistics.crosstab(found, stats.LEVEL_YEAR)
    assert by_level.decided == ((1, 2, 3),)
    past = {(c.year, c.unit_code): c.past for c in found.cells if c.past}
    assert past == {(2021, "BDT-GL"): 1, (2022, "BDT-DLK"): 1, (2022, "BDT-PY"): 1}


def test_the_years_filter_past_awards_and_a_cluster_leaves_them_out(past_db: Database) -> None:
    with past_db.session() as session:
        old = statistics.statistics(session, "UBDT", first_year=2021, last_year=2022)
        assert (old.decided, old.past, old.years) == (3, 3, (2021, 2022))
        assert statistics.statistics(session, "UBDT", last_year=2021).decided == 1
        cluster = statistics.statistics(session, "UBDT", cluster="UBDT-C4")
        assert (cluster.decided, cluster.past, cluster.past_left_out) == (3, 0, 3)
        narrow = statistics.statistics(session, "UBDT", cluster="UBDT-C4", first_year=2022)
        assert narrow.past_left_out == 2
        # The other issuer has none
        ministry = statistics.statistics(session, "Bộ VHTTDL")
        assert (ministry.past, ministry.past_left_out) == (0, 0)


def test_a_past_award_is_named_on_its_decisions_date(past_db: Database) -> None:
    # GIVEN Gia Lai renamed from 2025 on: its 2021 flag (decided 14/01/2022) keeps the old name
    with past_db.session() as session:
        unit = units.find(session, "BDT-GL")
        units.rename_unit(session, unit.uuid, from_year=2025, official_name="Sở Dân tộc Gia Lai")
        found = statistics.statistics(session, "UBDT")
    assert {c.unit for c in found.cells if c.unit_code == "BDT-GL"} == {"Ban Dân tộc tỉnh Gia Lai"}
    # … a name valid from 2022 on was its name that day
    with past_db.session() as session:
        unit = units.find(session, "BDT-GL")
        units.rename_unit(session, unit.uuid, from_year=2022, official_name="Ban Dân tộc Gia Lai")
        found = statistics.statistics(session, "UBDT")
    assert {c.unit for c in found.cells if c.unit_code == "BDT-GL"} == {"Ban Dân tộc Gia Lai"}


def test_the_workbook_counts_and_notes_the_past_awards(past_db: Database, tmp_path: Path) -> None:
    with past_db.session() as session:
        statistics.export_report(session, "UBDT", tmp_path / "tk.xlsx")
        statistics.export_report(session, "UBDT", tmp_path / "cum.xlsx", cluster="UBDT-C4")
    ws = load_workbook(tmp_path / "tk.xlsx")["Theo khen thưởng và năm"]
    assert ws["A3"].value == "Giai đoạn: từ năm 2021 đến năm 2024"
    assert ws["A5"].value == "Gồm 3 khen thưởng theo quyết định trước đây (nhập từ mẫu)"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_col=7)]
    assert rows == [
        ["STT", "Hình thức, danh hiệu", "2021", "2022", "2024", "Tổng được khen", "Tổng đề nghị"],
        [1, BK, 0, 2, 2, 4, 4],
        [2, FLAG, 1, 0, 1, 2, 2],
        ["TỔNG CỘNG", None, 1, 2, 3, 6, 6],
    ]
    ws = load_workbook(tmp_path / "cum.xlsx")["Theo đơn vị"]
    assert ws["A5"].value == (
        "Không tính 3 khen thưởng theo quyết định trước đây (nhập từ mẫu): "
        "chúng không thuộc cụm, khối nào"
    )
    assert ws["A6"].value == "STT"


def test_the_command_line_counts_the_past_awards(
    past_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--language", "en", "--db", str(past_path)]
    code, out, err = run(capsys, *db, "statistics", "--issuer", "UBDT", "--format", "csv")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "year,level,award_code,award,unit_code,unit,proposed,decided,past"
    assert lines[1] == f"2021,ministry,CO-THI-DUA,{FLAG},BDT-GL,Ban Dân tộc tỉnh Gia Lai,1,1,1"
    assert len(lines) == 1 + 6 and lines[-1].endswith(",1,1,0")
    code, out, err = run(capsys, *db, "statistics", "--issuer", "UBDT", "--out",
                         str(tmp_path / "tk.xlsx"))  # fmt: skip
    assert code == 0, err
    assert "6 award(s) decided of 6 proposed." in out
    assert "Of them, 3 from past decisions." in out
    code, out, err = run(capsys, *db, "statistics", "--issuer", "UBDT", "--cluster", "UBDT-C4",
                         "--out", str(tmp_path / "cum.xlsx"))  # fmt: skip
    assert code == 0, err
    assert "3 award(s) of past decisions left out: they belong to no cluster." in out
