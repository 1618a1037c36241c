"""Commands about the year's cycle: the commitment, the minutes, opening the next year."""

from __future__ import annotations

import argparse

from emudesk.cli.base import EXIT_OK, open_db, out, year
from emudesk.cli.signing import add_sign_options, sign_paper
from emudesk.i18n import _


def cmd_open_year(args: argparse.Namespace) -> int:
    from emudesk.services.organisation import next_year, units, years

    db = open_db(args)
    try:
        with db.session() as session:
            previous = years.get_year(session, args.cluster, args.year - 1)
            head = units.find(session, args.head, args.year).uuid if args.head else None
            deputy = units.find(session, args.deputy, args.year).uuid if args.deputy else None
            created = next_year.open_next_year(
                session, previous.uuid, head_uuid=head, deputy_uuid=deputy
            )
    finally:
        db.dispose()
    out(
        _(
            "{cluster} {year} opened with {count} member(s); head: {head}; deputy: {deputy}.",
            cluster=created.cluster_code,
            year=created.year,
            count=len(created.members),
            head=created.head.name if created.head else "—",
            deputy=created.deputy.name if created.deputy else "—",
        )
    )
    return EXIT_OK


def cmd_commitment(args: argparse.Namespace) -> int:
    from pathlib import Path

    from emudesk.services.organisation import years
    from emudesk.services.papers import commitment_paper

    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            info = commitment_paper.write_commitment(session, year.uuid, Path(args.out))
    finally:
        db.dispose()
    if args.sign:
        sign_paper(Path(args.out), args.sign_place)
    out(
        _(
            "Commitment written to {path}: {signed} of {members} member(s) signed.",
            path=args.out,
            signed=len(info.signatures),
            members=len(info.members),
        )
    )
    return EXIT_OK


def cmd_signing_register(args: argparse.Namespace) -> int:
    from pathlib import Path

    from emudesk.services.cycle import commitments
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            commitments.signing_register(session, year.uuid, Path(args.out))
    finally:
        db.dispose()
    out(_("Signing register written to {path}.", path=args.out))
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from pathlib import Path

    from emudesk.services.cycle import meetings
    from emudesk.services.papers import minutes

    db = open_db(args)
    try:
        with db.session() as session:
            meeting = meetings.minutes_of(session, args.cluster, args.year)
            minutes.write_minutes(session, meeting.uuid, Path(args.out))
    finally:
        db.dispose()
    if args.sign:
        sign_paper(Path(args.out), args.sign_place)
    out(_("Minutes written to {path}.", path=args.out))
    return EXIT_OK


def cmd_year_summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    from emudesk.services.cycle import year_summary
    from emudesk.services.organisation import years

    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            year_summary.write_summary(session, year.uuid, Path(args.out))
    finally:
        db.dispose()
    if args.sign:
        sign_paper(Path(args.out))
    out(_("Year summary written to {path}.", path=args.out))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    opening = sub.add_parser(
        "open-year", help=_("open a cluster's next year from the previous one")
    )
    opening.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    opening.add_argument("--year", required=True, type=year, help=_("the year to open"))
    opening.add_argument("--head", help=_("the elected head: unit code or part of its name"))
    opening.add_argument("--deputy", help=_("the elected deputy: unit code or part of its name"))
    opening.set_defaults(handler=cmd_open_year)

    for name, handler, help_text, suffix in (
        (
            "commitment",
            cmd_commitment,
            _("write the year's commitment for signature (.pdf or .docx)"),
            "pdf",
        ),
        (
            "minutes",
            cmd_minutes,
            _("write the minutes of the year-end meeting (.pdf or .docx)"),
            "pdf",
        ),
        (
            "year-summary",
            cmd_year_summary,
            _("write the year's summary report, signed by the head (.pdf or .docx)"),
            "pdf",
        ),
        (
            "signing-register",
            cmd_signing_register,
            _("write who signed the commitment (Excel)"),
            "xlsx",
        ),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
        command.add_argument("--year", required=True, type=year)
        command.add_argument("--out", required=True, help=f"FILE.{suffix}")
        if suffix == "pdf":
            add_sign_options(command, places=name in ("commitment", "minutes"))
        command.set_defaults(handler=handler)
