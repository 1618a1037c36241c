"""What a merger in the middle of a year moves to the successor, and what collides.

The absorbed unit's scores (given and received), explanations, commitment signature,
proposals, award exclusions and tie votes of the merger's year pass to the successor. When
both hold a value for the same (criterion, scorer, role) the cluster's regulation decides:
keep the successor's, take the mean (rounded half up; a pass/fail row keeps the
successor's, a mean of "passed" and "failed" being no answer), or ask the officer row by row.
A peer score between the two becomes the successor scoring itself and is dropped: the
self/peer structure of the forms follows the merger.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import (
    AwardExclusion,
    ClusterYear,
    Commitment,
    Criterion,
    Explanation,
    Membership,
    Person,
    Proposal,
    Score,
    ScoringTable,
    TieVote,
    Unit,
)
from emudesk.rules.points import round_half_up
from emudesk.rules.regulation import CollisionRule


class Choice(enum.StrEnum):
    """The officer's answer for one collision when the rule is "ask"."""

    SUCCESSOR = "successor"
    ABSORBED = "absorbed"
    MEAN = "mean"


@dataclass(frozen=True)
class Collision:
    """Both units hold a value for the same row, scorer and role."""

    key: str  # "<cluster>/<year>:<criterion code>:<scorer code>:<role>", stable for answers
    criterion: str
    scorer: str
    role: str
    successor_value: int
    absorbed_value: int
    mean_allowed: bool

    @property
    def mean(self) -> int | None:
        """The mean the merger would store (rounded half up); None for a pass/fail row."""
        if not self.mean_allowed:
            return None
        return round_half_up(self.successor_value + self.absorbed_value, 2, 2)


@dataclass
class MergePlan:
    """The preview of a merger: counts of what moves, what is dropped, what collides."""

    years: list[str] = field(default_factory=list)  # "UBDT-C4/2025"
    scores_moved: int = 0
    scores_dropped: int = 0  # peer scores between the two units
    collisions: list[Collision] = field(default_factory=list)
    explanations_moved: int = 0
    signatures_moved: int = 0
    signatures_kept: int = 0  # the successor had signed: its signature stays
    proposals_moved: int = 0
    proposals_dropped: int = 0  # the same award proposed for both: the successor's stays
    people_moved: int = 0
    locked_years: list[str] = field(default_factory=list)
    rule: CollisionRule = CollisionRule.KEEP_SUCCESSOR  # the regulation's, of the first year


def _years_of(session: Session, unit: Unit, year: int) -> list[ClusterYear]:
    return list(
        session.scalars(
            select(ClusterYear)
            .join(Membership, Membership.cluster_year_id == ClusterYear.id)
            .where(Membership.unit_id == unit.id, ClusterYear.year == year)
        )
    )


def _year_scores(session: Session, cluster_year: ClusterYear) -> list[Score]:
    return list(
        session.scalars(
            select(Score)
            .join(Criterion, Score.criterion_id == Criterion.id)
            .join(ScoringTable, Criterion.table_id == ScoringTable.id)
            .where(ScoringTable.cluster_year_id == cluster_year.id)
        )
    )


def _mean_allowed(criterion: Criterion) -> bool:
    return criterion.kind != rules.CriterionKind.PASS_FAIL.value


def _label(cluster_year: ClusterYear) -> str:
    return f"{cluster_year.cluster.code}/{cluster_year.year}"


def regulation_rule(session: Session, unit: Unit, on: dt.date) -> CollisionRule:
    """What the regulation of the merger's year says about rows both units scored."""
    from emudesk.services.scoring.regulation import settings_of

    for cluster_year in _years_of(session, unit, on.year):
        return settings_of(session, cluster_year).merger_collision
    return CollisionRule.KEEP_SUCCESSOR


def plan(session: Session, unit: Unit, successor: Unit, on: dt.date) -> MergePlan:
    """What ``apply`` would do (reads only)."""
    return _run(session, unit, successor, on, rule=None, answers={})


def apply(
    session: Session,
    unit: Unit,
    successor: Unit,
    on: dt.date,
    *,
    rule: CollisionRule,
    answers: dict[str, Choice],
) -> MergePlan:
    """Move the merger year's data to the successor; inside the caller's write."""
    return _run(session, unit, successor, on, rule=rule, answers=answers)


def _run(
    session: Session,
    unit: Unit,
    successor: Unit,
    on: dt.date,
    *,
    rule: CollisionRule | None,
    answers: dict[str, Choice],
) -> MergePlan:
    from emudesk.services.scoring.locking import is_locked

    result = MergePlan()
    if on == dt.date(on.year, 1, 1):
        return result  # a merger on 1 January leaves nothing of that year to move
    writing = rule is not None
    for cluster_year in _years_of(session, unit, on.year):
        label = _label(cluster_year)
        if not result.years:
            result.rule = regulation_rule(session, unit, on)
        result.years.append(label)
        if is_locked(session, cluster_year):
            result.locked_years.append(label)
        _scores(session, cluster_year, unit, successor, result, rule, answers)
        _papers(session, cluster_year, unit, successor, result, writing)
    people = list(session.scalars(select(Person).where(Person.unit_id == unit.id)))
    result.people_moved = len(people)
    if writing:
        if result.locked_years:
            raise ValidationError(
                _(
                    "The scores of {years} are locked; unlock them before recording the "
                    "merger, so that the successor's results can be ranked again.",
                    years=", ".join(result.locked_years),
                )
            )
        for person in people:
            person.unit = successor
    return result


