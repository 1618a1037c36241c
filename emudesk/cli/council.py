"""``emudesk council``: the issuer's emulation council — its meeting, votes, result, minutes."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from emudesk.cli.base import EXIT_OK, open_db, out, year
from emudesk.i18n import _


def share(text: str) -> Decimal:
    """An argparse type: a percentage, "77.78" or "77,78"."""
    try:
        value = Decimal(text.strip().replace(",", ".").rstrip("%").strip())
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(_("{text} is not a share between 0 and 100.", text=text))
    return value


def _show(found: object) -> None:
    from emudesk.services.issuing.council import CouncilInfo

    assert isinstance(found, CouncilInfo)
    held = found.held_on.strftime("%d/%m/%Y")
    out(_("Council of {issuer} on {year}: {held}, {total} member(s)", issuer=found.issuer,
          year=found.year, held=held, total=found.members_total))  # fmt: skip
    for row in found.results:
        votes = "—" if row.votes_for is None else f"{row.votes_for}/{found.members_total}"
        verdict = _("carried") if row.passed else _("not carried")
        out(f"  {row.cluster:<10} {row.nominee} — {row.award}: {votes} ({row.threshold}) {verdict}")


def cmd_meeting(args: argparse.Namespace) -> int:
    from emudesk.cli.issuing import day
    from emudesk.services.issuing import council

    db = open_db(args)
    try:
        with db.session() as session:
            found = council.save_meeting(
                session, args.issuer, args.year, held_on=day(args.date), members=args.member or [],
                members_total=args.members_total, place=args.place or "", chair=args.chair or "",
                secretary=args.secretary or "",
            )  # fmt: skip
    finally:
        db.dispose()
    _show(found)
    return EXIT_OK


def cmd_vote(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import council

    db = open_db(args)
    try:
        with db.session() as session:
            votes_for = args.votes_for
            if args.share is not None:  # the minutes give a share of the council
                size = council.load(session, args.issuer, args.year).members_total
                votes_for = council.votes_from_share(args.share, size)
            council.record_vote(
                session, args.issuer, args.year, args.unit, votes_for=votes_for,
                votes_against=args.against, abstentions=args.abstain,
            )  # fmt: skip
            found = council.get_council(session, args.issuer, args.year)
    finally:
        db.dispose()
    _show(found)
    return EXIT_OK


def cmd_take_back(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import council

    db = open_db(args)
    try:
        with db.session() as session:
            council.clear_vote(session, args.issuer, args.year, unit_code=args.unit)
            found = council.get_council(session, args.issuer, args.year)
    finally:
        db.dispose()
    _show(found)
    return EXIT_OK


def cmd_result(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import council

    db = open_db(args)
    try:
        with db.session() as session:
            found = council.get_council(session, args.issuer, args.year)
    finally:
        db.dispose()
    _show(found)
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import council_paper

    db = open_db(args)
    try:
        with db.session() as session:
            for name in args.out:
                council_paper.write_minutes(session, args.issuer, args.year, Path(name))
                out(_("Written: {path}", path=name))
    finally:
        db.dispose()
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    command = sub.add_parser("council", help=_("the issuer's emulation council"))
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    meeting = actions.add_parser("meeting", help=_("record the council's meeting on a year"))
    vote = actions.add_parser(
        "vote", help=_("the council's vote on a nominee (again: corrects it)")
    )
    take_back = actions.add_parser(
        "take-back", help=_("take back a vote recorded by mistake (before the decision)")
    )
    result = actions.add_parser("result", help=_("each nominee's vote against its threshold"))
    minutes = actions.add_parser("minutes", help=_("the meeting's minutes, DOCX or PDF"))
    for parser in (meeting, vote, take_back, result, minutes):
        parser.add_argument("--issuer", required=True, help=_("issuer's short name, e.g. UBDT"))
        parser.add_argument("--year", required=True, type=year)
    meeting.add_argument("--date", required=True, help=_("meeting date, 2025-01-20"))
    meeting.add_argument("--member", action="append", help=_('"Name — title" (repeatable)'))
    meeting.add_argument("--members-total", type=int, help=_("the council's size"))
    meeting.add_argument("--place")
    meeting.add_argument("--chair")
    meeting.add_argument("--secretary")
    meeting.set_defaults(handler=cmd_meeting)
    vote.add_argument("--unit", required=True, help=_("the nominee's unit code"))
    given = vote.add_mutually_exclusive_group(required=True)
    given.add_argument("--for", dest="votes_for", type=int)
    given.add_argument(
        "--share", type=share, help=_("votes for as a share of the council, e.g. 77.78")
    )
    vote.add_argument("--against", type=int, default=0)
    vote.add_argument("--abstain", type=int, default=0)
    vote.set_defaults(handler=cmd_vote)
    take_back.add_argument("--unit", required=True, help=_("the nominee's unit code"))
    take_back.set_defaults(handler=cmd_take_back)
    result.set_defaults(handler=cmd_result)
    minutes.add_argument("--out", required=True, action="append", help="FILE.docx | FILE.pdf")
    minutes.set_defaults(handler=cmd_minutes)
