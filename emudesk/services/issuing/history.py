"""Award history: what a unit (or a person, a collective) received, across years, clusters
and renames; found diacritics-insensitively ("phu yen" finds "Phú Yên")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, PastAward, Proposal
from emudesk.services.issuing import names
from emudesk.services.organisation.names_on_dates import unit_name_on
from emudesk.text import clean, matches, sort_key


@dataclass(frozen=True)
class HistoryRow:
    uuid: UUID  # the proposal's
    year: int
    cluster: str
    issuer: str
    unit_code: str
    unit: str  # as called that year
    nominee: str
    award: str
    decision_number: str
    decision_date: dt.date | None
    register_number: str
    example: bool  # the decision is the demo's example
    past: bool = False  # a decision before emudesk, imported from the template (no cluster)


def history(session: Session, text: str) -> list[HistoryRow]:
    """Every approved award whose unit (any of its names, or its code) or nominee matches."""
    wanted = clean(text)
    if len(wanted) < 2:
        raise ValidationError(_("Give at least two letters of the unit's or person's name."))
    rows = []
    for proposal in session.scalars(
        select(Proposal).join(ClusterYear).where(Proposal.status == "approved")
    ):
        year = proposal.cluster_year.year
        unit = proposal.unit
        nominee = proposal.collective_name or (
            proposal.person.full_name if proposal.person is not None else ""
        )
        if not (names.matches_unit(unit, wanted) or (nominee and matches(wanted, nominee))):
            continue
        unit_name = names.unit_name(unit, year)
        rows.append(
            HistoryRow(
                uuid=proposal.uuid,
                year=year,
                cluster=proposal.cluster_year.cluster.code,
                issuer=names.issuer_label(proposal.cluster_year.cluster.issuer, year),
                unit_code=unit.code,
                unit=unit_name,
                nominee=f"{nominee}, {unit_name}" if nominee else unit_name,
                award=proposal.award.name,
                decision_number=proposal.decision_number,
                decision_date=proposal.decision_date,
                register_number=proposal.register_number,
                example=proposal.decision_is_example,
            )
        )
    rows += _past(session, wanted)
    return sorted(rows, key=lambda r: (-r.year, sort_key(r.unit), sort_key(r.award)))


def _past(session: Session, wanted: str) -> list[HistoryRow]:
    """The matching awards decided before emudesk (``past_decisions``), named on their date."""
    rows = []
    for past in session.scalars(select(PastAward).order_by(PastAward.decision_date)):
        unit = past.unit
        if not (names.matches_unit(unit, wanted) or matches(wanted, past.nominee_name or "")):
            continue
        unit_name = unit_name_on(unit, past.decision_date).official_name
        nominee = past.nominee_name
        if nominee and past.position:
            nominee = f"{nominee} ({past.position})"
        rows.append(
            HistoryRow(
                uuid=past.uuid,
                year=past.year,
                cluster="",
                issuer=names.issuer_label(past.issuer, past.year),
                unit_code=unit.code,
                unit=unit_name,
                nominee=f"{nominee}, {unit_name}" if nominee else unit_name,
                award=past.award.name,
                decision_number=past.decision_number,
                decision_date=past.decision_date,
                register_number=past.register_number,
                example=False,
                past=True,
            )
        )
    return rows
