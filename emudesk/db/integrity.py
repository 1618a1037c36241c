"""Is an SQLite file sound enough to write to? SQLite's quick check, bounded in time.

Writing into a damaged file spreads the damage (a new row lands on a page whose pointers are
garbage), so every command that writes asks first. ``PRAGMA quick_check`` reads every page
of the file: a few milliseconds for an office's database, but seconds for a ministry-sized
one (bench/README.md, "Quick check before writing"). So:

- a file up to ``FULL_CHECK_BYTES`` gets the whole quick check, every time;
- a larger one gets the quick check table by table, smallest first (by their highest row
  id, which SQLite finds without reading the table), as long as a table is expected to be
  done within ``BUDGET_SECONDS`` (and is interrupted if it is not).
  The largest tables (scores, the audit trail) may be left for ``emudesk check`` and for
  the backup that precedes every bulk write, which is itself checked whole (``backup.py``).

Reads only: never a byte of the file changes, whatever the answer.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from emudesk.db.engine import Database
from emudesk.errors import DatabaseError
from emudesk.i18n import _

FULL_CHECK_BYTES = 128 * 1024 * 1024
BUDGET_SECONDS = 1.0
# Rows a second the quick check gets through on a table (measured: 620,000 on the scores of
# bench/scale.py with the other core busy); a table expected to take longer than the time
# left is not started, rather than interrupted with nothing learnt.
ROWS_PER_SECOND = 500_000


@dataclass
class QuickCheck:
    """What a bounded quick check found: problems, and the tables left unchecked."""

    problems: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)


class _OutOfTimeError(Exception):
    pass


def quick_check(db: Database, *, budget: float | None = None) -> QuickCheck:
    """Run SQLite's quick check on ``db``'s file within ``budget`` seconds (see module doc)."""
    path = db.path
    result = QuickCheck()
    if path is None:
        return result
    whole = budget is None and _size(path) <= FULL_CHECK_BYTES
    limit = BUDGET_SECONDS if budget is None else budget
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            if whole:
                result.problems = _problems(raw.execute("PRAGMA quick_check(20)").fetchall())
                return result
            deadline = time.monotonic() + limit
            tables = _tables_smallest_first(raw)
            for number, (table, rows_count) in enumerate(tables):
                if time.monotonic() + rows_count / ROWS_PER_SECOND > deadline:
                    result.unchecked = [name for name, _rows in tables[number:]]
                    break
                try:
                    rows = _bounded(raw, f'PRAGMA quick_check("{_quoted(table)}")', deadline)
                except _OutOfTimeError:
                    result.unchecked = [name for name, _rows in tables[number:]]
                    break
                result.problems += _problems(rows)
                if result.problems:
                    break
    except DBAPIError as exc:  # the schema itself cannot be read
        result.problems.append(str(exc.orig).strip().splitlines()[0] if str(exc.orig) else "?")
    except sqlite3.DatabaseError as exc:
        result.problems.append(str(exc).strip() or type(exc).__name__)
    return result


def refuse_if_damaged(db: Database) -> None:
    """Refuse, leaving the file alone, to write to a database that fails the quick check."""
    found = quick_check(db)
    if found.problems:
        raise DatabaseError(damaged_message(db.display_name, found.problems[0]))


def damaged_message(name: str, detail: str) -> str:
    """The one message for a damaged database file, with what to do about it."""
    if not name:
        return _(
            "The open database is damaged ({detail}); what was being done was not stored. "
            "Restore the latest backup (File › Restore from a backup) or ask the person who "
            "looks after this PC to repair the file.",
            detail=detail,
        )
    return _(
        "The database {name} is damaged ({detail}); nothing was written to it. Restore the "
        "latest backup (emudesk restore, or File › Restore from a backup in the window) or "
        "ask the person who looks after this PC to repair the file.",
        name=name,
        detail=detail,
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    return [summary(str(row[0])) for row in rows if row and row[0] != "ok"]


def summary(report: str) -> str:
    """SQLite's first complaint, on one line: its report repeats "*** in database main ***"
    and then lists every page it could not account for."""
    lines = [line.strip() for line in report.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("***")] or lines or ["?"]
    first = lines[0][:200]
    more = len(lines) - 1
    return first if not more else _("{first}; {count} more", first=first, count=more)


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def _tables_smallest_first(raw: sqlite3.Connection) -> list[tuple[str, int]]:
    names = [
        str(row[0])
        for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    sizes: dict[str, int] = {}
    for name in names:
        try:  # the last row of a rowid table: found by walking down one branch of its tree
            last = raw.execute(f'SELECT max(rowid) FROM "{_quoted(name)}"').fetchone()[0]
            sizes[name] = int(last or 0)
        except (sqlite3.DatabaseError, TypeError, ValueError):
            sizes[name] = -1  # a table whose tree cannot even be walked: check it first
    return sorted(sizes.items(), key=lambda item: (item[1], item[0]))


def _bounded(raw: sqlite3.Connection, statement: str, deadline: float) -> list[tuple[object, ...]]:
    """``statement``'s rows, or ``_OutOfTimeError`` at ``deadline``. The integrity check is one
    step of SQLite's virtual machine, so a progress handler would only be asked after it;
    ``interrupt`` (safe from another thread) stops it where it is."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _OutOfTimeError
    timer = threading.Timer(remaining, raw.interrupt)
    timer.start()
    try:
        return raw.execute(statement).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise _OutOfTimeError from exc
        raise
    finally:
        timer.cancel()
