"""The biên bản of a conference: chair and secretary, members present, every vote with its
counts and its share of all members, the election, the conclusion, "Nơi nhận"."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Meeting, Vote
from emudesk.printing.official import (
    Block,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_words,
)
from emudesk.services.cycle import meetings, voting
from emudesk.services.papers import numbers
from emudesk.services.papers.context import PaperContext, context, percent, year_end_meeting
from emudesk.services.papers.names import unit_ref
from emudesk.services.papers.output import write_document
from emudesk.text import sort_key

PAPER = "minutes"


def _person(text: str) -> str:
    """ "Ông Nguyễn Văn A, Trưởng Ban …" → "Nguyễn Văn A", the name under a signature."""
    name = text.split(",", maxsplit=1)[0].strip()
    for honorific in ("Ông ", "Bà ", "ông ", "bà "):
        name = name.removeprefix(honorific)
    return name


def _result(vote: Vote, members: int, present: int) -> str:
    if vote.proposal is not None:
        threshold = voting.threshold_of(vote.proposal)
        carried = threshold.met(vote.votes_for, members)
    else:  # an election: more than half of the units present (``meetings.election_result``)
        carried = vote.votes_for * 2 > present
    return "Thông qua" if carried else "Không thông qua"


def _what(ctx: PaperContext, vote: Vote) -> str:
    year = ctx.year
    if vote.proposal is not None:
        proposal = vote.proposal
        who = ctx.unit_name(proposal)
        if proposal.nominee_kind == "collective":
            who = f"{proposal.collective_name}, {who}"
        return f"Đề nghị tặng {proposal.award.name} cho {who}"
    candidate = unit_ref(vote.candidate, ctx.on, year + 1).name if vote.candidate else ""
    role = "Cụm trưởng" if vote.subject == "head" else "Cụm phó"
    return f"Bầu {role} năm {year + 1}: {candidate}"


def build(session: Session, cluster_year: ClusterYear) -> OfficialDocument:
    meeting = year_end_meeting(session, cluster_year)
    if meeting is None:
        raise NotFoundError(
            _(
                "{cluster} {year} has no meeting recorded; record it on the year's Meetings page.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )
    return document(session, cluster_year, meeting)


def write_minutes(session: Session, meeting_uuid: UUID, out: Path) -> Path:
    """The biên bản of one recorded meeting, as .pdf or .docx."""
    meeting = meetings.load(session, meeting_uuid)
    return write_document(document(session, meeting.cluster_year, meeting), out)


def document(session: Session, cluster_year: ClusterYear, meeting: Meeting) -> OfficialDocument:
    numbered = numbers.number_of(session, cluster_year, PAPER)
    ctx = context(session, cluster_year, meeting.held_on)
    members = len(cluster_year.memberships)
    present = len(meeting.attendances)
    kind = meetings.KIND_VI[meeting.kind]
    extra = {
        "meeting": kind,
        "meeting_lower": kind[0].lower() + kind[1:],
        "date": date_words(meeting.held_on),
        "place": meeting.place or "…",
    }
    body: list[Block] = [Paragraph(ctx.text(PAPER, "opening", **extra))]
    body.append(Heading("I. THÀNH PHẦN"))
    body.append(Paragraph(f"Chủ trì: {meeting.chair or '…'}."))
    body.append(Paragraph(f"Thư ký: {meeting.secretary or '…'}."))
    attending = sorted(
        meeting.attendances, key=lambda a: sort_key(unit_ref(a.unit, ctx.on, ctx.year).name)
    )
    body.append(
        Paragraph(
            f"Đơn vị thành viên dự họp: {present}/{members} đơn vị ({percent(present, members)} %):"
        )
    )
    for index, attendance in enumerate(attending, start=1):
        who = f" ({attendance.persons})" if attendance.persons else ""
        name = unit_ref(attendance.unit, ctx.on, ctx.year).name
        end = "." if index == len(attending) else ";"  # a list ends like a sentence
        body.append(Paragraph(f"- {name}{who}{end}"))
    came = {a.unit_id for a in meeting.attendances}
    absent = [
        unit_ref(m.unit, ctx.on, ctx.year).name
        for m in cluster_year.memberships
        if m.unit_id not in came
    ]
    if absent:
        body.append(Paragraph("Vắng mặt: " + "; ".join(sorted(absent, key=sort_key)) + "."))
    if meeting.agenda:
        body.append(Heading("II. NỘI DUNG"))
        body += [Paragraph(line) for line in meeting.agenda.split("\n") if line.strip()]
    body += _votes(ctx, meeting, members, present)
    if meeting.resolutions:
        body.append(Heading("V. KẾT LUẬN CỦA HỘI NGHỊ"))
        body += [Paragraph(line) for line in meeting.resolutions.split("\n") if line.strip()]
    body.append(Paragraph(ctx.text(PAPER, "closing", **extra)))
    return OfficialDocument(
        superior=ctx.issuer,
        issuer=ctx.cluster,
        kind="BIÊN BẢN",
        summary=ctx.text(PAPER, "summary", **extra),
        place=meeting.place,
        date=meeting.held_on,
        number=numbered.number,
        symbol=numbered.symbol,
        body=tuple(body),
        signatures=(
            Signature(
                title=ctx.text(PAPER, "secretary_title"),
                name=_person(meeting.secretary),
                seal=False,
                key="secretary",
            ),
            Signature(
                title=ctx.text(PAPER, "chair_title"), name=_person(meeting.chair), key="chair"
            ),
        ),
        recipients=ctx.recipients(PAPER, **extra),
    )


def _votes(ctx: PaperContext, meeting: Meeting, members: int, present: int) -> list[Block]:
    if not meeting.votes:
        return []
    blocks: list[Block] = [Heading("III. KẾT QUẢ BIỂU QUYẾT")]
    thresholds = sorted(
        {
            (v.proposal.award.name, voting.threshold_of(v.proposal).words())
            for v in meeting.votes
            if v.proposal is not None
        }
    )
    lines = [f"{name}: {words}" for name, words in thresholds]
    blocks.append(
        Paragraph(
            f"Tổng số thành viên: {members}; có mặt: {present}. Tỷ lệ tán thành được tính trên "
            "tổng số thành viên của cụm"
            + (" (ngưỡng thông qua: " + "; ".join(lines) + ")." if lines else ".")
        )
    )
    rows = []
    for index, vote in enumerate(meeting.votes, 1):
        rows.append(
            (
                str(index),
                _what(ctx, vote) + (" (nhất trí 100 %)" if vote.unanimous else ""),
                meetings.METHOD_VI[vote.method],
                str(vote.votes_for),
                str(vote.votes_against),
                str(vote.abstentions),
                f"{vote.votes_for}/{members} ({percent(vote.votes_for, members)} %)",
                _result(vote, members, present),
            )
        )
    blocks.append(
        Table(
            (
                "TT",
                "Nội dung biểu quyết",
                "Hình thức",
                "Tán thành",
                "Không tán thành",
                "Không ý kiến",
                "Tán thành / tổng số thành viên",
                "Kết quả",
            ),
            tuple(rows),
            (0.05, 0.31, 0.11, 0.09, 0.09, 0.09, 0.14, 0.12),
            numeric=frozenset({3, 4, 5}),
            size=10.5,
        )
    )
    elected = {v.subject: v for v in meeting.votes if v.candidate is not None}
    head, deputy = elected.get("head"), elected.get("deputy")
    if head is not None or deputy is not None:
        blocks.append(Heading(f"IV. BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM {ctx.year + 1}"))
        for role, chosen in (("Cụm trưởng", head), ("Cụm phó", deputy)):
            if chosen is None or chosen.candidate is None:
                continue
            name = unit_ref(chosen.candidate, ctx.on, ctx.year + 1).name
            blocks.append(
                Paragraph(
                    f"Hội nghị bầu {name} làm {role} năm {ctx.year + 1} với "
                    f"{chosen.votes_for}/{members} thành viên tán thành "
                    f"({percent(chosen.votes_for, members)} %)."
                )
            )
    return blocks
