"""Commands about the year's cycle: open the next year from this one."""

from __future__ import annotations

import argparse

from emudesk.cli.base import EXIT_OK, open_db, out
from emudesk.i18n import _


def cmd_open_year(args: argparse.Namespace) -> int:
    from emudesk.services import next_year, units, years

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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    opening = sub.add_parser(
        "open-year", help=_("open a cluster's next year from the previous one")
    )
    opening.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    opening.add_argument("--year", required=True, type=int, help=_("the year to open"))
    opening.add_argument("--head", help=_("the elected head: unit code or part of its name"))
    opening.add_argument("--deputy", help=_("the elected deputy: unit code or part of its name"))
    opening.set_defaults(handler=cmd_open_year)
