"""The window's early read (``early_read.open_early``): only a writable SQLite file of the
current schema is read, read-only, and reading it changes no byte of the database file; anything else gives None
(the window then opens the file as before and says what is wrong)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from emudesk.revisions import KNOWN_REVISIONS
from emudesk.services.organisation import early_read, start_view
from tests.db.test_hostile_databases import damage, fingerprint

pytestmark = pytest.mark.sqlite_only

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


def test_reading_the_first_page_early_changes_no_byte(demo_path: Path) -> None:
    # GIVEN the demo file, closed
    digest, _sides = fingerprint(demo_path)
    # WHEN the window's early read takes its whole first page
    reader = early_read.open_early(str(demo_path))
    assert reader is not None
    tree = start_view.outline(reader)
    assert tree and start_view.list_clusters(reader) and start_view.has_issuer(reader)
    assert start_view.list_years(reader, tree[0].uuid)
    # THEN a write through the connection is refused (it is read-only)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.connection.execute("UPDATE cluster SET notes = 'x'")
    reader.close()
    # AND the database file keeps every byte
    assert fingerprint(demo_path)[0] == digest


def test_a_damaged_page_elsewhere_still_reads_early_and_changes_nothing(demo_path: Path) -> None:
    # (the normal open refuses it afterwards: tests/ui/test_early_start.py)
    damage(demo_path)
    digest, _sides = fingerprint(demo_path)
    reader = early_read.open_early(str(demo_path))
    assert reader is not None
    assert start_view.outline(reader)
    reader.close()
    assert fingerprint(demo_path)[0] == digest


@pytest.mark.parametrize("revision", KNOWN_REVISIONS[:-1])
def test_a_file_of_an_older_schema_is_not_read_early(revision: str, tmp_path: Path) -> None:
    older = tmp_path / f"{revision}.sqlite"
    shutil.copyfile(SCHEMAS / f"{revision}.sqlite", older)
    digest, _sides = fingerprint(older)
    assert early_read.open_early(str(older)) is None
    # (a reader of a WAL file may leave an empty -wal and the -shm index beside it: the normal
    # open that follows tidies them away, tests/ui/test_early_start.py)
    assert fingerprint(older)[0] == digest


def test_a_newer_or_foreign_database_is_not_read_early(demo_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    assert early_read.open_early(str(demo_path)) is None
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    assert early_read.open_early(str(foreign)) is None


def test_a_file_that_is_not_a_database_is_not_read_early(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    assert early_read.open_early(str(notes)) is None
    assert notes.read_text(encoding="utf-8") == "not a database"
    assert early_read.open_early(str(tmp_path / "missing.sqlite")) is None
    assert early_read.open_early(str(tmp_path)) is None  # a folder


def test_a_server_or_url_is_left_to_the_normal_open(monkeypatch: pytest.MonkeyPatch) -> None:
    assert early_read.open_early("postgresql+psycopg://user@server/emudesk") is None
    assert early_read.open_early("sqlite:///somewhere.sqlite") is None
    monkeypatch.setenv("EMUDESK_DB", "postgresql+psycopg://user@server/emudesk")
    assert early_read.open_early(None) is None


def test_a_locked_file_is_not_waited_for(demo_path: Path) -> None:
    # GIVEN another program holding the file's exclusive lock
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # THEN the early read gives up at once (the normal open waits and explains)
        assert early_read.open_early(str(demo_path)) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_file_is_left_to_the_normal_open(demo_path: Path) -> None:
    demo_path.chmod(0o444)
    try:
        if early_read.os.access(demo_path, early_read.os.W_OK):
            pytest.skip("running as a user who can write anything")
        assert early_read.open_early(str(demo_path)) is None
    finally:
        demo_path.chmod(0o644)
