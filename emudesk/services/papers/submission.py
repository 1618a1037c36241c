"""The cluster's tờ trình đề nghị khen thưởng: the nominees and the awards asked, signed
"TM. CỤM THI ĐUA / CỤM TRƯỞNG", with the year's ranking as an annex."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Award, ClusterYear, Proposal
from emudesk.printing.official import (
    Annex,
    Block,
    Heading,
    OfficialDocument,
    Paragraph,
    Table,
    number_line,
    short_date,
)
from emudesk.services.cycle import meetings
from emudesk.services.papers import numbers
from emudesk.services.papers.context import (
    PaperContext,
    carried,
    context,
    percent,
    vote_of,
    year_end_meeting,
)
from emudesk.services.scoring import ranking

PAPER = "submission"


def _by_award(found: Sequence[Proposal]) -> list[tuple[Award, list[Proposal]]]:
    groups: dict[int, tuple[Award, list[Proposal]]] = {}
    for proposal in sorted(found, key=lambda p: (p.award.position, p.position, p.id)):
        groups.setdefault(proposal.award.id, (proposal.award, []))[1].append(proposal)
    return list(groups.values())


def _basis(ctx: PaperContext, awards: Sequence[Award], meeting_kind: str, held: str) -> list[str]:
    lines: list[str] = []
    for award in awards:
        for line in award.legal_basis.split("\n"):
            if line.strip() and line.strip() not in lines:
                lines.append(line.strip())
    lines += ctx.lines(PAPER, "basis", meeting=meeting_kind.lower(), meeting_date=held)
    return lines


def build(session: Session, cluster_year: ClusterYear) -> OfficialDocument:
    found = carried(session, cluster_year)
    if not found:
        raise ValidationError(
            _(
                "{cluster} {year} has no voted proposal: the submission lists what the "
                "conference carried. Record the votes on the Meetings page first.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )
    numbered = numbers.number_of(session, cluster_year, PAPER)
    ctx = context(session, cluster_year, numbered.date)
    meeting = year_end_meeting(session, cluster_year)
    meeting_kind = meetings.KIND_VI[meeting.kind] if meeting is not None else "Hội nghị"
    held = short_date(meeting.held_on) if meeting is not None else "…"
    members = len(cluster_year.memberships)
    groups = _by_award(found)
    body: list[Block] = [
        Paragraph(line, italic=True)
        for line in _basis(ctx, [a for a, _p in groups], meeting_kind, held)
    ]
    body.append(Paragraph(ctx.text(PAPER, "request", count=len(found))))
    for index, (award, chosen) in enumerate(groups, 1):
        body.append(Heading(f"{index}. {award.name}: {len(chosen):02d} tập thể"))
        rows = []
        for number, proposal in enumerate(chosen, 1):
            vote = vote_of(session, proposal)
            rows.append(
                (
                    str(number),
                    ctx.unit_name(proposal)
                    if proposal.nominee_kind == "unit"
                    else f"{proposal.collective_name}, {ctx.unit_name(proposal)}",
                    str(proposal.rank) if proposal.rank is not None else "",
                    rules.format_points(proposal.total) if proposal.total is not None else "",
                    f"{vote.votes_for}/{members} ({percent(vote.votes_for, members)} %)"
                    if vote is not None
                    else "",
                )
            )
        body.append(
            Table(
                ("STT", "Tên tập thể", "Xếp hạng", "Tổng điểm", "Tán thành / tổng số thành viên"),
                tuple(rows),
                (0.08, 0.42, 0.11, 0.13, 0.26),
                numeric=frozenset({2, 3}),
            )
        )
    for line in ctx.lines(PAPER, "closing"):
        body.append(Paragraph(line, italic=line.startswith("(")))
    return OfficialDocument(
        superior=ctx.issuer,
        issuer=ctx.cluster,
        kind="TỜ TRÌNH",
        summary=ctx.text(PAPER, "summary"),
        place=_place(cluster_year),
        date=numbered.date,
        number=numbered.number,
        symbol=numbered.symbol,
        addressees=tuple(ctx.lines(PAPER, "addressee")),
        body=tuple(body),
        signatures=(ctx.head_signature(PAPER),),
        recipients=ctx.recipients(PAPER),
        annexes=(_ranking_annex(session, ctx, numbered),),
    )


def _place(cluster_year: ClusterYear) -> str:
    """The head unit's province: where the cluster's office sits this year."""
    head = cluster_year.head
    return head.province if head is not None else ""


def _ranking_annex(session: Session, ctx: PaperContext, numbered: numbers.PaperNumber) -> Annex:
    report = ranking.compute(session, ctx.cluster_year.uuid, document=True)
    sections = [code for code, _title in report.sections]
    header = ("Hạng", "Đơn vị", *sections, "Điểm thưởng", "Điểm trừ", "Tổng điểm")
    decimals = report.decimals
    rows = tuple(
        (
            str(row.rank),
            row.unit.name,
            *(rules.format_points(row.section_totals.get(code, 0), decimals) for code in sections),
            rules.format_points(row.bonus, decimals),
            rules.format_points(row.deduction, decimals),
            rules.format_points(row.total, decimals),
        )
        for row in report.rows
    )
    rest = 0.62 - 0.1 * len(sections)
    widths = (0.08, max(rest, 0.2), *[0.1] * len(sections), 0.11, 0.09, 0.1)
    scale = sum(widths)
    attached = number_line(numbered.number, numbered.symbol).removeprefix("Số: ").strip()
    when = f" ngày {short_date(numbered.date)}" if numbered.date is not None else ""
    notes: list[Block] = []
    if report.sections:
        notes.append(
            Paragraph(
                "Ghi chú: "
                + "; ".join(f"{code}. {title}" for code, title in report.sections)
                + ".",
                italic=True,
                indent=False,
            )
        )
    return Annex(
        title=ctx.text(PAPER, "annex_title"),
        subtitle=f"(Kèm theo Tờ trình số {attached}{when} của {ctx.cluster})",
        body=(
            Table(
                header,
                rows,
                tuple(w / scale for w in widths),
                numeric=frozenset(range(2, len(header))),
            ),
            *notes,
        ),
    )
