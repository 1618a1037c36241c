"""What the window shows first — the navigation tree, the clusters page and its years — read
with plain SQL on a connection.

The window shows its data before SQLAlchemy is imported (it costs more than the rest of the
start): these functions take a ``PlainReader`` — Python's ``sqlite3`` for the early read of
the file (``early_read``), an SQLAlchemy ``Connection`` once the database is open — import no
entity and return the same records as ``clusters.outline``, ``clusters.list_clusters``,
``issuers.list_issuers`` (whether there is one) and ``years.list_years``
(tests/services/test_start_view.py compares them). The ORM is imported once the data is on
screen (``prepare_mappers``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol
from uuid import UUID

from emudesk.kinds import ClusterKind, SelectionMethod
from emudesk.records.organisation import ClusterInfo, YearInfo
from emudesk.records.units import UnitRef
from emudesk.text import sort_key

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class ClusterOutline:
    uuid: UUID
    code: str
    name: str
    issuer_name: str
    years: tuple[tuple[int, UUID], ...]  # (year, year UUID), newest first
    issuer_short: str = ""  # tells apart clusters of the same name ("Cụm thi đua số 4")


class PlainReader(Protocol):
    """Runs one of this module's SQL texts: ``:name`` parameters, a ``UUID`` bound as the
    database stores it, a list expanded for ``IN :name``; rows as tuples of stored values."""

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]: ...


class SqliteReader:
    """The readers on a connection of Python's ``sqlite3`` module: the window's early read,
    made before SQLAlchemy is imported (``early_read``). SQLAlchemy's ``Uuid`` is stored in
    SQLite as 32 hexadecimal digits."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        values: dict[str, Any] = {}
        for key, value in (params or {}).items():
            if isinstance(value, list):
                names = [f"{key}_{i}" for i in range(len(value))]
                sql = sql.replace(f"IN :{key}", "IN (" + ", ".join(f":{n}" for n in names) + ")")
                values.update(zip(names, value, strict=True))
            else:
                values[key] = value.hex if isinstance(value, UUID) else value
        return self.connection.execute(sql, values).fetchall()

    def close(self) -> None:
        self.connection.close()


class AlchemyReader:
    """The readers on an SQLAlchemy ``Connection`` (SQLite or PostgreSQL), once the database
    is open (``DataContext.read_plain``)."""

    _made: ClassVar[dict[tuple[str, tuple[str, ...]], Any]] = {}

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        params = params or {}
        key = (sql, tuple(sorted(params)))
        statement = self._made.get(key)
        if statement is None:
            from sqlalchemy import Uuid, bindparam, text

            binds = [
                bindparam(name, type_=Uuid())
                if isinstance(value, UUID)
                else bindparam(name, expanding=isinstance(value, list))
                for name, value in params.items()
            ]
            statement = self._made[key] = text(sql).bindparams(*binds)
        return [tuple(row) for row in self.connection.execute(statement, params)]


def _uuid(value: Any) -> UUID:
    """A stored UUID: SQLite's hexadecimal text, or PostgreSQL's own type."""
    return value if isinstance(value, UUID) else UUID(hex=value)


def _date(value: Any) -> dt.date | None:
    """A stored date: SQLite's ISO text, or PostgreSQL's own type."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _day(value: Any) -> dt.date:
    """A stored date of a column that has one (``valid_from``)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


_OUTLINE_YEARS = "SELECT cluster_id, year, uuid FROM cluster_year ORDER BY year DESC"
_OUTLINE_CLUSTERS = (
    "SELECT c.id, c.uuid, c.code, c.name, c.number, i.name, i.short_name "
    "FROM cluster c JOIN issuer i ON i.id = c.issuer_id"
)
_CLUSTERS = (
    "SELECT c.id, c.uuid, c.code, c.name, c.number, c.kind, i.uuid AS issuer_uuid, i.name, "
    "c.founding_decision_number, c.founding_decision_date, c.notes, c.version "
    "FROM cluster c JOIN issuer i ON i.id = c.issuer_id"
)
_YEARS_OF_CLUSTERS = "SELECT cluster_id, year FROM cluster_year ORDER BY year"
_ANY_ISSUER = "SELECT 1 FROM issuer LIMIT 1"
_YEARS = (
    "SELECT y.id, y.uuid, k.uuid AS cluster_uuid, k.code, k.name, y.year, y.head_unit_id, "
    "y.deputy_unit_id, y.selection_method, y.recognition_decision_number, "
    "y.recognition_decision_date, y.notes, y.version, i.id AS issuer_id, i.name, i.short_name "
    "FROM cluster_year y JOIN cluster k ON k.id = y.cluster_id "
    "JOIN issuer i ON i.id = k.issuer_id WHERE k.uuid = :cluster ORDER BY y.year DESC"
)
_MEMBERS = (
    "SELECT m.cluster_year_id, m.unit_id FROM membership m "
    "JOIN cluster_year y ON y.id = m.cluster_year_id JOIN cluster k ON k.id = y.cluster_id "
    "WHERE k.uuid = :cluster ORDER BY m.id"
)
_UNITS = "SELECT id, uuid, code FROM unit WHERE id IN :ids"
_UNIT_NAMES = (
    "SELECT unit_id, valid_from, official_name, short_name FROM unit_name "
    "WHERE unit_id IN :ids ORDER BY unit_id, valid_from"
)
_ISSUER_NAMES = (
    "SELECT valid_from, name, short_name FROM issuer_name"
    " WHERE issuer_id = :issuer ORDER BY valid_from"
)


