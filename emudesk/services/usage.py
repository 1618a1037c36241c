"""What depends on a cluster-year: the single place features register their data.

Removing a year, and the year's to-do list, must know about scoring tables, scores and
proposals without ``years`` importing every feature module.
"""

from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from emudesk.i18n import _
from emudesk.model import (
    ClusterYear,
    Commitment,
    Criterion,
    Meeting,
    Proposal,
    Score,
    ScoringTable,
    Signature,
    YearScoring,
)


def _count(session: Session, query: Select[tuple[int]]) -> int:
    return session.scalar(query) or 0


def year_in_use(session: Session, cluster_year: ClusterYear) -> str | None:
    """Why the year cannot be removed, or None when it holds no recorded work."""
    tables = _count(
        session,
        select(func.count()).where(ScoringTable.cluster_year_id == cluster_year.id),
    )
    proposals = _count(
        session, select(func.count()).where(Proposal.cluster_year_id == cluster_year.id)
    )
    if tables or proposals:
        return _(
            "{cluster} {year} holds a scoring table or proposals and cannot be removed.",
            cluster=cluster_year.cluster.code,
            year=cluster_year.year,
        )
    records = _count(
        session, select(func.count()).where(Commitment.cluster_year_id == cluster_year.id)
    ) + _count(session, select(func.count()).where(Meeting.cluster_year_id == cluster_year.id))
    if records:
        return _(
            "{cluster} {year} holds a commitment or conference records and cannot be removed.",
            cluster=cluster_year.cluster.code,
            year=cluster_year.year,
        )
    return None


def _commitment_todo(session: Session, cluster_year: ClusterYear) -> tuple[str, str] | None:
    commitment = session.scalar(
        select(Commitment).where(Commitment.cluster_year_id == cluster_year.id)
    )
    if commitment is None:
        return ("commitment", _("Draw up the year's emulation commitment and have it signed."))
    member_ids = {m.unit_id for m in cluster_year.memberships}
    members = len(member_ids)
    signers = session.scalars(
        select(Signature.unit_id).where(Signature.commitment_id == commitment.id)
    )
    signed = len(member_ids.intersection(signers))  # a unit that left no longer counts
    if signed < members:
        return (
            "signatures",
            _(
                "Collect the commitment's signatures: {signed} of {members} units have signed.",
                signed=signed,
                members=members,
            ),
        )
    return None


def year_todo(session: Session, cluster_year: ClusterYear) -> list[tuple[str, str]]:
    """Feature-specific items for the year's to-do list as (key, text) pairs."""
    items: list[tuple[str, str]] = []
    commitment = _commitment_todo(session, cluster_year)
    if commitment is not None:
        items.append(commitment)
    table_id = session.scalar(
        select(ScoringTable.id)
        .where(ScoringTable.cluster_year_id == cluster_year.id)
        .order_by(ScoringTable.revision.desc())
        .limit(1)
    )
    if table_id is None:
        items.append(("table", _("Build the scoring table (or copy last year's).")))
        return items
    scores = _count(
        session,
        select(func.count())
        .select_from(Score)
        .join(Criterion, Score.criterion_id == Criterion.id)
        .where(Criterion.table_id == table_id),
    )
    if scores == 0:
        items.append(("scores", _("Collect the self-scores and peer scores.")))
    locked = session.scalar(
        select(YearScoring.locked).where(YearScoring.cluster_year_id == cluster_year.id)
    )
    if scores and not locked:
        items.append(("lock", _("Review and lock the year's scores.")))
    proposals = _count(
        session, select(func.count()).where(Proposal.cluster_year_id == cluster_year.id)
    )
    if proposals == 0 and scores:
        items.append(("proposals", _("Prepare the award proposals from the ranking.")))
    return items
