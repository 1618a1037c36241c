"""Events on a date — rename, merge into a successor, split — each with its decision, written
with its effects and an audit entry in one transaction (joining or leaving a cluster: ``moves``).

Every function has a ``preview`` twin in spirit: ``merge_preview`` shows what a merger would
move; the others change one name or one membership, which their summary says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, EventKind, IssuerName, Membership, OrgEvent, Unit
from emudesk.services import audit, checks
from emudesk.services.organisation import clusters, issuers, units
from emudesk.services.organisation.names_on_dates import (
    issuer_naming_on,
    unit_ref_on,
    year_start,
)
from emudesk.services.reorganisation import merger
from emudesk.services.reorganisation.merger import Choice, CollisionRule, MergePlan
from emudesk.services.tx import write
from emudesk.text import clean_multiline

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Decision:
    """The decision that made an event happen (both may be empty for an unrecorded one)."""

    number: str = ""
    date: dt.date | None = None
    notes: str = ""


NO_DECISION = Decision()


@dataclass(frozen=True)
class EventInfo:
    uuid: UUID
    kind: EventKind
    effective_on: dt.date
    decision_number: str
    decision_date: dt.date | None
    summary: str
    notes: str


def info(event: OrgEvent) -> EventInfo:
    return EventInfo(
        event.uuid,
        event.kind,
        event.effective_on,
        event.decision_number,
        event.decision_date,
        event.summary,
        event.notes,
    )


def list_events(
    session: Session, *, cluster_key: UUID | str | None = None, year: int | None = None
) -> list[EventInfo]:
    """Events in date order, optionally of one year and touching one cluster's members."""
    query = select(OrgEvent).order_by(OrgEvent.effective_on, OrgEvent.id)
    found = list(session.scalars(query))
    if year is not None:
        found = [e for e in found if e.effective_on.year == year]
    if cluster_key is not None:
        cluster = clusters.load(session, cluster_key)
        unit_ids = {m.unit_id for y in cluster.years for m in y.memberships}
        found = [
            e
            for e in found
            if e.cluster_id == cluster.id
            or e.issuer_id == cluster.issuer_id
            or e.unit_id in unit_ids
            or e.other_unit_id in unit_ids
            or cluster.code in e.details.get("left", {})
        ]
    return [info(e) for e in found]


def checked_date(on: dt.date) -> dt.date:
    checks.year(on.year)
    return on


def record_event(
    session: Session,
    kind: EventKind,
    on: dt.date,
    decision: Decision,
    summary: str,
    **columns: object,
) -> OrgEvent:
    event = OrgEvent(
        kind=kind,
        effective_on=on,
        decision_number=checks.name(
            decision.number, _("Decision number"), required=False, max_len=80
        ),
        decision_date=decision.date,
        summary=summary,
        notes=clean_multiline(decision.notes),
        **columns,
    )
    session.add(event)
    session.flush()
    audit.record(
        session,
        action=f"event_{kind.value}",
        entity="org_event",
        entity_uuid=event.uuid,
        summary=summary,
        new={
            "effective_on": on,
            "decision_number": event.decision_number,
            "decision_date": decision.date,
            **event.details,
        },
    )
    return event


# ---- renames -------------------------------------------------------------------------------


