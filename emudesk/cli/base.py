"""What every command shares: exit statuses, opening the database, printing."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from emudesk.db import Database

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_REFUSED = 3

Handler = Callable[[argparse.Namespace], int]


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database named by ``--db`` (or the default), migrating it if needed."""
    from emudesk.db import open_database

    return open_database(args.db, create=create)


def out(text: str = "") -> None:
    """Print one line of output (stdout is UTF-8, see ``main``)."""
    print(text)
