"""Merge a handover file by identity: new rows added, equal rows left, conflicts listed."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Column, Table, insert, select, update
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError
from emudesk.i18n import _
from emudesk.model import Base
from emudesk.services import audit
from emudesk.services.handover.identities import (
    Identities,
    Key,
    foreign_keys,
    freeze,
    natural_key_columns,
    plain,
    tables_of_model,
)
from emudesk.services.handover.package import damaged, read_file
from emudesk.services.tx import pause_point, write


@dataclass
class MergePlan:
    """What merging a handover file would do (``conflicts``: rows both sides changed)."""

    cluster_code: str
    new: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (table, description)

    @property
    def changes_anything(self) -> bool:
        return bool(sum(self.new.values()) or self.conflicts)


def _rows(data: Mapping[str, bytes], table: Table, file: str) -> list[dict[str, Any]]:
    raw = data.get(f"tables/{table.name}.json")
    if raw is None:
        return []
    try:
        rows = json.loads(raw)
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError(table.name)
        return rows
    except ValueError as exc:
        raise damaged(file, table.name) from exc


def _decode(table: Table, row: Mapping[str, Any], ids: Identities, data: Mapping[str, bytes],
            file: str) -> dict[str, Any]:  # fmt: skip
    """A file row as column values for this database (foreign keys resolved to local ids)."""
    fk_targets = {col.name: target for col, target in foreign_keys(table)}
    values: dict[str, Any] = {}
    for column in table.c:
        if column.name == "id":
            continue
        if column.name not in row:
            raise damaged(file, f"{table.name}.{column.name}")
        value = row[column.name]
        if column.name in fk_targets and value is not None:
            local = ids.local(fk_targets[column.name], tuple(freeze(value)))
            if local is None:
                raise damaged(file, _("{table} refers to a missing row", table=table.name))
            value = local
        elif isinstance(value, dict) and "file" in value:
            value = data.get(value["file"], b"")
        elif value is not None:
            value = _checked(table, column, value, file)
        values[column.name] = value
    return values


_INTEGER_LIMIT = 2**63  # SQLite's and PostgreSQL's BIGINT


def _checked(table: Table, column: Column[Any], value: Any, file: str) -> Any:
    """``value`` as the column's type; a value of another type (a score that is text, a
    UUID that is not one) refuses the whole file instead of reaching the database."""
    try:
        return _typed(column, value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise damaged(file, f"{table.name}.{column.name}") from exc


def _typed(column: Column[Any], value: Any) -> Any:
    try:
        python = column.type.python_type
    except NotImplementedError:
        return value
    if python is UUID:
        return UUID(_text(value))
    if python is dt.datetime:
        return dt.datetime.fromisoformat(_text(value))
    if python is dt.date:
        return dt.date.fromisoformat(_text(value))
    if python is bool:
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if python is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        if not -_INTEGER_LIMIT < value < _INTEGER_LIMIT:
            raise OverflowError(value)
        return value
    if python is str:
        return _text(value)
    if python in (dict, list) and not isinstance(value, dict | list):
        raise TypeError(value)
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or any("\ud800" <= c <= "\udfff" for c in value):
        raise TypeError(value)
    return value


def _key_of(table: Table, values: Mapping[str, Any], ids: Identities) -> Key:
    parts = []
    fk_targets = {col.name: target for col, target in foreign_keys(table)}
    for name in natural_key_columns(table):
        value = values[name]
        if name in fk_targets and value is not None:
            parts.append(ids.key(fk_targets[name], value))
        else:
            parts.append(plain(value))
    return tuple(parts)


def _same(table: Table, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    ignored = {"id", "updated_at", "updated_by", "version"}
    return all(
        plain(mine[c.name]) == plain(theirs[c.name]) for c in table.c if c.name not in ignored
    )


def _describe(table: Table, values: Mapping[str, Any]) -> str:
    for name in ("code", "name", "title", "full_name", "recipient", "summary"):
        if values.get(name):
            return f"{table.name}: {values[name]}"
    return f"{table.name}: {values.get('uuid', '')}"


def merge(
    session: Session, path: Path, *, take_theirs: bool | None = None, dry_run: bool = False
) -> MergePlan:
    """Merge a handover file; conflicts need ``take_theirs`` (True: the file wins, False: keep)."""
    file = Path(path).name
    try:  # read once: the file may vanish or change while the merge runs
        content = Path(path).read_bytes()
    except OSError as exc:
        raise damaged(file, _("the file cannot be read")) from exc
    manifest, data = read_file(path, content=content)
    plan = MergePlan(cluster_code=str(manifest.get("cluster", "")))
    if not dry_run:
        _backup_first(session)
    with contextlib.suppress(_DryRun):
        _apply(
            session,
            data,
            file,
            plan,
            take_theirs=take_theirs,
            dry_run=dry_run,
            sha256=hashlib.sha256(content).hexdigest(),
        )
    return plan


class _DryRun(Exception):  # noqa: N818 - not an error: it rolls the trial merge back
    """Raised at the end of a dry run so that the transaction is rolled back."""


def _apply(
    session: Session,
    data: Mapping[str, bytes],
    file: str,
    plan: MergePlan,
    *,
    take_theirs: bool | None,
    dry_run: bool,
    sha256: str,
) -> None:
    with write(session):
        ids = Identities(session)
        for table in tables_of_model():
            rows = _rows(data, table, file)
            self_refs = [col.name for col, target in foreign_keys(table) if target is table]
            later: list[tuple[int, dict[str, Any]]] = []
            for row in rows:
                deferred = {name: row.get(name) for name in self_refs}
                values = _decode(table, {**row, **dict.fromkeys(self_refs)}, ids, data, file)
                key = _key_of(table, values, ids)
                local = ids.local(table, key)
                if local is None:
                    plan.new[table.name] = plan.new.get(table.name, 0) + 1
                    result = session.execute(insert(table).values(**values))
                    new_id = result.inserted_primary_key[0]  # type: ignore[attr-defined]
                    ids.add(table, new_id, key)
                    later.append((new_id, deferred))
                    continue
                mine = dict(
                    session.execute(select(table).where(table.c.id == local)).one()._mapping
                )
                theirs = {**values, **{n: mine[n] for n in self_refs}}
                if _same(table, mine, theirs):
                    plan.unchanged += 1
                    continue
                plan.conflicts.append((table.name, _describe(table, values)))
                if take_theirs:
                    session.execute(update(table).where(table.c.id == local).values(**values))
                    later.append((local, deferred))
            for local, deferred in later:  # self-references once every row of the table exists
                resolved = {}
                for name, value in deferred.items():
                    if value is not None:
                        target = ids.local(table, tuple(freeze(value)))
                        if target is None:
                            raise damaged(
                                file, _("{table} refers to a missing row", table=table.name)
                            )
                        resolved[name] = target
                if resolved:
                    session.execute(update(table).where(table.c.id == local).values(**resolved))
        pause_point("handover-merge")
        _merge_audit(session, data, file)
        if plan.conflicts and take_theirs is None and not dry_run:
            listed = "\n".join(f"• {what}" for _t, what in plan.conflicts[:10])
            raise ConflictError(
                _(
                    "{count} record(s) differ between this database and the file; nothing was "
                    "imported. Choose to keep this database's version or take the file's:\n"
                    "{records}",
                    count=len(plan.conflicts),
                    records=listed,
                )
            )
        if dry_run:
            raise _DryRun
        audit.record(
            session,
            action="handover_import",
            entity="cluster",
            entity_uuid=None,
            summary=(
                f"{plan.cluster_code}: {sum(plan.new.values())} new, "
                f"{len(plan.conflicts)} conflicts"
            ),
            source=file,
            source_sha256=sha256,
        )


def _merge_audit(session: Session, data: Mapping[str, bytes], file: str) -> None:
    table = Base.metadata.tables["audit_entry"]
    known = set(session.scalars(select(table.c.uuid)))
    for row in _rows(data, table, file):
        values = {c.name: _checked(table, c, row.get(c.name), file)
                  if row.get(c.name) is not None else None
                  for c in table.c if c.name != "id"}  # fmt: skip
        if values["uuid"] not in known:
            session.execute(insert(table).values(**values))


def _backup_first(session: Session) -> None:
    from emudesk.services import backups

    backups.before_bulk_write(session, reason="before-import")
