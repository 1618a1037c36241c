"""Damaged, foreign, newer and empty database files, driven through the commands a user types:
each is refused with a clear message (or handled safely), and a refused file keeps every byte.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED, main

pytestmark = pytest.mark.sqlite_only

SIDE_FILES = ("-wal", "-shm", "-journal")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """A command in English (its messages are read by the test), then back to Vietnamese."""
    from emudesk import i18n

    try:
        code = main(["--language", "en", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        i18n.set_language("vi")
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's SHA-256 and which of its side files (-wal, -shm, -journal) exist."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, [s for s in SIDE_FILES if Path(f"{path}{s}").exists()]


def damage(path: Path, table: str = "score") -> None:
    """Overwrite the root page of ``table`` with garbage, as a failing disk would."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


def refused(code: int, err: str) -> bool:
    return code == EXIT_REFUSED and "Traceback" not in err and err.startswith("emudesk: ")


WRITES = [
    ("open-year", "--cluster", "UBDT-C4", "--year", "2026", "--head", "BDT-GL", "--deputy",
     "BDT-LD"),
    ("certificates", "--cluster", "UBDT-C4", "--year", "2024", "--out", "{tmp}/c.pdf"),
    ("import-units", "{tmp}/units.xlsx", "--from-year", "2025"),
]  # fmt: skip


# --- point 7: a damaged database --------------------------------------------------------------


