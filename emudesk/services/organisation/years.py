"""Cluster-years: members, head and deputy, how they were chosen, and the year's to-do list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, InUseError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Membership, SelectionMethod, Unit
from emudesk.records.organisation import TodoItem, YearInfo
from emudesk.services import audit, checks, usage
from emudesk.services.common import check_version
from emudesk.services.organisation import clusters, units
from emudesk.services.organisation.names_on_dates import issuer_naming_on, year_end
from emudesk.services.tx import write
from emudesk.text import clean_multiline, sort_key


@dataclass(frozen=True)
class Leadership:
    """Head, deputy and how they were chosen; the recognising decision if any."""

    head_uuid: UUID | None
    deputy_uuid: UUID | None
    method: SelectionMethod = SelectionMethod.UNSET
    decision_number: str = ""
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class YearOverview:
    info: YearInfo
    todo: tuple[TodoItem, ...]
    next_year: YearInfo | None
    # A head or deputy merged away during the year: (role, its name, the day, successor's name)
    vanished: tuple[tuple[str, str, dt.date, str], ...] = ()


def info(cluster_year: ClusterYear) -> YearInfo:
    year = cluster_year.year
    members = sorted(
        (units.ref(m.unit, year) for m in cluster_year.memberships), key=lambda r: sort_key(r.name)
    )
    naming = issuer_naming_on(cluster_year.cluster.issuer, year_end(year))
    return YearInfo(
        uuid=cluster_year.uuid,
        cluster_uuid=cluster_year.cluster.uuid,
        cluster_code=cluster_year.cluster.code,
        cluster_name=cluster_year.cluster.name,
        year=year,
        head=units.ref(cluster_year.head, year) if cluster_year.head else None,
        deputy=units.ref(cluster_year.deputy, year) if cluster_year.deputy else None,
        method=cluster_year.selection_method,
        decision_number=cluster_year.recognition_decision_number,
        decision_date=cluster_year.recognition_decision_date,
        members=tuple(members),
        notes=cluster_year.notes,
        version=cluster_year.version,
        issuer_name=naming.name,
        issuer_short=naming.short_name,
    )


def load(session: Session, year_uuid: UUID) -> ClusterYear:
    found = session.scalar(select(ClusterYear).where(ClusterYear.uuid == year_uuid))
    if found is None:
        raise NotFoundError(_("This year no longer exists; reload the list."))
    return found


def find(session: Session, cluster_key: UUID | str, year: int) -> ClusterYear:
    """The cluster-year of ``cluster_key`` (UUID or code) in ``year``, or a NotFoundError."""
    cluster = clusters.load(session, cluster_key)
    for cluster_year in cluster.years:
        if cluster_year.year == year:
            return cluster_year
    raise NotFoundError(
        _("The cluster {code} has no year {year} recorded.", code=cluster.code, year=year)
    )


def get_year(session: Session, cluster_key: UUID | str, year: int) -> YearInfo:
    return info(find(session, cluster_key, year))


def list_years(session: Session, cluster_key: UUID | str) -> list[YearInfo]:
    """The years of a cluster, newest first."""
    cluster = clusters.load(session, cluster_key)
    return [info(y) for y in sorted(cluster.years, key=lambda y: -y.year)]


def _member_units(session: Session, member_uuids: Sequence[UUID], year: int) -> list[Unit]:
    found: list[Unit] = []
    seen: set[UUID] = set()
    for member in member_uuids:
        if member in seen:
            continue
        seen.add(member)
        unit = units.load(session, member)
        if unit.merged_on is not None and unit.merged_on <= dt.date(year, 1, 1):
            successor = units.name_in(unit.successor, year).official_name if unit.successor else "?"
            raise ValidationError(
                _(
                    "\u201c{name}\u201d was merged into \u201c{successor}\u201d in {merged} "
                    "and cannot be a member in {year}.",
                    name=units.name_in(unit, year).official_name,
                    successor=successor,
                    merged=unit.merged_on.strftime("%d/%m/%Y"),
                    year=year,
                )
            )
        found.append(unit)
    return found


def _check_leadership(
    session: Session, leadership: Leadership, members: Sequence[Unit], year: int
) -> tuple[Unit | None, Unit | None]:
    head = units.load(session, leadership.head_uuid) if leadership.head_uuid else None
    deputy = units.load(session, leadership.deputy_uuid) if leadership.deputy_uuid else None
    if head is not None and deputy is not None and head.id == deputy.id:
        raise ValidationError(_("The head and the deputy must be two different units."))
    member_ids = {m.id for m in members}
    for unit, role in ((head, _("head")), (deputy, _("deputy"))):
        if unit is not None and unit.id not in member_ids:
            raise ValidationError(
                _(
                    "\u201c{name}\u201d is not a member in {year} and cannot be the {role}.",
                    name=units.name_in(unit, year).official_name,
                    year=year,
                    role=role,
                )
            )
    return head, deputy


def _snapshot(cluster_year: ClusterYear) -> dict[str, object]:
    return {
        "year": cluster_year.year,
        "head": cluster_year.head.code if cluster_year.head else None,
        "deputy": cluster_year.deputy.code if cluster_year.deputy else None,
        "method": cluster_year.selection_method,
        "decision_number": cluster_year.recognition_decision_number,
        "decision_date": cluster_year.recognition_decision_date,
        "members": sorted(m.unit.code for m in cluster_year.memberships),
    }


def create_year(
    session: Session,
    cluster_key: UUID | str,
    year: int,
    member_uuids: Sequence[UUID],
    *,
    leadership: Leadership | None = None,
    notes: str = "",
) -> YearInfo:
    """Open a year of a cluster with its members and, if known, its head and deputy."""
    checks.year(year)
    leadership = leadership or Leadership(None, None)
    decision_number = checks.name(
        leadership.decision_number, _("Decision number"), required=False, max_len=80
    )
    with write(session):
        cluster = clusters.load(session, cluster_key)
        if any(y.year == year for y in cluster.years):
            raise ConflictError(
                _("The cluster {code} already has the year {year}.", code=cluster.code, year=year)
            )
        members = _member_units(session, member_uuids, year)
        head, deputy = _check_leadership(session, leadership, members, year)
        cluster_year = ClusterYear(
            cluster=cluster,
            year=year,
            head=head,
            deputy=deputy,
            selection_method=SelectionMethod(leadership.method),
            recognition_decision_number=decision_number,
            recognition_decision_date=leadership.decision_date,
            notes=clean_multiline(notes),
        )
        cluster_year.memberships = [Membership(unit=u) for u in members]
        session.add(cluster_year)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster.code} {year}",
            new=_snapshot(cluster_year),
        )
        return info(cluster_year)


def update_year(
    session: Session,
    year_uuid: UUID,
    member_uuids: Sequence[UUID],
    *,
    leadership: Leadership,
    notes: str = "",
    expected_version: int | None = None,
) -> YearInfo:
    """Change a year's members, head, deputy, how they were chosen, and notes."""
    decision_number = checks.name(
        leadership.decision_number, _("Decision number"), required=False, max_len=80
    )
    with write(session):
        cluster_year = load(session, year_uuid)
        year = cluster_year.year
        check_version(cluster_year, expected_version, f"{cluster_year.cluster.code} {year}")
        old = _snapshot(cluster_year)
        members = _member_units(session, member_uuids, year)
        head, deputy = _check_leadership(session, leadership, members, year)
        wanted = {u.id for u in members}
        for membership in list(cluster_year.memberships):
            if membership.unit_id not in wanted:
                cluster_year.memberships.remove(membership)
        present = {m.unit_id for m in cluster_year.memberships}
        for unit in members:
            if unit.id not in present:
                cluster_year.memberships.append(Membership(unit=unit))
        cluster_year.head = head
        cluster_year.deputy = deputy
        cluster_year.selection_method = SelectionMethod(leadership.method)
        cluster_year.recognition_decision_number = decision_number
        cluster_year.recognition_decision_date = leadership.decision_date
        cluster_year.notes = clean_multiline(notes)
        session.flush()
        new = _snapshot(cluster_year)
        if new != old:
            audit.record(
                session,
                action="update",
                entity="cluster_year",
                entity_uuid=cluster_year.uuid,
                summary=f"{cluster_year.cluster.code} {year}",
                old=old,
                new=new,
            )
        return info(cluster_year)


