"""Events entered in the window: one request per event, its preview, and its recording.

A preview rehearses the event with the very service that records it, inside a transaction
that is always rolled back, and compares the organisation before and after: which names show
on which dates, which memberships and leaders change, which years' papers name differently.
So the preview and the recording cannot disagree, and a refusal is known before the officer
confirms (worded as the service words it). The window asks for the deciding document's number
and date; the command line leaves them optional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import EmuError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, EventKind, Issuer
from emudesk.services.organisation import issuers, units
from emudesk.services.organisation.names_on_dates import (
    issuer_history,
    issuer_name_on,
    unit_ref_on,
    year_end,
)
from emudesk.services.reorganisation import events, moves
from emudesk.services.reorganisation.events import NO_DECISION, Decision, EventInfo
from emudesk.services.reorganisation.merger import MergePlan
from emudesk.services.tx import rehearsal


@dataclass(frozen=True)
class EventRequest:
    """One event as the officer entered it (``subject`` is the issuer for an issuer's rename)."""

    kind: EventKind
    subject: UUID
    on: dt.date
    decision: Decision = NO_DECISION
    name: str = ""
    short_name: str = ""
    signer_title: str = ""
    cluster: UUID | None = None
    parts: tuple[UUID, ...] = ()


@dataclass(frozen=True)
class NamePeriod:
    """A name and the days it shows on (``until`` is the last day; None: still)."""

    since: dt.date | None
    until: dt.date | None
    name: str
    new: bool  # the event sets this name


@dataclass(frozen=True)
class MembershipChange:
    cluster_year: str  # "UBDT-C4/2025"
    unit: str
    joins: bool  # False: leaves


@dataclass(frozen=True)
class LeaderChange:
    cluster_year: str
    role: str  # "head" / "deputy"
    before: str
    after: str


@dataclass(frozen=True)
class PaperChange:
    """A year whose lists and year-end papers name the subject differently."""

    cluster_year: str
    before: str
    after: str


@dataclass(frozen=True)
class EventPreview:
    refusal: str = ""  # what the recording would refuse, in the user's language
    names: tuple[NamePeriod, ...] = ()
    memberships: tuple[MembershipChange, ...] = ()
    leaders: tuple[LeaderChange, ...] = ()
    papers: tuple[PaperChange, ...] = ()
    papers_kept: tuple[PaperChange, ...] = ()  # earlier years: their papers keep their names
    merge: MergePlan | None = None  # a split: what passes to its first part


@dataclass
class _State:
    names: list[tuple[dt.date | None, str]] = field(default_factory=list)
    ends: dt.date | None = None
    members: dict[tuple[str, UUID], str] = field(default_factory=dict)
    leaders: dict[tuple[str, str], tuple[UUID | None, str]] = field(default_factory=dict)
    papers: dict[str, str] = field(default_factory=dict)


def require_decision(decision: Decision) -> None:
    """The window records no event without its deciding document."""
    if not decision.number.strip():
        raise ValidationError(
            _("Give the number of the decision that made this happen."), field="decision"
        )
    if decision.date is None:
        raise ValidationError(_("Give the date of the decision."), field="decision_date")


def record(session: Session, request: EventRequest) -> EventInfo:
    """Record the event (one transaction, with its audit entry), after checking the decision."""
    require_decision(request.decision)
    return _run(session, request)


def _run(session: Session, request: EventRequest) -> EventInfo:
    kind, on, decision = request.kind, request.on, request.decision
    if kind is EventKind.RENAME:
        return events.rename_unit(
            session,
            request.subject,
            on=on,
            official_name=request.name,
            short_name=request.short_name,
            decision=decision,
        )
    if kind is EventKind.RENAME_ISSUER:
        return events.rename_issuer(
            session,
            request.subject,
            on=on,
            name=request.name,
            short_name=request.short_name,
            signer_title=request.signer_title,
            decision=decision,
        )
    if kind is EventKind.SPLIT:
        return events.split(session, request.subject, list(request.parts), on=on, decision=decision)
    if kind in (EventKind.JOIN, EventKind.LEAVE):
        if request.cluster is None:
            raise ValidationError(_("Choose the cluster."), field="cluster")
        act = moves.join_cluster if kind is EventKind.JOIN else moves.leave_cluster
        return act(session, request.subject, request.cluster, on=on, decision=decision)
    raise ValidationError(_("This kind of event is recorded in its own dialog."))


def preview(session: Session, request: EventRequest) -> EventPreview:
    """What recording ``request`` would change, or why it would be refused (reads only)."""
    try:
        events.checked_date(request.on)
        before = _state(session, request)
        merge = None
        if request.kind is EventKind.SPLIT and len(request.parts) > 1:
            merge = events.merge_preview(session, request.subject, request.parts[0], on=request.on)
        with rehearsal(session):
            _run(session, request)
            after = _state(session, request)
    except EmuError as error:
        return EventPreview(refusal=str(error))
    found = _compare(request, before, after, merge)
    try:
        require_decision(request.decision)
    except EmuError as error:  # the changes are shown all the same, with what is missing
        return replace(found, refusal=str(error))
    return found


def _state(session: Session, request: EventRequest) -> _State:
    state = _State()
    on = request.on
    if request.kind is EventKind.RENAME_ISSUER:
        issuer = issuers.load(session, request.subject)
        state.names = [(n.valid_from, n.name) for n in issuer_history(issuer)]
        cluster_years = _issuer_years(issuer)
        state.papers = {_label(y): issuer_name_on(issuer, year_end(y.year)) for y in cluster_years}
    else:
        unit = units.load(session, request.subject)
        state.names = [
            (n.valid_from, n.official_name) for n in sorted(unit.names, key=lambda n: n.valid_from)
        ]
        state.ends = unit.merged_on
        state.papers = {
            _label(m.cluster_year): unit_ref_on(unit, year_end(m.cluster_year.year)).name
            for m in events.unit_memberships(session, unit)
        }
    if state.names:  # the first name shows from the start, whatever date it was given
        state.names[0] = (None, state.names[0][1])
    for cluster_year in session.scalars(select(ClusterYear).where(ClusterYear.year >= on.year)):
        label = _label(cluster_year)
        for membership in cluster_year.memberships:
            state.members[(label, membership.unit.uuid)] = unit_ref_on(membership.unit, on).name
        for role, leader in (("head", cluster_year.head), ("deputy", cluster_year.deputy)):
            state.leaders[(label, role)] = (
                (leader.uuid, unit_ref_on(leader, on).name) if leader else (None, "")
            )
    return state


def _issuer_years(issuer: Issuer) -> list[ClusterYear]:
    return [y for cluster in issuer.clusters for y in cluster.years]


def _label(cluster_year: ClusterYear) -> str:
    return f"{cluster_year.cluster.code}/{cluster_year.year}"


def _periods(state: _State, new: set[tuple[dt.date | None, str]]) -> tuple[NamePeriod, ...]:
    found = []
    for index, (since, name) in enumerate(state.names):
        following = state.names[index + 1][0] if index + 1 < len(state.names) else state.ends
        until = following - dt.timedelta(days=1) if following else None
        found.append(NamePeriod(since if index else None, until, name, (since, name) in new))
    return tuple(found)


def _compare(
    request: EventRequest, before: _State, after: _State, merge: MergePlan | None
) -> EventPreview:
    new_names = set(after.names) - set(before.names)
    memberships = [
        MembershipChange(label, name, joins=True)
        for (label, uuid), name in after.members.items()
        if (label, uuid) not in before.members
    ] + [
        MembershipChange(label, name, joins=False)
        for (label, uuid), name in before.members.items()
        if (label, uuid) not in after.members
    ]
    leaders = [
        LeaderChange(label, role, held[1], taken[1])
        for (label, role), held in before.leaders.items()
        if (taken := after.leaders.get((label, role), (None, "")))[0] != held[0]
    ]
    papers, kept = [], []
    for label in sorted(set(before.papers) | set(after.papers)):
        was, now = before.papers.get(label, ""), after.papers.get(label, "")
        change = PaperChange(label, was, now)
        if was != now:
            papers.append(change)
        elif int(label.rsplit("/", 1)[1]) < request.on.year:
            kept.append(change)
    renamed = bool(new_names) or before.ends != after.ends
    return EventPreview(
        names=_periods(after, new_names) if renamed else (),
        memberships=tuple(sorted(memberships, key=lambda m: (m.cluster_year, not m.joins))),
        leaders=tuple(leaders),
        papers=tuple(papers),
        papers_kept=tuple(kept) if renamed else (),
        merge=merge,
    )


def clusters_of(session: Session, unit_uuid: UUID, year: int) -> set[UUID]:
    """The clusters ``unit`` is a member of in ``year`` or later (for choosing which to leave)."""
    unit = units.load(session, unit_uuid)
    return {
        m.cluster_year.cluster.uuid
        for m in events.unit_memberships(session, unit)
        if m.cluster_year.year >= year
    }
