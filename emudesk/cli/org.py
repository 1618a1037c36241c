"""Commands about the database and the organisation: demo, info, backup, restore, check,
screenshot, and opening the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, date, err, open_db, out
from emudesk.errors import EmuError
from emudesk.i18n import _


def cmd_demo(args: argparse.Namespace) -> int:
    from emudesk.db import connect, open_database
    from emudesk.db.backup import automatic_backup
    from emudesk.db.engine import resolve_url, sqlite_path
    from emudesk.db.replace import discard, refuse_if_in_use, swap_in, temporary_beside
    from emudesk.services.demo.build import build_demo

    path = sqlite_path(resolve_url(args.db))
    if path is None or not path.exists() or path.stat().st_size == 0:
        db = open_database(args.db, backup=False)  # a new file, or a server
        try:
            with db.session() as session:
                build_demo(session)
        finally:
            db.dispose()
        out(_("Demo database created: {path}", path=db.display_name))
        return EXIT_OK
    if not args.force:
        raise EmuError(
            _(
                "{path} exists already; add --force to replace it with the demo database.",
                path=path,
            )
        )
    # Backed up, built beside it, swapped in by one rename: never neither old nor new.
    old = connect(path, create=False)  # refuses a non-SQLite or read-only file; reads only
    try:
        refuse_if_in_use(path)
        saved = automatic_backup(old, reason="before-demo", keep_damaged=True)
    finally:
        old.dispose()
    new = temporary_beside(path)
    discard(new)
    try:
        db = open_database(new, backup=False)
        try:
            with db.session() as session:
                build_demo(session)
        finally:
            db.dispose()
        refuse_if_in_use(path)
        swap_in(new, path)
    finally:
        discard(new)
    out(_("Demo database created: {path}", path=path))
    out(_("The previous content was saved to {safety}.", safety=saved))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from emudesk.services.organisation.overview import clusters_overview

    if args.on is not None:
        from emudesk.cli.reorganisation import cmd_info_on

        return cmd_info_on(args)

    db = open_db(args, write=False)
    try:
        with db.engine.connect() as conn:
            found = clusters_overview(conn, args.query or "")
    finally:
        db.dispose()
    if not found:
        out(_("No clusters."))
    for cluster in found:
        out(f"{cluster.code}  {cluster.name} — {cluster.issuer_name}")
        if cluster.founding_decision_number:
            date = cluster.founding_decision_date
            out(
                "  "
                + _(
                    "Founded by decision {number} of {date}",
                    number=cluster.founding_decision_number,
                    date=date.strftime("%d/%m/%Y") if date else "?",
                )
            )
        for year in cluster.years:
            out(
                "  "
                + _(
                    "{year}: head {head}, deputy {deputy}; {count} member units",
                    year=year.year,
                    head=year.head or "—",
                    deputy=year.deputy or "—",
                    count=len(year.members),
                )
            )
            for member in year.members:
                out(f"    - {member.code:<12} {member.name}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from emudesk.db.backup import backup_to

    db = open_db(args, write=False)
    try:
        target = backup_to(db, Path(args.out))
    finally:
        db.dispose()
    out(_("Backup written: {path}", path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from emudesk.db import connect
    from emudesk.db.backup import restore_from

    db = connect(args.db, create=False)
    try:
        safety = restore_from(db, Path(args.file))
    finally:
        db.dispose()
    out(
        _(
            "Restored from {file}. The previous content was saved to {safety}.",
            file=args.file,
            safety=safety,
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from emudesk.services.database_check import check_database

    db = open_db(args, write=False)
    try:
        problems = check_database(db, progress=_StderrProgress(_("Checking the database")))
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            err(problem)
        print(_("{count} problem(s) found.", count=len(problems)), file=sys.stderr)
        return EXIT_REFUSED
    out(_("The database is sound."))
    return EXIT_OK


class _StderrProgress:
    """Long work's percentage on stderr: one line redrawn on a terminal, else a line a tenth."""

    def __init__(self, label: str) -> None:
        self.label, self.shown = label, -1
        self.terminal = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        percent = 100 * done // max(total, 1)
        step = 1 if self.terminal else 10
        if percent // step != self.shown // step or (percent == 100 and self.shown != 100):
            end = "\n" if percent == 100 or not self.terminal else ""
            print(f"\r{self.label}… {percent}%" if self.terminal else f"{self.label}… {percent}%",
                  end=end, file=sys.stderr, flush=True)  # fmt: skip
            self.shown = percent
        return True


def cmd_screenshot(args: argparse.Namespace) -> int:
    from emudesk.ui.screenshot import render_pages

    written = render_pages(args.db, Path(args.out), language=args.language)
    for path in written:
        out(str(path))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    import gc

    gc.disable()  # until the data is on screen: see ``run_gui`` (the imports count too)
    from emudesk.ui.app import run_gui

    return run_gui(
        args.db,
        quit_after_shown=args.quit_after_shown,
        quit_after_ready=args.quit_after_ready,
        quit_after_data=args.quit_after_data,
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    demo = sub.add_parser("demo", help=_("create the demo database"))
    demo.add_argument("--force", action="store_true", help=_("replace an existing file"))
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser("info", help=_("list clusters, years, heads, deputies and members"))
    info.add_argument("query", nargs="?", help=_("only clusters matching this text"))
    info.add_argument(
        "--on", type=date, help=_("as it stood on this date (DD/MM/YYYY or YYYY-MM-DD)")
    )
    info.set_defaults(handler=cmd_info)

    backup = sub.add_parser("backup", help=_("write a backup copy of the database"))
    backup.add_argument("--out", required=True, help=_("backup file to write"))
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help=_("replace the database by a backup"))
    restore.add_argument("file", help=_("backup file"))
    restore.set_defaults(handler=cmd_restore)

    check = sub.add_parser("check", help=_("check the database's integrity"))
    check.set_defaults(handler=cmd_check)

    shot = sub.add_parser("screenshot", help=_("render every main page to PNG"))
    shot.add_argument("--out", required=True, help=_("folder for the PNG files"))
    shot.add_argument("--language", choices=("vi", "en"), default="vi")
    shot.set_defaults(handler=cmd_screenshot)
