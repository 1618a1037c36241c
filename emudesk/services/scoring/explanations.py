"""The explanation thread on one unit's score of one criterion: the head asks, the unit
answers, until someone marks it resolved."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Criterion, Explanation, Score, ScoringTable
from emudesk.rules import ScorerRole
from emudesk.services import audit
from emudesk.services.organisation import units, years
from emudesk.services.scoring import tables
from emudesk.services.tx import actor_of, write
from emudesk.text import clean_multiline


def _criteria(table: ScoringTable) -> dict[UUID, Criterion]:
    return {c.uuid: c for c in table.criteria}


@dataclass(frozen=True)
class ExplanationInfo:
    uuid: UUID
    at_text: str
    author: str
    author_unit: str
    text: str
    resolves: bool


def add_explanation(
    session: Session,
    year_uuid: UUID,
    assessed_uuid: UUID,
    criterion_uuid: UUID,
    text: str,
    *,
    author_unit_uuid: UUID | None = None,
    resolves: bool = False,
) -> ExplanationInfo:
    """Add a message to the explanation thread on one unit's score of one criterion."""
    body = clean_multiline(text)
    if not body:
        raise ValidationError(_("The explanation must not be empty."))
    with write(session):
        cluster_year = years.load(session, year_uuid)
        members = {m.unit.uuid: m.unit for m in cluster_year.memberships}
        assessed = members.get(assessed_uuid)
        if assessed is None:
            raise ValidationError(
                _(
                    "The assessed unit is not a member of the cluster in {year}.",
                    year=cluster_year.year,
                )
            )
        rows = _criteria(tables.require_current(session, cluster_year))
        if criterion_uuid not in rows:
            raise ValidationError(_("The criterion is not part of the current scoring table."))
        author_unit = members.get(author_unit_uuid) if author_unit_uuid else None
        entry = Explanation(
            criterion=rows[criterion_uuid],
            assessed_unit_id=assessed.id,
            author_unit=author_unit,
            author=actor_of(session),
            text=body,
            resolves=resolves,
        )
        session.add(entry)
        session.flush()
        audit.record(
            session,
            action="explain",
            entity="explanation",
            entity_uuid=entry.uuid,
            summary=f"{assessed.code} {rows[criterion_uuid].code}",
            new={"text": body, "resolves": resolves},
        )
        return _explanation_info(entry, cluster_year.year)


def _explanation_info(entry: Explanation, year: int) -> ExplanationInfo:
    return ExplanationInfo(
        uuid=entry.uuid,
        at_text=entry.at.astimezone().strftime("%H:%M %d/%m/%Y"),
        author=entry.author,
        author_unit=units.ref(entry.author_unit, year).short_name if entry.author_unit else "",
        text=entry.text,
        resolves=entry.resolves,
    )


def list_explanations(
    session: Session, year_uuid: UUID, assessed_uuid: UUID, criterion_uuid: UUID
) -> list[ExplanationInfo]:
    """The thread about one unit's score on one criterion, oldest first."""
    cluster_year = years.load(session, year_uuid)
    assessed = units.load(session, assessed_uuid)
    rows = _criteria(tables.require_current(session, cluster_year))
    if criterion_uuid not in rows:
        return []
    entries = session.scalars(
        select(Explanation)
        .where(
            Explanation.criterion_id == rows[criterion_uuid].id,
            Explanation.assessed_unit_id == assessed.id,
        )
        .order_by(Explanation.id)
    )
    return [_explanation_info(e, cluster_year.year) for e in entries]


def self_texts(session: Session, table: ScoringTable, unit_id: int) -> dict[UUID, tuple[str, str]]:
    """The explanation and evidence a unit gave with its self-scores, by criterion.

    They come with the return (the workbook's columns next to the self-score) and are what
    the unit says in its defence: the head reads them on the Scores page and the score sheet.
    """
    by_id = {c.id: c.uuid for c in table.criteria}
    rows = session.execute(
        select(Score.criterion_id, Score.note, Score.evidence).where(
            Score.criterion_id.in_(list(by_id)),
            Score.scorer_unit_id == unit_id,
            Score.assessed_unit_id == unit_id,
            Score.role == ScorerRole.SELF.value,
            (Score.note != "") | (Score.evidence != ""),
        )
    )
    return {by_id[criterion]: (note, evidence) for criterion, note, evidence in rows}
