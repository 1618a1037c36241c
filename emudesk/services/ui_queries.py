"""Small read-only queries the GUI needs and no use-case service offers (plain data out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import cast
from uuid import UUID

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import (
    Explanation,
    Person,
    Score,
    ScoringTable,
    Unit,
    YearScoring,
)
from emudesk.services.organisation import years
from emudesk.services.organisation.units import UnitRef
from emudesk.services.scoring import explanations, regulation, tables


def person_unit(session: Session, person_uuid: UUID) -> UUID | None:
    """The UUID of the unit a person works in (None when unknown), to show a person's hit."""
    person = session.scalar(select(Person).where(Person.uuid == person_uuid))
    if person is None or person.unit is None:
        return None
    return person.unit.uuid


# --- the score grid, the lock state and the votes of a cluster-year --------------------------


def year_info(session: Session, year_uuid: UUID) -> years.YearInfo:
    """A year's members and leadership, found by its UUID (without the overview's to-do)."""
    return years.info(years.load(session, year_uuid))


def table_source_year(session: Session, year_uuid: UUID) -> years.YearInfo | None:
    """The latest earlier year of the same cluster that has a scoring table to copy."""
    cluster_year = years.load(session, year_uuid)
    earlier = sorted(
        (y for y in cluster_year.cluster.years if y.year < cluster_year.year),
        key=lambda y: -y.year,
    )
    return next((years.info(y) for y in earlier if tables.current(session, y) is not None), None)


@dataclass(frozen=True)
class LockState:
    """Whether the year's scores are locked, since when (local time) and by whom."""

    locked: bool
    locked_at: dt.datetime | None
    locked_by: str


def lock_state(session: Session, year_uuid: UUID) -> LockState:
    cluster_year = years.load(session, year_uuid)
    found = session.scalar(
        select(YearScoring).where(YearScoring.cluster_year_id == cluster_year.id)
    )
    if found is None or not found.locked:
        return LockState(False, None, "")
    at = found.locked_at.astimezone() if found.locked_at else None
    return LockState(True, at, found.locked_by)


def votes(session: Session, year_uuid: UUID) -> dict[UUID, int]:
    """The votes each member received for the tie-break by vote (empty: no vote held)."""
    cluster_year = years.load(session, year_uuid)
    recorded = regulation.votes_of(session, cluster_year) or {}
    return {UUID(key): count for key, count in recorded.items()}


@dataclass(frozen=True)
class GridScorer:
    """A score column: one unit scoring in one role."""

    unit: UnitRef
    role: rules.ScorerRole


@dataclass(frozen=True)
class GridRow:
    """One criterion of the grid; values follow ``ScoreGrid.scorers``.

    Raw values as stored (hundredths of a point or of a quantity, or a count); ``peer_mean``
    in hundredths of the same unit (a count of 2.5 is 250); ``final`` in hundredths of a
    point: the regulation's value for a leaf, the sum of its leaves for a section.
    """

    criterion: tables.CriterionInfo
    values: tuple[int | None, ...]
    statuses: tuple[str, ...]
    peer_mean: int | None
    final: int | None
    large_gap: bool
    explanations: int
    note: str = ""  # the assessed unit's explanation given with its self-score
    evidence: str = ""


@dataclass(frozen=True)
class ScoreGrid:
    year_uuid: UUID
    assessed: UnitRef
    scorers: tuple[GridScorer, ...]  # self, each peer (members' order), the head's review
    rows: tuple[GridRow, ...]
    table_revision: int
    decimals: int
    total: int | None
    self_total: int | None
    peer_mean_total: int | None
    final_problem: str  # why there is no final value (the rules refused), else ""


GAP_SHARE = Fraction(1, 5)
"""A self-score further than this share of the row's maximum from the peers' mean is flagged."""