def outline(conn: PlainReader) -> list[ClusterOutline]:
    """Every cluster with its years in two plain queries (the navigation tree)."""
    by_cluster: dict[int, list[tuple[int, UUID]]] = {}
    for cluster_id, year, year_uuid in conn.rows(_OUTLINE_YEARS):
        by_cluster.setdefault(cluster_id, []).append((year, _uuid(year_uuid)))
    rows = conn.rows(_OUTLINE_CLUSTERS)
    ordered = sorted(rows, key=lambda r: (sort_key(r[5]), r[4] or 0, r[2]))
    return [
        ClusterOutline(
            _uuid(uuid), code, name, issuer, tuple(by_cluster.get(cluster_id, ())), short
        )
        for cluster_id, uuid, code, name, _number, issuer, short in ordered
    ]


def list_clusters(conn: PlainReader) -> list[ClusterInfo]:
    """Every cluster, ordered by issuer then number and code (``clusters.list_clusters``)."""
    years: dict[int, list[int]] = defaultdict(list)
    for cluster_id, year in conn.rows(_YEARS_OF_CLUSTERS):
        years[cluster_id].append(year)
    result = [
        ClusterInfo(
            uuid=_uuid(uuid),
            code=code,
            name=name,
            number=number,
            kind=ClusterKind(kind),
            issuer_uuid=_uuid(issuer_uuid),
            issuer_name=issuer_name,
            founding_decision_number=decision_number,
            founding_decision_date=_date(decision_date),
            notes=notes,
            years=tuple(years[cluster_id]),
            version=version,
        )
        for (
            cluster_id,
            uuid,
            code,
            name,
            number,
            kind,
            issuer_uuid,
            issuer_name,
            decision_number,
            decision_date,
            notes,
            version,
        ) in conn.rows(_CLUSTERS)
    ]
    return sorted(result, key=lambda c: (sort_key(c.issuer_name), c.number or 0, c.code))


def has_issuer(conn: PlainReader) -> bool:
    return bool(conn.rows(_ANY_ISSUER))


def list_years(conn: PlainReader, cluster_uuid: UUID) -> list[YearInfo]:
    """The cluster's years, newest first (``years.list_years``)."""
    rows = conn.rows(_YEARS, {"cluster": cluster_uuid})
    if not rows:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for year_id, unit_id in conn.rows(_MEMBERS, {"cluster": cluster_uuid}):
        members[year_id].append(unit_id)
    wanted = {u for listed in members.values() for u in listed}
    wanted |= {r[i] for r in rows for i in (6, 7) if r[i] is not None}
    names = _UnitNames(conn, wanted)
    issuer_names = [
        (_day(on), name, short)
        for on, name, short in conn.rows(_ISSUER_NAMES, {"issuer": rows[0][13]})
    ]
    result = []
    for (
        year_id,
        uuid,
        cluster_uuid_,
        code,
        name,
        year,
        head,
        deputy,
        method,
        decision_number,
        decision_date,
        notes,
        version,
        _issuer_id,
        issuer_name,
        issuer_short,
    ) in rows:
        end = dt.date(year, 12, 31)  # names_on_dates.year_end (importing it maps the model)
        listed = sorted(
            (names.ref(u, end) for u in members[year_id]), key=lambda r: sort_key(r.name)
        )
        result.append(
            YearInfo(
                uuid=_uuid(uuid),
                cluster_uuid=_uuid(cluster_uuid_),
                cluster_code=code,
                cluster_name=name,
                year=year,
                head=names.ref(head, end) if head is not None else None,
                deputy=names.ref(deputy, end) if deputy is not None else None,
                method=SelectionMethod(method),
                decision_number=decision_number,
                decision_date=_date(decision_date),
                members=tuple(listed),
                notes=notes,
                version=version,
                issuer_name=_issuer_name_on(issuer_names, issuer_name, end),
                issuer_short=_issuer_name_on(issuer_names, issuer_short, end, short=True),
            )
        )
    return result


def _issuer_name_on(
    history: list[tuple[Any, ...]], current: str, on: dt.date, *, short: bool = False
) -> str:
    """``names_on_dates.issuer_naming_on``: the entry valid on ``on`` (its name, or its short
    name); the latest entry (or none) is the issuer's own columns' name."""
    chosen = 0 if history else None
    for index, (valid_from, *_names) in enumerate(history):
        if valid_from <= on:
            chosen = index
    if chosen is None or chosen == len(history) - 1:
        return current
    return str(history[chosen][2 if short else 1])


class _UnitNames:
    """Units' codes and dated names, chosen as ``names_on_dates.unit_ref_on`` does."""

    def __init__(self, conn: PlainReader, unit_ids: set[int]) -> None:
        ids = sorted(unit_ids)
        self.units: dict[int, tuple[UUID, str]] = {}
        self.names: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
        if not ids:
            return
        for unit_id, uuid, code in conn.rows(_UNITS, {"ids": ids}):
            self.units[unit_id] = (_uuid(uuid), code)
        for unit_id, valid_from, official, short in conn.rows(_UNIT_NAMES, {"ids": ids}):
            self.names[unit_id].append((_day(valid_from), official, short))

    def ref(self, unit_id: int, on: dt.date) -> UnitRef:
        uuid, code = self.units[unit_id]
        entries = self.names[unit_id]
        chosen = entries[0]
        for entry in entries:
            if entry[0] <= on:
                chosen = entry
        return UnitRef(uuid, code, chosen[1], chosen[2] or chosen[1])


def prepare_mappers() -> None:
    """Import the model and configure its mappers (the window does it once its data is on
    screen, so that the first page that needs the ORM does not wait for it)."""
    from sqlalchemy.orm import configure_mappers

    import emudesk.model  # noqa: F401 - the import maps the entities

    configure_mappers()
