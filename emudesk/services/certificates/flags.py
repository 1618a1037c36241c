"""Approved flags: what is sewn on each, listed for the flag maker.

A Cờ thi đua is a satin flag made to the issuer's specimen, not a paper certificate. Its
text is the issuer (as named on the decision's date), "TẶNG", the unit and the year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Proposal
from emudesk.printing.official import OfficialDocument, Paragraph, Table, short_date
from emudesk.services.cycle import proposals
from emudesk.services.organisation import years
from emudesk.services.papers.names import issuer_name
from emudesk.services.papers.output import write_document


@dataclass(frozen=True)
class FlagText:
    """The lines sewn on one flag, and the decision that grants it."""

    proposal_uuid: UUID
    recipient: str
    award: str
    lines: tuple[str, ...]  # issuer, "TẶNG", the unit, the year
    decision_number: str
    decision_date: dt.date | None


def flag_texts(session: Session, year_uuid: UUID) -> list[FlagText]:
    """Every approved flag of the year, with the text the flag maker sews on it."""
    cluster_year = years.load(session, year_uuid)
    issuer = cluster_year.cluster.issuer
    found = session.scalars(
        select(Proposal)
        .where(
            Proposal.cluster_year_id == cluster_year.id,
            Proposal.status == proposals.ProposalStatus.APPROVED.value,
        )
        .order_by(Proposal.position, Proposal.id)
    )
    texts = []
    for proposal in found:
        if proposal.award.artefact != "flag":
            continue
        info = proposals.info(proposal)
        texts.append(
            FlagText(
                proposal_uuid=proposal.uuid,
                recipient=info.nominee,
                award=info.award_text,
                lines=(
                    issuer_name(issuer, proposal.decision_date).upper(),
                    "TẶNG",
                    info.nominee.upper(),
                    f"ĐƠN VỊ DẪN ĐẦU PHONG TRÀO THI ĐUA NĂM {cluster_year.year}",
                ),
                decision_number=proposal.decision_number,
                decision_date=proposal.decision_date,
            )
        )
    return texts


def write_flag_list(session: Session, year_uuid: UUID, out: Path) -> Path:
    """The list for the flag maker, as .pdf or .docx; refused when the year has no flag."""
    cluster_year = years.load(session, year_uuid)
    texts = flag_texts(session, year_uuid)
    if not texts:
        raise ValidationError(
            _(
                "{cluster} {year} has no approved flag; nothing to send to the flag maker.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )
    dates = [t.decision_date for t in texts if t.decision_date is not None]
    day = max(dates) if dates else None
    issuer = cluster_year.cluster.issuer
    rows = tuple(
        (
            str(index),
            text.recipient,
            "\n".join(text.lines),
            " ".join(
                part
                for part in (
                    text.decision_number,
                    f"ngày {short_date(text.decision_date)}" if text.decision_date else "",
                )
                if part
            ),
        )
        for index, text in enumerate(texts, 1)
    )
    document = OfficialDocument(
        superior=issuer_name(issuer, day),
        issuer=cluster_year.cluster.name,
        kind="DANH SÁCH",
        summary=f"Cờ thi đua năm {cluster_year.year}: chữ trên cờ để đặt may",
        date=day,
        numbered=False,
        body=(
            Paragraph(
                f"Các tập thể dưới đây được tặng Cờ thi đua năm {cluster_year.year}; cờ được may "
                f"theo mẫu của {issuer_name(issuer, day)}, với nội dung chữ như sau:"
            ),
            Table(
                ("STT", "Tập thể được tặng", "Chữ trên cờ", "Quyết định"),
                rows,
                (0.08, 0.3, 0.4, 0.22),
            ),
        ),
    )
    return write_document(document, out)
