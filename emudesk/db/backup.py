"""Backups of the SQLite file: automatic ones that rotate, manual backup and restore.

SQLite's online backup API copies a consistent snapshot even while the program has the
database open (WAL included), which a plain file copy does not guarantee.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from emudesk import paths
from emudesk.db.engine import SQLITE_HEADER, Database
from emudesk.errors import DatabaseError
from emudesk.i18n import _

KEEP_AUTOMATIC = 10


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


def backup_to(db: Database, destination: Path) -> Path:
    """Write a consistent copy of ``db`` to ``destination`` (overwriting it)."""
    source = _require_file(db)
    destination = Path(destination)
    if destination.resolve() == source.resolve():
        raise DatabaseError(_("The backup file cannot be the open database itself."))
    if not destination.parent.exists():
        raise DatabaseError(_("The folder {folder} does not exist.", folder=destination.parent))
    partial = destination.with_name(destination.name + ".part")
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("Could not back up to {path}: {reason}.", path=destination, reason=exc)
        ) from exc
    return destination


def automatic_backup(db: Database, *, reason: str) -> Path:
    """Back up before a risky step (migration, bulk import) and keep the newest few."""
    source = _require_file(db)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups_dir()
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    backup_to(db, target)
    rotate(folder, source.stem)
    return target


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


def restore_from(db: Database, backup_file: Path) -> Path:
    """Replace ``db``'s content by ``backup_file`` after checking it; returns a safety backup.

    The current content is backed up first, so a restore can itself be undone.
    """
    target = _require_file(db)
    backup_file = Path(backup_file)
    try:
        with backup_file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(_("Cannot read the backup file {path}.", path=backup_file)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(_("{name} is not an emudesk backup (SQLite).", name=backup_file.name))
    from emudesk.db.engine import connect
    from emudesk.db.migrate import needs_upgrade

    probe = connect(backup_file, create=False)
    try:
        with probe.engine.connect() as conn:
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
    finally:
        probe.dispose()
    safety = automatic_backup(db, reason="before-restore")
    db.dispose()
    try:
        src = sqlite3.connect(backup_file)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            _(
                "Could not restore: {reason}. The previous content is in {safety}.",
                reason=exc,
                safety=safety,
            )
        ) from exc
    return safety
