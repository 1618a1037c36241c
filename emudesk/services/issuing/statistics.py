"""Award statistics of an issuer: how many awards were proposed and granted, per award, level,
year and unit, named as on the decisions' dates; the Excel report of them.

The database counts (one row per year, award, unit and decision date comes back), and the
rows are added up by the unit's name on that date: memory follows the number of distinct
counts, not the number of proposals. Units, awards and the issuer's names are looked up once
each.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import (
    Award,
    Cluster,
    ClusterYear,
    Issuer,
    IssuerKind,
    PastAward,
    Proposal,
    Unit,
)
from emudesk.records import award_statistics as stats
from emudesk.services.issuing import names
from emudesk.services.organisation.names_on_dates import (
    issuer_naming_on,
    unit_ref_on,
    year_end,
)
from emudesk.text import clean, fold, sort_key

# Words of a grantor (or an award's name) that make the award a state one.
_STATE_WORDS = ("thu tuong", "chu tich nuoc", "chinh phu", "nha nuoc", "huan chuong")


def level_of(award: Award) -> str:
    """The award's level, from its catalogue entry: who grants it in the end."""
    words = f"{fold(award.grantor)} {fold(award.name)}"
    if any(word in words for word in _STATE_WORDS):
        return stats.STATE
    kind = award.issuer.kind
    if kind in (IssuerKind.MINISTRY, IssuerKind.COMMITTEE):
        return stats.MINISTRY
    if kind is IssuerKind.PROVINCE:
        return stats.PROVINCE
    return stats.OTHER


def level_label(level: str) -> str:
    """A level in words (the user's language)."""
    return {
        stats.STATE: _("State level"),
        stats.MINISTRY: _("Ministry or central body level"),
        stats.PROVINCE: _("Provincial level"),
    }.get(level, _("Other level"))


def headings() -> dict[str, str]:
    return {"award": _("Award"), "unit": _("Unit"), "level": _("Level")}


def crosstab(found: stats.AwardStatistics, key: str) -> stats.Crosstab:
    """A breakdown worded in the user's language."""
    return found.crosstab(key, headings=headings(), level_label=level_label, sort_key=sort_key)


def _years(first: int | None, last: int | None) -> None:
    for year in (first, last):
        if year is not None and not 1945 <= year <= 2100:
            raise ValidationError(_("{year} is not a year.", year=year))
    if first is not None and last is not None and first > last:
        raise ValidationError(
            _("The period starts in {first}, after its end in {last}.", first=first, last=last)
        )


def _cluster(session: Session, issuer: Issuer, code: str) -> Cluster:
    wanted = clean(code).upper()
    found = session.scalar(
        select(Cluster).where(Cluster.issuer_id == issuer.id, Cluster.code == wanted)
    )
    if found is None:
        raise NotFoundError(
            _("{issuer} has no cluster {code} here.", issuer=issuer.name, code=clean(code))
        )
    return found


