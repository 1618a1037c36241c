"""The issuer's award statistics on the command line: an Excel report or CSV lines."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk.cli.base import EXIT_OK, open_db, out, year
from emudesk.errors import ValidationError
from emudesk.i18n import _

if TYPE_CHECKING:
    from emudesk.records import award_statistics as stats

CSV_COLUMNS = (
    "year",
    "level",
    "award_code",
    "award",
    "unit_code",
    "unit",
    "proposed",
    "decided",
    "past",
)


def cmd_statistics(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import statistics

    if args.out and Path(args.out).suffix.lower() != ".xlsx":
        raise ValidationError(
            _("The report is an Excel workbook: give a file name ending in .xlsx.")
        )
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            found = statistics.statistics(
                session,
                args.issuer,
                first_year=args.first,
                last_year=args.last,
                cluster=args.cluster or "",
            )
    finally:
        db.dispose()
    if args.format == "csv":
        import sys

        from emudesk.exchange.safe import CsvWriter

        writer = CsvWriter(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for cell in found.cells:
            writer.writerow(
                [cell.year, cell.level, cell.award_code, cell.award, cell.unit_code, cell.unit,
                 cell.proposed, cell.decided, cell.past]
            )  # fmt: skip
        return EXIT_OK
    written = statistics.write_report(found, args.out)
    out(
        _(
            "Statistics written to {path}: {decided} award(s) decided of {proposed} proposed.",
            path=written,
            decided=found.decided,
            proposed=found.proposed,
        )
    )
    _past(found)
    return EXIT_OK


def _past(found: stats.AwardStatistics) -> None:
    """Say what the counts made of the past decisions imported from the template."""
    if found.past_left_out:
        out(
            _(
                "{count} award(s) of past decisions left out: they belong to no cluster.",
                count=found.past_left_out,
            )
        )
    elif found.past:
        out(_("Of them, {count} from past decisions.", count=found.past))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    command = sub.add_parser(
        "statistics", help=_("awards proposed and decided per award, level, year and unit")
    )
    command.add_argument(
        "--issuer", required=True, metavar="CODE", help=_("the issuer's short name, e.g. UBDT")
    )
    command.add_argument("--from", dest="first", type=year, metavar="YEAR", help=_("first year"))
    command.add_argument("--to", dest="last", type=year, metavar="YEAR", help=_("last year"))
    command.add_argument("--cluster", metavar="CODE", help=_("only this cluster (its code)"))
    output = command.add_mutually_exclusive_group(required=True)
    output.add_argument("--out", metavar="FILE.xlsx", help=_("the Excel report to write (.xlsx)"))
    output.add_argument("--format", choices=("csv",), help=_("CSV lines on the output"))
    command.set_defaults(handler=cmd_statistics)
