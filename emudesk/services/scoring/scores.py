"""Scores: entry, typed or imported, planned before stored (their status and locking are in
``scoring.locking``; the explanation threads on a score in ``scoring.explanations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast
from uuid import UUID, uuid4

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import (
    ClusterYear,
    Criterion,
    Membership,
    Score,
    ScoringTable,
    Unit,
)
from emudesk.model.base import utcnow
from emudesk.records.scores import (
    CellChange,
    ChangeSummary,
    Fingerprint,
    ScoreInput,
    StoredCell,
)
from emudesk.services import audit
from emudesk.services.organisation import years
from emudesk.services.scoring import regulation, score_rows, tables
from emudesk.services.scoring.locking import MAX_PROBLEMS_SHOWN, ScoreStatus, refuse_if_locked
from emudesk.services.tx import actor_of, batch_cache, write
from emudesk.text import clean_multiline


class _MemberIds(NamedTuple):
    id: int
    code: str


def _member_ids(session: Session, cluster_year: ClusterYear) -> dict[UUID, _MemberIds]:
    """The year's members by UUID: their ids and codes, in one plain query."""
    unit, membership = cast(Table, Unit.__table__).c, cast(Table, Membership.__table__).c
    found = session.execute(
        select(unit.uuid, unit.id, unit.code)
        .join(Membership.__table__, membership.unit_id == unit.id)
        .where(membership.cluster_year_id == cluster_year.id)
    )
    return {uuid: _MemberIds(id_, code) for uuid, id_, code in found}


def _pair_problem(
    role: rules.ScorerRole,
    scorer: _MemberIds | None,
    assessed: _MemberIds | None,
    cluster_year: ClusterYear,
    head_reviewer: Unit | None,
) -> tuple[str | None, str | None]:
    """What is wrong with who scores whom in this role: (membership problem, role problem).

    The same for every input of one scorer, assessed unit and role, so worked out once per
    such pair; an input's own problems (its criterion, its value) come between the two, in
    the order the messages have always been given."""
    year = cluster_year.year
    if assessed is None:
        return _("The assessed unit is not a member of the cluster in {year}.", year=year), None
    if scorer is None:
        return _("The scoring unit is not a member of the cluster in {year}.", year=year), None
    if role is rules.ScorerRole.SELF and scorer.id != assessed.id:
        return None, _("A self-score must be given by the unit itself.")
    if role is rules.ScorerRole.PEER and scorer.id == assessed.id:
        return None, _("A unit cannot give itself a peer score; use the self-score.")
    if role is rules.ScorerRole.HEAD:
        head = cluster_year.head_unit_id
        if head is not None and assessed.id == head:
            if head_reviewer is None:
                return None, _(
                    "{year} has no deputy to review the head's own scores; choose the deputy "
                    "or, in the regulation, who reviews the head.",
                    year=year,
                )
            if scorer.id != head_reviewer.id:
                return None, _(
                    "The head's own scores of {year} are reviewed by {code}, as the "
                    "regulation says; the head does not review itself.",
                    year=year,
                    code=head_reviewer.code,
                )
        elif scorer.id != head:
            return None, _("Only the cluster head of {year} gives the reviewed score.", year=year)
    return None, None


def _input_problem(
    item: ScoreInput, spec: rules.CriterionSpec | None, pair_problem: str | None
) -> str | None:
    """The input's criterion, then who scores whom (``pair_problem``), then its value."""
    if spec is None:
        return _("The criterion is not part of the current scoring table.")
    if not spec.kind.is_leaf:
        return _("{code} is a section: score its criteria instead.", code=spec.code)
    if pair_problem is not None:
        return pair_problem
    if item.value is not None:
        problem = rules.check_value(spec, item.value)
        if problem is not None:
            return problem.message
    return None


def _rows(
    session: Session, table: ScoringTable
) -> dict[UUID, tuple[Criterion, rules.CriterionSpec]]:
    """The table's criteria with their rules specs, built once per batch (an import)."""
    cache = batch_cache(session)
    key = ("score rows", table.id)
    if cache is not None and key in cache:
        rows: dict[UUID, tuple[Criterion, rules.CriterionSpec]] = cache[key]
        return rows
    by_key = {spec.key: spec for spec in tables.specs(table)}
    rows = {c.uuid: (c, by_key[str(c.uuid)]) for c in table.criteria}
    if cache is not None:
        cache[key] = rows
    return rows


def plan_scores(
    session: Session, cluster_year: ClusterYear, inputs: Sequence[ScoreInput]
) -> tuple[ChangeSummary, list[tuple[ScoreInput, StoredCell | None]]]:
    """Check every input and work out what it would change, writing nothing."""
    table = tables.require_current(session, cluster_year)
    members = _member_ids(session, cluster_year)
    summary, plan = _plan(session, cluster_year, inputs, members, _rows(session, table))
    scorers = {u for u in {i.scorer_uuid for i in inputs} if u in members}
    kept = ChangeSummary(
        summary.changes,
        tuple(existing for _item, existing in plan),
        _fingerprints(session, cluster_year, table, {members[u].id: u for u in scorers}),
    )
    return kept, plan


