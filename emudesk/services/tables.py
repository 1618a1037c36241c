"""Scoring tables: build, edit, copy from last year, validate; new version once scored.

Editing a table that already has scores does not touch those scores: the edit goes into a
new version of the table, and the scores of rows that did not change (same code, kind,
maximum and parameters) are carried over, so nobody has to type them again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Criterion, Score, ScoringTable
from emudesk.services import audit, checks, years
from emudesk.services.tx import write
from emudesk.text import clean, clean_multiline

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


def _score_count(session: Session, table: ScoringTable) -> int:
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
    problems = tuple(p.message_vi for p in rules.validate_table(specs(table), table.declared_total))
    return TableInfo(
        uuid=table.uuid,
        year_uuid=table.cluster_year.uuid,
        revision=table.revision,
        title=table.title,
        declared_total=table.declared_total,
        is_example=table.is_example,
        criteria=criteria,
        score_count=_score_count(session, table),
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


def _check_total(declared_total: int) -> int:
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
    _check_total(declared_total)
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


def _copy_rows(source: ScoringTable, target: ScoringTable) -> dict[int, Criterion]:
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
        _copy_rows(source, table)
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


def _new_revision(
    session: Session, table: ScoringTable
) -> tuple[ScoringTable, dict[int, Criterion]]:
    """Copy a scored table into a new revision and carry over still-valid scores."""
    newer = ScoringTable(
        cluster_year=table.cluster_year,
        revision=table.revision + 1,
        title=table.title,
        declared_total=table.declared_total,
        is_example=table.is_example,
        based_on_id=table.id,
    )
    session.add(newer)
    mapping = _copy_rows(table, newer)
    session.flush()
    audit.record(
        session,
        action="new_revision",
        entity="scoring_table",
        entity_uuid=newer.uuid,
        summary=_("Version {revision} of the scoring table", revision=newer.revision),
        new={"based_on": table.uuid},
    )
    return newer, mapping


def _carry_scores(session: Session, old: ScoringTable, new: ScoringTable) -> int:
    """Copy scores of rows whose meaning did not change into the new revision."""
    new_by_code = {c.code: c for c in new.criteria}
    carried = 0
    for row in old.criteria:
        twin = new_by_code.get(row.code)
        if twin is None or (twin.kind, twin.max_points, twin.params) != (
            row.kind,
            row.max_points,
            row.params,
        ):
            continue
        for score in session.scalars(select(Score).where(Score.criterion_id == row.id)):
            session.add(
                Score(
                    criterion=twin,
                    scorer_unit_id=score.scorer_unit_id,
                    assessed_unit_id=score.assessed_unit_id,
                    role=score.role,
                    value=score.value,
                    note=score.note,
                    evidence=score.evidence,
                    status=score.status,
                )
            )
            carried += 1
    return carried


class _Edit:
    """An edit of the current table: redirected to a new revision when it has scores."""

    def __init__(self, session: Session, table: ScoringTable, *, versioned: bool = True) -> None:
        """``versioned`` False for changes scores do not depend on (titles, guidance)."""
        from emudesk.services import scores

        scores.refuse_if_locked(session, table.cluster_year)
        self.session = session
        self.old = table
        self.table = table
        self.mapping: dict[int, Criterion] | None = None
        if versioned and _score_count(session, table):
            self.table, self.mapping = _new_revision(session, table)

    def row(self, criterion: Criterion) -> Criterion:
        return self.mapping[criterion.id] if self.mapping is not None else criterion

    def finish(self) -> TableInfo:
        self.session.flush()
        if self.mapping is not None:
            _carry_scores(self.session, self.old, self.table)
            self.session.flush()
        return info(self.session, self.table)


def _load_row(session: Session, criterion_uuid: UUID) -> Criterion:
    row = session.scalar(select(Criterion).where(Criterion.uuid == criterion_uuid))
    if row is None:
        raise NotFoundError(_("The criterion no longer exists; reload the table."))
    return row


def _clean_fields(fields: CriterionFields) -> CriterionFields:
    code = clean(fields.code)
    if not code:
        raise ValidationError(_("The criterion code must not be empty (for example I, 1, 1.2)."))
    if len(code) > CODE_MAX:
        raise ValidationError(_("The criterion code {code} is too long.", code=code))
    kind = rules.CriterionKind(fields.kind)
    max_points = fields.max_points
    if kind is not rules.CriterionKind.SECTION and (
        not isinstance(max_points, int) or max_points <= 0
    ):
        raise ValidationError(
            _("Criterion {code}: the maximum must be more than 0 points.", code=code)
        )
    if max_points < 0:
        raise ValidationError(_("Criterion {code}: the maximum cannot be negative.", code=code))
    cleaned = CriterionFields(
        code=code,
        title=checks.name(fields.title, _("Criterion title"), max_len=2000),
        kind=kind,
        max_points=max_points,
        guidance=clean_multiline(fields.guidance),
        params=dict(fields.params),
    )
    spec = rules.CriterionSpec(
        key="x",
        code=code,
        title=cleaned.title,
        kind=kind,
        max_points=max_points,
        params=cleaned.params,
    )
    problem = rules.table.check_params(spec)
    if problem:
        raise ValidationError(problem)
    return cleaned


def _refuse_duplicate_code(table: ScoringTable, code: str, own: Criterion | None = None) -> None:
    for row in table.criteria:
        if row is not own and row.code == code:
            raise ConflictError(_("The code {code} is already used in this table.", code=code))


def _check_parent(parent: Criterion | None) -> None:
    if parent is not None and parent.kind != rules.CriterionKind.SECTION:
        raise ValidationError(
            _(
                "Rows can only be placed under a section or criterion group, not under {code}.",
                code=parent.code,
            )
        )


def add_criterion(
    session: Session,
    table_uuid: UUID,
    fields: CriterionFields,
    *,
    parent_uuid: UUID | None = None,
    position: int | None = None,
) -> TableInfo:
    """Add a row under ``parent_uuid`` (top level when None), at the end by default."""
    fields = _clean_fields(fields)
    with write(session):
        edit = _Edit(session, load(session, table_uuid))
        parent = edit.row(_load_row(session, parent_uuid)) if parent_uuid else None
        _check_parent(parent)
        _refuse_duplicate_code(edit.table, fields.code)
        siblings = [c for c in edit.table.criteria if c.parent is parent]
        if position is None:
            position = max((c.position for c in siblings), default=-1) + 1
        for sibling in siblings:
            if sibling.position >= position:
                sibling.position += 1
        row = Criterion(
            code=fields.code,
            title=fields.title,
            guidance=fields.guidance,
            kind=fields.kind.value,
            max_points=fields.max_points,
            params=dict(fields.params),
            position=position,
            parent=parent,
        )
        edit.table.criteria.append(row)
        session.flush()
        audit.record(
            session,
            action="add_criterion",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=f"{fields.code} {fields.title}",
            new=_fields_dict(fields),
        )
        return edit.finish()


def _fields_dict(fields: CriterionFields) -> dict[str, Any]:
    return {
        "code": fields.code,
        "title": fields.title,
        "kind": fields.kind.value,
        "max_points": fields.max_points,
        "guidance": fields.guidance,
        "params": dict(fields.params),
    }


def update_criterion(session: Session, criterion_uuid: UUID, fields: CriterionFields) -> TableInfo:
    """Change a row's code, title, kind, maximum, guidance or parameters."""
    fields = _clean_fields(fields)
    with write(session):
        original = _load_row(session, criterion_uuid)
        meaning = (original.code, original.kind, original.max_points, dict(original.params or {}))
        wanted = (fields.code, fields.kind.value, fields.max_points, dict(fields.params))
        edit = _Edit(session, original.table, versioned=meaning != wanted)
        row = edit.row(original)
        has_children = any(c.parent is row for c in edit.table.criteria)
        if has_children and fields.kind is not rules.CriterionKind.SECTION:
            raise ValidationError(
                _("{code} has rows under it and must stay a section.", code=row.code)
            )
        _refuse_duplicate_code(edit.table, fields.code, row)
        old = {
            "code": row.code,
            "title": row.title,
            "kind": row.kind,
            "max_points": row.max_points,
            "guidance": row.guidance,
            "params": dict(row.params or {}),
        }
        row.code, row.title, row.kind = fields.code, fields.title, fields.kind.value
        row.max_points, row.guidance, row.params = (
            fields.max_points,
            fields.guidance,
            dict(fields.params),
        )
        audit.record(
            session,
            action="update_criterion",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=f"{fields.code} {fields.title}",
            old=old,
            new=_fields_dict(fields),
        )
        return edit.finish()