def rename_issuer(
    session: Session,
    issuer_uuid: UUID,
    *,
    on: dt.date,
    name: str,
    short_name: str = "",
    signer_title: str = "",
    decision: Decision = NO_DECISION,
) -> EventInfo:
    """The issuer is called ``name`` from ``on``; papers dated earlier keep the old name."""
    on = checked_date(on)
    new_name = checks.name(name, _("Issuer name"))
    short = checks.name(short_name, _("Short name"), required=False, max_len=40)
    title = checks.name(signer_title, _("Signer's title"), required=False).upper()
    with write(session):
        issuer = issuers.load(session, issuer_uuid)
        old = issuer_naming_on(issuer, on - DAY)
        history = sorted(issuer.names, key=lambda n: n.valid_from)
        if history and history[-1].valid_from > on:
            raise ConflictError(
                _(
                    "{issuer} has a name from {date} already; record renames in date order.",
                    issuer=issuer.name,
                    date=history[-1].valid_from.strftime("%d/%m/%Y"),
                )
            )
        if history:  # the latest entry mirrors the current name: keep it as it is now
            latest = history[-1]
            latest.name, latest.short_name = issuer.name, issuer.short_name
            latest.signer_title = issuer.signer_title
        else:
            issuer.names.append(
                IssuerName(
                    valid_from=dt.date(2000, 1, 1),
                    name=issuer.name,
                    short_name=issuer.short_name,
                    signer_title=issuer.signer_title,
                )
            )
        same_day = next((n for n in issuer.names if n.valid_from == on), None)
        entry = same_day or IssuerName(valid_from=on)
        entry.name, entry.short_name, entry.signer_title = new_name, short, title
        entry.decision_number, entry.decision_date = decision.number, decision.date
        if same_day is None:
            issuer.names.append(entry)
        issuer.name, issuer.short_name, issuer.signer_title = new_name, short, title
        session.flush()
        event = record_event(
            session,
            EventKind.RENAME_ISSUER,
            on,
            decision,
            _(
                "{old} \u2192 {new} from {date}",
                old=old.name,
                new=new_name,
                date=on.strftime("%d/%m/%Y"),
            ),
            issuer=issuer,
            details={"old_name": old.name, "new_name": new_name},
        )
        return info(event)


def rename_unit(
    session: Session,
    unit_uuid: UUID,
    *,
    on: dt.date,
    official_name: str,
    short_name: str = "",
    decision: Decision = NO_DECISION,
) -> EventInfo:
    """The unit is called ``official_name`` from ``on``."""
    on = checked_date(on)
    official = checks.name(official_name, _("Official name"))
    short = checks.name(short_name, _("Short name"), required=False)
    with write(session):
        unit = units.load(session, unit_uuid)
        refuse_if_gone(unit, on)
        old = unit_ref_on(unit, on - DAY)
        units.set_name(
            unit,
            on,
            official,
            short,
            decision_number=decision.number,
            decision_date=decision.date,
        )
        session.flush()
        event = record_event(
            session,
            EventKind.RENAME,
            on,
            decision,
            _(
                "{old} \u2192 {new} from {date}",
                old=old.name,
                new=official,
                date=on.strftime("%d/%m/%Y"),
            ),
            unit=unit,
            details={"old_name": old.name, "new_name": official},
        )
        return info(event)


# ---- mergers and splits ------------------------------------------------------------------


def merge_preview(
    session: Session, unit_uuid: UUID, successor_uuid: UUID, *, on: dt.date
) -> MergePlan:
    """What merging ``unit`` into ``successor`` on ``on`` would move, drop and collide."""
    unit = units.load(session, unit_uuid)
    successor = units.load(session, successor_uuid)
    return merger.plan(session, unit, successor, checked_date(on))


def merge(
    session: Session,
    unit_uuid: UUID,
    successor_uuid: UUID,
    *,
    on: dt.date,
    rule: CollisionRule | None = None,
    answers: dict[str, Choice] | None = None,
    decision: Decision = NO_DECISION,
) -> MergePlan:
    """``unit`` merges into ``successor`` on ``on``; the year's data passes to the successor.

    Rows both scored follow ``rule`` (by default the regulation's of the merger's year); with
    "ask", ``answers`` holds the officer's choice per collision key, kept in the audit entry.
    """
    on = checked_date(on)
    answers = {key: Choice(choice) for key, choice in (answers or {}).items()}
    with write(session):
        unit = units.load(session, unit_uuid)
        successor = units.load(session, successor_uuid)
        rule = CollisionRule(rule) if rule else merger.regulation_rule(session, unit, on)
        done = merger.apply(session, unit, successor, on, rule=rule, answers=answers)
        left = _leaving_years(session, unit, on)
        units.absorb(session, unit, successor, on)
        record_event(
            session,
            EventKind.MERGE,
            on,
            decision,
            _(
                "{unit} merged into {successor} from {date}",
                unit=unit_ref_on(unit, on - DAY).name,
                successor=unit_ref_on(successor, on).name,
                date=on.strftime("%d/%m/%Y"),
            ),
            unit=unit,
            other_unit=successor,
            details={
                "left": left,
                "rule": rule.value,
                "scores_moved": done.scores_moved,
                "scores_dropped": done.scores_dropped,
                "collisions": [c.key for c in done.collisions],
                "answers": {
                    c.key: answers[c.key].value for c in done.collisions if c.key in answers
                },
                "signatures_moved": done.signatures_moved,
                "proposals_moved": done.proposals_moved,
            },
        )
        return done


