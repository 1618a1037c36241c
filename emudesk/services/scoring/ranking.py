"""The year's ranking as the regulation computes it, explained; award suggestions; score sheets."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import NotFoundError, ValidationError
from emudesk.i18n import _, vietnamese_documents
from emudesk.records.ranking import (
    RankingReport,
    RankRow,
    ScoreSheet,
    SheetRow,
    SheetScorer,
    Suggestion,
)
from emudesk.records.ranking_inputs import RankingInputs, YearScores
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import issuer_name_on, year_end
from emudesk.services.papers import catalogue
from emudesk.services.scoring import explanations, ranking_read, tables
from emudesk.text import sort_key


@dataclass(frozen=True)
class _Computed:
    results: dict[str, rules.UnitResult]
    ranking: rules.Ranking
    settings: rules.RegulationSettings


class _ReadEntriesError(Exception):
    """Scores read summed need the full check: read them one by one and compute again."""


def _compute(
    scores: YearScores, previous: YearScores | None = None, *, with_previous: bool = True
) -> _Computed:
    """The regulation applied to the year's inputs (``previous``: the year before, read when
    a tie-break asks for its ranks). Raises ``_ReadEntriesError`` for summed scores that the
    entries' check must see (``rules.consolidate_summaries``)."""
    settings = scores.settings
    specs = list(scores.criteria)
    member_keys = [m.key for m in scores.members]
    try:
        settings.check_table(specs)
        if scores.summaries is None:
            results = rules.consolidate(specs, scores.entries, settings, units=member_keys)
        else:
            summed = rules.consolidate_summaries(
                specs, scores.summaries, settings, units=member_keys
            )
            if summed is None:
                raise _ReadEntriesError
            results = summed
        results = {k: v for k, v in results.items() if k in set(member_keys)}
        chain = settings.tie_breaks
        previous_ranks = None
        if with_previous and previous is not None:
            before = _compute(previous, with_previous=False)
            previous_ranks = {row.unit_key: row.rank for row in before.ranking.rows}
        if not with_previous:
            chain = tuple(r for r in chain if r.kind is not rules.TieBreakKind.PREVIOUS_RANK)
        ranking = rules.rank_units(
            results, chain, votes=scores.votes, previous_ranks=previous_ranks
        )
    except rules.RegulationError as exc:
        raise ValidationError(str(exc)) from exc
    return _Computed(results, ranking, settings)


def compute(session: Session, year_uuid: UUID, *, document: bool = False) -> RankingReport:
    """Rank the year's members; each row says which rule placed it where it is.

    ``document``: the report goes into a paper or a workbook, so its sentences (explanations,
    award reasons) are Vietnamese whatever the interface language; a refusal (no table, a
    regulation problem) still speaks the user's language.

    The inputs are read with plain SQL into plain records (``ranking_read``): no ORM entity
    is loaded, and the scores come summed per criterion and unit by the database, so the
    first ranking of a process costs about what reading its scores costs.
    """
    try:
        year_row = ranking_read.year_by_uuid(session, year_uuid)
    except ranking_read.MissingError:
        years.load(session, year_uuid)  # words the refusal
        raise
    return _ranked(session, year_row, document)


def compute_for(session: Session, cluster_key: UUID | str, year: int) -> RankingReport:
    try:
        year_row = ranking_read.year_by_cluster(session, cluster_key, year)
    except ranking_read.MissingError:
        years.find(session, cluster_key, year)  # words the refusal
        raise
    return _ranked(session, year_row, False)


def _ranked(session: Session, year_row: Sequence[object], document: bool) -> RankingReport:
    """The report, from the scores summed per criterion and unit by the database; read one
    by one when they need the full check (which words what is wrong with them)."""
    with _collector_paused():
        inputs = _inputs(session, year_row, summed=True)
        try:
            computed = _compute(inputs.scores, inputs.previous)
        except _ReadEntriesError:
            inputs = _inputs(session, year_row)
            computed = _compute(inputs.scores, inputs.previous)
    with _sentences(document):
        return _report(inputs, computed)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the scores are read and consolidated.

    They are tens of thousands of small tuples, none in a cycle; allocating them makes
    Python's collector run, and its first full pass in a process walks every object the
    imports made: 30–40 ms of a first ranking of about 35 ms. Paused, the collector runs on
    the next allocation after the ranking instead.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _inputs(session: Session, year_row: Sequence[object], *, summed: bool = False) -> RankingInputs:
    try:
        return ranking_read.read(session, year_row, summed=summed)
    except ranking_read.MissingError:
        raise NotFoundError(
            _(
                "{cluster} {year} has no scoring table yet; create one or copy last year's.",
                cluster=year_row[4],
                year=year_row[2],
            )
        ) from None


def _sentences(document: bool) -> AbstractContextManager[None]:
    return vietnamese_documents() if document else nullcontext()


