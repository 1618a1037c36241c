"""Where the program starts: the console script ``emudesk``, ``python -m emudesk`` and the
bundle (PyInstaller runs ``emudesk/__main__.py``) all call :func:`main`.

``emudesk --version`` is what installers, scripts and support staff run to see which program
they have; it is answered here, before the command line (argparse, the translations, the
commands' table) is loaded, so that it costs little more than the interpreter's own start.
Every other command line, ``--version`` among other options included, goes to
:func:`emudesk.cli.main`, which prints the same line (tests/test_entry.py holds them equal).
"""

from __future__ import annotations

import os
import sys

from emudesk import __version__

TYPE_CHECKING = False  # typing itself is not loaded for --version
if TYPE_CHECKING:
    from collections.abc import Sequence

VERSION_LINE = f"emudesk {__version__}\n"


def _print_version() -> None:
    """Print the version line as argparse's ``--version`` does: a windowed program, with
    nowhere to print, prints nothing; a reader that went away (``emudesk --version | true``)
    is no error, and Python's last flush at exit is pointed at the null device."""
    try:
        sys.stdout.write(VERSION_LINE)
        sys.stdout.flush()
    except AttributeError:  # no stdout at all
        pass
    except OSError:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError):
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program with ``argv`` (the process's arguments when None); the exit status."""
    given = sys.argv[1:] if argv is None else list(argv)
    if given == ["--version"]:
        _print_version()
        return 0
    from emudesk.cli import main as run_command_line

    return run_command_line(given)
