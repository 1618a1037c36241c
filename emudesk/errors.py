"""Typed errors that carry a message a user can act on.

*Known* problems (the user's input, the environment) are ``EmuError`` subclasses: the GUI
shows their message in a dialog, the CLI prints it on stderr and exits with status 3.
Anything else is a bug and gets the crash report path instead.
"""

from __future__ import annotations

from pathlib import Path


class EmuError(Exception):
    """A refusal the user can understand and act on; ``message`` is in Vietnamese."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(EmuError):
    """Input that breaks a rule: an empty name, a year out of range, head = deputy…"""


class NotFoundError(EmuError):
    """A code, UUID or name that matches nothing."""


class ConflictError(EmuError):
    """A duplicate code, or a change that collides with existing data."""


class InUseError(EmuError):
    """Removing something that other records still depend on."""


class ConcurrentEditError(EmuError):
    """The record was changed by someone else since it was read (optimistic locking)."""


class DatabaseError(EmuError):
    """The database file cannot be used: not SQLite, read-only, locked, too new, damaged."""


class FileFormatError(EmuError):
    """An input file of the wrong type, damaged, or hostile."""


class CancelledError(EmuError):
    """The user stopped long work before it finished; nothing was written."""


_ENGINE_MODULES = ("sqlalchemy", "sqlite3", "psycopg", "_sqlite3")


def database_fault(error: BaseException) -> bool:
    """True when ``error`` is a refusal built around the database engine's own complaint.

    Only ``DatabaseError`` (busy, full, read-only, unreachable, damaged) and
    ``ConcurrentEditError`` put a database condition into words on purpose; any other refusal
    caused by an engine exception (a constraint, a statement) would show the engine's text,
    SQL and table names, to a user who can do nothing with it. That is a bug: it gets the
    report path, not a message box.
    """
    if isinstance(error, DatabaseError | ConcurrentEditError):
        return False
    seen: set[int] = set()
    cause: BaseException | None = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if type(cause).__module__.split(".")[0] in _ENGINE_MODULES:
            return True
        cause = cause.__cause__ or cause.__context__
    return False


class OutputError(EmuError):
    """A document cannot be written where the user asked (missing folder, file open, rights)."""

    def __init__(self, message: str, *, path: Path) -> None:
        super().__init__(message)
        self.path = path


# What SQLite says of a file whose pages are garbage; never a bug of the program's.
_DAMAGE = (
    "database disk image is malformed",
    "file is not a database",
    "malformed database schema",
)


def database_damage(error: BaseException) -> str | None:
    """SQLite's words when ``error`` comes from a damaged database file, else None.

    A damaged file is the environment's fault, not the program's: the user is told so and
    what to do (restore a backup), never shown a traceback.
    """
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if type(cause).__module__.split(".")[0] in _ENGINE_MODULES:
            text = str(getattr(cause, "orig", None) or cause).strip().splitlines()
            for phrase in _DAMAGE:
                if text and phrase in text[0].lower():
                    return text[0]
        cause = cause.__cause__ or cause.__context__
    return None
