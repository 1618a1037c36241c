"""Numbers and dates of a cluster's papers: one series per office and calendar year.

Under Nghị định 30/2020/NĐ-CP an office numbers what it issues from 01 each 1 January. A
paper's number belongs to the series of its date's year, so a number needs a date; the next
free number is offered, never taken silently: a paper without one prints "Số:      /TTr-…"
for the office to fill in. The symbol ("TTr-CTĐ4") is kept as it was when the number was
taken, so renaming the office later does not rewrite issued papers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import Cluster, ClusterYear, DocumentNumber
from emudesk.services import audit
from emudesk.services.organisation import years
from emudesk.services.papers import wording
from emudesk.services.tx import write

KIND_SYMBOLS = {"submission": "TTr", "minutes": "BB", "summary": "BC"}
"""The papers the cluster's office numbers, with the abbreviation of their kind."""
NEXT = -1
"""Pass as ``number`` to take the next free number of the series."""


@dataclass(frozen=True)
class PaperNumber:
    paper: str
    number: int | None
    date: dt.date | None
    symbol: str  # "TTr-CTĐ4" (the office's current symbol when no number was taken)


def symbol_for(session: Session, cluster: Cluster, paper: str) -> str:
    office = wording.wording_of(session, cluster).office_symbol
    return f"{KIND_SYMBOLS[paper]}-{office}"


def _row(session: Session, cluster_year: ClusterYear, paper: str) -> DocumentNumber | None:
    return session.scalar(
        select(DocumentNumber).where(
            DocumentNumber.cluster_year_id == cluster_year.id, DocumentNumber.paper == paper
        )
    )


def number_of(session: Session, cluster_year: ClusterYear, paper: str) -> PaperNumber:
    row = _row(session, cluster_year, paper)
    if row is None:
        symbol = symbol_for(session, cluster_year.cluster, paper) if paper in KIND_SYMBOLS else ""
        return PaperNumber(paper, None, None, symbol)
    return PaperNumber(paper, row.number, row.issued_on, row.symbol)


def numbers(session: Session, year_uuid: UUID) -> dict[str, PaperNumber]:
    cluster_year = years.load(session, year_uuid)
    return {paper: number_of(session, cluster_year, paper) for paper in KIND_SYMBOLS}


def next_free(session: Session, cluster: Cluster, year: int) -> int:
    """The next number of the office's series of ``year``."""
    top = session.scalar(
        select(func.max(DocumentNumber.number)).where(
            DocumentNumber.cluster_id == cluster.id, DocumentNumber.year == year
        )
    )
    return (top or 0) + 1


def set_number(
    session: Session,
    year_uuid: UUID,
    paper: str,
    *,
    date: dt.date | None,
    number: int | None,
) -> PaperNumber:
    """Record a paper's date and number: ``NEXT`` takes the next free one, None clears it.

    A number that another paper of the office took in the same year is refused, naming it.
    """
    if paper not in KIND_SYMBOLS:
        raise ValidationError(_("The office does not number the paper {paper}.", paper=paper))
    if number is not None and number != NEXT and not 1 <= number <= 99999:
        raise ValidationError(_("A document number is from 1 to 99999."))
    if number is not None and date is None:
        raise ValidationError(
            _("Enter the paper's date first: its number belongs to that year's series.")
        )
    with write(session):
        cluster_year = years.load(session, year_uuid)
        cluster = cluster_year.cluster
        row = _row(session, cluster_year, paper)
        old = number_of(session, cluster_year, paper)
        if row is None:
            row = DocumentNumber(
                cluster=cluster,
                cluster_year=cluster_year,
                paper=paper,
                symbol=symbol_for(session, cluster, paper),
            )
            session.add(row)
        if number == NEXT:
            assert date is not None
            if row.number is not None and row.year == date.year:
                number = row.number  # it has one in that series already
            else:
                row.number = None
                session.flush()
                number = next_free(session, cluster, date.year)
        if number is not None:
            assert date is not None
            taken = session.scalar(
                select(DocumentNumber).where(
                    DocumentNumber.cluster_id == cluster.id,
                    DocumentNumber.year == date.year,
                    DocumentNumber.number == number,
                    DocumentNumber.id != row.id if row.id is not None else True,
                )
            )
            if taken is not None:
                raise ConflictError(
                    _(
                        "Number {number} of {year} is already taken by another paper of "
                        "{cluster} ({paper} of {cluster_year}); the next free one is {free}.",
                        number=f"{number:02d}",
                        year=date.year,
                        cluster=cluster.code,
                        paper=taken.paper,
                        cluster_year=taken.cluster_year.year,
                        free=f"{next_free(session, cluster, date.year):02d}",
                    )
                )
            if row.number is None or row.year != date.year:
                row.symbol = symbol_for(session, cluster, paper)
        row.issued_on = date
        row.number = number
        row.year = date.year if number is not None and date is not None else None
        session.flush()
        if row.number is None and row.issued_on is None:
            session.delete(row)
            session.flush()
        new = number_of(session, cluster_year, paper)
        audit.record(
            session,
            action="document_number",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster.code} {cluster_year.year} {paper}: {new.number} {new.date}",
            old={"number": old.number, "date": old.date},
            new={"number": new.number, "date": new.date},
        )
        return new
