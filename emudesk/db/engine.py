"""Open a database: choose the URL, check the file, set pragmas, migrate, hand out sessions.

SQLite runs with foreign keys on, a busy timeout, and WAL on local disks. pysqlite's own
transaction handling is switched off so that SQLAlchemy emits BEGIN itself — the documented
way to get working SAVEPOINTs (nested transactions) on SQLite.

Switching a file to WAL writes its header (bytes 18–19), so it happens only once the file
has been accepted as an emudesk database (``Database.accept``): a refused file — another
program's, a newer emudesk's, a damaged one — keeps every byte.
"""

from __future__ import annotations

import functools
import getpass
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from emudesk import paths
from emudesk.errors import DatabaseError
from emudesk.i18n import _

if TYPE_CHECKING:  # the ORM is imported with the first session (``info`` needs none)
    from sqlalchemy.orm import Session

SQLITE_HEADER = b"SQLite format 3\x00"
# The one time any wait for another program's lock gives up after: the engine's busy
# timeout, backups, restores and the demo's "in use" probe all read it when they start.
BUSY_SECONDS = 5.0


def busy_seconds() -> float:
    """How long to wait for a lock held by another program before refusing (seconds)."""
    return BUSY_SECONDS


def resolve_url(target: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` / ``EMUDESK_DB`` / the default location into an SQLAlchemy URL."""
    value = os.fspath(target) if target else os.environ.get("EMUDESK_DB", "")
    if not value:
        value = str(paths.default_database())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path, *, must_exist: bool = False) -> None:
    """Refuse, with a clear message, a file that is not an SQLite database or is read-only."""
    try:
        _check_sqlite_file(path, must_exist=must_exist)
    except OSError as exc:  # a name too long, a path through a file, a device that fails
        raise DatabaseError(
            _("Cannot read the file {path}: {reason}.", path=path, reason=exc.strerror)
        ) from exc


def _check_sqlite_file(path: Path, *, must_exist: bool) -> None:
    if not path.exists():
        if must_exist:
            raise DatabaseError(_("The database file {path} does not exist.", path=path))
        parent = path.parent
        if not parent.exists():
            raise DatabaseError(
                _("The folder {folder} does not exist; choose another folder.", folder=parent)
            )
        if not os.access(parent, os.W_OK):
            raise DatabaseError(
                _("Cannot create a database in {folder}: the folder is read-only.", folder=parent)
            )
        return
    if path.is_dir():
        raise DatabaseError(_("{path} is a folder, not a database file.", path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            _("Cannot read the file {path}: {reason}.", path=path, reason=exc.strerror)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            _(
                "The file {name} is not an emudesk database (SQLite). "
                "Choose the right .sqlite file or create a new database.",
                name=path.name,
            )
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            _(
                "The file {name} or its folder is read-only. Copy the file to a folder "
                "you can write to (for example Documents) and open it again.",
                name=path.name,
            )
        )


def _is_network_path(path: Path) -> bool:
    """WAL needs shared memory, which network file systems do not provide reliably."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _is_remote_drive(path)
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            best = ("", "")
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and text.startswith(parts[1]) and len(parts[1]) > len(best[0]):
                    best = (parts[1], parts[2])
    except OSError:
        return False
    return best[1] in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p"}


def _is_remote_drive(path: Path) -> bool:
    """A mapped network drive (Z:) on Windows: GetDriveTypeW says DRIVE_REMOTE (4)."""
    import ctypes

    drive = Path(path).resolve().anchor
    kernel32 = getattr(ctypes, "windll", None)
    return bool(kernel32 and drive and kernel32.kernel32.GetDriveTypeW(drive) == 4)


def _configure_sqlite(engine: Engine, wal: dict[str, bool]) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see module doc)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={round(busy_seconds() * 1000)}")
        if wal["on"]:  # only once the file is accepted (see module doc)
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """An open database: the engine, a session factory and what the program knows of it."""

    url: str
    engine: Engine
    factory: Callable[[], Session]
    actor: str
    wal: bool = False
    _wal_switch: dict[str, bool] | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived session; services open their own transactions inside it."""
        session = self.factory()
        session.info["actor"] = self.actor
        try:
            yield session
        finally:
            session.close()

    def accept(self) -> None:
        """The file is an emudesk database the program may write: switch it to WAL (local
        disks only). Connections opened before, to read and check it, are closed."""
        if self.wal and self._wal_switch is not None and not self._wal_switch["on"]:
            self._wal_switch["on"] = True
            self.engine.dispose()

    def dispose(self) -> None:
        self.engine.dispose()


def use_bundled_libpq() -> None:
    """In the Linux bundle, make psycopg load the libpq shipped beside the program.

    The bundle carries psycopg's pure-Python driver and the system's libpq (build.spec);
    psycopg finds libpq with ``ctypes.util.find_library``, which searches only the system's
    folders. Elsewhere (a virtualenv, Windows' psycopg-binary) this does nothing."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "libpq.so.5"
    if not bundled.is_file():
        return
    import ctypes.util

    system_find = ctypes.util.find_library
    if hasattr(system_find, "__wrapped__"):  # already pointed
        return

    @functools.wraps(system_find)
    def find_library(name: str) -> str | None:
        return str(bundled) if name == "pq" else system_find(name)

    ctypes.util.find_library = find_library


def connect(target: str | os.PathLike[str] | None, *, create: bool = True) -> Database:
    """Create the engine for ``target`` without migrating (see ``emudesk.db.open_database``)."""
    url = resolve_url(target)
    path = sqlite_path(url)
    wal = False
    switch = {"on": False}
    if path is not None:
        check_sqlite_file(path, must_exist=not create)
        wal = not _is_network_path(path)
        engine = create_engine(url, connect_args={"timeout": busy_seconds()})
        _configure_sqlite(engine, switch)
    elif url.startswith("sqlite"):
        engine = create_engine(url)
        _configure_sqlite(engine, switch)
    else:
        use_bundled_libpq()
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except (ImportError, ArgumentError) as exc:
            raise DatabaseError(
                _(
                    "Cannot use the database address {url}: {reason}. A shared server needs "
                    "an address like postgresql+psycopg://user@server/emudesk.",
                    url=make_url(url).render_as_string(hide_password=True) if "://" in url else url,
                    reason=exc,
                )
            ) from exc
    factory = _sessions(engine)
    return Database(
        url=url, engine=engine, factory=factory, actor=current_actor(), wal=wal, _wal_switch=switch
    )


def _sessions(engine: Engine) -> Callable[[], Session]:
    """The session factory, made (and the ORM imported) when the first session is opened."""
    made: list[Callable[[], Session]] = []

    def factory() -> Session:
        if not made:
            from sqlalchemy.orm import sessionmaker

            made.append(sessionmaker(engine, expire_on_commit=False))
        return made[0]()

    return factory


def current_actor() -> str:
    """Who is recorded in the audit trail: the operating-system user name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers / services
        return "unknown"
