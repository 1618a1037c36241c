"""Mutations of a handover file's VALUES, resealed so that the checksums match again (what a
hostile sender does, since anyone can recompute them): a value of another type, a text too
long or with control characters, a foreign key that points elsewhere or is no key at all,
deep nesting, a column missing or unknown, a row twice or gone, a count that lies."""

from __future__ import annotations

import copy
import hashlib
import json
import random
import unicodedata
import uuid
from typing import Any

Members = dict[str, bytes]

_STRANGE: list[Any] = [
    None, True, False, 0, -1, 1.5, 2**31, 2**63, -(2**70), 10**400 // 10**390, 1e308, "", " ",
    "x", "²", "٣", "1e999", "NaN", "\x00", "\x1b[2J\x07", "a\u202eb", "\ud800", "\u200f",
    "../../evil.bat", "C:\\Windows\\x.bat", "2024-13-45", "2024-02-30T25:61:00", "9999-12-31",
    "00000000-0000-0000-0000-000000000000", "not-a-uuid", {"file": "attachments/x.bin"},
    {"file": "../../etc/passwd"}, {}, [], [None], [[]], ["x", "y"], {"a": {"b": {"c": 1}}},
]  # fmt: skip


def _uuids(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    return [r["uuid"] for rows in tables.values() for r in rows if isinstance(r, dict) and
            isinstance(r.get("uuid"), str)]  # fmt: skip


def _nested(value: Any, depth: int) -> Any:
    for _ in range(depth):
        value = [value]
    return value


def _mutate_value(
    value: Any, rng: random.Random, uuids: list[str], near: list[Any], targets: list[str]
) -> Any:
    """``near``: the column's values in the table's other rows; ``targets``: the UUIDs of the
    rows a foreign key column may point to (both lead past the type checks, to the clashes
    only the database would otherwise see)."""
    kind = rng.randrange(12)
    if kind >= 9 and near:  # another row's value: codes, names, numbers, keys that clash
        return copy.deepcopy(rng.choice(near))
    if kind >= 9 and targets:
        return [rng.choice(targets)]
    if kind == 0:
        return copy.deepcopy(rng.choice(_STRANGE))
    if kind == 1:  # a length at or past a limit
        text = value if isinstance(value, str) and value else "Đ"
        return (text * (rng.choice([40, 61, 201, 301, 4001, 10_001, 100_000]) // len(text) + 1))[
            : rng.choice([40, 41, 300, 301, 10_000, 10_001, 100_000])
        ]
    if kind == 2:  # a foreign key that points to another row, any table, or nowhere
        return [rng.choice([*uuids, str(uuid.UUID(int=rng.getrandbits(128)))])]
    if kind == 3:  # a key as a number, or nested
        return rng.choice([rng.randrange(1, 10**6), _nested(value, rng.randrange(1, 40))])
    if kind == 4 and isinstance(value, str):  # decomposed, or with a control character
        if rng.random() < 0.5:
            return unicodedata.normalize("NFD", value)
        at = rng.randrange(len(value) + 1)
        return value[:at] + rng.choice("\x00\x07\x1b\x7f\u0085\u202e\r\t\n") + value[at:]
    if kind == 5 and isinstance(value, int) and not isinstance(value, bool):
        return rng.choice([-value, value + 1, value * 10 ** rng.randrange(1, 20), 0, -1])
    if kind == 6 and isinstance(value, dict):
        twisted = dict(value)
        twisted[rng.choice([*value, "extra"]) if value else "extra"] = copy.deepcopy(
            rng.choice(_STRANGE)
        )
        return twisted
    if kind == 7:  # the same value under another type
        return rng.choice([str(value), [value], {"v": value}])
    return _nested(value, rng.randrange(1, 40))


def _target(column: str, tables: dict[str, list[Any]]) -> str:
    """The table a foreign key column names (``head_unit_id`` → ``unit``), or ""."""
    if not column.endswith("_id"):
        return ""
    stem = column[:-3]
    return max((t for t in tables if stem.endswith(t)), key=len, default="")


def mutate_values(members: Members, seed: int) -> Members:
    """One to three mutations of the rows (values, columns, rows), checksums made to match."""
    rng = random.Random(seed)
    tables = {
        name[7:-5]: json.loads(data) for name, data in members.items() if name.startswith("tables/")
    }
    uuids = _uuids(tables)
    names = sorted(n for n, rows in tables.items() if rows)
    for _ in range(rng.randint(1, 3)):
        table = rng.choice(names)
        rows = tables[table]
        if not rows:
            continue
        row = rng.choice(rows)
        action = rng.random()
        if not isinstance(row, dict):
            continue
        if action < 0.75 and row:
            column = rng.choice(sorted(row))
            near = [r[column] for r in rows if isinstance(r, dict) and column in r]
            target = _target(column, tables)
            targets = [r["uuid"] for r in tables.get(target, []) if isinstance(r, dict) and
                       isinstance(r.get("uuid"), str)]  # fmt: skip
            row[column] = _mutate_value(row[column], rng, uuids, near, targets)
        elif action < 0.8 and row:
            row.pop(rng.choice(sorted(row)), None)
        elif action < 0.85:
            row[rng.choice(["extra", "id", "imported_from", "__proto__"])] = 1
        elif action < 0.9:
            rows.append(copy.deepcopy(row))  # a row twice
        elif action < 0.95:
            rows.remove(row)  # a row gone (what refers to it dangles)
        else:
            other = rng.choice(names)
            tables[other].append(copy.deepcopy(row))  # a row in another table
    changed = {
        **members,
        **{f"tables/{n}.json": json.dumps(r).encode() for n, r in tables.items()},
    }
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"] = {
        n: hashlib.sha256(d).hexdigest()
        for n, d in changed.items()
        if n not in ("manifest.json", "signature.p7s")
    }
    if rng.random() < 0.9:  # the counts agree (else: a manifest that miscounts)
        manifest["counts"] = {n: len(r) for n, r in tables.items()}
    changed["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return changed
