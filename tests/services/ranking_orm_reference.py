"""The ranking's ORM path as it stood before the lean path (main 0504107), kept as the
reference that ``test_ranking_lean.py`` compares the lean path with: the same rules applied
to inputs read through ORM entities instead of plain SQL."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import cast
from uuid import UUID

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, selectinload

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import vietnamese_documents
from emudesk.model import AwardExclusion, ClusterYear, Membership, Score, ScoringTable, Unit
from emudesk.records.ranking import RankingReport, RankRow, Suggestion
from emudesk.services.organisation import units, years
from emudesk.services.papers import catalogue
from emudesk.services.scoring import locking, regulation, tables


@dataclass(frozen=True)
class _Computed:
    results: dict[str, rules.UnitResult]
    ranking: rules.Ranking
    settings: rules.RegulationSettings
    table: ScoringTable


def entries(session: Session, table: ScoringTable) -> list[rules.ScoreEntry]:
    """The table's scores as the rules see them (plain rows: no ORM objects on this hot path)."""
    criteria = {c.id: str(c.uuid) for c in table.criteria}
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
            ).where(score.criterion_id.in_(list(criteria)))
        )
        .all()
    )
    unit_ids = {r[1] for r in rows} | {r[2] for r in rows}
    unit_keys = {
        unit_id: str(unit_uuid)
        for unit_id, unit_uuid in session.execute(
            select(Unit.id, Unit.uuid).where(Unit.id.in_(unit_ids))
        )
    }
    roles = {role.value: role for role in rules.ScorerRole}
    entry = rules.ScoreEntry
    return [
        entry(unit_keys[scorer], roles[role], unit_keys[assessed], criteria[criterion], value)
        for criterion, scorer, assessed, role, value in rows
    ]


def _compute(
    session: Session, cluster_year: ClusterYear, *, with_previous: bool = True
) -> _Computed:
    table = tables.require_current(session, cluster_year)
    settings = regulation.settings_of(session, cluster_year)
    specs = tables.specs(table)
    member_keys = [str(m.unit.uuid) for m in cluster_year.memberships]
    try:
        settings.check_table(specs)
        results = rules.consolidate(specs, entries(session, table), settings, units=member_keys)
        results = {k: v for k, v in results.items() if k in set(member_keys)}
        chain = settings.tie_breaks
        previous = _previous_ranks(session, cluster_year) if with_previous else None
        if not with_previous:
            chain = tuple(r for r in chain if r.kind is not rules.TieBreakKind.PREVIOUS_RANK)
        ranking = rules.rank_units(
            results,
            chain,
            votes=regulation.votes_of(session, cluster_year),
            previous_ranks=previous,
        )
    except rules.RegulationError as exc:
        raise ValidationError(str(exc)) from exc
    return _Computed(results, ranking, settings, table)


def _previous_ranks(session: Session, cluster_year: ClusterYear) -> dict[str, int] | None:
    settings = regulation.settings_of(session, cluster_year)
    if not any(r.kind is rules.TieBreakKind.PREVIOUS_RANK for r in settings.tie_breaks):
        return None
    previous = next(
        (y for y in cluster_year.cluster.years if y.year == cluster_year.year - 1), None
    )
    if previous is None or tables.current(session, previous) is None:
        return None
    computed = _compute(session, previous, with_previous=False)
    return {row.unit_key: row.rank for row in computed.ranking.rows}


def compute(session: Session, year_uuid: UUID, *, document: bool = False) -> RankingReport:
    """Rank the year's members; each row says which rule placed it where it is.

    ``document``: the report goes into a paper or a workbook, so its sentences (explanations,
    award reasons) are Vietnamese whatever the interface language; a refusal (no table, a
    regulation problem) still speaks the user's language.
    """
    cluster_year = _load_year(session, year_uuid)
    computed = _compute(session, cluster_year)
    with _sentences(document):
        return _report(session, cluster_year, computed)


def _load_year(session: Session, year_uuid: UUID) -> ClusterYear:
    """The year with its members' units and their names in three queries: the ranking names
    every member, and loading each one when it is first touched took two queries a unit."""
    found = session.scalar(
        select(ClusterYear)
        .where(ClusterYear.uuid == year_uuid)
        .options(
            selectinload(ClusterYear.memberships)
            .joinedload(Membership.unit)
            .selectinload(Unit.names)
        )
    )
    return found if found is not None else years.load(session, year_uuid)


def _sentences(document: bool) -> AbstractContextManager[None]:
    return vietnamese_documents() if document else nullcontext()


def _report(session: Session, cluster_year: ClusterYear, computed: _Computed) -> RankingReport:
    year = cluster_year.year
    refs = {str(m.unit.uuid): units.ref(m.unit, year) for m in cluster_year.memberships}
    exclusions = {
        str(e.unit.uuid): (rules.ExclusionReason(e.reason), e.note)
        for e in session.scalars(
            select(AwardExclusion).where(AwardExclusion.cluster_year_id == cluster_year.id)
        )
    }
    decimals = computed.settings.decimals
    decisions = computed.ranking.decisions
    explanations = [
        rules.explain(d, refs[d.upper_key].short_name, refs[d.lower_key].short_name, decimals)
        for d in decisions
    ]
    rows = []
    for index, row in enumerate(computed.ranking.rows):
        result = computed.results[row.unit_key]
        above = explanations[index - 1] if index > 0 else ""
        explanation = above or (explanations[0] if explanations else "")
        excluded = exclusions.get(row.unit_key)
        rows.append(
            RankRow(
                rank=row.rank,
                unit=refs[row.unit_key],
                total=row.total,
                section_totals=dict(result.section_totals),
                bonus=result.bonus_total,
                deduction=result.deduction_total,
                self_total=result.self_total,
                peer_mean_total=result.peer_mean_total,
                decided_by=row.decided_by,
                explanation=explanation,
                versus_above=above,
                shared=row.shared,
                missing=len(result.missing),
                excluded=(
                    f"{excluded[0].label}" + (f": {excluded[1]}" if excluded[1] else "")
                    if excluded
                    else ""
                ),
            )
        )
    plan = rules.suggest_awards(
        computed.ranking,
        catalogue.capped_quotas(session, cluster_year, computed.settings.quotas, len(refs)),
        {k: v[0] for k, v in exclusions.items()},
        len(refs),
        decimals,
    )
    sections = tuple(
        (c.code, c.title)
        for c in sorted(computed.table.criteria, key=lambda c: c.position)
        if c.parent_id is None and c.kind == rules.CriterionKind.SECTION
    )
    return RankingReport(
        cluster_code=cluster_year.cluster.code,
        cluster_name=cluster_year.cluster.name,
        year=year,
        year_uuid=cluster_year.uuid,
        decimals=decimals,
        sections=sections,
        rows=tuple(rows),
        suggestions=tuple(
            Suggestion(refs[s.unit_key], s.kind, s.rank, s.total, s.needs_vote, s.reason_vi)
            for s in plan.suggestions
        ),
        skipped=tuple(f"{refs[s.unit_key].short_name}: {s.note_vi}" for s in plan.skipped),
        locked=locking.is_locked(session, cluster_year),
        table_revision=computed.table.revision,
    )


def compute_for(session: Session, cluster_key: UUID | str, year: int) -> RankingReport:
    return compute(session, years.find(session, cluster_key, year).uuid)
