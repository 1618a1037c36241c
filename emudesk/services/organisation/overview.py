"""Every cluster with its years, head, deputy and members, read in four plain SQL queries.

``emudesk info`` prints exactly this. It is read without the ORM: importing and mapping the
whole model costs more than the rest of the command (a quick look must stay quick), and a
read that loads no entity needs none of it. The names and the order are those of
``clusters.list_clusters`` and ``years.list_years`` (tests/services compares both).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Date, text

from emudesk.text import matches, sort_key

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Member:
    code: str
    name: str  # the official name that year


@dataclass(frozen=True)
class YearLine:
    year: int
    head: str | None  # short name that year
    deputy: str | None
    members: tuple[Member, ...]  # in Vietnamese order of their names


@dataclass(frozen=True)
class ClusterLine:
    code: str
    name: str
    issuer_name: str
    founding_decision_number: str
    founding_decision_date: dt.date | None
    years: tuple[YearLine, ...]  # newest first


class _Names:
    """Each unit's code and dated names, chosen per year as ``units.ref`` does (the name valid
    on the year's last day; before the first entry, the first)."""

    def __init__(self, session: Session | Connection) -> None:
        self.codes = dict(session.execute(text("SELECT id, code FROM unit")).tuples().all())
        self.names: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
        for unit_id, valid_from, official, short in session.execute(
            text(
                "SELECT unit_id, valid_from, official_name, short_name FROM unit_name "
                "ORDER BY unit_id, valid_from"
            ).columns(valid_from=Date)
        ):
            self.names[unit_id].append((valid_from, official, short))

    def entry(self, unit_id: int, year: int) -> tuple[str, str]:
        """(official name, short name or the official one) at the end of ``year``."""
        entries = self.names.get(unit_id)
        if not entries:
            code = self.codes.get(unit_id, "?")
            return code, code
        end = dt.date(year, 12, 31)  # names_on_dates.year_end (importing it maps the model)
        chosen = entries[0]
        for entry in entries:
            if entry[0] <= end:
                chosen = entry
        return chosen[1], chosen[2] or chosen[1]


def clusters_overview(session: Session | Connection, query: str = "") -> list[ClusterLine]:
    """Clusters matching ``query`` (code, name, issuer), ordered by issuer then number/code.

    A plain connection does (``info`` then never imports the ORM), as does a session."""
    found = [
        row
        for row in session.execute(
            text(
                "SELECT c.id, c.code, c.name, c.number, c.founding_decision_number, "
                "c.founding_decision_date, i.name, i.short_name "
                "FROM cluster c JOIN issuer i ON i.id = c.issuer_id"
            ).columns(founding_decision_date=Date)
        )
        if not query or matches(query, row[1], row[2], row[6], row[7])
    ]
    found.sort(key=lambda row: (sort_key(row[6]), row[3] or 0, row[1]))
    if not found:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for year_id, unit_id in session.execute(
        text("SELECT cluster_year_id, unit_id FROM membership ORDER BY id")
    ):
        members[year_id].append(unit_id)
    years: dict[int, list[tuple[int, int, int | None, int | None]]] = defaultdict(list)
    for year_id, cluster_id, year, head, deputy in session.execute(
        text("SELECT id, cluster_id, year, head_unit_id, deputy_unit_id FROM cluster_year")
    ):
        years[cluster_id].append((year_id, year, head, deputy))
    names = _Names(session)
    result = []
    for cluster_id, code, name, _number, decision, date, issuer, _short in found:
        lines = []
        for year_id, year, head, deputy in sorted(years[cluster_id], key=lambda y: -y[1]):
            listed = sorted(
                (
                    Member(names.codes.get(u, "?"), names.entry(u, year)[0])
                    for u in members[year_id]
                ),
                key=lambda m: sort_key(m.name),
            )
            lines.append(
                YearLine(
                    year=year,
                    head=names.entry(head, year)[1] if head is not None else None,
                    deputy=names.entry(deputy, year)[1] if deputy is not None else None,
                    members=tuple(listed),
                )
            )
        result.append(ClusterLine(code, name, issuer, decision or "", date, tuple(lines)))
    return result
