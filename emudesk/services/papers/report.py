"""A proposed collective's báo cáo thành tích, prefilled from what the database knows.

The layout follows the appendix form for a collective's report (Nghị định 152/2025/NĐ-CP,
"Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể", like Mẫu số 02 of Nghị định
98/2023/NĐ-CP before it): general information, the achievements, the awards received. What
emudesk knows is filled in — the year's scores and rank, the commitment's items, earlier
awards — and what only the unit can write is left as bracketed prompts, in wording the cluster
can edit, since the office finishes the report in Word.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.model import ClusterYear, Commitment, Proposal
from emudesk.printing.official import Block, Heading, OfficialDocument, Paragraph, Signature, Table
from emudesk.services.cycle.proposals import ProposalStatus
from emudesk.services.papers.context import (
    PaperContext,
    context,
    decision_text,
    percent,
    share_text,
    vote_of,
)
from emudesk.services.papers.names import issuer_name
from emudesk.services.scoring import ranking, tables

PAPER = "report"


def build(session: Session, cluster_year: ClusterYear, proposal: Proposal) -> OfficialDocument:
    ctx = context(session, cluster_year, None)
    unit = proposal.unit
    name = ctx.unit_name(proposal)
    if proposal.nominee_kind == "collective":
        name = f"{proposal.collective_name}, {name}"
    extra = {"province": unit.province or "…", "award": proposal.award.name, "unit": name}
    body: list[Block] = [
        Paragraph(f"Tên tập thể đề nghị: {name}", bold=True, indent=False),
        Heading("I. THÔNG TIN CHUNG"),
        Paragraph("1. Đặc điểm, tình hình:", bold=True, indent=False),
        Paragraph(ctx.text(PAPER, "situation", **extra)),
        Paragraph("2. Chức năng, nhiệm vụ:", bold=True, indent=False),
        Paragraph(ctx.text(PAPER, "duties", **extra)),
        Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        Paragraph(
            f"1. Kết quả thực hiện nhiệm vụ năm {ctx.year} (theo kết quả chấm điểm, xếp hạng "
            f"thi đua của {ctx.cluster}):",
            bold=True,
            indent=False,
        ),
    ]
    body += _scores(session, ctx, proposal)
    body += _commitment(session, ctx)
    body += [
        Paragraph("2. Các biện pháp, giải pháp đạt được thành tích:", bold=True, indent=False),
        Paragraph(ctx.text(PAPER, "measures", **extra)),
        Paragraph(
            "3. Việc thực hiện chủ trương, chính sách, pháp luật; công tác xây dựng Đảng, "
            "đoàn thể:",
            bold=True,
            indent=False,
        ),
        Paragraph(ctx.text(PAPER, "party", **extra)),
        Heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    ]
    body += _earlier(session, ctx, proposal)
    return OfficialDocument(
        superior=ctx.text(PAPER, "superior", **extra),
        issuer=ctx.unit_name(proposal),
        kind="BÁO CÁO THÀNH TÍCH",
        summary=ctx.text(PAPER, "summary", **extra),
        place=unit.province,
        date=None,
        number=None,
        symbol="BC-…",
        body=tuple(body),
        signatures=(
            Signature(title=ctx.text(PAPER, "confirm_title", **extra), seal=True, key="confirm"),
            Signature(title=ctx.text(PAPER, "unit_title", **extra), key="unit"),
        ),
    )


def _scores(session: Session, ctx: PaperContext, proposal: Proposal) -> list[Block]:
    report = ranking.compute(session, ctx.cluster_year.uuid, document=True)
    row = next((r for r in report.rows if r.unit.uuid == proposal.unit.uuid), None)
    if row is None:
        return [Paragraph("[Kết quả chấm điểm, xếp hạng của năm chưa có.]")]
    table = tables.current(session, ctx.cluster_year)
    maxima = {
        c.code: c.max_points
        for c in (table.criteria if table is not None else ())
        if c.parent_id is None
    }
    decimals = report.decimals
    members = len(report.rows)
    declared = table.declared_total if table is not None else 0
    vote = vote_of(session, proposal)
    blocks: list[Block] = [
        Paragraph(
            f"Tổng điểm đạt được: {rules.format_points(row.total, decimals)}/"
            f"{rules.format_points(declared, 0)} điểm; xếp hạng {row.rank}/{members} đơn vị "
            f"thành viên{' (đồng hạng)' if row.shared else ''}."
            + (
                f" Hội nghị tổng kết biểu quyết đề nghị tặng {proposal.award.name}: "
                f"{share_text(vote.votes_for, len(ctx.cluster_year.memberships))} tán thành."
                if vote is not None
                else ""
            )
        )
    ]
    rows = [
        (
            code,
            title,
            rules.format_points(maxima.get(code, 0), decimals),
            rules.format_points(row.section_totals.get(code, 0), decimals),
            f"{percent(row.section_totals.get(code, 0), maxima.get(code, 0), column=True)} %"
            if maxima.get(code)
            else "",
        )
        for code, title in report.sections
    ]
    rows.append(("", "Điểm thưởng", "", rules.format_points(row.bonus, decimals), ""))
    rows.append(("", "Điểm trừ", "", rules.format_points(row.deduction, decimals), ""))
    rows.append(("", "Tổng cộng", "", rules.format_points(row.total, decimals), ""))
    blocks.append(
        Table(
            ("Mục", "Nội dung chấm điểm", "Điểm tối đa", "Điểm đạt", "Tỷ lệ"),
            tuple(rows),
            (0.08, 0.5, 0.14, 0.14, 0.14),
            numeric=frozenset({2, 3, 4}),
            bold_rows=frozenset({len(rows) - 1}),
        )
    )
    return blocks


def _commitment(session: Session, ctx: PaperContext) -> list[Block]:
    commitment = session.scalar(
        select(Commitment).where(Commitment.cluster_year_id == ctx.cluster_year.id)
    )
    if commitment is None or not commitment.items:
        return [
            Paragraph(
                f"[Kết quả thực hiện các nội dung giao ước thi đua năm {ctx.year}.]",
            )
        ]
    rows = tuple(
        (
            str(index),
            item.content,
            f"{item.target} {item.unit_of_measure}".strip(),
            "",
        )
        for index, item in enumerate(commitment.items, 1)
    )
    return [
        Paragraph(f"Kết quả thực hiện giao ước thi đua năm {ctx.year}:", indent=False),
        Table(
            ("STT", "Nội dung giao ước", "Chỉ tiêu", "Kết quả thực hiện"),
            rows,
            (0.07, 0.53, 0.17, 0.23),
        ),
    ]


def _earlier(session: Session, ctx: PaperContext, proposal: Proposal) -> list[Block]:
    """Awards the unit received in earlier years, as recorded (titles, then forms)."""
    found = [
        p
        for p in session.scalars(
            select(Proposal).where(
                Proposal.unit_id == proposal.unit_id,
                Proposal.status == ProposalStatus.APPROVED.value,
                Proposal.nominee_kind == proposal.nominee_kind,
            )
        )
        if p.cluster_year.year < ctx.year
    ]
    blocks: list[Block] = []
    for number, (label, kind) in enumerate(
        (("Danh hiệu thi đua", "title"), ("Hình thức khen thưởng", "form")), 1
    ):
        blocks.append(Paragraph(f"{number}. {label}:", bold=True, indent=False))
        rows = tuple(
            (
                str(p.cluster_year.year),
                p.award.name,
                " ".join(
                    part
                    for part in (
                        decision_text(p),
                        f"của {issuer_name(p.award.issuer, p.decision_date)}",
                    )
                    if part
                ),
            )
            for p in sorted(found, key=lambda p: p.cluster_year.year)
            if p.award.kind == kind
        )
        blocks.append(
            Table(
                (
                    "Năm",
                    label,
                    "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định",
                ),
                rows or (("", "", ""),),
                (0.12, 0.4, 0.48),
            )
        )
    return blocks
