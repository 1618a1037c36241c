"""The year in tables for the head's summary report: members and leaders, the commitment's
signatures, the ranking, the proposals and their decisions — signed by the head."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.printing.official import Block, Heading, OfficialDocument, Paragraph, Table
from emudesk.services.cycle import commitments, proposals
from emudesk.services.organisation import years
from emudesk.services.papers import numbers
from emudesk.services.papers.context import context
from emudesk.services.papers.output import write_document
from emudesk.services.scoring import ranking

PAPER = "summary"
STATUS_VI = {
    proposals.ProposalStatus.DRAFT: "Dự thảo",
    proposals.ProposalStatus.VOTED: "Đã biểu quyết",
    proposals.ProposalStatus.SUBMITTED: "Đã trình",
    proposals.ProposalStatus.APPROVED: "Đã quyết định",
    proposals.ProposalStatus.REJECTED: "Không được duyệt",
}


def summary(session: Session, year_uuid: UUID) -> OfficialDocument:
    cluster_year = years.load(session, year_uuid)
    info = years.info(cluster_year)
    numbered = numbers.number_of(session, cluster_year, PAPER)
    # It summarises the year: the names are the year's own (as its last day knew them).
    last_day = dt.date(cluster_year.year, 12, 31)
    names_on = min(numbered.date, last_day) if numbered.date else last_day
    ctx = context(session, cluster_year, numbered.date, names_on=names_on)
    body: list[Block] = [
        Heading(f"1. Đơn vị thành viên ({len(info.members)}); Cụm trưởng, Cụm phó"),
        Paragraph(
            f"Cụm trưởng: {info.head.name if info.head else '—'}. "
            f"Cụm phó: {info.deputy.name if info.deputy else '—'}."
        ),
        Table(
            ("STT", "Đơn vị"),
            tuple((str(i), m.name) for i, m in enumerate(info.members, 1)),
            (0.1, 0.9),
        ),
        Heading("2. Ký kết giao ước thi đua"),
    ]
    commitment = commitments.get_commitment(session, year_uuid)
    if commitment is not None:
        signed = {s.unit.uuid: s for s in commitment.signatures}
        rows = []
        for member in commitment.members:
            found = signed.get(member.uuid)
            if found is None:
                rows.append((member.name, "Chưa ký"))
            else:
                day = found.signed_on.strftime("%d/%m/%Y") if found.signed_on else ""
                rows.append((member.name, f"Đã ký {day}".strip()))
        body.append(Table(("Đơn vị", "Tình trạng"), tuple(rows), (0.6, 0.4)))
    else:
        body.append(Paragraph("Chưa có giao ước thi đua của năm.", italic=True))
    body.append(Heading("3. Kết quả chấm điểm, xếp hạng"))
    try:
        report = ranking.compute(session, year_uuid, document=True)
        ranked = tuple(
            (
                f"{r.rank}{'=' if r.shared else ''}",
                r.unit.name,
                rules.format_points(r.total, report.decimals),
            )
            for r in report.rows
        )
        body.append(
            Table(
                ("Hạng", "Đơn vị", "Tổng điểm"), ranked, (0.12, 0.66, 0.22), numeric=frozenset({2})
            )
        )
    except EmuError:  # no table or no scores yet: the section says so
        body.append(Paragraph("Chưa có kết quả chấm điểm.", italic=True))
    body.append(Heading("4. Đề nghị khen thưởng và quyết định"))
    listed = proposals.list_proposals(session, year_uuid)
    if listed:
        rows_ = []
        for proposal in listed:
            decision = proposal.decision_number
            if proposal.decision_date is not None:
                decision = f"{decision} ngày {proposal.decision_date:%d/%m/%Y}".strip()
            rows_.append(
                (proposal.nominee, proposal.award_text, STATUS_VI[proposal.status], decision)
            )
        body.append(
            Table(
                ("Đơn vị/cá nhân", "Hình thức", "Tình trạng", "Quyết định"),
                tuple(rows_),
                (0.32, 0.3, 0.14, 0.24),
            )
        )
    else:
        body.append(Paragraph("Chưa có đề nghị khen thưởng.", italic=True))
    head = cluster_year.head
    return OfficialDocument(
        superior=ctx.issuer,
        issuer=ctx.cluster,
        kind="BÁO CÁO",
        summary=ctx.text(PAPER, "summary"),
        place=head.province if head is not None else "",
        date=numbered.date,
        number=numbered.number,
        symbol=numbered.symbol,
        body=tuple(body),
        signatures=(ctx.head_signature(PAPER),),
        recipients=ctx.recipients(PAPER),
    )


def write_summary(session: Session, year_uuid: UUID, path: Path) -> Path:
    return write_document(summary(session, year_uuid), path)