def score_grid(session: Session, year_uuid: UUID, assessed_uuid: UUID) -> ScoreGrid | None:
    """Every scorer's value for one assessed unit, row by row; None when there is no table."""
    cluster_year = years.load(session, year_uuid)
    table = tables.current(session, cluster_year)
    if table is None:
        return None
    info = years.info(cluster_year)
    assessed = next((m for m in info.members if m.uuid == assessed_uuid), None)
    if assessed is None:
        raise NotFoundError(
            _("The assessed unit is not a member of the cluster in {year}.", year=info.year)
        )
    scorers = [GridScorer(assessed, rules.ScorerRole.SELF)]
    scorers += [
        GridScorer(m, rules.ScorerRole.PEER) for m in info.members if m.uuid != assessed.uuid
    ]
    assessed_id = next(m.unit_id for m in cluster_year.memberships if m.unit.uuid == assessed_uuid)
    reviewer = regulation.reviewer_of(session, cluster_year, assessed_id)
    if reviewer is not None:
        ref = next((m for m in info.members if m.uuid == reviewer.uuid), None)
        if ref is not None:
            scorers.append(GridScorer(ref, rules.ScorerRole.HEAD))
    column = {(s.unit.uuid, s.role.value): i for i, s in enumerate(scorers)}
    scored = _given(session, table, assessed_uuid)
    stored: dict[UUID, list[tuple[int, int, str]]] = {}
    for entry, status in scored:
        if entry.assessed_unit_key != str(assessed_uuid):
            continue
        index = column.get((UUID(entry.scorer_unit_key), entry.role.value))
        if index is not None:
            stored.setdefault(UUID(entry.criterion_key), []).append((index, entry.value, status))
    counts = _explanation_counts(session, table, assessed_id)
    texts = explanations.self_texts(session, table, assessed_id)
    settings = regulation.settings_of(session, cluster_year)
    members = [str(m.unit.uuid) for m in cluster_year.memberships]
    results, problem = _result(table, [e for e, _status in scored], settings, members)
    result = results.get(str(assessed_uuid)) if results else None
    described = tables.info(session, table)
    finals = _finals(described.criteria, result)
    rows = []
    for criterion in described.criteria:
        values: list[int | None] = [None] * len(scorers)
        statuses = [""] * len(scorers)
        for index, value, status in stored.get(criterion.uuid, ()):
            values[index], statuses[index] = value, status
        peers = [v for s, v in zip(scorers, values, strict=True) if s.role is rules.ScorerRole.PEER]
        given = [v for v in peers if v is not None]
        mean = (
            rules.round_half_up(sum(given) * _unit_scale(criterion), 2, len(given))
            if given
            else None
        )
        rows.append(
            GridRow(
                criterion=criterion,
                values=tuple(values),
                statuses=tuple(statuses),
                peer_mean=mean,
                final=finals.get(criterion.uuid),
                large_gap=_large_gap(criterion, values[0], given),
                explanations=counts.get(criterion.uuid, 0),
                note=texts.get(criterion.uuid, ("", ""))[0],
                evidence=texts.get(criterion.uuid, ("", ""))[1],
            )
        )
    return ScoreGrid(
        year_uuid=cluster_year.uuid,
        assessed=assessed,
        scorers=tuple(scorers),
        rows=tuple(rows),
        table_revision=table.revision,
        decimals=settings.decimals,
        total=result.total if result else None,
        self_total=result.self_total if result else None,
        peer_mean_total=result.peer_mean_total if result else None,
        final_problem=problem,
    )


def _unit_scale(criterion: tables.CriterionInfo) -> int:
    """Hundredths per raw unit: counts are whole numbers, everything else is in hundredths."""
    return rules.SCALE if criterion.kind is rules.CriterionKind.PER_OCCURRENCE else 1


def _explanation_counts(session: Session, table: ScoringTable, assessed_id: int) -> dict[UUID, int]:
    by_id = {c.id: c.uuid for c in table.criteria}
    counts: dict[UUID, int] = {}
    for criterion_id in session.scalars(
        select(Explanation.criterion_id).where(
            Explanation.assessed_unit_id == assessed_id,
            Explanation.criterion_id.in_(list(by_id)),
        )
    ):
        counts[by_id[criterion_id]] = counts.get(by_id[criterion_id], 0) + 1
    return counts


