"""Editing a scoring table: rows added, changed, moved, removed; many rows at once.

Editing a table that already has scores does not touch those scores: an edit that changes
what scores mean (a code, a kind, a maximum, parameters, the tree) goes into a new version of
the table, and the scores of rows that did not change are carried over, so nobody has to type
them again. Wording (titles, guidance) is edited in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import Criterion, Score, ScoringTable
from emudesk.services import audit, checks
from emudesk.services.scoring import locking
from emudesk.services.scoring.tables import (
    CODE_MAX,
    CriterionFields,
    TableInfo,
    check_total,
    copy_rows,
    info,
    load,
    score_count,
)
from emudesk.services.tx import write
from emudesk.text import clean, clean_multiline


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
    mapping = copy_rows(table, newer)
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
        locking.refuse_if_locked(session, table.cluster_year)
        self.session = session
        self.old = table
        self.table = table
        self.mapping: dict[int, Criterion] | None = None
        if versioned and score_count(session, table):
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
    if max_points > rules.MAX_VALUE:
        raise ValidationError(_("Criterion {code}: the maximum is far too large.", code=code))
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


def _new_row(fields: CriterionFields, parent: Criterion | None, position: int) -> Criterion:
    """A criterion row from checked fields (see ``_clean_fields``)."""
    return Criterion(
        code=fields.code,
        title=fields.title,
        guidance=fields.guidance,
        kind=fields.kind.value,
        max_points=fields.max_points,
        params=dict(fields.params),
        position=position,
        parent=parent,
    )


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
        edit.table.criteria.append(_new_row(fields, parent, position))
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
    check_total(declared_total)
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
            row = _new_row(fields, parent, position)
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
