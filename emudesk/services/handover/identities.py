"""What belongs to a cluster, and each row's identity across databases (UUIDs or natural keys)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from emudesk.model import Base

SHARED = frozenset({"issuer", "unit", "person", "attachment"})  # belong to no single cluster
# (table, shared table) whose rows go wherever their shared row goes: a unit's names, an
# issuer's award catalogue (the next head needs all of it, not only the awards proposed),
# an issuer's dated names, and the events (renames, mergers…) of its units and of itself
OWNED = frozenset(
    {
        ("unit_name", "unit"),
        ("award", "issuer"),
        ("issuer_name", "issuer"),
        ("org_event", "unit"),
        ("org_event", "issuer"),
    }
)


# Columns that say where this office got a row from: never written to, nor read from, a file.
LOCAL_ONLY = frozenset({"imported_from", "imported_sha256"})


# office settings; the issuer's own past awards (no cluster's); audit: below
SKIPPED = frozenset({"certificate_template", "audit_entry", "past_award"})


Key = tuple[Any, ...]


def tables_of_model() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def foreign_keys(table: Table) -> list[tuple[Column[Any], Table]]:
    return [(fk.parent, fk.column.table) for fk in table.foreign_keys]


def natural_key_columns(table: Table) -> list[str]:
    if "uuid" in table.c:
        return ["uuid"]
    for constraint in table.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            return [c.name for c in constraint.columns]  # type: ignore[attr-defined]
    raise RuntimeError(f"table {table.name} has no identity")


class Identities:
    """Local id ↔ portable key, per table, loaded on demand."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[str, dict[int, Key]] = {}
        self.by_key: dict[str, dict[Key, int]] = {}

    def load(self, table: Table) -> None:
        if table.name in self.by_id:
            return
        columns = natural_key_columns(table)
        rows = self.session.execute(select(table.c.id, *(table.c[c] for c in columns)))
        fk_targets = {col.name: target for col, target in foreign_keys(table)}
        by_id: dict[int, Key] = {}
        for row in rows:
            parts = []
            for name, value in zip(columns, row[1:], strict=True):
                if name in fk_targets and value is not None:
                    self.load(fk_targets[name])
                    parts.append(self.by_id[fk_targets[name].name][value])
                else:
                    parts.append(plain(value))
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


def plain(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def freeze(value: Any) -> Any:
    return tuple(freeze(v) for v in value) if isinstance(value, list) else value
