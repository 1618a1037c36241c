"""Backups of the SQLite file: automatic ones that rotate, manual backup and restore.

SQLite's online backup API copies a consistent snapshot even while the program has the
database open (WAL included), which a plain file copy does not guarantee. Every copy is
quick-checked before it takes its name: a copy of a damaged file is refused, never written
over an earlier good backup, and never counted in the rotation of automatic backups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from pathlib import Path

from emudesk import paths
from emudesk.db.engine import SQLITE_HEADER, Database, busy_seconds
from emudesk.errors import DatabaseError
from emudesk.i18n import _

KEEP_AUTOMATIC = 10


class _BusyError(Exception):
    """Raised from the backup progress callback: the other side stayed locked too long."""


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup, giving up after ``busy_seconds()`` of a lock held elsewhere
    (CPython would otherwise retry for ever and the window would freeze)."""
    deadline = time.monotonic() + busy_seconds()

    def progress(status: int, _remaining: int, _total: int) -> None:
        busy = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if busy and time.monotonic() > deadline:
            raise _BusyError

    source.backup(target, progress=progress, sleep=0.1)


def _require_file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise DatabaseError(
            _(
                "emudesk backs up SQLite files only; for a PostgreSQL server ask its "
                "administrator to use pg_dump."
            )
        )
    return path


def backup_to(db: Database, destination: Path, *, damaged_to: Path | None = None) -> Path:
    """Write a consistent copy of ``db`` to ``destination`` (overwriting it) once it passes
    the quick check; a copy that fails goes to ``damaged_to`` if given, else is refused."""
    source = _require_file(db)
    destination = Path(destination)
    if destination.resolve() == source.resolve():
        raise DatabaseError(_("The backup file cannot be the open database itself."))
    if not destination.parent.exists():
        raise DatabaseError(_("The folder {folder} does not exist.", folder=destination.parent))
    partial = destination.with_name(destination.name + ".part")
    try:
        src = sqlite3.connect(source, timeout=busy_seconds())
        try:
            dst = sqlite3.connect(partial, timeout=busy_seconds())
            try:
                _copy(src, dst)
                problem = _copy_problem(dst)
            finally:
                dst.close()
        finally:
            src.close()
        if problem is not None and damaged_to is not None:
            partial.replace(damaged_to)
            return damaged_to
        if problem is not None:
            partial.unlink(missing_ok=True)
            raise DatabaseError(
                _(
                    "The backup copy fails SQLite's integrity check ({detail}), so the "
                    "database itself is damaged; the copy was not kept and {path} was not "
                    "written. Restore an earlier backup or have the file repaired.",
                    detail=problem,
                    path=destination,
                )
            )
        partial.replace(destination)
    except _BusyError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            _(
                "The database is busy (another program or colleague is writing to it). "
                "Wait a moment and try again; nothing was changed."
            )
        ) from exc
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):  # a read-only folder refuses the clean-up too
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("Could not back up to {path}: {reason}.", path=destination, reason=exc)
        ) from exc
    return destination


def _copy_problem(copy: sqlite3.Connection) -> str | None:
    """SQLite's first complaint about a fresh copy (its quick check), or None when sound."""
    try:
        rows = copy.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc).strip() or type(exc).__name__
    from emudesk.db.integrity import summary

    problems = [summary(str(row[0])) for row in rows if row and row[0] != "ok"]
    return problems[0] if problems else None


def automatic_backup(db: Database, *, reason: str, keep_damaged: bool = False) -> Path:
    """Back up before a risky step (migration, bulk import) and keep the newest few.

    The copy is checked before the rotation runs: a damaged one is refused (and so is the
    step it was to precede), and the good backups it would have pushed out all stay. With
    ``keep_damaged`` (the copy taken before a restore: it is all there is of the current
    content) a damaged copy is kept, under a name the rotation never counts.
    """
    source = _require_file(db)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups_dir()
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    damaged = target.with_name(target.name + ".damaged") if keep_damaged else None
    written = backup_to(db, target, damaged_to=damaged)
    if written == target:
        rotate(folder, source.stem)
    return written


def rotate(folder: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the ``keep`` newest automatic backups of database ``stem``."""
    backups = sorted(folder.glob(f"{stem}-*.sqlite"), key=lambda p: p.name, reverse=True)
    removed = backups[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def list_backups(db: Database) -> list[Path]:
    """Automatic backups of this database, newest first."""
    source = _require_file(db)
    return sorted(
        paths.backups_dir().glob(f"{source.stem}-*.sqlite"), key=lambda p: p.name, reverse=True
    )


def check_backup(backup_file: Path) -> None:
    """Refuse a file that is not an emudesk backup this program can restore (read only).

    Asked before the user is asked to confirm a restore, so that nobody confirms replacing
    the database by a file that was never going to be accepted.
    """
    try:
        with Path(backup_file).open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(_("Cannot read the backup file {path}.", path=backup_file)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(_("{name} is not an emudesk backup (SQLite).", name=backup_file.name))
    _check_backup_file(Path(backup_file))


def restore_from(db: Database, backup_file: Path) -> Path:
    """Replace ``db``'s content by ``backup_file`` after checking it; returns a safety backup.

    The current content is backed up first, so a restore can itself be undone.
    """
    target = _require_file(db)
    backup_file = Path(backup_file)
    check_backup(backup_file)
    safety = automatic_backup(db, reason="before-restore", keep_damaged=True)
    db.dispose()
    try:
        src = sqlite3.connect(backup_file, timeout=busy_seconds())
        dst = sqlite3.connect(target, timeout=busy_seconds())
        try:
            _copy(src, dst)
        finally:
            src.close()
            dst.close()
    except _BusyError as exc:
        raise DatabaseError(
            _(
                "The database is busy (another program or colleague is using it), so nothing "
                "was restored. Close the other program and try again; the previous content "
                "is also in {safety}.",
                safety=safety,
            )
        ) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(
            _(
                "Could not restore: {reason}. The previous content is in {safety}.",
                reason=exc,
                safety=safety,
            )
        ) from exc
    return safety


def _check_backup_file(backup_file: Path) -> None:
    """Refuse a damaged, foreign or newer backup, reading it only (never switching it to WAL
    or otherwise writing to the user's file)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import sessionmaker

    from emudesk.db.migrate import needs_upgrade

    uri = backup_file.resolve().as_uri() + "?mode=ro&immutable=1"  # no -wal, no -shm
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=busy_seconds())
    )
    probe = Database(url=uri, engine=engine, factory=sessionmaker(engine), actor="")
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        if result != "ok":
            raise DatabaseError(
                _(
                    "The backup file {name} is damaged ({detail}).",
                    name=backup_file.name,
                    detail=result,
                )
            )
        needs_upgrade(probe)  # raises for a foreign or newer database
    except DBAPIError as exc:
        raise DatabaseError(
            _(
                "The backup file {name} is damaged ({detail}).",
                name=backup_file.name,
                detail=str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "?",
            )
        ) from exc
    finally:
        engine.dispose()
