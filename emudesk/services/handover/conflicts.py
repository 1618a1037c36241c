"""A record both sides hold differently, as a person reads it: which cluster and year, which
unit, criterion or record, and what this database says against what the file says."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from emudesk.i18n import _, decimal_mark
from emudesk.model import Base, Criterion, Unit
from emudesk.services.handover.identities import LOCAL_ONLY, Key, foreign_keys, plain

_IGNORED = frozenset({"id", "uuid", "updated_at", "updated_by", "version", *LOCAL_ONLY})
_HUNDREDTHS = frozenset({"value", "max_points", "declared_total", "total", "money_hundredths"})
_TEXT_MAX = 60


@dataclass(frozen=True)
class Conflict:
    """One record that differs: ``key`` identifies it in the file (to choose per record)."""

    table: str
    key: Key
    record: str  # cluster and year, kind of record, unit, criterion or name
    mine: str  # the differing values in this database
    theirs: str  # … and in the file
    shared: bool = False  # an issuer, unit, person…: never changed by a handover

    @property
    def line(self) -> str:
        return _("{record}: here {mine}; in the file {theirs}", record=self.record,
                 mine=self.mine or "—", theirs=self.theirs or "—")  # fmt: skip


def _labels() -> dict[str, str]:
    return {
        "score": _("score"),
        "criterion": _("criterion"),
        "scoring_table": _("scoring table"),
        "cluster_year": _("year"),
        "cluster": _("cluster"),
        "membership": _("member"),
        "proposal": _("proposal"),
        "meeting": _("meeting"),
        "vote": _("vote"),
        "commitment": _("commitment"),
        "commitment_item": _("commitment item"),
        "signature": _("signature"),
        "regulation": _("regulation"),
        "unit": _("unit"),
        "unit_name": _("unit name"),
        "issuer": _("issuer"),
        "award": _("award"),
        "person": _("person"),
        "document_number": _("paper number"),
        "certificate_entry": _("register line"),
    }


def _column_labels() -> dict[str, str]:
    return {
        "value": _("points"),
        "note": _("note"),
        "notes": _("notes"),
        "evidence": _("evidence"),
        "status": _("status"),
        "title": _("title"),
        "name": _("name"),
        "official_name": _("name"),
        "head_unit_id": _("head"),
        "deputy_unit_id": _("deputy"),
        "max_points": _("maximum"),
        "reason": _("reason"),
        "decision_number": _("decision"),
        "decision_date": _("decision date"),
    }


def _short(value: Any, column: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if column in _HUNDREDTHS and isinstance(value, int):
        sign = "-" if value < 0 else ""
        whole, cents = divmod(abs(value), 100)
        return f"{sign}{whole}{decimal_mark()}{cents:02d}"
    text = str(plain(value)).replace("\n", " ")
    return text if len(text) <= _TEXT_MAX else text[: _TEXT_MAX - 1] + "…"


def _unit(session: Session, unit_id: int | None) -> str:
    if unit_id is None:
        return "—"
    unit = session.get(Unit, unit_id)
    if unit is None:
        return "?"
    names = sorted(unit.names, key=lambda n: n.from_year)
    return (names[-1].short_name or names[-1].official_name) if names else unit.code


def _year_of(session: Session, table: Table, values: Mapping[str, Any], depth: int = 0) -> str:
    """ "UBDT-C4 2024" for a row that belongs to a cluster-year (found through its parents)."""
    from emudesk.model import Cluster, ClusterYear

    if table.name == "cluster_year":
        cluster = session.get(Cluster, values["cluster_id"])
        return f"{cluster.code if cluster else '?'} {values['year']}"
    if table.name == "cluster":
        return str(values.get("code", ""))
    if depth > 6:
        return ""
    if "cluster_year_id" in values and values["cluster_year_id"] is not None:
        year = session.get(ClusterYear, values["cluster_year_id"])
        return f"{year.cluster.code} {year.year}" if year else ""
    for column, target in foreign_keys(table):
        if target.name in ("unit", "issuer", "person", "attachment") or target is table:
            continue
        parent_id = values.get(column.name)
        if parent_id is None:
            continue
        parent = session.execute(select(target).where(target.c.id == parent_id)).first()
        if parent is not None:
            return _year_of(session, target, dict(parent._mapping), depth + 1)
    return ""


def describe(
    session: Session,
    table: Table,
    key: Key,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    shared: bool = False,
) -> Conflict:
    """The conflict of ``table``'s row (``mine``: this database's row, ``theirs``: the file's,
    both with local ids)."""
    parts = [_year_of(session, table, theirs), _labels().get(table.name, table.name)]
    for column in ("unit_id", "assessed_unit_id"):
        if column in theirs:
            parts.append(_unit(session, theirs[column]))
    if "scorer_unit_id" in theirs:
        parts.append(_("scored by {unit}", unit=_unit(session, theirs["scorer_unit_id"])))
    if theirs.get("criterion_id") is not None:
        criterion = session.get(Criterion, theirs["criterion_id"])
        if criterion is not None:
            parts.append(f"{criterion.code} {_short(criterion.title, 'title')}")
    for name in ("code", "name", "title", "full_name", "official_name", "recipient", "kind"):
        if theirs.get(name) and isinstance(theirs[name], str):
            parts.append(_short(theirs[name], name))
            break
    roles = {"self": _("self-score"), "peer": _("peer score"), "head": _("head's review")}
    if table.name == "score" and theirs.get("role") in roles:
        parts.append(roles[theirs["role"]])
    differing = [
        c.name
        for c in table.c
        if c.name not in _IGNORED and plain(mine.get(c.name)) != plain(theirs.get(c.name))
    ]
    fk = {c.name for c, _t in foreign_keys(table)}

    def side(row: Mapping[str, Any]) -> str:
        shown = []
        for name in differing[:3]:
            value = row.get(name)
            if name in fk and "unit" in name and value is not None:
                value = _unit(session, value)
            shown.append(f"{_column_labels().get(name, name)} {_short(value, name)}")
        return "; ".join(shown)

    return Conflict(
        table=table.name,
        key=key,
        record=" · ".join(p for p in parts if p),
        mine=side(mine),
        theirs=side(theirs),
        shared=shared,
    )


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]