def _given(
    session: Session, table: ScoringTable, assessed_uuid: UUID
) -> list[tuple[rules.ScoreEntry, str]]:
    """The scores the grid needs, as plain rows: those of the assessed unit, and every unit's
    on rows measured against a target (the best unit's result sets their points).
    """
    criteria = {c.id: str(c.uuid) for c in table.criteria}
    measured = [c.id for c in table.criteria if c.kind == rules.CriterionKind.QUANTITATIVE]
    assessed_id = session.scalar(select(Unit.id).where(Unit.uuid == assessed_uuid))
    score = cast(Table, Score.__table__).c
    rows = (
        session.connection()
        .execute(
            select(
                score.criterion_id,
                score.scorer_unit_id,
                score.assessed_unit_id,
                score.role,
                score.value,
                score.status,
            ).where(
                score.criterion_id.in_(list(criteria)),
                or_(score.assessed_unit_id == assessed_id, score.criterion_id.in_(measured)),
            )
        )
        .all()
    )
    ids = {r[1] for r in rows} | {r[2] for r in rows}
    keys = {
        unit_id: str(unit_uuid)
        for unit_id, unit_uuid in session.execute(
            select(Unit.id, Unit.uuid).where(Unit.id.in_(ids))
        )
    }
    roles = {role.value: role for role in rules.ScorerRole}
    return [
        (
            rules.ScoreEntry(keys[scorer], roles[role], keys[assessed], criteria[criterion], value),
            status,
        )
        for criterion, scorer, assessed, role, value, status in rows
    ]


def _result(
    table: ScoringTable,
    entries: list[rules.ScoreEntry],
    settings: rules.RegulationSettings,
    members: list[str],
) -> tuple[dict[str, rules.UnitResult] | None, str]:
    """Consolidated results (the assessed unit's is exact), or None and the rules' refusal."""
    try:
        return rules.consolidate(tables.specs(table), entries, settings, units=members), ""
    except rules.RegulationError as exc:
        return None, str(exc)


def _finals(
    criteria: tuple[tables.CriterionInfo, ...], result: rules.UnitResult | None
) -> dict[UUID, int]:
    """Each leaf's final points and each section's sum of them (bonus and deduction apart)."""
    if result is None:
        return {}
    parent = {c.uuid: c.parent_uuid for c in criteria}
    finals: dict[UUID, int] = {c.uuid: 0 for c in criteria if c.kind is rules.CriterionKind.SECTION}
    for criterion in criteria:
        value = result.points.get(str(criterion.uuid))
        if not criterion.kind.is_leaf or value is None:
            continue
        finals[criterion.uuid] = value
        if criterion.kind.is_adjustment:
            continue
        ancestor = criterion.parent_uuid
        while ancestor is not None:
            finals[ancestor] += value
            ancestor = parent[ancestor]
    return finals


def _large_gap(criterion: tables.CriterionInfo, own: int | None, peers: list[int]) -> bool:
    """True when the self-score and the peers' mean differ by more than GAP_SHARE of the maximum.

    Counts are compared as the points they earn; quantities are not compared, because their
    points depend on every unit's result.
    """
    kind = criterion.kind
    if own is None or not peers or not kind.is_leaf or kind is rules.CriterionKind.QUANTITATIVE:
        return False
    each = 1
    if kind is rules.CriterionKind.PER_OCCURRENCE:
        spec = rules.CriterionSpec(
            "x",
            criterion.code,
            criterion.title,
            kind,
            criterion.max_points,
            params=criterion.params,
        )
        try:
            each = rules.points_per_occurrence(spec)
        except rules.ParamsError:
            return False
    own_points = Fraction(min(own * each, criterion.max_points))
    mean = Fraction(sum(min(v * each, criterion.max_points) for v in peers), len(peers))
    return abs(own_points - mean) > GAP_SHARE * criterion.max_points
