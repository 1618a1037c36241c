"""Hand a whole cluster over to the next head's PC in one file, and merge such a file.

The file is a zip: ``manifest.json`` (format, program version, cluster, row counts and the
SHA-256 of every other member), ``tables/<table>.json`` and ``attachments/<uuid>.bin``. It is
built generically from the model: every row that belongs to the cluster, with each foreign
key written as the referenced row's UUID (or, for the few tables without one, its natural key
made of UUIDs), so that tables added later travel without changes here.

Merging goes by identity: a row the database lacks is added; an identical row is left alone
(importing twice changes nothing); a row both sides hold with different content is a
conflict, listed for the officer, and changed only when they choose the file's version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Column, Table, insert, select, update
from sqlalchemy.orm import Session

from emudesk import __version__
from emudesk.errors import ConflictError, FileFormatError
from emudesk.i18n import _
from emudesk.model import Base
from emudesk.services import audit, clusters
from emudesk.services.tx import pause_point, write

FORMAT = 1
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
SHARED = frozenset({"issuer", "unit", "person", "attachment"})  # belong to no single cluster
SKIPPED = frozenset({"certificate_template", "audit_entry"})  # office settings; audit: below
_MEMBER = re.compile(r"^(manifest\.json|tables/[a-z_]+\.json|attachments/[0-9a-f-]{36}\.bin)$")

Key = tuple[Any, ...]


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


# -- what belongs to a cluster ---------------------------------------------------------------


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _fks(table: Table) -> list[tuple[Column[Any], Table]]:
    return [(fk.parent, fk.column.table) for fk in table.foreign_keys]


def _collect(session: Session, cluster_id: int) -> dict[str, set[int]]:
    """The ids of every row that belongs to the cluster, per table."""
    tables = _tables()
    chosen: dict[str, set[int]] = {t.name: set() for t in tables}
    chosen["cluster"].add(cluster_id)
    changed = True
    while changed:
        changed = False
        for table in tables:
            for column, target in _fks(table):
                ids = chosen.get(target.name)
                if not ids:
                    continue
                owning = target.name not in SHARED or (
                    table.name == "unit_name" and target.name == "unit"
                )
                if owning and table.name not in SHARED:  # children of what the cluster owns
                    found = (
                        set(session.scalars(select(table.c.id).where(column.in_(ids))))
                        - chosen[table.name]
                    )
                    if found:
                        chosen[table.name] |= found
                        changed = True
                if table.name == "unit_name" and target.name == "unit":
                    found = set(session.scalars(select(table.c.id).where(column.in_(ids))))
                    if found - chosen[table.name]:
                        chosen[table.name] |= found
                        changed = True
            own = chosen[table.name]
            if not own:
                continue
            for column, target in _fks(table):  # parents of what is chosen
                refs = set(session.scalars(select(column).where(table.c.id.in_(own)))) - {None}
                new = refs - chosen[target.name]
                if new:
                    chosen[target.name] |= new
                    changed = True
    return chosen


# -- identities ------------------------------------------------------------------------------


def _natural_key_columns(table: Table) -> list[str]:
    if "uuid" in table.c:
        return ["uuid"]
    for constraint in table.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            return [c.name for c in constraint.columns]  # type: ignore[attr-defined]
    raise RuntimeError(f"table {table.name} has no identity")


class _Identities:
    """Local id ↔ portable key, per table, loaded on demand."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[str, dict[int, Key]] = {}
        self.by_key: dict[str, dict[Key, int]] = {}

    def load(self, table: Table) -> None:
        if table.name in self.by_id:
            return
        columns = _natural_key_columns(table)
        rows = self.session.execute(select(table.c.id, *(table.c[c] for c in columns)))
        fk_targets = {col.name: target for col, target in _fks(table)}
        by_id: dict[int, Key] = {}
        for row in rows:
            parts = []
            for name, value in zip(columns, row[1:], strict=True):
                if name in fk_targets and value is not None:
                    self.load(fk_targets[name])
                    parts.append(self.by_id[fk_targets[name].name][value])
                else:
                    parts.append(_plain(value))
            by_id[row[0]] = tuple(parts)
        self.by_id[table.name] = by_id
        self.by_key[table.name] = {key: id_ for id_, key in by_id.items()}

    def key(self, table: Table, id_: int) -> Key:
        self.load(table)
        return self.by_id[table.name][id_]

    def local(self, table: Table, key: Key) -> int | None:
        self.load(table)
        return self.by_key[table.name].get(key)

    def add(self, table: Table, id_: int, key: Key) -> None:
        self.load(table)
        self.by_id[table.name][id_] = key
        self.by_key[table.name][key] = id_


