"""A unit joins or leaves a cluster on a date, with its decision (and what opening a year on
that date must apply)."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Cluster, ClusterYear, EventKind, OrgEvent, Unit
from emudesk.services.organisation import clusters, units
from emudesk.services.organisation.names_on_dates import unit_ref_on
from emudesk.services.reorganisation.events import (
    NO_DECISION,
    Decision,
    EventInfo,
    add_member,
    checked_date,
    info,
    record_event,
    refuse_if_gone,
)
from emudesk.services.tx import write


def _cluster_years_from(cluster: Cluster, on: dt.date) -> list[ClusterYear]:
    return [y for y in cluster.years if y.year >= on.year]


def join_cluster(
    session: Session,
    unit_uuid: UUID,
    cluster_key: UUID | str,
    *,
    on: dt.date,
    decision: Decision = NO_DECISION,
) -> EventInfo:
    """``unit`` becomes a member of ``cluster`` on ``on`` (and in the years opened after)."""
    on = checked_date(on)
    with write(session):
        unit = units.load(session, unit_uuid)
        cluster = clusters.load(session, cluster_key)
        refuse_if_gone(unit, on)
        added = [y.year for y in _cluster_years_from(cluster, on) if add_member(y, unit, on)]
        event = record_event(
            session,
            EventKind.JOIN,
            on,
            decision,
            _(
                "{unit} joins {cluster} from {date}",
                unit=unit_ref_on(unit, on).name,
                cluster=cluster.code,
                date=on.strftime("%d/%m/%Y"),
            ),
            unit=unit,
            cluster=cluster,
            details={"years": added},
        )
        return info(event)


def leave_cluster(
    session: Session,
    unit_uuid: UUID,
    cluster_key: UUID | str,
    *,
    on: dt.date,
    decision: Decision = NO_DECISION,
) -> EventInfo:
    """``unit`` is no longer a member of ``cluster`` from ``on``.

    Its scores stay recorded (an earlier paper may print them); the year ranks the units
    that are members at its end. A head or deputy must be replaced first.
    """
    on = checked_date(on)
    with write(session):
        unit = units.load(session, unit_uuid)
        cluster = clusters.load(session, cluster_key)
        refuse_if_gone(unit, on)
        removed: list[int] = []
        for cluster_year in _cluster_years_from(cluster, on):
            if unit.id in (cluster_year.head_unit_id, cluster_year.deputy_unit_id):
                raise ValidationError(
                    _(
                        "\u201c{name}\u201d leads {cluster} in {year}; record who takes over "
                        "before it leaves.",
                        name=unit_ref_on(unit, on).name,
                        cluster=cluster.code,
                        year=cluster_year.year,
                    )
                )
            mine = next((m for m in cluster_year.memberships if m.unit_id == unit.id), None)
            if mine is not None:
                cluster_year.memberships.remove(mine)
                removed.append(cluster_year.year)
        if not removed:
            raise ValidationError(
                _(
                    "\u201c{name}\u201d is not a member of {cluster} in {year} or later.",
                    name=unit_ref_on(unit, on).name,
                    cluster=cluster.code,
                    year=on.year,
                )
            )
        event = record_event(
            session,
            EventKind.LEAVE,
            on,
            decision,
            _(
                "{unit} leaves {cluster} from {date}",
                unit=unit_ref_on(unit, on).name,
                cluster=cluster.code,
                date=on.strftime("%d/%m/%Y"),
            ),
            unit=unit,
            cluster=cluster,
            details={"left": {cluster.code: removed}, "years": removed},
        )
        return info(event)


def moves_on(session: Session, cluster: Cluster, on: dt.date) -> tuple[list[Unit], list[Unit]]:
    """Units that join and that leave ``cluster`` exactly on ``on`` (for opening a year)."""
    found = session.scalars(
        select(OrgEvent).where(OrgEvent.cluster_id == cluster.id, OrgEvent.effective_on == on)
    )
    joining: list[Unit] = []
    leaving: list[Unit] = []
    for event in found:
        if event.unit is None:
            continue
        if event.kind is EventKind.JOIN:
            joining.append(event.unit)
        elif event.kind is EventKind.LEAVE:
            leaving.append(event.unit)
    return joining, leaving
