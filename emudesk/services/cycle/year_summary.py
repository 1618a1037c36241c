"""The data of the year summary PDF (members, signatures, ranking, proposals)."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.printing.year_summary import YearSummary, write_year_summary_pdf
from emudesk.services.cycle import commitments, proposals
from emudesk.services.organisation import years
from emudesk.services.scoring import ranking

STATUS_VI = {
    proposals.ProposalStatus.DRAFT: "Dự thảo",
    proposals.ProposalStatus.VOTED: "Đã biểu quyết",
    proposals.ProposalStatus.SUBMITTED: "Đã trình",
    proposals.ProposalStatus.APPROVED: "Đã quyết định",
    proposals.ProposalStatus.REJECTED: "Không được duyệt",
}


def summary(session: Session, year_uuid: UUID) -> YearSummary:
    info = years.info(years.load(session, year_uuid))
    cluster_year = years.load(session, year_uuid)
    commitment = commitments.get_commitment(session, year_uuid)
    signing: list[tuple[str, str]] = []
    if commitment is not None:
        signed = {s.unit.uuid: s for s in commitment.signatures}
        for member in commitment.members:
            found = signed.get(member.uuid)
            if found is None:
                signing.append((member.name, "Chưa ký"))
            else:
                day = found.signed_on.strftime("%d/%m/%Y") if found.signed_on else ""
                signing.append((member.name, f"Đã ký {day}".strip()))
    rows: list[tuple[str, str, str]] = []
    try:
        report = ranking.compute_for(session, cluster_year.cluster.code, info.year)
        rows = [
            (
                f"{r.rank}{'=' if r.shared else ''}",
                r.unit.name,
                rules.format_points(r.total, report.decimals),
            )
            for r in report.rows
        ]
    except EmuError:  # no table or no scores yet: the section says so
        rows = []
    listed = [
        (
            p.nominee,
            p.award_text,
            STATUS_VI[p.status],
            f"{p.decision_number} ngày {p.decision_date:%d/%m/%Y}"
            if p.decision_date
            else p.decision_number,
        )
        for p in proposals.list_proposals(session, year_uuid)
    ]
    return YearSummary(
        issuer_name=cluster_year.cluster.issuer.name,
        cluster_code=info.cluster_code,
        cluster_name=info.cluster_name,
        year=info.year,
        head=info.head.name if info.head else "",
        deputy=info.deputy.name if info.deputy else "",
        members=[m.name for m in info.members],
        signing=signing,
        ranking=rows,
        proposals=listed,
    )


def _decision(proposal: proposals.ProposalInfo) -> str:
    if proposal.decision_date is None:
        return proposal.decision_number
    return f"{proposal.decision_number} ngày {proposal.decision_date:%d/%m/%Y}"


def write_summary(session: Session, year_uuid: UUID, path: Path) -> Path:
    write_year_summary_pdf(summary(session, year_uuid), path)
    return path
