"""Commands about Excel workbooks: scoring forms out and returns in, results, lists, tables.

``emudesk import`` prints one report per file (what is wrong, or what would change) and
exits with status 3 when any file is refused; nothing is stored then unless ``--per-file``
lets the good files in on their own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, err, open_db, out, year
from emudesk.i18n import _


def _date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a date in the form DD/MM/YYYY.", text=text)
        ) from exc


def cmd_export_forms(args: argparse.Namespace) -> int:
    from emudesk.services.exchange import form_export
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            written = form_export.export_forms(
                session, year.uuid, Path(args.out), deadline=args.deadline, send_to=args.send_to
            )
    finally:
        db.dispose()
    for path in written:
        out(str(path))
    out(_("{count} form(s) written.", count=len(written)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from emudesk.errors import ValidationError
    from emudesk.exchange.report import FileStatus
    from emudesk.services.exchange import return_import
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            year_uuid = None
            if bool(args.cluster) != bool(args.year):
                raise ValidationError(_("Give --cluster and --year together."))
            if args.cluster:
                year_uuid = years.get_year(session, args.cluster, args.year).uuid
            reports = return_import.check_files(
                session,
                [Path(p) for p in args.files],
                year_uuid=year_uuid,
                map_old_versions=args.map_old_versions,
            )
            for report in reports:
                for line in report.lines():
                    out(line)
            refused = [r for r in reports if r.status is FileStatus.REFUSED]
            if reports and all(r.status is FileStatus.NO_WORKBOOK for r in reports):
                print(_("emudesk: these e-mails carry no workbook; nothing to import."),
                      file=sys.stderr)  # fmt: skip
                return EXIT_REFUSED
            if args.dry_run:
                out(_("Dry run: nothing was stored."))
                return EXIT_REFUSED if refused else EXIT_OK
            if refused and not args.per_file:
                print(
                    _(
                        "emudesk: {count} file(s) refused; nothing was imported. Correct or "
                        "leave them out, or add --per-file to import the good files.",
                        count=len(refused),
                    ),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
            outcome = return_import.commit(session, reports, per_file=args.per_file)
    finally:
        db.dispose()
    for name, summary in outcome.committed:
        changed = sum(1 for c in summary.changes if c.kind != "unchanged")
        out(_("{file}: {count} score(s) stored.", file=name, count=changed))
    for _name, message in outcome.failed:
        err(message)
    if not outcome.committed:
        out(_("No changes to store."))
    if outcome.backup is not None:
        out(_("Backup before the import: {path}", path=outcome.backup))
    if refused or outcome.failed:
        print(
            _(
                "emudesk: {count} file(s) were not imported.",
                count=len(refused) + len(outcome.failed),
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def cmd_export_results(args: argparse.Namespace) -> int:
    from emudesk.services.exchange import result_export
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            if args.what == "results":
                path = result_export.export_results(session, year.uuid, Path(args.out))
            else:
                path = result_export.export_proposals(session, year.uuid, Path(args.out))
    finally:
        db.dispose()
    out(_("Written: {path}", path=path))
    return EXIT_OK


def cmd_import_list(args: argparse.Namespace) -> int:
    from emudesk.services.exchange import list_import
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            if args.what == "units":
                result = list_import.import_units_workbook(
                    session, Path(args.file), from_year=args.from_year, commit=not args.dry_run
                )
            else:
                year = years.get_year(session, args.cluster, args.year)
                result = list_import.import_table_workbook(
                    session, year.uuid, Path(args.file), commit=not args.dry_run
                )
    finally:
        db.dispose()
    for row in result.rows:
        out(
            row.message
            if row.status == "error"
            else f"{row.number:>4}  {row.status:<9} {row.code}  {row.label}"
        )
    out(
        _(
            "{new} new, {changed} changed, {unchanged} unchanged, {errors} refused.",
            new=result.count("new"),
            changed=result.count("changed"),
            unchanged=result.count("unchanged"),
            errors=result.count("error"),
        )
    )
    if not result.committed:
        out(_("Dry run: nothing was stored."))
    return EXIT_REFUSED if result.problems else EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    cluster_help = _("cluster code, e.g. UBDT-C4")

    forms = sub.add_parser("export-forms", help=_("write one scoring form per member unit"))
    forms.add_argument("--cluster", required=True, help=cluster_help)
    forms.add_argument("--year", required=True, type=year)
    forms.add_argument("--out", required=True, help=_("folder for the workbooks"))
    forms.add_argument("--deadline", type=_date, help=_("date to send the forms back, DD/MM/YYYY"))
    forms.add_argument("--send-to", default="", help=_("e-mail address for the returns"))
    forms.set_defaults(handler=cmd_export_forms)

    returns = sub.add_parser("import", help=_("check and import returned scoring forms"))
    returns.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=_("returned .xlsx forms, or the e-mails that carry them (.eml, .mbox, .msg)"),
    )
    returns.add_argument("--dry-run", action="store_true", help=_("check and preview only"))
    returns.add_argument(
        "--per-file",
        action="store_true",
        help=_("import the good files even if others are refused"),
    )
    returns.add_argument(
        "--map-old-versions",
        action="store_true",
        help=_("accept forms of an older table version, matching rows by criterion code"),
    )
    returns.add_argument("--cluster", help=_("only forms of this cluster …"))
    returns.add_argument("--year", type=year, help=_("… and this year"))
    returns.set_defaults(handler=cmd_import)

    for what, name, text in (
        ("results", "export-results", _("write the year's results workbook")),
        ("proposals", "export-proposals", _("write the year's proposal list workbook")),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("--cluster", required=True, help=cluster_help)
        command.add_argument("--year", required=True, type=year)
        command.add_argument("--out", required=True, help=_("FILE.xlsx"))
        command.set_defaults(handler=cmd_export_results, what=what)

    unit_list = sub.add_parser("import-units", help=_("import units from a plain workbook"))
    unit_list.add_argument("file", help=_("workbook with the columns Mã đơn vị, Tên đơn vị, …"))
    unit_list.add_argument("--from-year", required=True, type=int, help=_("names valid from"))
    unit_list.add_argument("--dry-run", action="store_true", help=_("check and preview only"))
    unit_list.set_defaults(handler=cmd_import_list, what="units")

    table = sub.add_parser("import-table", help=_("import criteria from a plain workbook"))
    table.add_argument("file", help=_("workbook with the columns Mã, Nội dung, Loại, Điểm tối đa"))
    table.add_argument("--cluster", required=True, help=cluster_help)
    table.add_argument("--year", required=True, type=year)
    table.add_argument("--dry-run", action="store_true", help=_("check and preview only"))
    table.set_defaults(handler=cmd_import_list, what="table")
