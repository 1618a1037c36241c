"""The state of a year's scores: submitted, reviewed, locked by the head, unlocked for a reason."""

from __future__ import annotations

import enum
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import (
    ClusterYear,
    Score,
    YearScoring,
)
from emudesk.model.base import utcnow
from emudesk.services import audit
from emudesk.services.organisation import units, years
from emudesk.services.scoring import tables
from emudesk.services.tx import actor_of, write
from emudesk.text import clean_multiline

MAX_PROBLEMS_SHOWN = 8


class ScoreStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    LOCKED = "locked"


def state(session: Session, cluster_year: ClusterYear) -> YearScoring:
    """The year's scoring state row (created on first use)."""
    found = session.scalar(
        select(YearScoring).where(YearScoring.cluster_year_id == cluster_year.id)
    )
    if found is None:
        found = YearScoring(cluster_year_id=cluster_year.id)
        session.add(found)
        session.flush()
    return found


def is_locked(session: Session, cluster_year: ClusterYear) -> bool:
    found = session.scalar(
        select(YearScoring).where(YearScoring.cluster_year_id == cluster_year.id)
    )
    return bool(found and found.locked)


def refuse_if_locked(session: Session, cluster_year: ClusterYear) -> None:
    if is_locked(session, cluster_year):
        raise ConflictError(
            _(
                "The scores of {cluster} {year} are locked; unlock them (with a reason) first.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )


class Act(enum.Enum):
    """What an officer does with awards before the year's scores are locked."""

    APPROVE = "approve"
    PRINT = "print"


def unlocked_reason(session: Session, cluster_year: ClusterYear, reason: str, act: Act) -> str:
    """ "" when the year's scores are locked; else the officer's reason for going ahead anyway.

    Approving or printing an award on scores that can still change is refused without a
    reason of a few words (for example the issuer's deadline); the caller records the reason
    with the approval or the printing, and in the audit.
    """
    if is_locked(session, cluster_year):
        return ""
    why = clean_multiline(reason)
    if len(why) >= 5:
        return why
    names = {"cluster": cluster_year.cluster.code, "year": cluster_year.year}
    if act is Act.APPROVE:
        message = _(
            "The scores of {cluster} {year} are not locked yet, so the ranking behind this award "
            "can still change. Lock them on the Scores page first, or give the reason for "
            "recording the approval now (for example the issuer's deadline): it is kept with "
            "the approval.",
            **names,
        )
    else:
        message = _(
            "The scores of {cluster} {year} are not locked yet, so the ranking behind these "
            "awards can still change. Lock them on the Scores page first, or give the reason "
            "for printing now (for example the issuer's deadline): it is kept in the register.",
            **names,
        )
    raise ValidationError(message, field="unlocked_reason")


def set_status(session: Session, year_uuid: UUID, scorer_uuid: UUID, status: ScoreStatus) -> int:
    """Mark all scores given by one unit as submitted (by the unit) or reviewed (by the head)."""
    if status is ScoreStatus.LOCKED:
        raise ValidationError(_("Lock the whole year's scores instead."))
    with write(session):
        cluster_year = years.load(session, year_uuid)
        refuse_if_locked(session, cluster_year)
        scorer = units.load(session, scorer_uuid)
        table = tables.require_current(session, cluster_year)
        ids = [c.id for c in table.criteria]
        rows = session.scalars(
            select(Score).where(Score.scorer_unit_id == scorer.id, Score.criterion_id.in_(ids))
        ).all()
        for row in rows:
            row.status = status.value
        audit.record(
            session,
            action=f"status_{status.value}",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{scorer.code}: {len(rows)}",
            new={"scorer": scorer.code, "status": status.value, "count": len(rows)},
        )
        return len(rows)


def lock_year(session: Session, year_uuid: UUID) -> int:
    """Lock every score of the year (the head's final step); the GUI asks to confirm."""
    with write(session):
        cluster_year = years.load(session, year_uuid)
        refuse_if_locked(session, cluster_year)
        table = tables.require_current(session, cluster_year)
        problems = rules.validate_table(tables.specs(table), table.declared_total)
        if problems:
            raise ValidationError(
                _(
                    "The scoring table must be corrected before the scores are locked:\n{details}",
                    details="\n".join(f"• {p.message}" for p in problems[:MAX_PROBLEMS_SHOWN]),
                )
            )
        ids = [c.id for c in table.criteria]
        rows = session.scalars(select(Score).where(Score.criterion_id.in_(ids))).all()
        for row in rows:
            row.status = ScoreStatus.LOCKED.value
        record = state(session, cluster_year)
        record.locked, record.locked_at, record.locked_by = True, utcnow(), actor_of(session)
        audit.record(
            session,
            action="lock",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}",
            new={"locked": True, "scores": len(rows)},
        )
        return len(rows)


def unlock_year(session: Session, year_uuid: UUID, reason: str) -> None:
    """Unlock the year's scores; a reason is required and recorded."""
    why = clean_multiline(reason)
    if len(why) < 5:
        raise ValidationError(_("Give the reason for unlocking (at least a few words)."))
    with write(session):
        cluster_year = years.load(session, year_uuid)
        record = state(session, cluster_year)
        if not record.locked:
            raise ConflictError(_("The scores of this year are not locked."))
        table = tables.require_current(session, cluster_year)
        ids = [c.id for c in table.criteria]
        for row in session.scalars(select(Score).where(Score.criterion_id.in_(ids))):
            row.status = ScoreStatus.REVIEWED.value
        record.locked, record.locked_at, record.locked_by = False, None, ""
        audit.record(
            session,
            action="unlock",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=why,
            old={"locked": True},
            new={"locked": False, "reason": why},
        )
