"""Engine, sessions, migrations, backup, restore and integrity checks."""

from __future__ import annotations

import os

from sqlalchemy.exc import DBAPIError

from emudesk.db.engine import Database, connect
from emudesk.errors import DatabaseError
from emudesk.i18n import _


def open_database(
    target: str | os.PathLike[str] | None,
    *,
    create: bool = True,
    backup: bool = True,
    verify: bool = True,
) -> Database:
    """Open (or create) a database and bring its schema up to date, backing up first.

    Before anything is written — WAL mode, a migration, the schema of a new database — the
    file is accepted: not another program's, not a newer emudesk's, not empty unless
    ``create``, and (``verify``, for whoever means to write) not damaged. A refusal leaves
    every byte as it was.
    """
    from emudesk.db.migrate import migrate, needs_upgrade

    db = connect(target, create=create)
    try:
        needs_upgrade(db)  # raises for another program's file or a newer emudesk's
        if not create:
            _refuse_empty(db)
        if verify:
            from emudesk.db.integrity import refuse_if_damaged

            refuse_if_damaged(db)
        db.accept()
        migrate(db, backup=backup)
    except DBAPIError as exc:
        db.dispose()
        raise DatabaseError(_unreachable(db, exc)) from exc
    except Exception:
        db.dispose()
        raise
    return db


def _refuse_empty(db: Database) -> None:
    """Only the commands that create a database may fill an empty file with a schema."""
    from emudesk.db.migrate import current_revision, has_tables

    path = db.path
    if path is None or current_revision(db) is not None or has_tables(db):
        return
    raise DatabaseError(
        _(
            "{path} is empty, not an emudesk database; nothing was written to it. Create a "
            "database in the window (File › New database) or with emudesk demo, or choose "
            "another file.",
            path=path,
        )
    )


def _unreachable(db: Database, exc: DBAPIError) -> str:
    """Why the database could not even be read, for the user: the driver's first line."""
    reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
    if db.path is None:
        return _(
            "Cannot reach the database server {url}: {reason}. Check the address, the user "
            "name and password, and that the server is running and reachable from this PC.",
            url=db.display_name,
            reason=reason,
        )
    if "locked" in reason.lower() or "busy" in reason.lower():
        return _(
            "{path} is busy: another program is writing to it. Wait a moment and open it "
            "again; nothing was changed.",
            path=db.display_name,
        )
    return _("Cannot open {path}: {reason}.", path=db.display_name, reason=reason)


__all__ = ["Database", "connect", "open_database"]