def split(
    session: Session,
    unit_uuid: UUID,
    parts: Sequence[UUID],
    *,
    on: dt.date,
    rule: CollisionRule = CollisionRule.KEEP_SUCCESSOR,
    decision: Decision = NO_DECISION,
) -> EventInfo:
    """``unit`` ends on ``on``, divided among ``parts``.

    The first part is the principal successor: it takes the unit's year data as in a merger
    (scores cannot be divided); every part joins the clusters the unit belonged to.
    """
    on = checked_date(on)
    if len(parts) < 2 or len(set(parts)) != len(parts):
        raise ValidationError(_("A split needs at least two different units as its parts."))
    with write(session):
        unit = units.load(session, unit_uuid)
        pieces = [units.load(session, p) for p in parts]
        if unit in pieces:
            raise ValidationError(_("A unit cannot be one of its own parts."))
        principal = pieces[0]
        left = _leaving_years(session, unit, on)
        cluster_years = [
            m.cluster_year
            for m in unit_memberships(session, unit)
            if m.cluster_year.year >= on.year
        ]
        merger.apply(session, unit, principal, on, rule=rule, answers={})
        units.absorb(session, unit, principal, on)
        for cluster_year in cluster_years:
            for piece in pieces[1:]:
                add_member(cluster_year, piece, on)
        event = record_event(
            session,
            EventKind.SPLIT,
            on,
            decision,
            _(
                "{unit} divided into {parts} from {date}",
                unit=unit_ref_on(unit, on - DAY).name,
                parts="; ".join(unit_ref_on(p, on).name for p in pieces),
                date=on.strftime("%d/%m/%Y"),
            ),
            unit=unit,
            other_unit=principal,
            details={"left": left, "parts": [str(p.uuid) for p in pieces]},
        )
        return info(event)


def refuse_if_gone(unit: Unit, on: dt.date) -> None:
    """A unit merged into (or divided among) others takes no event from that day on."""
    if unit.merged_on is not None and unit.merged_on <= on:
        raise ValidationError(
            _(
                "\u201c{name}\u201d no longer exists on {date}: it merged into another unit "
                "on {merged}.",
                name=unit_ref_on(unit, on).name,
                date=on.strftime("%d/%m/%Y"),
                merged=unit.merged_on.strftime("%d/%m/%Y"),
            )
        )


def unit_memberships(session: Session, unit: Unit) -> list[Membership]:
    return list(session.scalars(select(Membership).where(Membership.unit_id == unit.id)))


def _leaving_years(session: Session, unit: Unit, on: dt.date) -> dict[str, list[int]]:
    """Cluster code → the years the unit is a member in, from ``on``'s year on."""
    found: dict[str, list[int]] = {}
    for membership in unit_memberships(session, unit):
        cluster_year = membership.cluster_year
        if cluster_year.year >= on.year:
            found.setdefault(cluster_year.cluster.code, []).append(cluster_year.year)
    return found


def add_member(cluster_year: ClusterYear, unit: Unit, on: dt.date) -> bool:
    if any(m.unit_id == unit.id for m in cluster_year.memberships):
        return False
    joined = None if on <= year_start(cluster_year.year) else on
    cluster_year.memberships.append(Membership(unit=unit, joined_on=joined))
    return True


def find_issuer(session: Session, text: str) -> UUID:
    """An issuer by a diacritics-insensitive part of any of its names (or its short name)."""
    from emudesk.model import Issuer
    from emudesk.text import matches

    hits = [
        issuer
        for issuer in session.scalars(select(Issuer))
        if matches(text, issuer.name, issuer.short_name)
        or any(matches(text, n.name, n.short_name) for n in issuer.names)
    ]
    if len(hits) != 1:
        raise ValidationError(
            _("No single issuer matches \u201c{text}\u201d; give more of its name.", text=text)
        )
    return hits[0].uuid
