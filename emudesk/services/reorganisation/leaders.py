"""Who leads and who belongs on a date: vanished heads and deputies, and the organisation as
it stood on any day (``emudesk info --on DATE``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, EventKind, OrgEvent, Unit
from emudesk.services.organisation import clusters, units, years
from emudesk.services.organisation.names_on_dates import (
    UnitRef,
    issuer_naming_on,
    successor_on,
    unit_ref_on,
)
from emudesk.services.reorganisation.events import NO_DECISION, Decision, info, record_event
from emudesk.services.tx import write
from emudesk.text import sort_key

ROLES = ("head", "deputy")


@dataclass(frozen=True)
class VanishedLeader:
    """A head or deputy that ceased to exist during its year, and who would take over."""

    role: str  # "head" / "deputy"
    unit: UnitRef
    vanished_on: dt.date
    successor: UnitRef | None


def _leader(cluster_year: ClusterYear, role: str) -> Unit | None:
    return cluster_year.head if role == "head" else cluster_year.deputy


def vanished(cluster_year: ClusterYear) -> list[VanishedLeader]:
    found = []
    for role in ROLES:
        unit = _leader(cluster_year, role)
        if unit is None or unit.merged_on is None or unit.merged_on.year > cluster_year.year:
            continue
        heir = successor_on(unit, unit.merged_on)
        found.append(
            VanishedLeader(
                role,
                unit_ref_on(unit, unit.merged_on - dt.timedelta(days=1)),
                unit.merged_on,
                unit_ref_on(heir, unit.merged_on) if heir is not unit else None,
            )
        )
    return found


def vanished_leaders(session: Session, year_uuid: UUID) -> list[VanishedLeader]:
    """The year's head or deputy that no longer exists (for the year page's flag)."""
    return vanished(years.load(session, year_uuid))


def record_successor(
    session: Session,
    year_uuid: UUID,
    role: str,
    *,
    unit_uuid: UUID | None = None,
    on: dt.date | None = None,
    decision: Decision = NO_DECISION,
) -> years.YearInfo:
    """One action: ``unit`` (by default the vanished leader's successor) takes the role from
    ``on`` (by default the day the leader vanished); a new election gives another unit."""
    if role not in ROLES:
        raise ValidationError(_("Choose the head or the deputy."))
    with write(session):
        cluster_year = years.load(session, year_uuid)
        previous = _leader(cluster_year, role)
        if previous is None:
            raise ValidationError(_("This year has no such leader to replace."))
        day = on or previous.merged_on or dt.date.today()
        new = units.load(session, unit_uuid) if unit_uuid else successor_on(previous, day)
        if new is previous:
            raise ValidationError(_("Give the unit that takes over."))
        if not any(m.unit_id == new.id for m in cluster_year.memberships):
            raise ValidationError(
                _(
                    "\u201c{name}\u201d is not a member of this year.",
                    name=unit_ref_on(new, day).name,
                )
            )
        other = cluster_year.deputy if role == "head" else cluster_year.head
        if other is new:
            raise ValidationError(_("The head and the deputy must be different units."))
        if role == "head":
            cluster_year.head = new
        else:
            cluster_year.deputy = new
        session.flush()
        record_event(
            session,
            EventKind.SUCCESSION,
            day,
            decision,
            _(
                "{cluster} {year}: {new} takes over as {role} from {old} on {date}",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
                new=unit_ref_on(new, day).name,
                role=_("head") if role == "head" else _("deputy"),
                old=unit_ref_on(previous, day - dt.timedelta(days=1)).name,
                date=day.strftime("%d/%m/%Y"),
            ),
            unit=new,
            other_unit=previous,
            cluster=cluster_year.cluster,
            details={"role": role, "year": cluster_year.year},
        )
        return years.info(cluster_year)


# ---- the organisation on a date ----------------------------------------------------------


@dataclass(frozen=True)
class YearOn:
    year: int
    head: UnitRef | None
    deputy: UnitRef | None
    members: tuple[UnitRef, ...]


@dataclass(frozen=True)
class ClusterOn:
    code: str
    name: str
    issuer_name: str
    year: YearOn | None  # None: the cluster has no year recorded for that date


def _events(session: Session, kinds: tuple[EventKind, ...], after: dt.date) -> list[OrgEvent]:
    return list(
        session.scalars(
            select(OrgEvent)
            .where(OrgEvent.kind.in_(kinds), OrgEvent.effective_on > after)
            .order_by(OrgEvent.effective_on.desc(), OrgEvent.id.desc())
        )
    )


def cluster_on(session: Session, cluster_key: UUID | str, on: dt.date) -> ClusterOn:
    """The cluster as it stood on ``on``: issuer's name, head, deputy and members."""
    cluster = clusters.load(session, cluster_key)
    issuer = issuer_naming_on(cluster.issuer, on).name
    cluster_year = next((y for y in cluster.years if y.year == on.year), None)
    if cluster_year is None:
        return ClusterOn(cluster.code, cluster.name, issuer, None)
    in_year = [e for e in _events(session, tuple(EventKind), on) if e.effective_on.year == on.year]
    members = {m.unit for m in cluster_year.memberships if m.joined_on is None or m.joined_on <= on}
    for event in in_year:  # undo, latest first, what happened after ``on``
        left = event.details.get("left", {}) if isinstance(event.details, dict) else {}
        if event.unit is not None and on.year in left.get(cluster.code, []):
            members.add(event.unit)
        if event.kind is EventKind.JOIN and event.cluster_id == cluster.id and event.unit:
            members.discard(event.unit)
    head, deputy = cluster_year.head, cluster_year.deputy
    for event in in_year:
        if (
            event.kind is EventKind.SUCCESSION
            and event.cluster_id == cluster.id
            and event.details.get("year") == cluster_year.year
        ):
            if event.details.get("role") == "head":
                head = event.other_unit
            else:
                deputy = event.other_unit
    refs = sorted((unit_ref_on(u, on) for u in members), key=lambda r: sort_key(r.name))
    return ClusterOn(
        cluster.code,
        cluster.name,
        issuer,
        YearOn(
            cluster_year.year,
            unit_ref_on(head, on) if head else None,
            unit_ref_on(deputy, on) if deputy else None,
            tuple(refs),
        ),
    )


__all__ = ["ClusterOn", "VanishedLeader", "YearOn", "cluster_on", "info", "record_successor"]
