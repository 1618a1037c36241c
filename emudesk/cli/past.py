"""Past decisions on the command line: the template to fill, and importing it back.

``emudesk history template --out FILE.xlsx [--issuer CODE]`` and
``emudesk history import FILE [--dry-run] [--update]`` (subcommands of ``history``, whose own form
``history --unit TEXT`` lists a unit's awards).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, err, open_db, out
from emudesk.i18n import _

STATUS_WORDS = {"new": "+", "present": "=", "changed": "~", "error": "!"}


def cmd_template(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import past_decisions

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            path = past_decisions.write_template(session, Path(args.out), args.issuer or "")
    finally:
        db.dispose()
    out(_("Template of past decisions written to {path}.", path=path))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import past_decisions

    db = open_db(args)
    try:
        with db.session() as session:
            found = past_decisions.check_workbook(session, Path(args.file))
            _preview(found)
            if found.problems:
                err(past_decisions.refusal(found.file, found.problems))
                return EXIT_REFUSED
            if args.dry_run:
                out(_("Dry run: nothing was stored."))
                return EXIT_OK
            if found.count("changed") and not args.update:
                err(past_decisions.corrections_refused(found.file, found.corrections))
                err(_("Run the import again with --update to correct them."))
                return EXIT_REFUSED
            if not found.count("new") and not found.count("changed"):
                out(_("Nothing to add: every row is already here."))
                return EXIT_OK
            stored = past_decisions.import_workbook(session, Path(args.file), update=args.update)
    finally:
        db.dispose()
    out(_("{count} past award(s) added.", count=stored.count("new")))
    if stored.count("changed"):
        out(_("{count} past award(s) corrected.", count=stored.count("changed")))
    if stored.backup is not None:
        out(_("Backup made before the import: {path}", path=stored.backup))
    return EXIT_OK


def _preview(found: object) -> None:
    from emudesk.services.issuing.past_decisions import PastImport

    assert isinstance(found, PastImport)
    out(
        _(
            "{file} ({issuer}): {new} to add, {present} already here, {errors} refused.",
            file=found.file,
            issuer=found.issuer,
            new=found.count("new"),
            present=found.count("present"),
            errors=found.count("error"),
        )
    )
    for row in found.rows:
        if row.status == "error":
            continue
        mark = STATUS_WORDS[row.status]
        number = f", {_('register number')} {row.register_number}" if row.register_number else ""
        out(f"  {mark} {row.number}: {row.year}  {row.recipient} — {row.award} ({row.decision}"
            f"{number})")  # fmt: skip
        if row.changes:
            out(f"      {row.change_words()}")
    if found.count("changed"):
        changed = found.count("changed")
        out(_("{count} row(s) correct past awards already stored (~).", count=changed))


def register(history: argparse.ArgumentParser) -> None:
    """Add ``template`` and ``import`` under the ``history`` command."""
    actions = history.add_subparsers(dest="action", metavar="ACTION")
    template = actions.add_parser(
        "template", help=_("write the workbook to type past decisions into (Excel, LibreOffice)")
    )
    template.add_argument("--out", required=True, help="FILE.xlsx")
    template.add_argument(
        "--issuer", default="", help=_("issuer's short name (when the database holds several)")
    )
    template.set_defaults(handler=cmd_template)
    receive = actions.add_parser(
        "import", help=_("import the decisions typed into the template, after checking them")
    )
    receive.add_argument("file")
    receive.add_argument("--dry-run", action="store_true", help=_("only say what would change"))
    receive.add_argument(
        "--update",
        action="store_true",
        help=_("correct the past awards already stored whose row differs (~ in the preview)"),
    )
    receive.set_defaults(handler=cmd_import)
