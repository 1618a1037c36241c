"""``emudesk handover export|import``: move a whole cluster to another PC in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, open_db, out
from emudesk.i18n import _


def cmd_export(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import pin
    from emudesk.services.handover import export
    from emudesk.services.signing import handover

    secret = pin() if args.sign else ""
    db = open_db(args)
    try:
        with db.session() as session:
            if args.sign:
                counts, signer = handover.export_signed(
                    session, args.cluster, Path(args.out), secret
                )
            else:
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
    if args.sign:
        out(
            _(
                "Signed by {name} ({organisation}).",
                name=signer.name,
                organisation=signer.organisation or "—",
            )
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import show
    from emudesk.services.signing import handover, packages

    decision = True if args.take_theirs else False if args.keep_mine else None
    db = open_db(args, create=True)  # the new head's PC may start from an empty database
    try:
        with db.session() as session:
            try:
                received = handover.receive(
                    session,
                    Path(args.file),
                    accept_unverified=args.accept_unverified,
                    take_theirs=decision,
                    dry_run=args.dry_run,
                )
            except packages.UnverifiedPackageError as refused:
                show([refused.check.verdict])
                hint = _("To merge it all the same: --accept-unverified.")
                raise packages.UnverifiedPackageError(
                    f"{refused.message} {hint}", refused.check
                ) from refused
    finally:
        db.dispose()
    show([received.check.verdict])
    plan = received.plan
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
    for conflict in plan.conflicts:
        out(f"  ≠ {conflict.line}")
    out(
        _(
            "Of the file's {records} record(s): {new} new, {unchanged} unchanged, {differ} "
            "differing, {history} history entries added, {known} already here.",
            records=plan.records,
            new=new,
            unchanged=plan.unchanged,
            differ=len(plan.conflicts),
            history=plan.history,
            known=plan.history_known,
        )
    )
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
    export.add_argument(
        "--sign",
        action="store_true",
        help=_("sign the file with the token (PIN from EMUDESK_PKCS11_PIN or a prompt)"),
    )
    export.set_defaults(handler=cmd_export)
    merge = actions.add_parser("import", help=_("merge a handover file into this database"))
    merge.add_argument("file")
    merge.add_argument("--dry-run", action="store_true", help=_("only say what would change"))
    merge.add_argument(
        "--accept-unverified",
        action="store_true",
        help=_("merge even without a valid signature by a trusted signer (recorded)"),
    )
    choice = merge.add_mutually_exclusive_group()
    choice.add_argument(
        "--take-theirs", action="store_true", help=_("in a conflict, take the file's version")
    )
    choice.add_argument(
        "--keep-mine", action="store_true", help=_("in a conflict, keep this database's version")
    )
    merge.set_defaults(handler=cmd_import)
