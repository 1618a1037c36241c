"""The regulation's settings per cluster-year, award exclusions and tie-break votes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import AwardExclusion, ClusterYear, Regulation, TieVote, Unit
from emudesk.services import audit
from emudesk.services.organisation import units, years
from emudesk.services.scoring import locking, tables
from emudesk.services.tx import batch, write
from emudesk.text import clean_multiline


def head_reviewer(session: Session, cluster_year: ClusterYear) -> Unit | None:
    """The unit that reviews the head's own scores, as the regulation says (the deputy, or
    the head itself); None when the year has no such unit yet."""
    if settings_of(session, cluster_year).head_reviewer is rules.HeadReviewer.HEAD:
        return cluster_year.head
    return cluster_year.deputy


def reviewer_of(session: Session, cluster_year: ClusterYear, assessed_id: int) -> Unit | None:
    """Who gives the reviewed score of the unit ``assessed_id``: the head, except for itself."""
    if assessed_id == cluster_year.head_unit_id:
        return head_reviewer(session, cluster_year)
    return cluster_year.head


def settings_of(session: Session, cluster_year: ClusterYear) -> rules.RegulationSettings:
    """The stored settings, or the defaults when the year has none yet."""
    row = session.scalar(select(Regulation).where(Regulation.cluster_year_id == cluster_year.id))
    if row is None:
        return rules.RegulationSettings()
    return rules.RegulationSettings.from_dict(row.settings)


def get_settings(session: Session, year_uuid: UUID) -> rules.RegulationSettings:
    return settings_of(session, years.load(session, year_uuid))


def set_settings(
    session: Session, year_uuid: UUID, settings: rules.RegulationSettings
) -> rules.RegulationSettings:
    """Store the year's settings after checking them against its scoring table."""
    with write(session):
        cluster_year = years.load(session, year_uuid)
        locking.refuse_if_locked(session, cluster_year)
        table = tables.current(session, cluster_year)
        try:
            if table is not None:
                settings.check_table(tables.specs(table))
            data = settings.to_dict()
            rules.RegulationSettings.from_dict(data)  # what is stored must read back
        except rules.RegulationError as exc:
            raise ValidationError(str(exc)) from exc
        row = session.scalar(
            select(Regulation).where(Regulation.cluster_year_id == cluster_year.id)
        )
        old = dict(row.settings) if row is not None else None
        if row is None:
            row = Regulation(cluster_year_id=cluster_year.id, settings=data)
            session.add(row)
        else:
            row.settings = data
        session.flush()
        if old != data:
            audit.record(
                session,
                action="regulation",
                entity="cluster_year",
                entity_uuid=cluster_year.uuid,
                summary=f"{cluster_year.cluster.code} {cluster_year.year}",
                old=old,
                new=data,
            )
        return settings


def settings_from_mapping(data: Mapping[str, object]) -> rules.RegulationSettings:
    """Read settings (e.g. from a form) and turn a rule's refusal into a ValidationError."""
    try:
        return rules.RegulationSettings.from_dict(data)
    except rules.RegulationError as exc:
        raise ValidationError(str(exc)) from exc


@dataclass(frozen=True)
class ExclusionInfo:
    unit: units.UnitRef
    reason: rules.ExclusionReason
    note: str


def list_exclusions(session: Session, year_uuid: UUID) -> list[ExclusionInfo]:
    cluster_year = years.load(session, year_uuid)
    rows = session.scalars(
        select(AwardExclusion).where(AwardExclusion.cluster_year_id == cluster_year.id)
    )
    return [
        ExclusionInfo(units.ref(r.unit, cluster_year.year), rules.ExclusionReason(r.reason), r.note)
        for r in rows
    ]


def set_exclusion(
    session: Session,
    year_uuid: UUID,
    unit_uuid: UUID,
    reason: rules.ExclusionReason | None,
    note: str = "",
) -> None:
    """Exclude a unit from awards this year (reason given), or lift it (reason None)."""
    with write(session):
        cluster_year = years.load(session, year_uuid)
        locking.refuse_if_locked(session, cluster_year)
        unit = units.load(session, unit_uuid)
        if unit.id not in {m.unit_id for m in cluster_year.memberships}:
            raise ValidationError(
                _("The unit is not a member of the cluster in {year}.", year=cluster_year.year)
            )
        row = session.scalar(
            select(AwardExclusion).where(
                AwardExclusion.cluster_year_id == cluster_year.id,
                AwardExclusion.unit_id == unit.id,
            )
        )
        old = {"reason": row.reason, "note": row.note} if row is not None else None
        if reason is None:
            if row is not None:
                session.delete(row)
        else:
            text = clean_multiline(note)
            if row is None:
                row = AwardExclusion(cluster_year_id=cluster_year.id, unit=unit)
                session.add(row)
            row.reason, row.note = rules.ExclusionReason(reason).value, text
        audit.record(
            session,
            action="exclusion",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=unit.code,
            old=old,
            new={"reason": reason.value if reason else None, "note": note},
        )


class ExclusionChange(NamedTuple):
    unit_uuid: UUID
    reason: rules.ExclusionReason | None  # None lifts the exclusion
    note: str = ""


def set_exclusions(session: Session, year_uuid: UUID, changes: Sequence[ExclusionChange]) -> None:
    """Apply several members' exclusions together: all of them, or none if one is refused."""
    with batch(session):
        for change in changes:
            set_exclusion(session, year_uuid, change.unit_uuid, change.reason, change.note)


def votes_of(session: Session, cluster_year: ClusterYear) -> dict[str, int] | None:
    """Votes per unit key for the VOTES tie-break, or None when no vote was recorded."""
    rows = session.scalars(select(TieVote).where(TieVote.cluster_year_id == cluster_year.id)).all()
    if not rows:
        return None
    by_id = {m.unit_id: m.unit for m in cluster_year.memberships}
    return {str(by_id[r.unit_id].uuid): r.votes for r in rows if r.unit_id in by_id}


def set_votes(session: Session, year_uuid: UUID, votes: Mapping[UUID, int]) -> None:
    """Record the votes each unit received (for a tie-break by vote)."""
    with write(session):
        cluster_year = years.load(session, year_uuid)
        locking.refuse_if_locked(session, cluster_year)
        members = {m.unit.uuid: m.unit for m in cluster_year.memberships}
        for unit_uuid, count in votes.items():
            if unit_uuid not in members:
                raise ValidationError(
                    _("The unit is not a member of the cluster in {year}.", year=cluster_year.year)
                )
            if not isinstance(count, int) or not 0 <= count <= 10_000:
                raise ValidationError(_("A vote count must be a whole number from 0."))
        for row in session.scalars(
            select(TieVote).where(TieVote.cluster_year_id == cluster_year.id)
        ):
            session.delete(row)
        session.flush()
        for unit_uuid, count in votes.items():
            session.add(
                TieVote(cluster_year_id=cluster_year.id, unit_id=members[unit_uuid].id, votes=count)
            )
        audit.record(
            session,
            action="votes",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}",
            new={members[u].code: c for u, c in votes.items()},
        )
