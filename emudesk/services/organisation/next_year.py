"""Open the cluster's next year from this one: members, scoring table, regulation, leaders.

Everything a new year starts from is last year's: the members (a unit merged into another
is replaced by its successor; the head may leave out a unit that left the cluster), the
scoring table (copied as the new year's first version, so last year's scores stay with last
year's table), and the regulation's settings. The head and deputy are the ones elected at
the year-end conference (``meetings.election_result``), or given by the officer; without
them the new year is refused rather than opened without leaders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, SelectionMethod, Unit
from emudesk.services import audit
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import successor_on, unit_ref_on, year_start
from emudesk.services.organisation.units import UnitRef
from emudesk.services.scoring import regulation, tables
from emudesk.services.tx import batch


@dataclass(frozen=True)
class NextYearPlan:
    """What opening the next year would do, for the dialog to show before it is done."""

    year: int
    members: tuple[UnitRef, ...]  # as they will be next year (successors in place)
    replaced: tuple[tuple[UnitRef, UnitRef], ...]  # (merged unit, its successor)
    table_rows: int  # criteria copied (0: no table to copy)
    has_regulation: bool
    head: UnitRef | None  # the elected head, when the election is recorded
    deputy: UnitRef | None


def _successor(unit: Unit, year: int) -> Unit:
    """The unit that stands for ``unit`` on 1 January of ``year`` (following mergers)."""
    return successor_on(unit, year_start(year))


def _next_members(
    session: Session, cluster_year: ClusterYear
) -> tuple[list[Unit], list[tuple[Unit, Unit]]]:
    """Members on 1 January of the next year: successors in place, joins and leaves of that
    day applied."""
    from emudesk.services.reorganisation.moves import moves_on

    year = cluster_year.year + 1
    joining, leaving = moves_on(session, cluster_year.cluster, year_start(year))
    members: list[Unit] = []
    replaced: list[tuple[Unit, Unit]] = []
    for membership in cluster_year.memberships:
        unit = _successor(membership.unit, year)
        if unit is not membership.unit:
            replaced.append((membership.unit, unit))
        if unit not in members and unit not in leaving:
            members.append(unit)
    members += [u for u in joining if u not in members]
    return members, replaced


def _elected(session: Session, cluster_year: ClusterYear) -> tuple[Unit | None, Unit | None]:
    """Next year's head and deputy as elected at this year's year-end conference."""
    from emudesk.services.cycle.meetings import election_result

    found = election_result(session, cluster_year)
    if found is None:
        return None, None
    first = year_start(cluster_year.year + 1)
    head = successor_on(found.head, first) if found.head else None
    deputy = successor_on(found.deputy, first) if found.deputy else None
    return head, deputy


def plan(session: Session, year_uuid: UUID) -> NextYearPlan:
    cluster_year = years.load(session, year_uuid)
    year = cluster_year.year + 1
    members, replaced = _next_members(session, cluster_year)
    first = year_start(year)
    table = tables.current(session, cluster_year)
    head, deputy = _elected(session, cluster_year)
    return NextYearPlan(
        year=year,
        members=tuple(unit_ref_on(u, first) for u in members),
        replaced=tuple((units.ref(a, year - 1), unit_ref_on(b, first)) for a, b in replaced),
        table_rows=len(table.criteria) if table is not None else 0,
        has_regulation=regulation.settings_of(session, cluster_year) != rules.RegulationSettings(),
        head=unit_ref_on(head, first) if head else None,
        deputy=unit_ref_on(deputy, first) if deputy else None,
    )


def open_next_year(
    session: Session,
    year_uuid: UUID,
    *,
    head_uuid: UUID | None = None,
    deputy_uuid: UUID | None = None,
    members: Sequence[UUID] | None = None,
    method: SelectionMethod = SelectionMethod.ELECTION,
    decision_number: str = "",
    decision_date: dt.date | None = None,
    notes: str = "",
) -> years.YearInfo:
    """Create year + 1 of the cluster from this year, in one transaction.

    ``members`` overrides the carried-over members (to leave out a unit that left, or add
    one that joined); ``head_uuid``/``deputy_uuid`` set the leaders by hand.
    """
    cluster_year = years.load(session, year_uuid)
    next_year = cluster_year.year + 1
    cluster = cluster_year.cluster
    if any(y.year == next_year for y in cluster.years):
        raise ConflictError(
            _("The cluster {code} already has the year {year}.", code=cluster.code, year=next_year)
        )
    elected_head, elected_deputy = _elected(session, cluster_year)
    head = head_uuid or (elected_head.uuid if elected_head else None)
    deputy = deputy_uuid or (elected_deputy.uuid if elected_deputy else None)
    if head is None:
        raise ValidationError(
            _(
                "The election of the head for {year} is not recorded. Give the head (and the "
                "deputy) elected at the year-end conference to open {year}.",
                year=next_year,
            )
        )
    carried, _replaced = _next_members(session, cluster_year)
    member_uuids = list(members) if members is not None else [u.uuid for u in carried]
    source_table = tables.current(session, cluster_year)
    settings = regulation.settings_of(session, cluster_year)
    with batch(session):
        created = years.create_year(
            session,
            cluster.uuid,
            next_year,
            member_uuids,
            leadership=years.Leadership(head, deputy, method, decision_number, decision_date),
            notes=notes,
        )
        if source_table is not None:
            tables.copy_table(session, cluster_year.uuid, created.uuid)
            regulation.set_settings(session, created.uuid, settings)
        audit.record(
            session,
            action="open_next_year",
            entity="cluster_year",
            entity_uuid=created.uuid,
            summary=f"{cluster.code} {cluster_year.year} → {next_year}",
            new={
                "members": len(member_uuids),
                "table_copied": source_table is not None,
                "head": str(head),
                "deputy": str(deputy) if deputy else None,
            },
        )
    return years.get_year(session, cluster.uuid, next_year)
