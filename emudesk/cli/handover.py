"""``emudesk handover export|import``: move a whole cluster to another PC in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, open_db, out
from emudesk.i18n import _


def cmd_export(args: argparse.Namespace) -> int:
    from emudesk.services.handover import export

    db = open_db(args)
    try:
        with db.session() as session:
            counts = export.export_cluster(session, args.cluster, Path(args.out))
    finally:
        db.dispose()
    out(
        _(
            "Handover file written to {path}: {rows} record(s).",
            path=args.out,
            rows=sum(counts.values()),
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from emudesk.services.handover import merge

    decision = True if args.take_theirs else False if args.keep_mine else None
    db = open_db(args, create=True)  # the new head's PC may start from an empty database
    try:
        with db.session() as session:
            plan = merge.merge(session, Path(args.file), take_theirs=decision, dry_run=args.dry_run)
    finally:
        db.dispose()
    new = sum(plan.new.values())
    if not plan.changes_anything:
        out(_("{cluster}: no changes.", cluster=plan.cluster_code))
        return EXIT_OK
    out(
        _(
            "{cluster}: {new} new record(s), {unchanged} unchanged, {conflicts} conflict(s).",
            cluster=plan.cluster_code,
            new=new,
            unchanged=plan.unchanged,
            conflicts=len(plan.conflicts),
        )
    )
    for _table, what in plan.conflicts:
        out(f"  ≠ {what}")
    if args.dry_run:
        out(_("Dry run: nothing was stored."))
        return EXIT_REFUSED if plan.conflicts else EXIT_OK
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    command = sub.add_parser("handover", help=_("hand a cluster over to another PC"))
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_("write every year of a cluster to one file"))
    export.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    export.add_argument("--out", required=True, help="FILE.emudesk")
    export.set_defaults(handler=cmd_export)
    merge = actions.add_parser("import", help=_("merge a handover file into this database"))
    merge.add_argument("file")
    merge.add_argument("--dry-run", action="store_true", help=_("only say what would change"))
    choice = merge.add_mutually_exclusive_group()
    choice.add_argument(
        "--take-theirs", action="store_true", help=_("in a conflict, take the file's version")
    )
    choice.add_argument(
        "--keep-mine", action="store_true", help=_("in a conflict, keep this database's version")
    )
    merge.set_defaults(handler=cmd_import)
