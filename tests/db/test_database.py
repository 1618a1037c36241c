"""Opening, migrating, refusing, backing up, restoring and checking databases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from emudesk.db import Database, connect, open_database
from emudesk.db.backup import automatic_backup, backup_to, list_backups, restore_from, rotate
from emudesk.db.migrate import KNOWN_REVISIONS, MIGRATIONS_DIR, SCHEMA_HEAD, current_revision
from emudesk.errors import DatabaseError
from emudesk.services.database_check import check_database
from emudesk.services.organisation import clusters
from tests.conftest import dump


@pytest.mark.sqlite_only
def test_new_database_is_at_head_with_pragmas(db: Database) -> None:
    assert current_revision(db) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == SCHEMA_HEAD


def test_schema_from_migrations_matches_the_model(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from emudesk.model import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_not_sqlite_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"PK\x03\x04 this is a zip file, not a database")
    with pytest.raises(DatabaseError, match="không phải là cơ sở dữ liệu emudesk"):
        open_database(bogus)
    assert bogus.read_bytes().startswith(b"PK")


def test_foreign_sqlite_is_refused(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(DatabaseError, match="không phải của emudesk"):
        open_database(other)


def test_read_only_file_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).dispose()
    real_access = os.access
    # Root ignores file modes, so pretend the office PC's user lacks write permission.
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DatabaseError, match="chỉ cho phép đọc"):
        open_database(db_path)


@pytest.mark.sqlite_only
def test_newer_schema_is_refused_and_left_alone(db: Database, db_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = dump(db)
    db.dispose()
    with pytest.raises(DatabaseError, match="phiên bản emudesk mới hơn"):
        open_database(db_path)
    probe = connect(db_path)
    assert dump(probe) == before
    probe.dispose()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="không tồn tại"):
        open_database(tmp_path / "nowhere" / "x.sqlite")


@pytest.mark.sqlite_only
def test_backup_restore_round_trip(demo_db: Database, tmp_path: Path) -> None:
    copy = backup_to(demo_db, tmp_path / "copy.sqlite")
    original = dump(demo_db)
    with demo_db.session() as s:
        cluster = clusters.get_cluster(s, "UBDT-C4")
        import dataclasses

        clusters.update_cluster(s, cluster.uuid, dataclasses.replace(cluster.fields, name="Đổi"))
    assert dump(demo_db) != original
    safety = restore_from(demo_db, copy)
    assert dump(demo_db) == original
    assert safety.exists()


@pytest.mark.sqlite_only
def test_restore_refuses_garbage(demo_db: Database, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_text("hello")
    before = dump(demo_db)
    with pytest.raises(DatabaseError, match="không phải là bản sao lưu"):
        restore_from(demo_db, garbage)
    assert dump(demo_db) == before


@pytest.mark.sqlite_only
def test_automatic_backups_rotate(demo_db: Database) -> None:
    for _ in range(13):
        automatic_backup(demo_db, reason="test")
    backups = list_backups(demo_db)
    assert len(backups) == 10
    assert rotate(backups[0].parent, "demo", keep=3) and len(list_backups(demo_db)) == 3


def test_check_reports_broken_invariants(demo_db: Database) -> None:
    assert check_database(demo_db) == []
    with demo_db.engine.begin() as conn:
        conn.execute(
            text(
                "DELETE FROM membership WHERE unit_id = (SELECT head_unit_id FROM cluster_year LIMIT 1) AND cluster_year_id = (SELECT id FROM cluster_year LIMIT 1)"
            )
        )
    problems = check_database(demo_db)
    assert any("cụm trưởng không phải thành viên" in p for p in problems)


def test_unusable_server_address_is_a_clear_refusal() -> None:
    with pytest.raises(DatabaseError, match="Không dùng được địa chỉ"):
        open_database("nosuchdialect://user:secret@server/db")


def test_check_names_a_score_above_its_maximum_and_a_gap_in_the_register(
    demo_db: Database, tmp_path: Path
) -> None:
    from emudesk.services.certificates import printing
    from emudesk.services.organisation import years

    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        printing.print_certificates(session, year.uuid, tmp_path / "c.pdf")
    assert check_database(demo_db) == []
    with demo_db.engine.begin() as conn:  # edits made behind emudesk's back
        conn.execute(
            text(
                "UPDATE score SET value = 99900 WHERE id = (SELECT s.id FROM score s "
                "JOIN criterion c ON c.id = s.criterion_id WHERE c.code = '1.1' "
                "AND c.kind = 'points' LIMIT 1)"
            )
        )
        conn.execute(text("UPDATE certificate_entry SET number = 7 WHERE number = 2"))
    problems = check_database(demo_db)
    assert any("tiêu chí 1.1" in p and "vượt quá tối đa" in p for p in problems)
    assert any("số sổ không liên tục (thiếu 2, 3, 4, 5, 6)" in p for p in problems)


def test_a_server_that_cannot_be_reached_is_a_clear_refusal() -> None:
    # GIVEN a server address nobody answers (a closed port on this machine)
    pytest.importorskip("psycopg")
    # WHEN it is opened THEN the refusal names the server and what to check, not a traceback
    with pytest.raises(DatabaseError, match="Không kết nối được máy chủ cơ sở dữ liệu") as found:
        open_database("postgresql+psycopg://thidua:mat-khau@127.0.0.1:1/emudesk")
    assert "127.0.0.1" in found.value.message and "mat-khau" not in found.value.message


@pytest.mark.sqlite_only
def test_restore_refuses_a_damaged_backup_without_touching_it(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN a backup cut short (a copy interrupted half-way)
    whole = backup_to(demo_db, tmp_path / "whole.sqlite").read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(whole[: len(whole) // 3])
    before, cut_bytes = dump(demo_db), cut.read_bytes()
    # WHEN it is restored THEN a clear refusal; the database and the backup file unchanged
    with pytest.raises(DatabaseError, match="bị hỏng"):
        restore_from(demo_db, cut)
    assert dump(demo_db) == before and cut.read_bytes() == cut_bytes
    assert not Path(f"{cut}-wal").exists()


@pytest.mark.sqlite_only
def test_backup_and_restore_give_up_on_a_lock_held_elsewhere(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from emudesk.db import engine

    monkeypatch.setattr(engine, "BUSY_SECONDS", 0.3)
    copy = backup_to(demo_db, tmp_path / "copy.sqlite")
    # GIVEN another program holding the database exclusively
    assert demo_db.path is not None
    holder = sqlite3.connect(demo_db.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # WHEN it is restored THEN the refusal says busy instead of waiting for ever
        with pytest.raises(DatabaseError, match="đang bận"):
            restore_from(demo_db, copy)
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.sqlite_only
def test_a_backup_that_cannot_be_written_is_a_clear_refusal(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN a file name longer than the file system allows
    with pytest.raises(DatabaseError, match="Không sao lưu được"):
        backup_to(demo_db, tmp_path / ("x" * 300 + ".sqlite"))


def test_the_linux_bundle_points_psycopg_at_its_own_libpq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a Linux bundle whose folder holds libpq (build.spec ships the system's beside
    # psycopg's pure-Python driver), where ctypes only searches the system's folders
    import ctypes.util
    import sys

    from emudesk.db import engine

    (tmp_path / "libpq.so.5").write_bytes(b"")
    system_find = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", system_find)  # restored afterwards
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    # WHEN the program prepares a shared server's connection, twice
    engine.use_bundled_libpq()
    engine.use_bundled_libpq()
    # THEN psycopg's search for "pq" finds the bundled library, and nothing else changes
    assert ctypes.util.find_library("pq") == str(tmp_path / "libpq.so.5")
    assert ctypes.util.find_library("c") == system_find("c")
    assert ctypes.util.find_library.__wrapped__ is system_find  # wrapped once, not twice


def test_outside_a_bundle_psycopg_finds_libpq_as_it_always_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ctypes.util

    from emudesk.db import engine

    system_find = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", system_find)
    engine.use_bundled_libpq()  # a virtualenv: not frozen
    assert ctypes.util.find_library is system_find