def _plain(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _freeze(value: Any) -> Any:
    return tuple(_freeze(v) for v in value) if isinstance(value, list) else value


# -- export ----------------------------------------------------------------------------------


def export_cluster(session: Session, cluster_code: str, path: Path) -> dict[str, int]:
    """Write the handover file of ``cluster_code`` to ``path``; returns rows per table."""
    from emudesk.printing.output import atomic_output

    cluster = clusters.load(session, cluster_code)
    chosen = _collect(session, cluster.id)
    ids = _Identities(session)
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    uuids: set[str] = set()
    for table in _tables():
        own = chosen[table.name]
        if not own:
            continue
        fk_targets = {col.name: target for col, target in _fks(table)}
        rows = []
        for row in session.execute(select(table).where(table.c.id.in_(own)).order_by(table.c.id)):
            data: dict[str, Any] = {}
            for column in table.c:
                if column.name == "id":
                    continue
                value = row._mapping[column.name]
                if column.name in fk_targets:
                    data[column.name] = (
                        None if value is None else list(ids.key(fk_targets[column.name], value))
                    )
                elif isinstance(value, bytes):
                    name = f"attachments/{row._mapping['uuid']}.bin"
                    members[name] = value
                    data[column.name] = {"file": name}
                else:
                    data[column.name] = _plain(value)
            if "uuid" in data:
                uuids.add(data["uuid"])
            rows.append(data)
        counts[table.name] = len(rows)
        members[f"tables/{table.name}.json"] = json.dumps(rows, ensure_ascii=False).encode()
    audit_table = Base.metadata.tables["audit_entry"]
    entries = [
        {c.name: _plain(r._mapping[c.name]) for c in audit_table.c if c.name != "id"}
        for r in session.execute(select(audit_table).order_by(audit_table.c.id))
        if r._mapping["entity_uuid"] is not None and str(r._mapping["entity_uuid"]) in uuids
    ]
    counts["audit_entry"] = len(entries)
    members["tables/audit_entry.json"] = json.dumps(entries, ensure_ascii=False).encode()
    manifest = {
        "format": FORMAT,
        "program": "emudesk",
        "program_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cluster": cluster.code,
        "counts": counts,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    with (
        atomic_output(path) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, content in members.items():
            z.writestr(name, content)
    return counts


# -- reading a file safely -------------------------------------------------------------------


def _damaged(file: str, detail: str) -> FileFormatError:
    return FileFormatError(
        _(
            "{file} is not a usable handover file ({detail}); ask for the file again.",
            file=file,
            detail=detail,
        )
    )


def read_file(
    path: Path, *, content: bytes | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the checked members of a handover file (``content``: its bytes,
    already read)."""
    file = Path(path).name
    try:
        archive = zipfile.ZipFile(path if content is None else io.BytesIO(content))
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError, RuntimeError) as exc:
        raise _damaged(file, _("not a zip archive, or truncated")) from exc
    with archive:
        infos = archive.infolist()
        total = 0
        for info in infos:
            if not _MEMBER.match(info.filename) or ".." in info.filename:
                raise _damaged(file, _("unexpected member {name}", name=info.filename))
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise _damaged(file, _("a member is too large"))
        try:
            data = {info.filename: archive.read(info) for info in infos}
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            zlib_error(),
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise _damaged(file, _("a member cannot be read")) from exc
    if "manifest.json" not in data:
        raise _damaged(file, _("no manifest"))
    try:
        manifest = json.loads(data.pop("manifest.json"))
        checksums = dict(manifest["sha256"])
        version = int(manifest["format"])
    except (ValueError, KeyError, TypeError) as exc:
        raise _damaged(file, _("the manifest is damaged")) from exc
    if version > FORMAT:
        raise FileFormatError(
            _(
                "{file} was made by a newer emudesk (handover format {version}); update "
                "emudesk to read it.",
                file=file,
                version=version,
            )
        )
    if set(checksums) != set(data):
        raise _damaged(file, _("members are missing or extra"))
    for name, member in data.items():
        if hashlib.sha256(member).hexdigest() != checksums[name]:
            raise _damaged(file, _("{name} does not match its checksum", name=name))
    return manifest, data


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


# -- merging ---------------------------------------------------------------------------------


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
        raise _damaged(file, table.name) from exc


def _decode(table: Table, row: Mapping[str, Any], ids: _Identities, data: Mapping[str, bytes],
            file: str) -> dict[str, Any]:  # fmt: skip
    """A file row as column values for this database (foreign keys resolved to local ids)."""
    fk_targets = {col.name: target for col, target in _fks(table)}
    values: dict[str, Any] = {}
    for column in table.c:
        if column.name == "id":
            continue
        if column.name not in row:
            raise _damaged(file, f"{table.name}.{column.name}")
        value = row[column.name]
        if column.name in fk_targets and value is not None:
            local = ids.local(fk_targets[column.name], tuple(_freeze(value)))
            if local is None:
                raise _damaged(file, _("{table} refers to a missing row", table=table.name))
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
        raise _damaged(file, f"{table.name}.{column.name}") from exc


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


def _key_of(table: Table, values: Mapping[str, Any], ids: _Identities) -> Key:
    parts = []
    fk_targets = {col.name: target for col, target in _fks(table)}
    for name in _natural_key_columns(table):
        value = values[name]
        if name in fk_targets and value is not None:
            parts.append(ids.key(fk_targets[name], value))
        else:
            parts.append(_plain(value))
    return tuple(parts)


def _same(table: Table, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    ignored = {"id", "updated_at", "updated_by", "version"}
    return all(
        _plain(mine[c.name]) == _plain(theirs[c.name]) for c in table.c if c.name not in ignored
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
        raise _damaged(file, _("the file cannot be read")) from exc
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
        ids = _Identities(session)
        for table in _tables():
            rows = _rows(data, table, file)
            self_refs = [col.name for col, target in _fks(table) if target is table]
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
                        target = ids.local(table, tuple(_freeze(value)))
                        if target is None:
                            raise _damaged(
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
    from emudesk.services.exchange import _backup

    _backup(session)
