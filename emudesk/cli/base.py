"""What every command shares: exit statuses, opening the database, printing."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from emudesk.i18n import _

if TYPE_CHECKING:
    from emudesk.db import Database

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_PIPE = 141  # 128 + SIGPIPE: the reader of the output closed it, as a shell reports it

Handler = Callable[[argparse.Namespace], int]


def open_db(args: argparse.Namespace, *, create: bool = False, write: bool = True) -> Database:
    """Open the database named by ``--db`` (or the default), migrating it if needed.

    A command that writes to it (``write``) first has it quick-checked and refused when
    damaged; one that only reads skips the check (a damaged page it meets is reported by
    ``main``). Only a command that creates a database (``create``) may fill an empty file.
    """
    from emudesk.db import open_database

    return open_database(args.db, create=create, verify=write)


def year(text: str) -> int:
    """An argparse type: a calendar year (a huge number would overflow the database)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1900 <= value <= 2999:
        raise argparse.ArgumentTypeError(_("{text} is not a year.", text=text))
    return value


def date(text: str) -> dt.date:
    """An argparse type: a date as DD/MM/YYYY or YYYY-MM-DD."""
    cleaned = text.strip()
    for form in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(cleaned, form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _("\u201c{text}\u201d is not a date (DD/MM/YYYY or YYYY-MM-DD).", text=text)
    )


def out(text: str = "") -> None:
    """Print one line of output (stdout is UTF-8, see ``main``); a control character from a
    stored name is shown escaped, never sent to the terminal."""
    from emudesk.text import for_terminal

    print(for_terminal(text))


def err(text: str) -> None:
    """Print one line on stderr, escaped like ``out``."""
    import sys

    from emudesk.text import for_terminal

    print(for_terminal(text), file=sys.stderr)