def _fingerprints(
    session: Session, cluster_year: ClusterYear, table: ScoringTable, scorers: Mapping[int, UUID]
) -> dict[UUID, Fingerprint]:
    """Per scoring unit, a summary of its stored cells that any change through emudesk alters.

    Every write bumps ``version`` and ``updated_at``; inserts and deletes change the count.
    The year's own version and the table's identity cover membership and table edits.
    """
    score = cast(Table, Score.__table__).c
    criterion = cast(Table, Criterion.__table__).c
    found: dict[UUID, Fingerprint] = {
        uuid: (table.id, cluster_year.version, 0, None, None, None) for uuid in scorers.values()
    }
    rows = session.execute(
        select(
            score.scorer_unit_id,
            func.count(),
            func.sum(score.version),
            func.max(score.updated_at),
            func.max(score.id),
        )
        .join(Criterion.__table__, criterion.id == score.criterion_id)
        .where(criterion.table_id == table.id, score.scorer_unit_id.in_(list(scorers)))
        .group_by(score.scorer_unit_id)
    )
    for scorer_id, count, versions, latest, top in rows:
        found[scorers[scorer_id]] = (table.id, cluster_year.version, count, versions, latest, top)
    return found


def _plan(
    session: Session,
    cluster_year: ClusterYear,
    inputs: Sequence[ScoreInput],
    members: dict[UUID, _MemberIds],
    rows: dict[UUID, tuple[Criterion, rules.CriterionSpec]],
) -> tuple[ChangeSummary, list[tuple[ScoreInput, StoredCell | None]]]:
    problems: list[str] = []
    plan: list[tuple[ScoreInput, StoredCell | None]] = []
    changes: list[CellChange] = []
    # An import plans a hundred thousand inputs: the lookups go by the UUIDs' integers
    # (hashed in C, where a UUID hashes in Python), and what depends only on who scores whom
    # in which role is worked out once per such pair.
    by_int = {uuid.int: (c.id, c.code, spec) for uuid, (c, spec) in rows.items()}
    member_of = {uuid.int: ids for uuid, ids in members.items()}
    criterion_ids = {found[0] for i in inputs if (found := by_int.get(i.criterion_uuid.int))}
    scorer_ids = {ids.id for u in {i.scorer_uuid for i in inputs} if (ids := members.get(u))}
    assessed_ids = {ids.id for u in {i.assessed_uuid for i in inputs} if (ids := members.get(u))}
    score = cast(Table, Score.__table__).c
    stored = {
        (row[0], row[1], row[2], row[3]): StoredCell(*row[4:])
        for row in session.execute(
            select(
                score.criterion_id,
                score.scorer_unit_id,
                score.assessed_unit_id,
                score.role,
                score.id,
                score.value,
                score.note,
                score.evidence,
                score.status,
            ).where(
                score.criterion_id.in_(criterion_ids),
                score.scorer_unit_id.in_(scorer_ids),
                score.assessed_unit_id.in_(assessed_ids),
            )
        )
    }
    roles = {role: role for role in rules.ScorerRole} | {r.value: r for r in rules.ScorerRole}
    reviewer = regulation.head_reviewer(session, cluster_year)
    pairs: dict[tuple[int, int, object], tuple[str | None, str | None, rules.ScorerRole]] = {}
    no_criterion = (0, "", None)
    for item in inputs:
        pair = (item.scorer_uuid.int, item.assessed_uuid.int, item.role)
        known = pairs.get(pair)
        if known is None:
            role = roles[item.role]
            scorer, assessed = member_of.get(pair[0]), member_of.get(pair[1])
            known = pairs[pair] = (
                *_pair_problem(role, scorer, assessed, cluster_year, reviewer),
                role,
            )
        membership, role_problem, role = known
        criterion_id, code, spec = by_int.get(item.criterion_uuid.int, no_criterion)
        problem = membership or _input_problem(item, spec, role_problem)
        if problem:
            problems.append(problem)
            continue
        scorer, assessed = member_of[pair[0]], member_of[pair[1]]
        existing = stored.get((criterion_id, scorer.id, assessed.id, role.value))
        if existing is not None and existing.status == ScoreStatus.LOCKED:
            problems.append(_("The score of {code} is locked.", code=code))
            continue
        old = existing.value if existing is not None else None
        if item.value is None:
            kind = "cleared" if existing is not None else "unchanged"
        elif existing is None:
            kind = "new"
        elif old != item.value:
            kind = "changed"
        else:
            same_text = (existing.note, existing.evidence) == (
                clean_multiline(item.note),
                clean_multiline(item.evidence),
            )
            kind = "unchanged" if same_text else "changed"
        changes.append(CellChange(scorer.code, assessed.code, code, role, old, item.value, kind))
        plan.append((item, existing))
    if problems:
        shown = "\n".join(f"• {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            shown += "\n" + _("… and {count} more.", count=more)
        raise ValidationError(
            _(
                "Nothing was saved; {count} value(s) are wrong:\n{details}",
                count=len(problems),
                details=shown,
            )
        )
    return ChangeSummary(tuple(changes)), plan


def set_scores(
    session: Session,
    year_uuid: UUID,
    inputs: Sequence[ScoreInput],
    *,
    source: str = audit.TYPED,
    source_sha256: str = "",
    planned: ChangeSummary | None = None,
) -> ChangeSummary:
    """Store several values at once: all of them, or none when any is wrong.

    Writes go through Core statements in bulk (an import brings thousands of values), and
    the audit trail gets one entry per call listing every changed cell with its old and new
    value and the source. ``planned`` is a preview's summary of exactly these inputs: it is
    used as it is when the scoring units' stored cells have not changed since.
    """
    with write(session):
        cluster_year = years.load(session, year_uuid)
        refuse_if_locked(session, cluster_year)
        members = _member_ids(session, cluster_year)
        scoring_table = tables.require_current(session, cluster_year)
        rows = _rows(session, scoring_table)
        plan: list[tuple[ScoreInput, StoredCell | None]] | None = None
        if planned is not None and len(planned.cells) == len(inputs) == len(planned.changes):
            given = {i.scorer_uuid for i in inputs}
            scorers = {members[u].id: u for u in given if u in members}
            now_prints = _fingerprints(session, cluster_year, scoring_table, scorers)
            if all(planned.fingerprints.get(u) == now_prints[u] for u in scorers.values()):
                summary, plan = planned, list(zip(inputs, planned.cells, strict=True))
        if plan is None:
            summary, plan = _plan(session, cluster_year, inputs, members, rows)
        who, now = actor_of(session), utcnow()
        inserts: list[tuple[object, ...]] = []  # score_rows.INSERTED's order
        updates: list[tuple[object, ...]] = []  # score_rows.UPDATED's order
        deletes: list[int] = []
        cells: list[dict[str, object]] = []
        role_values = {role: role.value for role in rules.ScorerRole}
        draft = ScoreStatus.DRAFT.value
        for (item, existing), change in zip(plan, summary.changes, strict=True):
            if change.kind == "unchanged":
                continue
            note, evidence = clean_multiline(item.note), clean_multiline(item.evidence)
            role = role_values[change.role]
            if item.value is None and existing is not None:
                deletes.append(existing.id)
            elif existing is not None:
                updates.append((existing.id, item.value, note, evidence))
            else:
                inserts.append(
                    (
                        uuid4(),
                        1,
                        rows[item.criterion_uuid][0].id,
                        members[item.scorer_uuid].id,
                        members[item.assessed_uuid].id,
                        role,
                        item.value,
                        draft,
                        note,
                        evidence,
                    )
                )
            cells.append(
                {
                    "criterion": change.criterion_code,
                    "scorer": change.scorer_code,
                    "assessed": change.assessed_code,
                    "role": role,
                    "old": change.old,
                    "new": change.new,
                }
            )
        table = cast(Table, Score.__table__)
        connection = session.connection()
        score_rows.insert_rows(connection, inserts, now, who)
        score_rows.update_rows(connection, updates, now, who)
        if deletes:
            session.execute(delete(table).where(table.c.id.in_(deletes)))
        # Score objects another caller loaded in this session now hold old values.
        for obj in session.identity_map.values():
            if isinstance(obj, Score):
                session.expire(obj)
        if cells:
            audit.record(
                session,
                action="scores",
                entity="cluster_year",
                entity_uuid=cluster_year.uuid,
                summary=_(
                    "{cluster} {year}: {count} score(s) changed",
                    cluster=cluster_year.cluster.code,
                    year=cluster_year.year,
                    count=len(cells),
                ),
                new={"cells": cells},  # codes, role values and raw integers: JSON as they are
                source=source,
                source_sha256=source_sha256,
                json_ready=True,
            )
        return summary


@dataclass(frozen=True)
class StoredScore:
    scorer_uuid: UUID
    assessed_uuid: UUID
    criterion_uuid: UUID
    role: rules.ScorerRole
    value: int
    note: str
    evidence: str
    status: ScoreStatus


def list_scores(session: Session, year_uuid: UUID) -> list[StoredScore]:
    """Every score of the year's current table."""
    cluster_year = years.load(session, year_uuid)
    table = tables.current(session, cluster_year)
    if table is None:
        return []
    ids = [c.id for c in table.criteria]
    rows = session.scalars(select(Score).where(Score.criterion_id.in_(ids))).all()
    return [
        StoredScore(
            scorer_uuid=r.scorer.uuid,
            assessed_uuid=r.assessed.uuid,
            criterion_uuid=r.criterion.uuid,
            role=rules.ScorerRole(r.role),
            value=r.value,
            note=r.note,
            evidence=r.evidence,
            status=ScoreStatus(r.status),
        )
        for r in rows
    ]
