"""The cluster-year's whole ranking table in the submission package (format 2 onwards).

The head sends every member's rank and total, its section totals, bonus and deductions (the
values the tie-breaks compare) and the sentence saying what placed it, so the issuer's office
sees the nominees among all the cluster's units, not their ranks alone. The issuer keeps the
table as sent (checked like every value of a package) with the submission; a package of
format 1 carried none.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import EmuError, NotFoundError
from emudesk.i18n import _
from emudesk.model import Cluster, ClusterYear, Proposal, Submission, Unit
from emudesk.services.issuing import names
from emudesk.services.issuing.values import Reader

MAX_ROWS = 500
MAX_POINTS = 100_000_000  # hundredths


@dataclass(frozen=True)
class RankData:
    unit: UUID
    rank: int
    total: int  # hundredths
    sections: tuple[tuple[str, int], ...]  # (section code, hundredths)
    bonus: int
    deduction: int
    decided_by: str  # "total", "section:I", "fewer_deductions", "votes", "shared"…
    versus_above: str  # the sentence on this unit and the one above (Vietnamese)
    shared: bool
    excluded: str


@dataclass(frozen=True)
class RankingData:
    decimals: int
    locked: bool
    sections: tuple[tuple[str, str], ...]  # (code, title)
    rows: tuple[RankData, ...]


def document(session: Session, cluster_year: ClusterYear) -> dict[str, Any] | None:
    """The table as the package carries it; None when the year cannot be ranked."""
    from emudesk.services.scoring import ranking

    try:
        report = ranking.compute(session, cluster_year.uuid, document=True)
    except EmuError:
        return None
    return {
        "decimals": report.decimals,
        "locked": report.locked,
        "sections": [{"code": code, "title": title} for code, title in report.sections],
        "rows": [
            {
                "unit": str(row.unit.uuid),
                "rank": row.rank,
                "total": row.total,
                "sections": dict(row.section_totals),
                "bonus": row.bonus,
                "deduction": row.deduction,
                "decided_by": row.decided_by,
                "versus_above": row.versus_above,
                "shared": row.shared,
                "excluded": row.excluded,
            }
            for row in report.rows
        ],
    }


def read(root: Reader, known_units: set[UUID]) -> RankingData | None:
    """The package's table checked whole (``root`` is the document); None when it had none."""
    r = root.child("ranking", optional=True)
    if r is None:
        return None
    sections = tuple(
        (s.text("code", 20, required=True), s.text("title", 500)) for s in r.items("sections", 50)
    )
    codes = {code for code, _title in sections}
    if len(codes) != len(sections):
        raise r.bad("sections")
    rows: list[RankData] = []
    for item in r.items("rows", MAX_ROWS):
        unit = item.required_uuid("unit")
        values = item.data.get("sections")
        if (
            not isinstance(values, dict)
            or not set(values) <= codes
            or not all(
                isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_POINTS
                for v in values.values()
            )
        ):
            raise item.bad("sections")
        rank = item.integer("rank", 1, 10_000) or 1
        if unit not in known_units or any(unit == row.unit for row in rows):
            raise item.bad("unit")
        if rows and rank < rows[-1].rank:
            raise item.bad("rank")
        rows.append(
            RankData(
                unit=unit,
                rank=rank,
                total=item.integer("total", -MAX_POINTS, MAX_POINTS) or 0,
                sections=tuple((code, values[code]) for code, _t in sections if code in values),
                bonus=item.integer("bonus", -MAX_POINTS, MAX_POINTS) or 0,
                deduction=item.integer("deduction", -MAX_POINTS, MAX_POINTS) or 0,
                decided_by=item.text("decided_by", 60),
                versus_above=item.text("versus_above", 2000),
                shared=item.flag("shared"),
                excluded=item.text("excluded", 1000),
            )
        )
    return RankingData(
        decimals=r.integer("decimals", 0, 4) or 0,
        locked=r.flag("locked"),
        sections=sections,
        rows=tuple(rows),
    )


def stored(data: RankingData | None) -> str:
    """The checked table as the submission keeps it ("" when the package had none)."""
    if data is None:
        return ""
    plain = asdict(data)
    for row in plain["rows"]:
        row["unit"] = str(row["unit"])
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class RankLine:
    rank: int
    unit_code: str
    unit: str  # as called that year
    total: int
    sections: tuple[int | None, ...]  # in the order of ``SubmittedRanking.sections``
    bonus: int
    deduction: int
    decided_by: str
    versus_above: str
    shared: bool
    excluded: str
    nominee: bool  # the cluster proposes it for an award


@dataclass(frozen=True)
class SubmittedRanking:
    cluster: str
    year: int
    decimals: int
    locked: bool
    sections: tuple[tuple[str, str], ...]
    rows: tuple[RankLine, ...]


def get(session: Session, cluster_code: str, year: int) -> SubmittedRanking:
    """The ranking table ``cluster_code``'s ``year`` submission carried."""
    code = cluster_code.strip().upper()
    found = session.scalar(
        select(Submission)
        .join(ClusterYear, Submission.cluster_year_id == ClusterYear.id)
        .join(Cluster)
        .where(Cluster.code == code, ClusterYear.year == year)
    )
    if found is None or not found.ranking:
        raise NotFoundError(
            _(
                "The submission of {code} {year} carries no ranking table (it was sent by an "
                "older emudesk); ask the cluster head to export it again.",
                code=code,
                year=year,
            )
        )
    plain = json.loads(found.ranking)
    uuids = [UUID(row["unit"]) for row in plain["rows"]]
    units = {u.uuid: u for u in session.scalars(select(Unit).where(Unit.uuid.in_(uuids)))}
    proposed = set(
        session.scalars(
            select(Unit.uuid)
            .join(Proposal, Proposal.unit_id == Unit.id)
            .where(Proposal.cluster_year_id == found.cluster_year_id, Proposal.status != "draft")
        )
    )
    codes = [code for code, _title in plain["sections"]]
    rows = []
    for uuid, row in zip(uuids, plain["rows"], strict=True):
        unit = units[uuid]
        values = dict(row["sections"])
        rows.append(
            RankLine(
                rank=row["rank"],
                unit_code=unit.code,
                unit=names.unit_name(unit, year),
                total=row["total"],
                sections=tuple(values.get(c) for c in codes),
                bonus=row["bonus"],
                deduction=row["deduction"],
                decided_by=row["decided_by"],
                versus_above=row["versus_above"],
                shared=row["shared"],
                excluded=row["excluded"],
                nominee=uuid in proposed,
            )
        )
    return SubmittedRanking(
        cluster=code,
        year=year,
        decimals=plain["decimals"],
        locked=plain["locked"],
        sections=tuple((c, t) for c, t in plain["sections"]),
        rows=tuple(rows),
    )
