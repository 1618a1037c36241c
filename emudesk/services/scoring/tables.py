"""Scoring tables: read, create, copy from last year, validate, hash; editing is in table_edit.

A table is versioned: the year scores against its highest revision, and older revisions keep
the scores given against them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Criterion, Score, ScoringTable
from emudesk.services import audit, checks
from emudesk.services.organisation import years
from emudesk.services.tx import write

CODE_MAX = 20


@dataclass(frozen=True)
class CriterionFields:
    """What the user edits about one row; ``max_points`` in hundredths."""

    code: str
    title: str
    kind: rules.CriterionKind
    max_points: int = 0
    guidance: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CriterionInfo:
    uuid: UUID
    parent_uuid: UUID | None
    code: str
    title: str
    guidance: str
    kind: rules.CriterionKind
    max_points: int
    params: Mapping[str, Any]
    depth: int
    position: int

    @property
    def fields(self) -> CriterionFields:
        return CriterionFields(
            self.code, self.title, self.kind, self.max_points, self.guidance, dict(self.params)
        )


@dataclass(frozen=True)
class TableInfo:
    uuid: UUID
    year_uuid: UUID
    revision: int
    title: str
    declared_total: int
    is_example: bool
    criteria: tuple[CriterionInfo, ...]  # depth-first, in display order
    score_count: int
    problems: tuple[str, ...]
    criteria_hash: str
    version: int

    def leaves(self) -> list[CriterionInfo]:
        return [c for c in self.criteria if c.kind.is_leaf]

    def by_uuid(self, criterion_uuid: UUID) -> CriterionInfo:
        for criterion in self.criteria:
            if criterion.uuid == criterion_uuid:
                return criterion
        raise NotFoundError(_("The criterion no longer exists; reload the table."))


def specs(table: ScoringTable) -> list[rules.CriterionSpec]:
    """The table's rows as the rules see them (keys are the criteria's UUID strings)."""
    by_id = {c.id: c for c in table.criteria}
    return [
        rules.CriterionSpec(
            key=str(c.uuid),
            code=c.code,
            title=c.title,
            kind=rules.CriterionKind(c.kind),
            max_points=c.max_points,
            parent_key=str(by_id[c.parent_id].uuid) if c.parent_id in by_id else None,
            position=c.position,
            params=dict(c.params or {}),
        )
        for c in table.criteria
    ]


def criteria_hash(table: ScoringTable) -> str:
    """SHA-256 of what scoring depends on (codes, kinds, maxima, parameters, tree shape).

    Exchange workbooks carry it so a return filled against another version is recognised.
    """
    by_id = {c.id: c for c in table.criteria}
    rows = sorted(
        (
            c.code,
            c.kind,
            c.max_points,
            by_id[c.parent_id].code if c.parent_id in by_id else "",
            json.dumps(c.params or {}, sort_keys=True),
        )
        for c in table.criteria
    )
    payload = json.dumps([table.declared_total, rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _ordered(table: ScoringTable) -> list[tuple[Criterion, int]]:
    children: dict[int | None, list[Criterion]] = {}
    for c in table.criteria:
        children.setdefault(c.parent_id, []).append(c)
    result: list[tuple[Criterion, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for child in sorted(children.get(parent, []), key=lambda c: (c.position, c.id or 0)):
            result.append((child, depth))
            walk(child.id, depth + 1)

    walk(None, 0)
    return result


def score_count(session: Session, table: ScoringTable) -> int:
    ids = [c.id for c in table.criteria]
    if not ids:
        return 0
    return session.scalar(select(func.count()).where(Score.criterion_id.in_(ids))) or 0


def info(session: Session, table: ScoringTable) -> TableInfo:
    by_id = {c.id: c for c in table.criteria}
    ordered = _ordered(table)
    criteria = tuple(
        CriterionInfo(
            uuid=c.uuid,
            parent_uuid=by_id[c.parent_id].uuid if c.parent_id in by_id else None,
            code=c.code,
            title=c.title,
            guidance=c.guidance,
            kind=rules.CriterionKind(c.kind),
            max_points=c.max_points,
            params=dict(c.params or {}),
            depth=depth,
            position=c.position,
        )
        for c, depth in ordered
    )
    problems = tuple(p.message for p in rules.validate_table(specs(table), table.declared_total))
    return TableInfo(
        uuid=table.uuid,
        year_uuid=table.cluster_year.uuid,
        revision=table.revision,
        title=table.title,
        declared_total=table.declared_total,
        is_example=table.is_example,
        criteria=criteria,
        score_count=score_count(session, table),
        problems=problems,
        criteria_hash=criteria_hash(table),
        version=table.version,
    )


def current(session: Session, cluster_year: ClusterYear) -> ScoringTable | None:
    """The table the year scores against now: its highest revision."""
    return session.scalar(
        select(ScoringTable)
        .where(ScoringTable.cluster_year_id == cluster_year.id)
        .order_by(ScoringTable.revision.desc())
        .limit(1)
    )


def require_current(session: Session, cluster_year: ClusterYear) -> ScoringTable:
    table = current(session, cluster_year)
    if table is None:
        raise NotFoundError(
            _(
                "{cluster} {year} has no scoring table yet; create one or copy last year's.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )
    return table


def load(session: Session, table_uuid: UUID) -> ScoringTable:
    table = session.scalar(select(ScoringTable).where(ScoringTable.uuid == table_uuid))
    if table is None:
        raise NotFoundError(_("The scoring table no longer exists; reload it."))
    return table


def get_table(session: Session, year_uuid: UUID) -> TableInfo | None:
    """The year's current table, or None when it has none."""
    table = current(session, years.load(session, year_uuid))
    return info(session, table) if table else None