def _scores(  # noqa: PLR0917 - one step of _run, sharing its state
    session: Session,
    cluster_year: ClusterYear,
    unit: Unit,
    successor: Unit,
    result: MergePlan,
    rule: CollisionRule | None,
    answers: dict[str, Choice],
) -> None:
    rows = _year_scores(session, cluster_year)
    target = {
        (s.criterion_id, s.scorer_unit_id, s.assessed_unit_id, s.role): s
        for s in rows
        if unit.id not in (s.scorer_unit_id, s.assessed_unit_id)
    }
    moving = [s for s in rows if unit.id in (s.scorer_unit_id, s.assessed_unit_id)]
    for score in moving:
        scorer = successor.id if score.scorer_unit_id == unit.id else score.scorer_unit_id
        assessed = successor.id if score.assessed_unit_id == unit.id else score.assessed_unit_id
        role = score.role
        if scorer == assessed and role == rules.ScorerRole.PEER.value:
            result.scores_dropped += 1
            if rule is not None:
                session.delete(score)
            continue
        key = (score.criterion_id, scorer, assessed, role)
        theirs = target.get(key)
        if theirs is None:
            result.scores_moved += 1
            target[key] = score
            if rule is not None:
                score.scorer_unit_id, score.assessed_unit_id = scorer, assessed
            continue
        criterion = score.criterion
        scorer_code = successor.code if scorer == successor.id else theirs.scorer.code
        collision = Collision(
            key=f"{_label(cluster_year)}:{criterion.code}:{scorer_code}:{role}",
            criterion=criterion.code,
            scorer=scorer_code,
            role=role,
            successor_value=theirs.value,
            absorbed_value=score.value,
            mean_allowed=_mean_allowed(criterion),
        )
        result.collisions.append(collision)
        if rule is None:
            continue
        choice = _choice(rule, collision, answers)
        if choice is Choice.ABSORBED:
            theirs.value, theirs.note, theirs.evidence = score.value, score.note, score.evidence
        elif choice is Choice.MEAN and collision.mean is not None:
            theirs.value = collision.mean
        session.delete(score)


def _choice(rule: CollisionRule, collision: Collision, answers: dict[str, Choice]) -> Choice:
    if rule is CollisionRule.KEEP_SUCCESSOR:
        return Choice.SUCCESSOR
    if rule is CollisionRule.MEAN:
        return Choice.MEAN
    answer = answers.get(collision.key)
    if answer is None:
        raise ValidationError(
            _(
                "The regulation asks the officer when both units scored the same row: answer "
                "for {key} (successor {theirs}, absorbed {mine}).",
                key=collision.key,
                theirs=rules.format_points(collision.successor_value),
                mine=rules.format_points(collision.absorbed_value),
            )
        )
    return answer


def _papers(  # noqa: PLR0917 - one step of _run, sharing its state
    session: Session,
    cluster_year: ClusterYear,
    unit: Unit,
    successor: Unit,
    result: MergePlan,
    writing: bool,
) -> None:
    criteria = (
        select(Criterion.id)
        .join(ScoringTable)
        .where(ScoringTable.cluster_year_id == cluster_year.id)
    )
    for note in session.scalars(
        select(Explanation).where(
            Explanation.criterion_id.in_(criteria),
            (Explanation.assessed_unit_id == unit.id) | (Explanation.author_unit_id == unit.id),
        )
    ):
        result.explanations_moved += 1
        if writing:
            if note.assessed_unit_id == unit.id:
                note.assessed_unit_id = successor.id
            if note.author_unit_id == unit.id:
                note.author_unit_id = successor.id
    commitment = session.scalar(
        select(Commitment).where(Commitment.cluster_year_id == cluster_year.id)
    )
    if commitment is not None:
        signed = {s.unit_id: s for s in commitment.signatures}
        mine = signed.get(unit.id)
        if mine is not None and successor.id in signed:
            result.signatures_kept += 1
            if writing:
                commitment.signatures.remove(mine)
        elif mine is not None:
            result.signatures_moved += 1
            if writing:
                mine.unit = successor
    proposed = list(
        session.scalars(select(Proposal).where(Proposal.cluster_year_id == cluster_year.id))
    )
    theirs = {(p.award_id, p.nominee_kind) for p in proposed if p.unit_id == successor.id}
    for proposal in proposed:
        if proposal.unit_id != unit.id:
            continue
        if proposal.nominee_kind == "unit" and (proposal.award_id, "unit") in theirs:
            result.proposals_dropped += 1
            if writing:
                session.delete(proposal)
            continue
        result.proposals_moved += 1
        if writing:
            proposal.unit = successor
    if not writing:
        return
    rows: list[AwardExclusion | TieVote]
    for model in (AwardExclusion, TieVote):
        rows = list(session.scalars(select(model).where(model.cluster_year_id == cluster_year.id)))
        kept = {r.unit_id for r in rows}
        for row in rows:
            if row.unit_id == unit.id:
                if successor.id in kept:
                    session.delete(row)
                else:
                    row.unit_id = successor.id