def move_criterion(
    session: Session, criterion_uuid: UUID, *, parent_uuid: UUID | None, position: int
) -> TableInfo:
    """Move a row (with its sub-rows) under another parent and/or to another position."""
    with write(session):
        original = _load_row(session, criterion_uuid)
        edit = _Edit(session, original.table)
        row = edit.row(original)
        parent = edit.row(_load_row(session, parent_uuid)) if parent_uuid else None
        _check_parent(parent)
        ancestor = parent
        while ancestor is not None:
            if ancestor is row:
                raise ValidationError(_("A row cannot be moved under itself."))
            ancestor = ancestor.parent
        old_parent = row.parent.code if row.parent else None
        siblings = sorted(
            (c for c in edit.table.criteria if c.parent is parent and c is not row),
            key=lambda c: c.position,
        )
        position = max(0, min(position, len(siblings)))
        siblings.insert(position, row)
        row.parent = parent
        for index, sibling in enumerate(siblings):
            sibling.position = index
        audit.record(
            session,
            action="move_criterion",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=row.code,
            old={"parent": old_parent},
            new={"parent": parent.code if parent else None, "position": position},
        )
        return edit.finish()


def remove_criterion(session: Session, criterion_uuid: UUID) -> TableInfo:
    """Remove a row and everything under it."""
    with write(session):
        original = _load_row(session, criterion_uuid)
        edit = _Edit(session, original.table)
        row = edit.row(original)
        doomed = [row]
        index = 0
        while index < len(doomed):
            doomed.extend(c for c in edit.table.criteria if c.parent is doomed[index])
            index += 1
        for victim in reversed(doomed):
            edit.table.criteria.remove(victim)
        audit.record(
            session,
            action="remove_criterion",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=f"{row.code} {row.title}",
            old={"codes": [d.code for d in doomed]},
        )
        return edit.finish()


