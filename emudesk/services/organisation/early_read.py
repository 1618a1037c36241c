"""The window's early read: the first page's data taken from the file with Python's own
``sqlite3`` module, before SQLAlchemy is imported.

Only for a file that the normal open would most likely accept as it is: a local path (not a
PostgreSQL or other URL), an existing, writable SQLite file whose Alembic revision is the
current schema head. It is opened READ-ONLY (``mode=ro``): the early read never writes the
database file. Anything unusual — another revision, a lock, an error of any kind — gives
None, and the window takes today's path (open, check, then show). What it shows is dropped
if the normal open then refuses the file (``ui.app``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from emudesk import paths
from emudesk.revisions import SCHEMA_HEAD
from emudesk.services.organisation.start_view import SqliteReader

SQLITE_HEADER = b"SQLite format 3\x00"  # as db.engine.SQLITE_HEADER (which imports SQLAlchemy)
# A lock held by another program is not waited for: the normal open waits and explains.
EARLY_TIMEOUT_SECONDS = 0.05

log = logging.getLogger(__name__)


def early_path(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file the normal open would use for ``target`` (``db.engine.resolve_url``),
    or None for a URL (PostgreSQL, or an SQLite URL: left to the normal open)."""
    value = os.fspath(target) if target else os.environ.get("EMUDESK_DB", "")
    if not value:
        value = str(paths.default_database())
    if "://" in value:
        return None
    return Path(value).expanduser().resolve()


def open_early(target: str | os.PathLike[str] | None) -> SqliteReader | None:
    """A read-only reader on ``target``'s file when it is an emudesk database of the current
    schema; None otherwise, or on any error (the normal open then says what is wrong)."""
    try:
        path = early_path(target)
        if path is None or not path.is_file():
            return None
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return None  # the normal open refuses a read-only file
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro",
            uri=True,
            timeout=EARLY_TIMEOUT_SECONDS,
            isolation_level=None,
        )
    except (OSError, ValueError, sqlite3.Error) as exc:
        log.info("no early read of %s: %s", target, exc)
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision == [(SCHEMA_HEAD,)]:
            connection.execute("BEGIN")  # one snapshot for the whole first page (reads only)
            return SqliteReader(connection)
    except sqlite3.Error as exc:
        log.info("no early read of %s: %s", target, exc)
    connection.close()
    return None