def list_revisions(session: Session, year_uuid: UUID) -> list[TableInfo]:
    cluster_year = years.load(session, year_uuid)
    tables = session.scalars(
        select(ScoringTable)
        .where(ScoringTable.cluster_year_id == cluster_year.id)
        .order_by(ScoringTable.revision)
    )
    return [info(session, t) for t in tables]


def check_total(declared_total: int) -> int:
    if not isinstance(declared_total, int) or not 0 < declared_total <= 10_000_00:
        raise ValidationError(_("The table total must be a positive number of points."))
    return declared_total


def create_table(
    session: Session,
    year_uuid: UUID,
    *,
    declared_total: int,
    title: str = "",
    is_example: bool = False,
) -> TableInfo:
    """Start an empty table for a year that has none."""
    check_total(declared_total)
    title = checks.name(title, _("Table title"), required=False)
    with write(session):
        cluster_year = years.load(session, year_uuid)
        if current(session, cluster_year) is not None:
            raise ConflictError(_("This year already has a scoring table; edit that one."))
        table = ScoringTable(
            cluster_year=cluster_year,
            revision=1,
            title=title,
            declared_total=declared_total,
            is_example=is_example,
        )
        session.add(table)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="scoring_table",
            entity_uuid=table.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}: {title}",
            new={"declared_total": declared_total, "title": title},
        )
        return info(session, table)


def copy_rows(source: ScoringTable, target: ScoringTable) -> dict[int, Criterion]:
    """Copy every row of ``source`` into ``target`` (new UUIDs); old id -> new row."""
    mapping: dict[int, Criterion] = {}
    for row, _depth in _ordered(source):
        copy = Criterion(
            code=row.code,
            title=row.title,
            guidance=row.guidance,
            kind=row.kind,
            max_points=row.max_points,
            params=dict(row.params or {}),
            position=row.position,
            parent=mapping[row.parent_id] if row.parent_id is not None else None,
        )
        target.criteria.append(copy)
        mapping[row.id] = copy
    return mapping


def copy_table(session: Session, from_year_uuid: UUID, to_year_uuid: UUID) -> TableInfo:
    """Start a year's table as a copy of another year's current table."""
    with write(session):
        source_year = years.load(session, from_year_uuid)
        target_year = years.load(session, to_year_uuid)
        source = require_current(session, source_year)
        if current(session, target_year) is not None:
            raise ConflictError(_("This year already has a scoring table; edit that one."))
        table = ScoringTable(
            cluster_year=target_year,
            revision=1,
            title=source.title.replace(str(source_year.year), str(target_year.year)),
            declared_total=source.declared_total,
            is_example=source.is_example,
        )
        session.add(table)
        copy_rows(source, table)
        session.flush()
        audit.record(
            session,
            action="copy",
            entity="scoring_table",
            entity_uuid=table.uuid,
            summary=_(
                "Copied from {cluster} {year}",
                cluster=source_year.cluster.code,
                year=source_year.year,
            ),
            new={"from_table": source.uuid, "rows": len(source.criteria)},
        )
        return info(session, table)