def statistics(
    session: Session,
    issuer_code: str,
    *,
    first_year: int | None = None,
    last_year: int | None = None,
    cluster: str = "",
    today: dt.date | None = None,
) -> stats.AwardStatistics:
    """The issuer's awards proposed and decided, in its clusters (or ``cluster`` only),
    from ``first_year`` to ``last_year`` (either open), with its past decisions' awards
    (imported from the template; they belong to no cluster, so a cluster leaves them out)."""
    _years(first_year, last_year)
    issuer = names.find_issuer(session, issuer_code)
    chosen = _cluster(session, issuer, cluster) if clean(cluster) else None
    approved = case((Proposal.status == "approved", 1), else_=0)
    query = (
        select(
            ClusterYear.year,
            Proposal.award_id,
            Proposal.unit_id,
            Proposal.decision_date,
            func.count(Proposal.id),
            func.sum(approved),
        )
        .join(ClusterYear, Proposal.cluster_year_id == ClusterYear.id)
        .join(Cluster, ClusterYear.cluster_id == Cluster.id)
        .where(Cluster.issuer_id == issuer.id, Proposal.status != "draft")
        .group_by(ClusterYear.year, Proposal.award_id, Proposal.unit_id, Proposal.decision_date)
    )
    if chosen is not None:
        query = query.where(Cluster.id == chosen.id)
    if first_year is not None:
        query = query.where(ClusterYear.year >= first_year)
    if last_year is not None:
        query = query.where(ClusterYear.year <= last_year)
    # The database counts; one row per year, award, unit and decision date comes back.
    grouped = [(*row, 0) for row in session.execute(query).all()]
    past_left_out = 0
    past = _past_query(issuer, first_year, last_year)
    if chosen is None:
        grouped += [(*row, row[-1]) for row in session.execute(past).all()]
    else:  # past decisions belong to no cluster
        past_left_out = sum(int(row[-1]) for row in session.execute(past).all())
    counts: dict[tuple[int, int, int, str, str], list[int]] = {}
    units: dict[int, Unit] = {}
    issuer_names: dict[str, dt.date] = {}
    for year, award_id, unit_id, decided_on, proposed, decided, earlier in grouped:
        on = decided_on or year_end(year)
        unit = units.get(unit_id)
        if unit is None:
            unit = units[unit_id] = session.get_one(Unit, unit_id)
        named = unit_ref_on(unit, on)
        count = counts.setdefault((year, award_id, unit_id, named.code, named.name), [0, 0, 0])
        count[0] += int(proposed)
        count[1] += int(decided or 0)
        count[2] += int(earlier)
        if decided:
            name = issuer_naming_on(issuer, on).name
            issuer_names[name] = min(on, issuer_names.get(name, on))
    awards = {a.id: a for a in session.scalars(select(Award).where(Award.issuer_id == issuer.id))}
    cells = tuple(
        stats.StatCell(
            year=year,
            level=level_of(awards[award_id]),
            award_code=awards[award_id].code,
            award=awards[award_id].name,
            unit_code=unit_code,
            unit=unit_name,
            proposed=proposed,
            decided=decided,
            past=earlier,
        )
        for (year, award_id, _unit, unit_code, unit_name), (proposed, decided, earlier) in (
            counts.items()
        )
    )
    shown = sorted(issuer_names, key=issuer_names.__getitem__) or [names.issuer_name(issuer)]
    return stats.AwardStatistics(
        issuer_code=issuer.short_name or issuer.name,
        issuer=" / ".join(shown),
        first_year=first_year,
        last_year=last_year,
        cluster=chosen.code if chosen is not None else "",
        made_on=today or dt.date.today(),
        cells=tuple(sorted(cells, key=lambda c: (c.year, sort_key(c.award), sort_key(c.unit)))),
        past_left_out=past_left_out,
    )


def _past_query(issuer: Issuer, first_year: int | None, last_year: int | None) -> Select[Any]:
    """The issuer's past awards counted per year, award, unit and decision date, in the
    columns of the proposals' count (each one proposed and decided)."""
    query = (
        select(
            PastAward.year,
            PastAward.award_id,
            PastAward.unit_id,
            PastAward.decision_date,
            func.count(PastAward.id),
            func.count(PastAward.id),
        )
        .where(PastAward.issuer_id == issuer.id)
        .group_by(PastAward.year, PastAward.award_id, PastAward.unit_id, PastAward.decision_date)
    )
    if first_year is not None:
        query = query.where(PastAward.year >= first_year)
    if last_year is not None:
        query = query.where(PastAward.year <= last_year)
    return query


def clusters_of(session: Session, issuer_code: str) -> list[tuple[str, str]]:
    """(code, name) of the issuer's clusters, for a filter."""
    issuer = names.find_issuer(session, issuer_code)
    found = session.scalars(select(Cluster).where(Cluster.issuer_id == issuer.id))
    return [(c.code, c.name) for c in sorted(found, key=lambda c: (c.number or 0, c.code))]


def write_report(found: stats.AwardStatistics, path: str | os.PathLike[str]) -> Path:
    """The Excel report of ``found`` at ``path`` (written whole, or not at all)."""
    from emudesk.exchange import statistics_report

    statistics_report.write(found, Path(path))
    return Path(path)


def export_report(
    session: Session,
    issuer_code: str,
    path: str | os.PathLike[str],
    *,
    first_year: int | None = None,
    last_year: int | None = None,
    cluster: str = "",
) -> stats.AwardStatistics:
    """Count, then write the Excel report at ``path``; the counts written are returned."""
    found = statistics(
        session, issuer_code, first_year=first_year, last_year=last_year, cluster=cluster
    )
    write_report(found, path)
    return found