def test_commands_that_write_refuse_a_damaged_database_and_leave_it_alone(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the demo database with a page of its scores overwritten by garbage
    damage(demo_path)
    before = fingerprint(demo_path)
    (tmp_path / "units.xlsx").write_bytes(b"not read: the database is refused first")
    for command in WRITES:
        args = [part.format(tmp=tmp_path) for part in command]
        # WHEN a command that writes runs on it
        code, _out, err = run(capsys, "--db", str(demo_path), *args)
        # THEN a clear refusal that says the file is damaged and what to do; no byte changed
        assert refused(code, err), (command, err)
        assert "is damaged" in err and "Restore the latest backup" in err, err
        assert fingerprint(demo_path) == before, command
    assert not (tmp_path / "c.pdf").exists()


def test_reading_a_damaged_database_is_a_clear_message_not_a_traceback(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(demo_path)
    before = fingerprint(demo_path)
    code, _out, err = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "UBDT-C4", "--year", "2024"
    )
    assert refused(code, err) and "is damaged" in err and "malformed" in err, err
    assert fingerprint(demo_path) == before


def test_import_of_a_return_into_a_damaged_database_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a scoring form exported while the database was sound
    forms = tmp_path / "forms"
    forms.mkdir()
    args = ("export-forms", "--cluster", "UBDT-C4", "--year", "2025", "--out", str(forms))
    assert run(capsys, "--db", str(demo_path), *args)[0] == EXIT_OK
    form = sorted(forms.glob("*.xlsx"))[0]
    # WHEN the database is damaged and the form comes back
    damage(demo_path)
    before = fingerprint(demo_path)
    code, _out, err = run(capsys, "--db", str(demo_path), "import", str(form))
    # THEN refused clearly, nothing written
    assert refused(code, err) and "is damaged" in err, err
    assert fingerprint(demo_path) == before


def test_backup_of_a_damaged_database_is_refused_and_keeps_the_earlier_backup(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a good backup taken while the database was sound
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(demo_path), "backup", "--out", str(copy))[0] == EXIT_OK
    good = copy.read_bytes()
    # WHEN the database is damaged and backed up again to the same file
    damage(demo_path)
    before = fingerprint(demo_path)
    code, _out, err = run(capsys, "--db", str(demo_path), "backup", "--out", str(copy))
    # THEN no "Backup written": a refusal naming the failed check; the good backup untouched
    assert refused(code, err) and "integrity check" in err and "Backup written" not in err, err
    assert copy.read_bytes() == good and not Path(f"{copy}.part").exists()
    assert fingerprint(demo_path) == before


def test_a_bad_automatic_backup_never_pushes_a_good_one_out_of_the_rotation(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from emudesk import paths
    from emudesk.db import connect
    from emudesk.db.backup import KEEP_AUTOMATIC, automatic_backup, list_backups
    from emudesk.errors import DatabaseError

    # GIVEN a full rotation of good automatic backups
    db = connect(demo_path)
    for _ in range(KEEP_AUTOMATIC):
        automatic_backup(db, reason="before-import")
    good = list_backups(db)
    db.dispose()
    # WHEN the database is damaged and another automatic backup is taken
    damage(demo_path)
    db = connect(demo_path)
    try:
        with pytest.raises(DatabaseError):
            automatic_backup(db, reason="before-import")
        # THEN the damaged copy is not kept and every good backup is still there
        assert list_backups(db) == good
    finally:
        db.dispose()
    # AND a restore, whose safety copy of the damaged content is kept outside the rotation,
    # still leaves all the good ones
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(good[0]))
    assert code == EXIT_OK, err
    kept = sorted(paths.backups_dir().glob("*.damaged"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert all(path.exists() for path in good)


def test_the_bounded_check_takes_every_table_of_a_small_file_and_finds_the_damage(
    demo_path: Path,
) -> None:
    from emudesk.db import connect
    from emudesk.db.integrity import quick_check

    damage(demo_path, table="cluster_year")
    db = connect(demo_path)
    try:
        # GIVEN the table-by-table path a ministry-sized file takes, with time to spare
        found = quick_check(db, budget=60)
        assert found.problems and not found.unchecked
        # AND with no time at all, every table is reported unchecked, none passed as sound
        found = quick_check(db, budget=0)
        assert not found.problems and "score" in found.unchecked
    finally:
        db.dispose()


# --- point 8: a refusal changes no byte -------------------------------------------------------


def _rollback_journal(path: Path) -> None:
    """Another program's habit: the classic journal, header bytes 18–19 = 1, 1."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"


def test_a_newer_schema_is_refused_without_switching_the_file_to_wal(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rollback_journal(demo_path)
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = fingerprint(demo_path)
    for command in (["info"], ["open-year", "--cluster", "UBDT-C4", "--year", "2026"]):
        code, _out, err = run(capsys, "--db", str(demo_path), *command)
        assert refused(code, err) and "newer version of emudesk" in err, err
        assert fingerprint(demo_path) == before


def test_another_programs_sqlite_file_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "accounts.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount TEXT)")
        conn.execute("INSERT INTO ledger (amount) VALUES ('12.50')")
    conn.close()
    before = fingerprint(other)
    assert other.read_bytes()[18:20] == b"\x01\x01"
    for command in (["info"], ["check"], ["backup", "--out", str(tmp_path / "b.sqlite")]):
        code, _out, err = run(capsys, "--db", str(other), *command)
        assert refused(code, err) and "not an emudesk one" in err, (command, err)
        assert fingerprint(other) == before


@pytest.mark.parametrize("empty", ["zero bytes", "sqlite without tables"])
def test_an_empty_file_gets_no_schema_from_a_command_that_does_not_create(
    empty: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite"
    if empty == "zero bytes":
        path.write_bytes(b"")
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 0")
            conn.execute("CREATE TABLE t (x)")
            conn.execute("DROP TABLE t")
        conn.close()
    before = fingerprint(path)
    for command in (["info"], ["ranking", "--cluster", "X", "--year", "2024"], ["check"]):
        code, _out, err = run(capsys, "--db", str(path), *command)
        assert refused(code, err) and "is empty, not an emudesk database" in err, err
        assert fingerprint(path) == before
    # AND a command that creates a database still may
    assert run(capsys, "--db", str(path), "demo", "--force")[0] == EXIT_OK
    assert run(capsys, "--db", str(path), "info")[0] == EXIT_OK


def test_an_accepted_database_still_runs_in_wal(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rollback_journal(demo_path)
    assert run(capsys, "--db", str(demo_path), "info")[0] == EXIT_OK
    assert demo_path.read_bytes()[18:20] == b"\x02\x02"


# --- point 13: one busy timeout ---------------------------------------------------------------


def test_every_wait_for_a_lock_uses_the_one_busy_timeout(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from emudesk.db import backup, engine

    # GIVEN the give-up time set to 0.3 s, and every connection's wait recorded
    monkeypatch.setattr(engine, "BUSY_SECONDS", 0.3)
    waits: list[float] = []
    real_connect = sqlite3.connect

    def recording(*args: object, **kwargs: object) -> sqlite3.Connection:
        waits.append(float(kwargs.get("timeout", 5.0)))  # type: ignore[arg-type]
        return real_connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup.sqlite3, "connect", recording)
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(demo_path), "backup", "--out", str(copy))[0] == EXIT_OK
    # AND another program holding the database exclusively
    holder = real_connect(demo_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # WHEN it is restored THEN refused as busy, and no connection waited longer than 0.3 s
        code, _out, err = run(capsys, "--db", str(demo_path), "restore", str(copy))
        assert refused(code, err) and "busy" in err, err
        # AND the demo's "in use" probe waits the same time
        code, _out, err = run(capsys, "--db", str(demo_path), "demo", "--force")
        assert refused(code, err) and "in use" in err, err
    finally:
        holder.rollback()
        holder.close()
    assert waits and set(waits) == {0.3}
    db = engine.connect(demo_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
    db.dispose()


# --- point 9: demo --force --------------------------------------------------------------------


def _unit_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[0] for row in conn.execute("SELECT official_name FROM unit_name ORDER BY 1")]
    conn.close()
    return names


def test_demo_force_backs_up_then_swaps_in_a_database_built_beside_it(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the office's own database, with a unit renamed by hand
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE unit_name SET official_name = 'Sở của chúng tôi' WHERE id = 1")
    conn.close()
    ours = _unit_names(demo_path)
    # WHEN the demo is forced over it
    code, out, err = run(capsys, "--db", str(demo_path), "demo", "--force")
    # THEN the demo is there, and the previous content is in the backup it names
    assert code == EXIT_OK, err
    assert "Sở của chúng tôi" not in _unit_names(demo_path)
    saved = Path(out.split("saved to ", 1)[1].strip().rstrip("."))
    assert _unit_names(saved) == ours
    assert sorted(p.name for p in demo_path.parent.iterdir() if p.name.startswith(".")) == []


def test_an_interrupted_demo_force_leaves_the_old_database_whole(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.services.demo import build

    before = fingerprint(demo_path)

    def interrupted(session: object) -> None:
        raise KeyboardInterrupt  # Ctrl+C, a closed terminal, a power cut

    monkeypatch.setattr(build, "build_demo", interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["--db", str(demo_path), "demo", "--force"])
    capsys.readouterr()
    assert fingerprint(demo_path) == before
    assert [p.name for p in demo_path.parent.iterdir() if p.name.startswith(".")] == []


def test_demo_force_notices_another_program_holding_the_file_open(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    # GIVEN another program with the database open, idle (no lock held)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM unit').fetchall()\n"
         "print('open', flush=True); time.sleep(120)\n",
         str(demo_path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = fingerprint(demo_path)
        # WHEN the demo is forced over it THEN refused; the file is the same file, unchanged
        code, _out, err = run(capsys, "--db", str(demo_path), "demo", "--force")
        assert refused(code, err) and "in use by another program" in err, err
        assert fingerprint(demo_path) == before
    finally:
        holder.kill()
        holder.wait()
