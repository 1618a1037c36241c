"""The open database as the widgets see it: call a service, learn that data changed.

Widgets never hold a session. ``read`` and ``write`` open a short session, call one service
function with it and close it again; ``write`` then emits ``changed`` so that the navigation
tree and the visible page reload. Service refusals (``EmuError``) reach the caller untouched:
the caller shows them where the user acted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from emudesk.services.organisation.start_view import AlchemyReader, SqliteReader

if TYPE_CHECKING:  # the window paints before SQLAlchemy is imported
    from emudesk.db import Database

P = ParamSpec("P")
T = TypeVar("T")


class DataContext(QObject):
    """Holds the open ``Database`` and runs service calls against it."""

    changed = Signal()  # something was written: reload what is shown
    replaced = Signal()  # another database was opened (or a backup restored)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.working_year: int | None = None  # of the cluster-year last opened: for defaults

    @property
    def db(self) -> Database:
        return self._db

    def read(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Call ``service(session, *args, **kwargs)`` in a fresh session and return its data."""
        with self._db.session() as session:
            return service(session, *args, **kwargs)

    def read_plain(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Call ``service(reader, *args, **kwargs)`` with a ``start_view.PlainReader`` on a plain
        connection: for the plain SQL readers of the window's first page (``start_view``),
        which need no ORM session."""
        with self._db.engine.connect() as connection:
            return service(AlchemyReader(connection), *args, **kwargs)

    def write(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Like ``read``, then announce the change (only when the service did not refuse)."""
        result = self.read(service, *args, **kwargs)
        self.changed.emit()
        return result

    def replace(self, db: Database) -> None:
        """Switch to another database; the previous one is closed."""
        old, self._db = self._db, db
        self.working_year = None
        if old is not db:
            old.dispose()
        self.replaced.emit()

    def close(self) -> None:
        self._db.dispose()


class EarlyContext(DataContext):
    """The first page's data read from the file before the database is opened
    (``early_read``): only ``read_plain`` works. The window shows it with every data action
    off and user input held back (``MainWindow.preview``) and drops it for the open database's
    ``DataContext`` — or, if the open refuses the file, for nothing."""

    def __init__(self, reader: SqliteReader, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self._reader: SqliteReader | None = reader
        self.working_year = None

    @property
    def db(self) -> Database:
        raise RuntimeError("the early read has no open database")

    def read(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        raise RuntimeError("the early read has no ORM session")

    def read_plain(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        if self._reader is None:
            raise RuntimeError("the early read is over")
        return service(self._reader, *args, **kwargs)

    def replace(self, db: Database) -> None:
        raise RuntimeError("the early read has no open database")

    def close(self) -> None:
        """Close the read-only connection (before the normal open: see ``ui.app``)."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
