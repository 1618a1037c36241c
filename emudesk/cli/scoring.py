"""Commands about scoring: the ranking and a unit's score sheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from emudesk.cli.base import EXIT_OK, open_db, out, year
from emudesk.cli.signing import add_sign_options, sign_paper
from emudesk.errors import ValidationError
from emudesk.i18n import _

CSV_COLUMNS = ("rank", "unit_code", "unit_name", "total", "decided_by")


def cmd_ranking(args: argparse.Namespace) -> int:
    from emudesk.rules import format_points, local_points
    from emudesk.services.scoring import ranking

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            report = ranking.compute_for(session, args.cluster, args.year)
    finally:
        db.dispose()
    decimals = report.decimals
    if args.format == "csv":
        from emudesk.exchange.safe import CsvWriter

        writer = CsvWriter(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for row in report.rows:
            writer.writerow(
                (
                    row.rank,
                    row.unit.code,
                    row.unit.name,
                    # a dot decimal: the CSV is for programs, the text output for people
                    format_points(row.total, decimals, mark="."),
                    row.decided_by,
                )
            )
        return EXIT_OK
    out(
        _(
            "Ranking of {cluster} ({code}) in {year}",
            cluster=report.cluster_name,
            code=report.cluster_code,
            year=report.year,
        )
    )
    for row in report.rows:
        shared = "=" if row.shared else " "
        out(f"{row.rank:>3}{shared} {local_points(row.total, decimals):>7}  {row.unit.name}")
        if row.versus_above:
            out(f"          {row.versus_above}")
    if report.suggestions:
        out()
        out(_("Award suggestions:"))
        for suggestion in report.suggestions:
            vote = " " + _("(needs a vote)") if suggestion.needs_vote else ""
            out(f"  - {suggestion.unit.name}: {suggestion.kind.label}{vote}")
    for note in report.skipped:
        out("  " + _("skipped: {note}", note=note))
    return EXIT_OK


def cmd_scoresheet(args: argparse.Namespace) -> int:
    from emudesk.services.exchange import documents
    from emudesk.services.organisation import units, years

    if args.sign and Path(args.out).suffix.lower() != ".pdf":
        raise ValidationError(_("Only a PDF score sheet can be signed."))
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            unit = units.find(session, args.unit, args.year)
            target = documents.write_score_sheet(session, year.uuid, unit.uuid, Path(args.out))
            name = units.name_in(unit, args.year).official_name
    finally:
        db.dispose()
    if args.sign:
        sign_paper(target)
    out(_("Score sheet of {unit} written: {path}", unit=name, path=target))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    rank = sub.add_parser("ranking", help=_("rank a cluster-year and explain each place"))
    rank.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    rank.add_argument("--year", required=True, type=year)
    rank.add_argument("--format", choices=("text", "csv"), default="text")
    rank.set_defaults(handler=cmd_ranking)

    sheet = sub.add_parser("scoresheet", help=_("write one unit's score sheet (PDF or Excel)"))
    sheet.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    sheet.add_argument("--year", required=True, type=year)
    sheet.add_argument("--unit", required=True, help=_("unit code or part of its name"))
    sheet.add_argument("--out", required=True, help=_("FILE.pdf or FILE.xlsx"))
    add_sign_options(sheet)
    sheet.set_defaults(handler=cmd_scoresheet)
