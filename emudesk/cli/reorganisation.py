"""Commands of the reorganisation: events on a date, and the organisation on a date."""

from __future__ import annotations

import argparse

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, date, open_db, out, year
from emudesk.i18n import _


def _decision(args: argparse.Namespace) -> object:
    from emudesk.services.reorganisation.events import Decision

    return Decision(args.decision or "", args.decision_date, args.notes or "")


def cmd_info_on(args: argparse.Namespace) -> int:
    """``info --on DATE``: issuers, clusters, heads, deputies and members as they stood."""
    from emudesk.services.organisation import clusters
    from emudesk.services.reorganisation import leaders

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            found = clusters.list_clusters(session, args.query or "")
            if not found:
                out(_("No clusters."))
            for listed in found:
                cluster = leaders.cluster_on(session, listed.uuid, args.on)
                out(f"{cluster.code}  {cluster.name} — {cluster.issuer_name}")
                state = cluster.year
                if state is None:
                    out("  " + _("No year recorded for {date}.", date=_day(args.on)))
                    continue
                out(
                    "  "
                    + _(
                        "On {date}: head {head}, deputy {deputy}; {count} member units",
                        date=_day(args.on),
                        head=state.head.short_name if state.head else "—",
                        deputy=state.deputy.short_name if state.deputy else "—",
                        count=len(state.members),
                    )
                )
                for member in state.members:
                    out(f"    - {member.code:<12} {member.name}")
    finally:
        db.dispose()
    return EXIT_OK


def _day(on: object) -> str:
    return on.strftime("%d/%m/%Y") if hasattr(on, "strftime") else str(on)


def cmd_events(args: argparse.Namespace) -> int:
    from emudesk.services.reorganisation import events

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            found = events.list_events(session, cluster_key=args.cluster, year=args.year)
    finally:
        db.dispose()
    if not found:
        out(_("No events."))
    for event in found:
        decision = event.decision_number or "—"
        out(f"{_day(event.effective_on)}  {event.kind.value:<13} {event.summary}  [{decision}]")
    return EXIT_OK


def cmd_event(args: argparse.Namespace) -> int:
    from emudesk.errors import ValidationError
    from emudesk.services.organisation import units, years
    from emudesk.services.reorganisation import events, leaders, moves
    from emudesk.services.reorganisation.merger import Choice, CollisionRule

    decision = _decision(args)
    db = open_db(args)
    try:
        with db.session() as session:
            kind = args.kind
            if kind == "rename-issuer":
                done = events.rename_issuer(
                    session,
                    events.find_issuer(session, args.issuer),
                    on=args.on,
                    name=args.name,
                    short_name=args.short or "",
                    signer_title=args.signer_title or "",
                    decision=decision,  # type: ignore[arg-type]
                )
                out(done.summary)
            elif kind == "rename":
                done = events.rename_unit(
                    session,
                    units.find(session, args.unit).uuid,
                    on=args.on,
                    official_name=args.name,
                    short_name=args.short or "",
                    decision=decision,  # type: ignore[arg-type]
                )
                out(done.summary)
            elif kind == "merge":
                unit = units.find(session, args.unit).uuid
                into = units.find(session, args.into).uuid
                plan = events.merge_preview(session, unit, into, on=args.on)
                _print_plan(plan)
                if args.dry_run:
                    out(_("Nothing was changed (--dry-run)."))
                    return EXIT_OK
                answers = {}
                for given in args.answer or []:
                    key, _sep, choice = given.rpartition("=")
                    if choice not in {c.value for c in Choice}:
                        raise ValidationError(
                            _(
                                "\u201c{answer}\u201d is not KEY=successor, KEY=absorbed or "
                                "KEY=mean.",
                                answer=given,
                            )
                        )
                    answers[key] = Choice(choice)
                events.merge(
                    session,
                    unit,
                    into,
                    on=args.on,
                    rule=CollisionRule(args.collision) if args.collision else None,
                    answers=answers,
                    decision=decision,  # type: ignore[arg-type]
                )
                out(_("Merger recorded."))
            elif kind == "split":
                done = events.split(
                    session,
                    units.find(session, args.unit).uuid,
                    [units.find(session, part).uuid for part in args.into],
                    on=args.on,
                    decision=decision,  # type: ignore[arg-type]
                )
                out(done.summary)
            elif kind in ("join", "leave"):
                act = moves.join_cluster if kind == "join" else moves.leave_cluster
                done = act(
                    session,
                    units.find(session, args.unit).uuid,
                    args.cluster,
                    on=args.on,
                    decision=decision,  # type: ignore[arg-type]
                )
                out(done.summary)
            else:  # successor
                cluster_year = years.find(session, args.cluster, args.year)
                taker = units.find(session, args.unit).uuid if args.unit else None
                info = leaders.record_successor(
                    session,
                    cluster_year.uuid,
                    args.role,
                    unit_uuid=taker,
                    on=args.on,
                    decision=decision,  # type: ignore[arg-type]
                )
                out(
                    _(
                        "{cluster} {year}: head {head}, deputy {deputy}.",
                        cluster=info.cluster_code,
                        year=info.year,
                        head=info.head.name if info.head else "—",
                        deputy=info.deputy.name if info.deputy else "—",
                    )
                )
    finally:
        db.dispose()
    return EXIT_OK


