"""What the window shows first — the navigation tree, the clusters page and its years — read
with plain SQL on a connection.

The window shows its data before SQLAlchemy's ORM and the mapped model are imported (they
cost more than the rest of the start): these functions take a ``Connection``, import no
entity and return the same records as ``clusters.outline``, ``clusters.list_clusters``,
``issuers.list_issuers`` (whether there is one) and ``years.list_years``
(tests/services/test_start_view.py compares them). The ORM is imported once the data is on
screen (``prepare_mappers``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import Date, Uuid, bindparam, text

from emudesk.kinds import ClusterKind, SelectionMethod
from emudesk.records.organisation import ClusterInfo, YearInfo
from emudesk.records.units import UnitRef
from emudesk.text import sort_key

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class ClusterOutline:
    uuid: UUID
    code: str
    name: str
    issuer_name: str
    years: tuple[tuple[int, UUID], ...]  # (year, year UUID), newest first
    issuer_short: str = ""  # tells apart clusters of the same name ("Cụm thi đua số 4")


_OUTLINE_YEARS = text("SELECT cluster_id, year, uuid FROM cluster_year ORDER BY year DESC").columns(
    uuid=Uuid()
)
_OUTLINE_CLUSTERS = text(
    "SELECT c.id, c.uuid, c.code, c.name, c.number, i.name, i.short_name "
    "FROM cluster c JOIN issuer i ON i.id = c.issuer_id"
).columns(uuid=Uuid())
_CLUSTERS = text(
    "SELECT c.id, c.uuid, c.code, c.name, c.number, c.kind, i.uuid AS issuer_uuid, i.name, "
    "c.founding_decision_number, c.founding_decision_date, c.notes, c.version "
    "FROM cluster c JOIN issuer i ON i.id = c.issuer_id"
).columns(uuid=Uuid(), issuer_uuid=Uuid(), founding_decision_date=Date())
_YEARS_OF_CLUSTERS = text("SELECT cluster_id, year FROM cluster_year ORDER BY year")
_ANY_ISSUER = text("SELECT 1 FROM issuer LIMIT 1")
_YEARS = text(
    "SELECT y.id, y.uuid, k.uuid AS cluster_uuid, k.code, k.name, y.year, y.head_unit_id, "
    "y.deputy_unit_id, y.selection_method, y.recognition_decision_number, "
    "y.recognition_decision_date, y.notes, y.version, i.id AS issuer_id, i.name, i.short_name "
    "FROM cluster_year y JOIN cluster k ON k.id = y.cluster_id "
    "JOIN issuer i ON i.id = k.issuer_id WHERE k.uuid = :cluster ORDER BY y.year DESC"
).columns(uuid=Uuid(), cluster_uuid=Uuid(), recognition_decision_date=Date())
_YEARS = _YEARS.bindparams(bindparam("cluster", type_=Uuid()))
_MEMBERS = text(
    "SELECT m.cluster_year_id, m.unit_id FROM membership m "
    "JOIN cluster_year y ON y.id = m.cluster_year_id JOIN cluster k ON k.id = y.cluster_id "
    "WHERE k.uuid = :cluster ORDER BY m.id"
).bindparams(bindparam("cluster", type_=Uuid()))
_UNITS = text("SELECT id, uuid, code FROM unit WHERE id IN :ids").columns(uuid=Uuid())
_UNITS = _UNITS.bindparams(bindparam("ids", expanding=True))
_UNIT_NAMES = text(
    "SELECT unit_id, valid_from, official_name, short_name FROM unit_name "
    "WHERE unit_id IN :ids ORDER BY unit_id, valid_from"
).columns(valid_from=Date())
_UNIT_NAMES = _UNIT_NAMES.bindparams(bindparam("ids", expanding=True))
_ISSUER_NAMES = text(
    "SELECT valid_from, name, short_name FROM issuer_name"
    " WHERE issuer_id = :issuer ORDER BY valid_from"
).columns(valid_from=Date())


def outline(conn: Connection) -> list[ClusterOutline]:
    """Every cluster with its years in two plain queries (the navigation tree)."""
    by_cluster: dict[int, list[tuple[int, UUID]]] = {}
    for cluster_id, year, year_uuid in conn.execute(_OUTLINE_YEARS):
        by_cluster.setdefault(cluster_id, []).append((year, year_uuid))
    rows = conn.execute(_OUTLINE_CLUSTERS).all()
    ordered = sorted(rows, key=lambda r: (sort_key(r[5]), r[4] or 0, r[2]))
    return [
        ClusterOutline(uuid, code, name, issuer, tuple(by_cluster.get(cluster_id, ())), short)
        for cluster_id, uuid, code, name, _number, issuer, short in ordered
    ]


def list_clusters(conn: Connection) -> list[ClusterInfo]:
    """Every cluster, ordered by issuer then number and code (``clusters.list_clusters``)."""
    years: dict[int, list[int]] = defaultdict(list)
    for cluster_id, year in conn.execute(_YEARS_OF_CLUSTERS):
        years[cluster_id].append(year)
    result = [
        ClusterInfo(
            uuid=uuid,
            code=code,
            name=name,
            number=number,
            kind=ClusterKind(kind),
            issuer_uuid=issuer_uuid,
            issuer_name=issuer_name,
            founding_decision_number=decision_number,
            founding_decision_date=decision_date,
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
        ) in conn.execute(_CLUSTERS)
    ]
    return sorted(result, key=lambda c: (sort_key(c.issuer_name), c.number or 0, c.code))


def has_issuer(conn: Connection) -> bool:
    return conn.execute(_ANY_ISSUER).first() is not None


def list_years(conn: Connection, cluster_uuid: UUID) -> list[YearInfo]:
    """The cluster's years, newest first (``years.list_years``)."""
    rows = conn.execute(_YEARS, {"cluster": cluster_uuid}).all()
    if not rows:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for year_id, unit_id in conn.execute(_MEMBERS, {"cluster": cluster_uuid}):
        members[year_id].append(unit_id)
    wanted = {u for listed in members.values() for u in listed}
    wanted |= {r[i] for r in rows for i in (6, 7) if r[i] is not None}
    names = _UnitNames(conn, wanted)
    issuer_names = [tuple(n) for n in conn.execute(_ISSUER_NAMES, {"issuer": rows[0][13]})]
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
                uuid=uuid,
                cluster_uuid=cluster_uuid_,
                cluster_code=code,
                cluster_name=name,
                year=year,
                head=names.ref(head, end) if head is not None else None,
                deputy=names.ref(deputy, end) if deputy is not None else None,
                method=SelectionMethod(method),
                decision_number=decision_number,
                decision_date=decision_date,
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

    def __init__(self, conn: Connection, unit_ids: set[int]) -> None:
        ids = sorted(unit_ids)
        self.units: dict[int, tuple[UUID, str]] = {}
        self.names: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
        if not ids:
            return
        for unit_id, uuid, code in conn.execute(_UNITS, {"ids": ids}):
            self.units[unit_id] = (uuid, code)
        for unit_id, valid_from, official, short in conn.execute(_UNIT_NAMES, {"ids": ids}):
            self.names[unit_id].append((valid_from, official, short))

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
