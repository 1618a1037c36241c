"""What a handover file may touch: the one cluster it declares, and nothing else.

Read before anything is written: every row checked (``values``), then the file as a whole.
It holds exactly one cluster, the one its manifest names; every row of a cluster table
leads to it through the file's own rows; every reference points to a row of the file; the
shared reference rows (issuers, units, persons, attached files, with a unit's names and an
issuer's award catalogue) are there only because the cluster's rows refer to them; the
history (audit entries) is only about the file's rows; the manifest's row counts are the
rows found. Anything else refuses the whole file, whatever the officer chose for conflicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from emudesk.errors import EmuError
from emudesk.i18n import _
from emudesk.model import Base
from emudesk.services import checks
from emudesk.services.handover.identities import (
    OWNED,
    SHARED,
    Key,
    foreign_keys,
    natural_key_columns,
    plain,
    tables_of_model,
)
from emudesk.services.handover.package import damaged, loads
from emudesk.services.handover.values import check_row

AUDIT = "audit_entry"


def is_shared(table: Table) -> bool:
    """A row that belongs to no single cluster (or goes with such a row: a unit's names)."""
    return table.name in SHARED or any((table.name, t.name) in OWNED for _c, t in
                                       foreign_keys(table))  # fmt: skip


@dataclass
class Contents:
    """A handover file's rows, checked and confined to ``cluster``."""

    cluster: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def key_of(table: Table, values: Mapping[str, Any]) -> Key:
    """A checked row's identity (its foreign keys are already identities)."""
    return tuple(
        values[c] if isinstance(values[c], tuple) else plain(values[c])
        for c in natural_key_columns(table)
    )  # as ``Identities`` writes keys: UUIDs and dates as text


def read_contents(manifest: Mapping[str, Any], data: Mapping[str, bytes], file: str) -> Contents:
    """Every row of the file checked, and the file confined to its declared cluster."""
    declared = manifest.get("cluster")
    try:
        if not isinstance(declared, str) or checks.code(declared, "cluster") != declared:
            raise TypeError(declared)
    except (TypeError, EmuError) as exc:
        raise damaged(file, _("the manifest names no cluster")) from exc
    contents = Contents(cluster=declared)
    tables = {t.name: t for t in tables_of_model()}
    tables[AUDIT] = Base.metadata.tables[AUDIT]
    for name in data:
        if name.startswith("tables/") and name[7:-5] not in tables:
            raise damaged(file, _("unexpected member {name}", name=name))
    members = {n: b for n, b in data.items() if n.startswith("attachments/")}
    used: set[str] = set()
    for name, table in tables.items():
        raw = data.get(f"tables/{name}.json")
        rows = [] if raw is None else loads(raw, file, f"tables/{name}.json")
        if not isinstance(rows, list):
            raise damaged(file, name)
        checked = [check_row(table, row, file, members) for row in rows]
        for row in rows:
            if isinstance(row.get("data"), dict):
                used.add(str(row["data"].get("file")))
        if name == AUDIT:
            contents.audit = checked
        else:
            contents.rows[name] = checked
        contents.counts[name] = len(checked)
    if used != set(members):
        raise damaged(file, _("an attached file belongs to no record"))
    _counts_agree(manifest, contents, file)
    _confine(contents, tables, file)
    return contents


def _counts_agree(manifest: Mapping[str, Any], contents: Contents, file: str) -> None:
    counts = manifest.get("counts", {})
    if not isinstance(counts, dict):
        raise damaged(file, _("the manifest is damaged"))
    for name, found in contents.counts.items():
        said = counts.get(name, 0)
        if said != found:
            raise damaged(
                file,
                _(
                    "the manifest counts {said} record(s) of {table}, the file holds {found}",
                    said=said if isinstance(said, int) else "?",
                    table=name,
                    found=found,
                ),
            )
    unknown = set(counts) - set(contents.counts)
    if unknown:
        raise damaged(file, _("the manifest counts unknown records"))


def _confine(contents: Contents, tables: Mapping[str, Table], file: str) -> None:
    keys: dict[str, set[Key]] = {}
    for name, rows in contents.rows.items():
        table = tables[name]
        found = {key_of(table, row) for row in rows}
        if len(found) != len(rows):
            raise damaged(file, _("a record of {table} is there twice", table=name))
        keys[name] = found
    clusters = contents.rows.get("cluster", [])
    if len(clusters) != 1 or clusters[0]["code"] != contents.cluster:
        raise damaged(
            file,
            _(
                "its records are not those of the one cluster it declares, {cluster}",
                cluster=contents.cluster,
            ),
        )
    referenced: dict[str, set[Key]] = {name: set() for name in tables}
    for name, rows in contents.rows.items():
        table = tables[name]
        fks = foreign_keys(table)
        owners = [c.name for c, t in fks if not is_shared(t) and t is not table]
        for row in rows:
            for column, target in fks:
                value = row[column.name]
                if value is not None and value not in keys.get(target.name, ()):
                    raise damaged(file, _("{table} refers to a record not in the file", table=name))
            if name != "cluster" and not is_shared(table):
                if not any(row[c] is not None for c in owners):
                    raise damaged(file, _("a record of {table} belongs to no cluster", table=name))
                for column, target in fks:
                    if row[column.name] is not None:
                        referenced[target.name].add(row[column.name])
    _shared_are_referenced(contents, tables, referenced, file)
    uuids = {str(row["uuid"]) for rows in contents.rows.values() for row in rows if "uuid" in row}
    for entry in contents.audit:
        if entry["entity_uuid"] is None or str(entry["entity_uuid"]) not in uuids:
            raise damaged(file, _("an audit entry is about a record not in the file"))


def _shared_are_referenced(
    contents: Contents,
    tables: Mapping[str, Table],
    referenced: dict[str, set[Key]],
    file: str,
) -> None:
    """Shared rows travel only because the cluster's rows refer to them (a unit's names and
    an issuer's award catalogue go with the unit, the issuer)."""
    changed = True
    while changed:
        changed = False
        for name, rows in contents.rows.items():
            table = tables[name]
            if not is_shared(table):
                continue
            owners = [(c.name, t.name) for c, t in foreign_keys(table) if (name, t.name) in OWNED]
            for row in rows:
                key = key_of(table, row)
                wanted = key in referenced[name] or any(row[c] in referenced[t] for c, t in owners)
                if not wanted:
                    continue
                referenced[name].add(key)
                for column, target in foreign_keys(table):
                    value = row[column.name]
                    if value is not None and value not in referenced[target.name]:
                        referenced[target.name].add(value)
                        changed = True
    for name, rows in contents.rows.items():
        table = tables[name]
        if is_shared(table) and any(key_of(table, r) not in referenced[name] for r in rows):
            raise damaged(file, _("a record of {table} is not used by the cluster", table=name))
