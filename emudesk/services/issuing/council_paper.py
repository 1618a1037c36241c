"""The minutes (biên bản) of the council's meeting, in the state's form, as DOCX or PDF."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from emudesk.i18n import vietnamese_documents
from emudesk.printing.official import (
    Block,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_words,
)
from emudesk.services.issuing import council, names
from emudesk.services.papers.output import write_document


def build(session: Session, issuer_code: str, year: int) -> OfficialDocument:
    meeting = council.load(session, issuer_code, year)
    shown = council.info(session, meeting)
    issuer = names.issuer_name_on(meeting.issuer, meeting.held_on)
    body: list[Block] = [
        Paragraph(
            f"Hôm nay, {date_words(meeting.held_on)}"
            + (f", tại {meeting.place}" if meeting.place else "")
            + f", Hội đồng Thi đua - Khen thưởng {issuer} họp xét khen thưởng phong trào thi "
            f"đua năm {year} của các Cụm, Khối thi đua."
        ),
        Heading("I. THÀNH PHẦN"),
        Paragraph(f"Chủ trì: {meeting.chair or '…'}. Thư ký: {meeting.secretary or '…'}."),
        Paragraph(f"Có mặt {len(shown.members)}/{meeting.members_total} thành viên Hội đồng:"),
        *(Paragraph(f"- {member}", indent=True) for member in shown.members),
        Heading("II. KẾT QUẢ BIỂU QUYẾT"),
        Table(
            ("STT", "Tập thể", "Hình thức đề nghị", "Tỷ lệ cần đạt", "Tán thành", "Kết quả"),
            tuple(
                (
                    str(index),
                    row.nominee,
                    row.award,
                    f"{row.threshold} ({row.needed}/{meeting.members_total})",
                    "—" if row.votes_for is None else f"{row.votes_for}/{meeting.members_total}",
                    "Đạt" if row.passed else "Không đạt",
                )
                for index, row in enumerate(shown.results, 1)
            ),
            (0.07, 0.25, 0.26, 0.16, 0.12, 0.14),
            size=10.5,
        ),
        Paragraph(
            "Cuộc họp kết thúc cùng ngày. Biên bản đã được đọc lại và các thành viên dự họp "
            "nhất trí."
        ),
    ]
    return OfficialDocument(
        superior=issuer.upper(),
        issuer="HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        kind="BIÊN BẢN",
        summary=f"Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm {year}",
        place=meeting.place,
        date=meeting.held_on,
        symbol="BB-HĐTĐKT",
        body=tuple(body),
        signatures=(
            Signature(title="THƯ KÝ", name=meeting.secretary, seal=False, key="secretary"),
            Signature(title="CHỦ TỊCH HỘI ĐỒNG", name=meeting.chair, key="chair"),
        ),
        recipients=("Thành viên Hội đồng;", "Lưu: VT, TĐKT."),
    )


def write_minutes(session: Session, issuer_code: str, year: int, path: Path) -> Path:
    with vietnamese_documents():
        return write_document(build(session, issuer_code, year), path)