def _print_plan(plan: object) -> None:
    from emudesk.rules import format_points
    from emudesk.services.reorganisation.merger import MergePlan

    assert isinstance(plan, MergePlan)
    out(_("Years concerned: {years}", years=", ".join(plan.years) or "—"))
    out(
        _(
            "Scores moved: {moved}; peer scores between the two dropped: {dropped}; "
            "collisions: {collisions}",
            moved=plan.scores_moved,
            dropped=plan.scores_dropped,
            collisions=len(plan.collisions),
        )
    )
    out(
        _(
            "Explanations moved: {explanations}; signatures moved: {signatures} (the "
            "successor's kept: {kept}); proposals moved: {proposals} (dropped as duplicates: "
            "{dropped}); people moved: {people}",
            explanations=plan.explanations_moved,
            signatures=plan.signatures_moved,
            kept=plan.signatures_kept,
            proposals=plan.proposals_moved,
            dropped=plan.proposals_dropped,
            people=plan.people_moved,
        )
    )
    for collision in plan.collisions:
        out(
            f"  {collision.key}: "
            + _(
                "successor {theirs}, absorbed {mine}",
                theirs=format_points(collision.successor_value),
                mine=format_points(collision.absorbed_value),
            )
        )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    listing = sub.add_parser("events", help=_("list renames, mergers and moves on their dates"))
    listing.add_argument("--cluster", help=_("only events touching this cluster"))
    listing.add_argument("--year", type=year, help=_("only events of this year"))
    listing.set_defaults(handler=cmd_events)

    event = sub.add_parser("event", help=_("record a rename, merger, split, join or leave"))
    kinds = event.add_subparsers(dest="kind", required=True)

    def add(name: str, help_text: str, *, dated: bool = True) -> argparse.ArgumentParser:
        parser = kinds.add_parser(name, help=help_text)
        parser.add_argument("--on", required=dated, type=date, help=_("the day it takes effect"))
        parser.add_argument("--decision", help=_("number of the deciding document"))
        parser.add_argument("--decision-date", type=date, help=_("date of the deciding document"))
        parser.add_argument("--notes", help=_("a note kept with the event"))
        parser.set_defaults(handler=cmd_event)
        return parser

    issuer = add("rename-issuer", _("the issuer takes a new name from a date"))
    issuer.add_argument("--issuer", required=True, help=_("the issuer: part of its name"))
    issuer.add_argument("--name", required=True, help=_("the new name"))
    issuer.add_argument("--short", help=_("the new short name"))
    issuer.add_argument("--signer-title", help=_("the head's title printed on certificates"))

    rename = add("rename", _("a unit takes a new name from a date"))
    rename.add_argument("--unit", required=True, help=_("unit code or part of its name"))
    rename.add_argument("--name", required=True, help=_("the new official name"))
    rename.add_argument("--short", help=_("the new short name"))

    merge = add("merge", _("a unit merges into its successor on a date"))
    merge.add_argument("--unit", required=True, help=_("the unit that ceases to exist"))
    merge.add_argument("--into", required=True, help=_("its successor"))
    merge.add_argument(
        "--collision",
        choices=("keep", "mean", "ask"),
        help=_(
            "when both scored the same row: keep the successor's, the mean, or ask "
            "(default: what the regulation of the merger's year says)"
        ),
    )
    merge.add_argument(
        "--answer",
        action="append",
        help=_("with --collision ask: KEY=successor|absorbed|mean, for each collision listed"),
    )
    merge.add_argument("--dry-run", action="store_true", help=_("show what would move"))

    split = add("split", _("a unit is divided among several on a date"))
    split.add_argument("--unit", required=True, help=_("the unit that ceases to exist"))
    split.add_argument(
        "--into", required=True, nargs="+", help=_("its parts; the first takes its year's data")
    )

    for name, text in (
        ("join", _("a unit joins a cluster on a date")),
        ("leave", _("a unit leaves a cluster on a date")),
    ):
        moving = add(name, text)
        moving.add_argument("--unit", required=True, help=_("unit code or part of its name"))
        moving.add_argument("--cluster", required=True, help=_("cluster code"))

    heir = add("successor", _("a unit takes over as head or deputy of a year"), dated=False)
    heir.add_argument("--cluster", required=True, help=_("cluster code"))
    heir.add_argument("--year", required=True, type=year, help=_("the year"))
    heir.add_argument("--role", required=True, choices=("head", "deputy"))
    heir.add_argument("--unit", help=_("the unit taking over (default: the successor)"))


__all__ = ["EXIT_REFUSED", "cmd_info_on", "register"]
