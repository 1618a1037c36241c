"""Minutes (biên bản) of a cluster meeting, generated from the record."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from emudesk.printing.commitment import date_words, heading, signature_grid
from emudesk.printing.document import A4_PORTRAIT, MM, Writer, build_pdf

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from emudesk.services.cycle.meetings import MeetingInfo

# Printed documents are Vietnamese whatever the interface language (keys: the stored values).
KIND_VI = {
    "launch": "Hội nghị phát động thi đua",
    "mid_year": "Hội nghị sơ kết giữa năm",
    "year_end": "Hội nghị tổng kết",
}
METHOD_VI = {"hands": "biểu quyết giơ tay", "secret": "bỏ phiếu kín"}


def write_minutes_pdf(meeting: MeetingInfo, path: str | os.PathLike[str]) -> None:
    from reportlab.platypus import Spacer, Table, TableStyle

    writer = Writer(base_size=13)
    kind = KIND_VI[meeting.kind]
    story: list[Flowable] = heading(writer, meeting.issuer_name, meeting.cluster_name, "")
    story += [
        Spacer(1, 8 * MM),
        writer.para("BIÊN BẢN", "title", fontSize=15, leading=19),
        writer.para(
            f"{kind} công tác thi đua, khen thưởng năm {meeting.year}",
            "center",
            bold=True,
            fontSize=13,
        ),
        writer.para(meeting.cluster_name, "center", bold=True, fontSize=13),
        Spacer(1, 5 * MM),
    ]

    def line(text: str, **style: Any) -> None:
        story.append(
            writer.para(text, "body", fontSize=13, leading=17, spaceBefore=1.5 * MM, **style)
        )

    where = f" tại {meeting.place}" if meeting.place else ""
    host = f", đơn vị chủ trì: {meeting.host.name}" if meeting.host else ""
    line(f"Thời gian, địa điểm: {date_words(meeting.held_on).capitalize()}{where}{host}.")
    line(f"Thành phần: {len(meeting.attending)} đơn vị thành viên dự họp:", bold=True)
    for unit, persons in meeting.attending:
        extra = f" ({persons})" if persons else ""
        line(f"– {unit.name}{extra};", leftIndent=6 * MM)
    if meeting.agenda:
        line("Nội dung:", bold=True)
        line(meeting.agenda, leftIndent=6 * MM)
    if meeting.votes:
        line("Kết quả biểu quyết:", bold=True)
        rows: list[list[Any]] = [
            [
                writer.para(h, "center", bold=True, fontSize=11)
                for h in ("Nội dung", "Hình thức", "Tán thành", "Không tán thành", "Không ý kiến")
            ]
        ]
        for vote in meeting.votes:
            if vote.subject == "head":
                what = f"Bầu Cụm trưởng năm {meeting.year + 1}: {vote.what}"
            elif vote.subject == "deputy":
                what = f"Bầu Cụm phó năm {meeting.year + 1}: {vote.what}"
            else:
                what = f"Đề nghị khen thưởng: {vote.what}"
            if vote.unanimous:
                what += " (nhất trí 100 %)"
            rows.append(
                [
                    writer.para(what, "body", fontSize=11),
                    writer.para(METHOD_VI[vote.method], "center", fontSize=11),
                    writer.para(str(vote.votes_for), "center", fontSize=11),
                    writer.para(str(vote.votes_against), "center", fontSize=11),
                    writer.para(str(vote.abstentions), "center", fontSize=11),
                ]
            )
        width = A4_PORTRAIT.frame_width
        table = Table(
            rows, colWidths=[width * 0.46, width * 0.18, width * 0.12, width * 0.12, width * 0.12]
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [Spacer(1, 2 * MM), table]
    if meeting.resolutions:
        line("Kết luận của hội nghị:", bold=True)
        line(meeting.resolutions, leftIndent=6 * MM)
    line(
        "Biên bản được lập xong hồi … giờ … cùng ngày, đã thông qua hội nghị và được các đại "
        "biểu nhất trí.",
        italic=True,
    )
    story += [
        Spacer(1, 5 * MM),
        signature_grid(
            writer,
            [
                ("Thư ký hội nghị", "", ""),
                ("Chủ trì hội nghị", meeting.host.name if meeting.host else "", ""),
            ],
        ),
    ]
    build_pdf(
        path,
        story,
        A4_PORTRAIT,
        title=f"Biên bản {kind.lower()} năm {meeting.year}",
        subject=meeting.cluster_name,
        footer=f"Biên bản {kind.lower()} — {meeting.cluster_code} {meeting.year}",
        writer=writer,
    )