def set_header(session: Session, table_uuid: UUID, *, title: str, declared_total: int) -> TableInfo:
    """Change the table's title and declared total."""
    _check_total(declared_total)
    title = checks.name(title, _("Table title"), required=False)
    with write(session):
        table = load(session, table_uuid)
        edit = _Edit(session, table, versioned=table.declared_total != declared_total)
        old = {"title": edit.table.title, "declared_total": edit.table.declared_total}
        edit.table.title, edit.table.declared_total = title, declared_total
        audit.record(
            session,
            action="update",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=title,
            old=old,
            new={"title": title, "declared_total": declared_total},
        )
        return edit.finish()


@dataclass(frozen=True)
class NewRow:
    """A row to append, its parent named by code (a row already there or earlier in the list)."""

    fields: CriterionFields
    parent_code: str | None = None


def add_rows(session: Session, table_uuid: UUID, rows: Sequence[NewRow]) -> TableInfo:
    """Append many rows in one transaction (a table read from a workbook, the demo)."""
    cleaned = [NewRow(_clean_fields(r.fields), clean(r.parent_code) or None) for r in rows]
    with write(session):
        edit = _Edit(session, load(session, table_uuid))
        by_code = {c.code: c for c in edit.table.criteria}
        next_position: dict[str | None, int] = {}
        for row in edit.table.criteria:
            key = row.parent.code if row.parent else None
            next_position[key] = max(next_position.get(key, 0), row.position + 1)
        for new in cleaned:
            fields = new.fields
            if fields.code in by_code:
                raise ConflictError(
                    _("The code {code} is already used in this table.", code=fields.code)
                )
            parent = None
            if new.parent_code is not None:
                parent = by_code.get(new.parent_code)
                if parent is None:
                    raise ValidationError(
                        _(
                            "Row {code}: its parent {parent} is not in the table above it.",
                            code=fields.code,
                            parent=new.parent_code,
                        )
                    )
                _check_parent(parent)
            position = next_position.get(new.parent_code, 0)
            next_position[new.parent_code] = position + 1
            row = Criterion(
                code=fields.code,
                title=fields.title,
                guidance=fields.guidance,
                kind=fields.kind.value,
                max_points=fields.max_points,
                params=dict(fields.params),
                position=position,
                parent=parent,
            )
            edit.table.criteria.append(row)
            by_code[fields.code] = row
        session.flush()
        audit.record(
            session,
            action="add_rows",
            entity="scoring_table",
            entity_uuid=edit.table.uuid,
            summary=_("{count} rows added", count=len(cleaned)),
            new={"codes": [r.fields.code for r in cleaned]},
        )
        return edit.finish()
