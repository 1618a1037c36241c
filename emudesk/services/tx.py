"""One transaction per service call, one place that turns database errors into messages.

Only the conditions a user can act on become messages: a record changed meanwhile, a busy,
full or read-only database. A constraint the database refuses (``IntegrityError``) means a
service let something through that it should have refused in words: it stays an exception
and takes the bug-report path, so the engine's text never reaches the user as a message.

A service wraps its writes in ``write(session)``. Outside a batch that is a complete
transaction; inside ``batch(session)`` (an import of many files, the demo builder) it is a
SAVEPOINT, so the batch commits all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from emudesk.db.engine import current_actor
from emudesk.errors import ConcurrentEditError, DatabaseError
from emudesk.i18n import _
from emudesk.model.base import Travelling

_BATCH = "emudesk.batch"
_BATCH_CACHE = "emudesk.batch_cache"


def actor_of(session: Session) -> str:
    """The user recorded for changes made through ``session``."""
    return str(session.info.get("actor") or current_actor())


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:
        raise ConcurrentEditError(
            _("This record was changed meanwhile by someone else; reload it and try again.")
        ) from exc
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
            raise DatabaseError(
                _(
                    "The database is busy (another program or colleague is writing to it). "
                    "Wait a moment and try again; nothing was changed."
                )
            ) from exc
        reason = str(exc.orig).lower()
        if "full" in reason or "disk i/o" in reason:
            raise DatabaseError(
                _(
                    "The disk holding the database is full or failing; nothing was changed. "
                    "Free some space (or copy the database to another disk) and try again."
                )
            ) from exc
        if "readonly" in str(exc.orig).lower().replace("-", "").replace(" ", ""):
            raise DatabaseError(
                _("The database is read-only; nothing was changed. Open a writable copy.")
            ) from exc
        raise


@contextmanager
def write(session: Session) -> Iterator[Session]:
    """Run the enclosed writes as one transaction (or a savepoint inside a batch)."""
    with _translated_errors():
        if session.info.get(_BATCH):
            with session.begin_nested():
                yield session
            return
        if session.in_transaction():
            session.commit()  # ends the read transaction a previous query began
        with session.begin():
            yield session


@contextmanager
def batch(session: Session) -> Iterator[Session]:
    """Group several service calls into one all-or-nothing transaction."""
    with _translated_errors():
        if session.in_transaction():
            session.commit()
        session.info[_BATCH] = True
        try:
            with session.begin():
                yield session
        finally:
            session.info.pop(_BATCH, None)
            session.info.pop(_BATCH_CACHE, None)


@contextmanager
def rehearsal(session: Session) -> Iterator[Session]:
    """Run service calls for real inside one transaction that is always rolled back.

    A preview shows what an event would change by rehearsing it (its own checks and
    refusals included) and reading the result before the rollback; nothing is kept.
    """
    with _translated_errors():
        if session.in_transaction():
            session.commit()
        session.info[_BATCH] = True
        outer = session.begin()
        try:
            yield session
        finally:
            session.info.pop(_BATCH, None)
            session.info.pop(_BATCH_CACHE, None)
            outer.rollback()


def batch_cache(session: Session) -> dict[object, Any] | None:
    """A dict that lives as long as the enclosing ``batch`` (None outside one).

    For what many calls of one batch would otherwise recompute identically, such as a
    scoring table's rows while a hundred returns of the same year are stored.
    """
    if not session.info.get(_BATCH):
        return None
    cache: dict[object, Any] = session.info.setdefault(_BATCH_CACHE, {})
    return cache


@event.listens_for(Session, "before_flush")
def _stamp_editor(session: Session, _context: Any, _instances: Any) -> None:
    """Record who last edited each travelling entity (shown in "changed meanwhile by")."""
    who = actor_of(session)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Travelling) and session.is_modified(obj):
            obj.updated_by = who


def pause_point(name: str) -> None:
    """Crash-safety tests stop a child process here, mid-transaction, to kill it.

    With ``EMUDESK_TEST_PAUSE_AT=<name>`` set, the process announces itself on stderr and
    waits; otherwise (always, for users) this is one dictionary lookup.
    """
    import os

    if os.environ.get("EMUDESK_TEST_PAUSE_AT") == name:
        import sys
        import time

        print(f"emudesk-paused-at {name}", file=sys.stderr, flush=True)
        time.sleep(120)
