"""Engine, sessions, migrations, backup, restore and integrity checks."""

from __future__ import annotations

import os

from emudesk.db.engine import Database, connect


def open_database(
    target: str | os.PathLike[str] | None, *, create: bool = True, backup: bool = True
) -> Database:
    """Open (or create) a database and bring its schema up to date, backing up first."""
    from emudesk.db.migrate import migrate

    db = connect(target, create=create)
    try:
        migrate(db, backup=backup)
    except Exception:
        db.dispose()
        raise
    return db


__all__ = ["Database", "connect", "open_database"]
