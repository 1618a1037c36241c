"""``emudesk check``: a damaged file is reported, not crashed on; progress and cancel."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from emudesk.cli import EXIT_OK, EXIT_REFUSED, main
from emudesk.db import Database, open_database
from emudesk.errors import CancelledError
from emudesk.services.database_check import PROGRESS_TOTAL, check_database

pytestmark = pytest.mark.sqlite_only


def overwrite_page(path: Path, table: str, offset: int = 0) -> None:
    """A page of ``table`` (its root page + ``offset``) overwritten with garbage, as a failing
    disk or a stray program would leave it."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root + offset - 1) * page_size)
        handle.write(random.Random(table).randbytes(page_size))


@pytest.mark.parametrize(("table", "offset"), [("unit", 0), ("score", 3), ("cluster_year", 0)])
def test_check_reports_a_damaged_page_with_exit_3_and_changes_nothing(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    offset: int,
) -> None:
    # GIVEN the demo with one page of a table overwritten by garbage
    overwrite_page(demo_path, table, offset)
    before = demo_path.read_bytes()
    # WHEN it is checked from the command line
    code = main(["--db", str(demo_path), "check"])
    out, err = capsys.readouterr()
    # THEN a clear refusal naming the damage, no traceback, and the file as it was
    assert code == EXIT_REFUSED
    assert "Traceback" not in out + err
    assert "Tệp cơ sở dữ liệu bị hỏng" in err
    assert "Kiểm tra toàn vẹn SQLite" in err
    assert demo_path.read_bytes() == before


def test_check_shows_its_progress_on_stderr(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # WHEN a sound database is checked from the command line
    code = main(["--db", str(demo_path), "check"])
    out, err = capsys.readouterr()
    # THEN the result on stdout, the percentage on stderr up to 100 %
    assert code == EXIT_OK and out.strip() == "Cơ sở dữ liệu không có lỗi."
    assert "Đang kiểm tra cơ sở dữ liệu… 0%" in err and err.rstrip().endswith("… 100%")


def test_progress_rises_to_the_total_and_a_cancel_stops_the_check(demo_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    # WHEN the check reports its progress
    assert check_database(demo_db, lambda done, total: seen.append((done, total))) == []
    # THEN it never goes back and ends at the total
    values = [done for done, _total in seen]
    assert values == sorted(values) and values[-1] == PROGRESS_TOTAL
    assert {total for _done, total in seen} == {PROGRESS_TOTAL}
    # AND a progress callback that answers False stops it with CancelledError
    with pytest.raises(CancelledError):
        check_database(demo_db, lambda done, _total: done < 100)


def test_a_cancel_inside_sqlites_own_check_interrupts_it(demo_db: Database) -> None:
    # GIVEN a cancel answered from inside PRAGMA integrity_check (its first tick)
    calls: list[int] = []

    def progress(done: int, _total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    # WHEN it runs THEN it stops as cancelled, and the connection is usable afterwards
    with pytest.raises(CancelledError):
        check_database(demo_db, progress)
    assert check_database(demo_db) == []


def test_check_names_a_negative_score_a_head_who_is_deputy_and_a_nameless_unit(
    demo_db: Database,
) -> None:
    # GIVEN edits made behind emudesk's back
    with demo_db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE score SET value = -5 WHERE id = (SELECT min(s.id) FROM score s "
                "JOIN criterion c ON c.id = s.criterion_id WHERE c.kind = 'points')"
            )
        )
        conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        conn.execute(text("UPDATE cluster_year SET deputy_unit_id = head_unit_id WHERE id = 1"))
        conn.execute(text("DELETE FROM unit_name WHERE unit_id = (SELECT max(id) FROM unit)"))
    with demo_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
    # WHEN checked THEN each is named
    problems = check_database(demo_db)
    assert any("cụm trưởng trùng với cụm phó" in p for p in problems), problems
    assert any("không có tên" in p for p in problems), problems
    assert any(p.startswith("Điểm của") for p in problems), problems
    # AND SQLite's finding about the constraint is listed without calling the file damaged
    assert any("CHECK constraint failed in cluster_year" in p for p in problems), problems
    assert not any("bị hỏng" in p for p in problems), problems


def test_a_file_whose_page_one_is_garbage_is_refused_clearly(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the schema page itself overwritten (past the 100-byte header)
    with demo_path.open("r+b") as handle:
        handle.seek(100)
        handle.write(random.Random(1).randbytes(3996))
    before = demo_path.read_bytes()
    # WHEN checked THEN refused with a message, no traceback, the file unchanged
    code = main(["--db", str(demo_path), "check"])
    out, err = capsys.readouterr()
    assert code == EXIT_REFUSED and "Traceback" not in out + err and err.strip()
    assert demo_path.read_bytes() == before


def test_open_database_then_check_leaves_a_sound_file_sound(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        assert check_database(db) == []
    finally:
        db.dispose()
