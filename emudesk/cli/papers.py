"""Commands about official papers: the year's dossier in Word and/or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from emudesk.cli.base import EXIT_OK, open_db, out, year
from emudesk.cli.signing import add_sign_options, pin, sign_paper
from emudesk.errors import ValidationError
from emudesk.i18n import _


def cmd_dossier(args: argparse.Namespace) -> int:
    from emudesk.services.organisation import years
    from emudesk.services.papers import dossier, numbers, wording

    formats = ("docx", "pdf") if args.format == "both" else (args.format,)
    if args.sign and "pdf" not in formats:
        raise ValidationError(_("Only PDF papers can be signed: write them as pdf or both."))
    secret = pin() if args.sign else ""
    db = open_db(args)
    try:
        with db.session() as session:
            cluster_year = years.get_year(session, args.cluster, args.year)
            taken: list[str] = []
            if args.take_numbers:
                for paper, found in numbers.numbers(session, cluster_year.uuid).items():
                    if paper != "summary" and found.date is not None and found.number is None:
                        done = numbers.set_number(
                            session,
                            cluster_year.uuid,
                            paper,
                            date=found.date,
                            number=numbers.NEXT,
                        )
                        taken.append(f"{done.number:02d}/{done.symbol}")
            written = dossier.write_dossier(session, cluster_year.uuid, Path(args.out), formats)
            problems = wording.wording_of_year(session, cluster_year.uuid).problems
            missing = [
                paper
                for paper, found in numbers.numbers(session, cluster_year.uuid).items()
                if paper != "summary" and found.number is None
            ]
    finally:
        db.dispose()
    for problem in problems:  # the built-in wording printed instead: a warning, not a refusal
        print(_("emudesk: {message}", message=problem), file=sys.stderr)
    for number in taken:
        out(_("Number taken: {number}.", number=number))
    for path in written:
        out(str(path))
        if args.sign and path.suffix == ".pdf":
            sign_paper(path, secret=secret)
    out(_("{count} file(s) of the dossier written.", count=len(written)))
    if missing:
        out(
            _(
                "Without a number (to be written by hand, or given a date and taken on the "
                "Dossier page): {papers}.",
                papers=", ".join(missing),
            )
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    command = sub.add_parser(
        "dossier",
        help=_("write the year's dossier: submission, minutes, achievement reports"),
    )
    command.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    command.add_argument("--year", required=True, type=year)
    command.add_argument("--out", required=True, metavar="DIR", help=_("the folder to write to"))
    command.add_argument(
        "--format",
        choices=("docx", "pdf", "both"),
        default="both",
        help=_("Word documents, PDF or both (default: both)"),
    )
    command.add_argument(
        "--take-numbers",
        action="store_true",
        help=_("give each dated paper without a number the office's next number first"),
    )
    add_sign_options(command)
    command.set_defaults(handler=cmd_dossier)