def remove_year(session: Session, year_uuid: UUID) -> None:
    """Delete a year that holds nothing but its member list and leadership."""
    with write(session):
        cluster_year = load(session, year_uuid)
        reason = usage.year_in_use(session, cluster_year)
        if reason:
            raise InUseError(reason)
        audit.record(
            session,
            action="remove",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}",
            old=_snapshot(cluster_year),
        )
        session.delete(cluster_year)


def overview(session: Session, year_uuid: UUID) -> YearOverview:
    """The year with what remains to do, for the year page."""
    cluster_year = load(session, year_uuid)
    year_info = info(cluster_year)
    next_year = next((y for y in cluster_year.cluster.years if y.year == year_info.year + 1), None)
    from emudesk.services.reorganisation.leaders import vanished

    gone = vanished(cluster_year)
    todo: list[TodoItem] = []
    for leader in gone:
        heir = leader.successor.name if leader.successor else "?"
        text = (
            _(
                "The head \u201c{unit}\u201d ceased to exist on {date}: record its successor "
                "\u201c{heir}\u201d as head (or the unit elected).",
                unit=leader.unit.name,
                date=leader.vanished_on.strftime("%d/%m/%Y"),
                heir=heir,
            )
            if leader.role == "head"
            else _(
                "The deputy \u201c{unit}\u201d ceased to exist on {date}: record its successor "
                "\u201c{heir}\u201d as deputy (or the unit elected).",
                unit=leader.unit.name,
                date=leader.vanished_on.strftime("%d/%m/%Y"),
                heir=heir,
            )
        )
        todo.append(TodoItem(f"successor_{leader.role}", text))
    if len(year_info.members) < 2:
        todo.append(TodoItem("members", _("Add the member units of the year.")))
    if year_info.head is None:
        todo.append(TodoItem("head", _("Record the cluster head of the year.")))
    if year_info.deputy is None:
        todo.append(TodoItem("deputy", _("Record the deputy head of the year.")))
    if year_info.head is not None and not year_info.decision_number:
        todo.append(TodoItem("decision", _("Enter the decision recognising the head and deputy.")))
    todo.extend(TodoItem(key, text) for key, text in usage.year_todo(session, cluster_year))
    if next_year is None or next_year.head_unit_id is None:
        from emudesk.services.cycle.meetings import election_result

        if election_result(session, cluster_year) is None:
            todo.append(
                TodoItem(
                    "election",
                    _("Elect next year's head and deputy ({year}).", year=year_info.year + 1),
                )
            )
        else:
            text = _(
                "Open {year} with the head and deputy elected at the year-end conference.",
                year=year_info.year + 1,
            )
            todo.append(TodoItem("next_year", text))
    return YearOverview(
        info=year_info,
        todo=tuple(todo),
        next_year=info(next_year) if next_year else None,
        vanished=tuple(
            (g.role, g.unit.name, g.vanished_on, g.successor.name if g.successor else "")
            for g in gone
        ),
    )