def _report(inputs: RankingInputs, computed: _Computed) -> RankingReport:
    scores = inputs.scores
    year = scores.year
    refs = {m.key: m.ref_on(year_end(year)) for m in scores.members}
    exclusions = inputs.exclusions
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
        catalogue.cap_quotas(inputs.awards, computed.settings.quotas, len(refs)),
        {k: v[0] for k, v in exclusions.items()},
        len(refs),
        decimals,
    )
    sections = tuple(
        (c.code, c.title)
        for c in sorted(scores.criteria, key=lambda c: c.position)
        if c.parent_key is None and c.kind == rules.CriterionKind.SECTION
    )
    return RankingReport(
        cluster_code=inputs.cluster_code,
        cluster_name=inputs.cluster_name,
        year=year,
        year_uuid=inputs.year_uuid,
        decimals=decimals,
        sections=sections,
        rows=tuple(rows),
        suggestions=tuple(
            Suggestion(refs[s.unit_key], s.kind, s.rank, s.total, s.needs_vote, s.reason_vi)
            for s in plan.suggestions
        ),
        skipped=tuple(f"{refs[s.unit_key].short_name}: {s.note_vi}" for s in plan.skipped),
        locked=inputs.locked,
        table_revision=scores.table_revision,
    )


def score_sheet(
    session: Session,
    cluster_key: UUID | str,
    year: int,
    unit_text: str,
    *,
    document: bool = False,
) -> ScoreSheet:
    """The sheet of one unit, chosen by code or a diacritics-insensitive part of its name
    (``document``: as in ``compute``)."""
    cluster_year = years.find(session, cluster_key, year)
    unit = units.find(session, unit_text, year)
    if unit.id not in {m.unit_id for m in cluster_year.memberships}:
        raise ValidationError(
            _(
                "{unit} is not a member of {cluster} in {year}.",
                unit=units.name_in(unit, year).official_name,
                cluster=cluster_year.cluster.code,
                year=year,
            )
        )
    with _collector_paused():
        inputs = _inputs(session, ranking_read.year_by_uuid(session, cluster_year.uuid))
        computed = _compute(inputs.scores, inputs.previous)
    with _sentences(document):
        report = _report(inputs, computed)
    key = str(unit.uuid)
    result = computed.results[key]
    refs = {m.key: m.ref_on(year_end(year)) for m in inputs.scores.members}
    columns: dict[tuple[str, rules.ScorerRole], SheetScorer] = {}
    for given in result.scorer_values.values():
        for value in given:
            column_key = f"{value.role.value}:{value.scorer_unit_key}"
            label = refs[value.scorer_unit_key].short_name if value.scorer_unit_key in refs else "?"
            columns[(value.scorer_unit_key, value.role)] = SheetScorer(
                column_key, label, value.role
            )
    order = {rules.ScorerRole.SELF: 0, rules.ScorerRole.PEER: 1, rules.ScorerRole.HEAD: 2}
    scorers = sorted(columns.values(), key=lambda s: (order[s.role], sort_key(s.label)))
    table = tables.require_current(session, cluster_year)
    ordered = tables.info(session, table).criteria
    subtotals = _section_subtotals(ordered, result)
    rows = []
    for criterion in ordered:
        ckey = str(criterion.uuid)
        values = {
            f"{v.role.value}:{v.scorer_unit_key}": v.value
            for v in result.scorer_values.get(ckey, ())
        }
        final = result.points.get(ckey)
        if criterion.kind is rules.CriterionKind.SECTION:
            final = subtotals.get(criterion.uuid)
        rows.append(
            SheetRow(
                code=criterion.code,
                title=criterion.title,
                kind=criterion.kind,
                depth=criterion.depth,
                max_points=criterion.max_points,
                values=values,
                final=final,
            )
        )
    mine = report.row_of(unit.code)
    texts = explanations.self_texts(session, table, unit.id)
    return ScoreSheet(
        cluster_code=cluster_year.cluster.code,
        cluster_name=cluster_year.cluster.name,
        issuer_name=issuer_name_on(cluster_year.cluster.issuer, year_end(year)),
        year=year,
        unit=refs[key],
        table_title=table.title,
        declared_total=table.declared_total,
        decimals=computed.settings.decimals,
        scorers=tuple(scorers),
        rows=tuple(rows),
        section_totals=dict(result.section_totals),
        bonus=result.bonus_total,
        deduction=result.deduction_total,
        total=result.total,
        rank=mine.rank,
        member_count=len(report.rows),
        decided_by=mine.decided_by,
        explanation=mine.explanation,
        self_total=result.self_total,
        peer_mean_total=result.peer_mean_total,
        unit_texts=tuple((c.code, *texts[c.uuid]) for c in ordered if c.uuid in texts),
    )


def _section_subtotals(
    ordered: Sequence[tables.CriterionInfo], result: rules.UnitResult
) -> dict[UUID, int]:
    """Each section's sum of its consolidated leaves (bonus and deduction rows excluded)."""
    parent = {c.uuid: c.parent_uuid for c in ordered}
    totals: dict[UUID, int] = {c.uuid: 0 for c in ordered if c.kind is rules.CriterionKind.SECTION}
    for criterion in ordered:
        if not criterion.kind.is_leaf or criterion.kind.is_adjustment:
            continue
        value = result.points.get(str(criterion.uuid), 0)
        ancestor = criterion.parent_uuid
        while ancestor is not None:
            totals[ancestor] += value
            ancestor = parent[ancestor]
    return totals
