"""Replacing a whole database file (``emudesk demo --force``) without ever losing it.

The old content is backed up first; the new database is built in a temporary file beside
it and takes the old one's name in one rename, so an interruption leaves either the old
data or the new, never neither. A file another program holds open is not replaced: it
would go on writing into a file that no longer has a name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from emudesk.db.engine import busy_seconds
from emudesk.errors import DatabaseError
from emudesk.i18n import _

SIDE_FILES = ("-wal", "-shm", "-journal")


def _in_use(path: Path) -> DatabaseError:
    return DatabaseError(
        _(
            "{path} is in use by another program; close it before replacing the file.",
            path=path,
        )
    )


def refuse_if_in_use(path: Path) -> None:
    """Refuse when another program has ``path`` open (Linux: any process's open files) or
    holds a lock on it (everywhere). On Windows an open file also refuses the final rename."""
    if holders(path):
        raise _in_use(path)
    try:
        probe = sqlite3.connect(path, timeout=busy_seconds(), isolation_level=None)
        try:
            probe.execute("BEGIN EXCLUSIVE")
            probe.execute("ROLLBACK")
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise _in_use(path) from exc


def holders(path: Path) -> list[int]:
    """Processes with ``path`` (or its -wal/-shm) open, where the system says (/proc)."""
    proc = Path("/proc")
    if not sys.platform.startswith("linux") or not proc.is_dir():
        return []
    wanted = {os.path.realpath(f"{path}{suffix}") for suffix in ("", *SIDE_FILES)}
    found: list[int] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (entry / "fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) in wanted:
                        found.append(int(entry.name))
                        break
    return found


def temporary_beside(path: Path) -> Path:
    """A fresh name in ``path``'s folder (the final rename must not cross file systems)."""
    return path.with_name(f".{path.name}.{os.getpid()}.new")


def discard(path: Path) -> None:
    """Remove a temporary database and its side files (an interrupted build)."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def swap_in(new: Path, path: Path) -> None:
    """Give ``new`` the name ``path`` in one rename. The old file's -wal/-shm go first: a
    journal left beside the new file would be replayed into it."""
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(new, path)
    except PermissionError as exc:  # Windows: another program has the old file open
        raise _in_use(path) from exc
    except OSError as exc:
        raise DatabaseError(
            _("Could not replace {path}: {reason}.", path=path, reason=exc.strerror)
        ) from exc
