"""Headless commands over the same services the GUI uses.

Exit status: 0 success, 2 wrong usage, 3 the program refuses (the reason on stderr).
Without a command the GUI opens.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from emudesk import __version__
from emudesk.cli.base import EXIT_OK, EXIT_PIPE, EXIT_REFUSED, EXIT_USAGE, Handler, err
from emudesk.errors import EmuError, database_damage, database_fault
from emudesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, set_language
from emudesk.text import control_characters

# Longer than any path a system allows (4,096 on Linux) and any name (300): a pasted file.
ARGUMENT_MAX = 4096

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "build_parser", "main"]

# The modules that register the commands, in the order of the help's list.
MODULES = (
    "org",
    "scoring",
    "exchange",
    "mail",
    "certificates",
    "selftest",
    "cycle",
    "handover",
    "papers",
    "signing",
    "reorganisation",
    "issuing",
    "council",
    "statistics",
)
# Which module registers each command: a run imports and registers only the module of the
# command it was given (``org`` alone for the window), since importing every command's
# module and building every command's parser took a quarter of a quick command such as
# ``info``. tests/test_cli.py checks this table against the whole parser.
COMMANDS = {
    **dict.fromkeys(("demo", "info", "backup", "restore", "check", "screenshot"), "org"),
    **dict.fromkeys(("ranking", "scoresheet"), "scoring"),
    **dict.fromkeys(
        (
            "export-forms",
            "import",
            "export-results",
            "export-proposals",
            "import-units",
            "import-table",
        ),
        "exchange",
    ),
    **dict.fromkeys(("send-forms", "returns"), "mail"),
    **dict.fromkeys(
        ("certificates", "calibration-grid", "calibrate", "verify", "register"), "certificates"
    ),
    "self-test": "selftest",
    **dict.fromkeys(
        ("open-year", "commitment", "minutes", "year-summary", "signing-register"), "cycle"
    ),
    "handover": "handover",
    "dossier": "papers",
    **dict.fromkeys(("sign", "verify-signature", "trust", "token"), "signing"),
    **dict.fromkeys(("events", "event"), "reorganisation"),
    **dict.fromkeys(
        ("submission", "register-format", "board", "quota", "decision", "history"), "issuing"
    ),
    "council": "council",
    "statistics": "statistics",
}
_VALUED = ("--db", "--language")  # the top-level options that take a value
_FLAGS = ("--version", "--quit-after-shown", "--quit-after-ready", "--quit-after-data")


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules a run needs: the chosen command's, ``org`` without a command (the
    window), every one when in doubt (help, an unknown command or option: argparse then
    words the answer with the whole list)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUED:
            next(tokens, None)
        elif token in _FLAGS or token.startswith(tuple(f"{o}=" for o in _VALUED)):
            continue
        elif token.startswith("-"):
            return MODULES
        else:
            module = COMMANDS.get(token)
            return (module,) if module is not None else MODULES
    return ("org",)


def build_parser(modules: Sequence[str] = MODULES) -> argparse.ArgumentParser:
    """The parser of every command (of the commands of ``modules`` only, when given)."""
    parser = argparse.ArgumentParser(
        prog="emudesk",
        description=_("Emulation and commendation work for emulation clusters."),
    )
    parser.add_argument("--version", action="version", version=f"emudesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=_("SQLite file or postgresql:// URL (default: EMUDESK_DB or the user data folder)"),
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_("language of the commands' messages (default: EMUDESK_LANGUAGE, else vi)"),
    )
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-data", action="store_true", help=argparse.SUPPRESS)
    org = importlib.import_module("emudesk.cli.org")
    parser.set_defaults(handler=org.cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"emudesk.cli.{name}").register(sub)
    return parser


def _language(argv: list[str]) -> str:
    """The messages' language, known before the parser (whose help it translates) exists."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    chosen = known.language or os.environ.get("EMUDESK_LANGUAGE", "")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def _undecodable(text: str) -> bool:
    """Bytes the system could not decode arrive as lone surrogates, which no file, database
    or PDF can hold."""
    return any("\ud800" <= char <= "\udfff" for char in text)


def _quiet_stdout() -> None:
    """Point stdout at the null device, so that Python's last flush at exit stays silent."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # no file descriptor behind stdout (an embedding program)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a stray byte in a path is shown, never a crash
            reconfigure(encoding="utf-8", errors="backslashreplace")
    given = sys.argv[1:] if argv is None else list(argv)
    set_language(_language(given))
    args = build_parser(_modules_for(given)).parse_args(given)
    values = [v if isinstance(v, list) else [v] for v in vars(args).values()]
    for value in (item for group in values for item in group if isinstance(item, str)):
        if _undecodable(value):
            print(
                _(
                    "emudesk: {value} is not valid text (the terminal's encoding is not UTF-8); "
                    "retype it or rename the file.",
                    value=ascii(value),
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        if len(value) > ARGUMENT_MAX:
            err(
                _(
                    "emudesk: an argument of {length} characters is longer than any name, "
                    "path or text a command takes ({limit}); shorten it.",
                    length=len(value),
                    limit=ARGUMENT_MAX,
                )
            )
            return EXIT_USAGE
        if control_characters(value):
            err(
                _(
                    "emudesk: {value} contains control characters ({codes}); retype it.",
                    value=ascii(value),
                    codes=", ".join(control_characters(value)[:5]),
                )
            )
            return EXIT_USAGE
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        # whoever read the output went away ("emudesk returns … | head"): stop quietly, as
        # other command-line tools do, instead of a traceback about a closed pipe
        _quiet_stdout()
        return EXIT_PIPE
    except EmuError as exc:
        if database_fault(exc) and database_damage(exc) is None:
            raise  # a bug: the traceback, not the engine's text dressed as a refusal
        message = exc.message if database_damage(exc) is None else _damaged(args, exc)
        err(_("emudesk: {message}", message=message))
        return EXIT_REFUSED
    except Exception as exc:
        if database_damage(exc) is None:
            raise
        err(_("emudesk: {message}", message=_damaged(args, exc)))
        return EXIT_REFUSED


def _damaged(args: argparse.Namespace, exc: BaseException) -> str:
    """A damaged page met half-way through a command (one that only reads is not checked
    first): what SQLite said, and what to do."""
    from emudesk.db.engine import resolve_url, sqlite_path
    from emudesk.db.integrity import damaged_message

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    return damaged_message(str(path or ""), database_damage(exc) or "?")
