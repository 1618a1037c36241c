"""Commitments with signatures and scans, meetings with votes, minutes, the election."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from emudesk.cli import main
from emudesk.db import Database
from emudesk.errors import FileFormatError, ValidationError
from emudesk.services.cycle import attachments, commitments, meetings
from emudesk.services.organisation import next_year, units, years
from tests.conftest import dump

MEMBERS = (
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn",
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20 + b"IEND\xaeB`\x82"


def flat_text(pdf: Path) -> str:
    """The PDF's words in the order they are drawn (-raw), so that a table cell's lines stay
    together whatever the column widths."""
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def year_uuid(db: Database, cluster: str, year: int) -> UUID:
    with db.session() as session:
        return years.get_year(session, cluster, year).uuid


def test_the_demo_commitment_prints_every_member_with_a_signature_block(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    code = main(
        ["--db", str(demo_path), "commitment", "--cluster", "VHTTDL-C4", "--year", "2025",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert "5/5 đơn vị đã ký" in capsys.readouterr().out
    text = flat_text(out)
    assert "GIAO ƯỚC THI ĐUA NĂM 2025" in text
    for name in MEMBERS:  # each block in capitals, as the state's form writes it
        assert name.upper() in text
    assert text.count("(Ký, ghi rõ họ tên, đóng dấu)") == 5
    assert "Lạng Sơn, ngày 17 tháng 01 năm 2025" in text


@pytest.mark.parametrize("count", [3, 15])
def test_the_signature_grid_works_from_3_to_15_units(count: int, tmp_path: Path) -> None:
    from emudesk.services.cycle.commitments import CommitmentInfo, CommitmentStatus, ItemFields
    from emudesk.services.organisation.units import UnitRef
    from emudesk.services.papers.commitment_paper import document
    from emudesk.services.papers.output import write_document

    members = tuple(
        UnitRef(UUID(int=i + 1), f"U{i}", f"Ban Dân tộc tỉnh Số {i + 1}", f"BDT {i}")
        for i in range(count)
    )
    info = CommitmentInfo(
        uuid=UUID(int=99), year_uuid=UUID(int=98), cluster_code="X", cluster_name="Cụm thi đua số 9",
        issuer_name="Ủy ban Dân tộc", year=2026, title="Giao ước thi đua năm 2026", preamble="",
        items=(ItemFields("Hoàn thành nhiệm vụ", "100", "%"),), signing_date=None,
        signing_place="", host=None, members=members, signatures=(), missing=members,
        status=CommitmentStatus.DRAFT, version=1,
    )  # fmt: skip
    out = tmp_path / f"g{count}.pdf"
    write_document(document(info, "Ủy ban Dân tộc"), out)
    text = flat_text(out)
    assert text.count("(Ký, ghi rõ họ tên, đóng dấu)") == count
    assert all(m.name.upper() in text for m in members)


def test_signing_with_a_scan_and_the_units_still_missing(demo_db: Database, tmp_path: Path) -> None:
    uuid = year_uuid(demo_db, "UBDT-C4", 2025)
    with demo_db.session() as session:
        info = commitments.save_commitment(
            session,
            uuid,
            commitments.CommitmentFields(
                "Giao ước thi đua năm 2025", items=(commitments.ItemFields("Hoàn thành"),)
            ),
        )
        assert info.status is commitments.CommitmentStatus.DRAFT and len(info.missing) == 8
        scan = tmp_path / "ky.pdf"
        scan.write_bytes(PDF)
        first = info.members[0]
        info = commitments.sign(
            session,
            uuid,
            commitments.SignatureFields(
                first.uuid, "Nguyễn Văn A", "Trưởng ban", dt.date(2025, 3, 1), True, scan
            ),
        )
        assert info.status is commitments.CommitmentStatus.PARTLY_SIGNED
        assert len(info.missing) == 7 and first not in info.missing
        (signature,) = info.signatures
        assert signature.scan_name == "ky.pdf" and signature.scan_uuid is not None
        name, kind, data = attachments.content(session, signature.scan_uuid)
        assert (name, kind, data) == ("ky.pdf", "application/pdf", PDF)
    register = tmp_path / "so.xlsx"
    with demo_db.session() as session:
        commitments.signing_register(session, uuid, register)
    from openpyxl import load_workbook

    rows = list(load_workbook(register).active.iter_rows(min_row=5, values_only=True))  # type: ignore[union-attr]
    assert len(rows) == 8 and sum(1 for r in rows if r[2] == "(chưa ký)") == 7


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("to-trinh.docx", b"PK\x03\x04 word", "không phải tệp PDF, JPEG hoặc PNG"),
        ("scan.pdf", b"%PDF-1.4 truncated", "chưa đầy đủ"),
        ("anh.png", PNG[:20], "chưa đầy đủ"),
        ("rong.pdf", b"", "rỗng"),
    ],
)
def test_a_bad_scan_is_refused_and_nothing_changes(
    demo_db: Database, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    uuid = year_uuid(demo_db, "VHTTDL-C4", 2025)
    with demo_db.session() as session:
        member = years.get_year(session, "VHTTDL-C4", 2025).members[0].uuid
    scan = tmp_path / name
    scan.write_bytes(data)
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(FileFormatError, match=reason):
        commitments.sign(session, uuid, commitments.SignatureFields(member, "A", scan=scan))
    assert dump(demo_db) == before


def test_a_too_large_scan_and_a_signature_of_a_non_member_are_refused(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = year_uuid(demo_db, "VHTTDL-C4", 2025)
    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    big = tmp_path / "big.pdf"
    big.write_bytes(PDF * 10)
    with demo_db.session() as session:
        member = years.get_year(session, "VHTTDL-C4", 2025).members[0].uuid
        outsider = units.find(session, "BDT-DLK").uuid
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(FileFormatError, match="giới hạn"):
        commitments.sign(session, uuid, commitments.SignatureFields(member, "A", scan=big))
    with demo_db.session() as session, pytest.raises(ValidationError, match="không phải"):
        commitments.sign(session, uuid, commitments.SignatureFields(outsider, "B"))
    assert dump(demo_db) == before


def test_votes_cannot_count_more_than_the_attendees(demo_db: Database) -> None:
    uuid = year_uuid(demo_db, "UBDT-C4", 2025)
    with demo_db.session() as session:
        members = years.get_year(session, "UBDT-C4", 2025).members
        meeting = meetings.save_meeting(
            session,
            uuid,
            meetings.MeetingFields(
                meetings.MeetingKind.YEAR_END,
                dt.date(2025, 12, 18),
                place="Gia Lai",
                attending=tuple((m.uuid, "") for m in members[:6]),
            ),
        )
    before = dump(demo_db)
    for fields, message in (
        (meetings.VoteFields(meetings.VoteSubject.HEAD, meetings.VoteMethod.SECRET, 5, 2,
                             candidate_uuid=members[0].uuid), "chỉ có 6"),
        (meetings.VoteFields(meetings.VoteSubject.HEAD, meetings.VoteMethod.HANDS, 5,
                             unanimous=True, candidate_uuid=members[0].uuid), "nhất trí"),
    ):  # fmt: skip
        with demo_db.session() as session, pytest.raises(ValidationError, match=message):
            meetings.record_vote(session, meeting.uuid, fields)
    assert dump(demo_db) == before


def test_the_election_opens_the_next_year_without_retyping(demo_db: Database) -> None:
    uuid = year_uuid(demo_db, "UBDT-C4", 2025)
    with demo_db.session() as session:
        members = years.get_year(session, "UBDT-C4", 2025).members
        by_code = {m.code: m.uuid for m in members}
        meeting = meetings.save_meeting(
            session,
            uuid,
            meetings.MeetingFields(
                meetings.MeetingKind.YEAR_END,
                dt.date(2025, 12, 18),
                attending=tuple((m.uuid, "") for m in members),
            ),
        )
        for subject, code, votes in (
            (meetings.VoteSubject.HEAD, "BDT-GL", 7),
            (meetings.VoteSubject.HEAD, "BDT-KT", 1),
            (meetings.VoteSubject.DEPUTY, "BDT-LD", 8),
        ):
            meetings.record_vote(
                session,
                meeting.uuid,
                meetings.VoteFields(subject, meetings.VoteMethod.SECRET, votes,
                                    candidate_uuid=by_code[code]),
            )  # fmt: skip
        plan = next_year.plan(session, uuid)
        assert plan.head is not None and plan.head.code == "BDT-GL"
        created = next_year.open_next_year(session, uuid)
    assert created.head is not None and created.head.code == "BDT-GL"
    assert created.deputy is not None and created.deputy.code == "BDT-LD"


def test_the_demo_minutes_record_the_unanimous_election(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    assert main(
        ["--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4", "--year", "2024",
         "--out", str(out)]
    ) == 0  # fmt: skip
    text = flat_text(out)
    assert "BIÊN BẢN" in text and "Hôm nay, ngày 17 tháng 01 năm 2025, tại Lạng Sơn" in text
    assert "Số: 01/BB-CTĐ4" in text and "Lạng Sơn, ngày 17 tháng 01 năm 2025" in text
    assert "Bầu Cụm trưởng năm 2025: Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang" in text
    assert "Bầu Cụm phó năm 2025: Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng" in text
    assert text.count("(nhất trí 100 %)") == 4
    # the secretary signs without a seal, the chair with one; "Nơi nhận" closes the paper
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert (
        text.count("(Ký, ghi rõ họ tên)") == 1 and text.count("(Ký, ghi rõ họ tên, đóng dấu)") == 1
    )
    assert "Nơi nhận:" in text


def test_the_year_summary_has_members_signatures_ranking_and_decisions(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ubdt.pdf"
    assert main(
        ["--db", str(demo_path), "year-summary", "--cluster", "UBDT-C4", "--year", "2024",
         "--out", str(out)]
    ) == 0  # fmt: skip
    text = flat_text(out)
    assert "BÁO CÁO Tổng hợp kết quả thi đua năm 2024 của Cụm thi đua số 4" in text
    assert "TM. CỤM THI ĐUA CỤM TRƯỞNG" in text  # the summary is signed by the head
    assert "Cụm trưởng: Ban Dân tộc tỉnh Đắk Lắk" in text
    assert text.index("Ban Dân tộc tỉnh Đắk Lắk 98,12") < text.index(
        "Ban Dân tộc tỉnh Phú Yên 95,46"
    )
    assert text.count("Đã quyết định") == 3
    out = tmp_path / "vh.pdf"
    assert main(
        ["--db", str(demo_path), "year-summary", "--cluster", "VHTTDL-C4", "--year", "2025",
         "--out", str(out)]
    ) == 0  # fmt: skip
    assert flat_text(out).count("Đã ký 17/01/2025") == 5


def test_an_unreadable_scan_is_refused(demo_db: Database, tmp_path: Path) -> None:
    uuid = year_uuid(demo_db, "VHTTDL-C4", 2025)
    with demo_db.session() as session:
        member = years.get_year(session, "VHTTDL-C4", 2025).members[0].uuid
    folder = tmp_path / "scan.pdf"
    folder.mkdir()  # a folder where a file was expected: it cannot be read
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(FileFormatError, match="không đọc được"):
        commitments.sign(session, uuid, commitments.SignatureFields(member, "A", scan=folder))
    assert dump(demo_db) == before


def test_texts_longer_than_a_paper_holds_are_refused_and_nothing_changes(
    demo_db: Database,
) -> None:
    # GIVEN a whole file pasted into one commitment item, and into a meeting's agenda
    pasted = "Nội dung dán nhầm cả tệp. " * 20_000
    before = dump(demo_db)
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2025)
        # WHEN they are saved THEN each is refused, naming the field and the limit
        with pytest.raises(ValidationError, match="Một nội dung giao ước quá dài"):
            commitments.save_commitment(
                session,
                year.uuid,
                commitments.CommitmentFields(
                    "Giao ước thi đua năm 2025", items=(commitments.ItemFields(pasted),)
                ),
            )
        with pytest.raises(ValidationError, match="Nội dung hội nghị quá dài"):
            meetings.save_meeting(
                session,
                year.uuid,
                meetings.MeetingFields(
                    kind=meetings.MeetingKind.YEAR_END,
                    held_on=dt.date(2025, 12, 20),
                    place="Gia Lai",
                    host_unit_uuid=None,
                    agenda=pasted,
                    resolutions="",
                    attending=(),
                ),
            )
    # AND the database is exactly as it was
    assert dump(demo_db) == before
