"""The demo's 2024 round trip: both clusters' submissions leave the head's PC, arrive on an
empty issuer's PC, are decided there in the issuer's register format, and the decision comes
back; certificates printed at the issuer carry the issuer's numbers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx import Document

from emudesk.db import Database, open_database
from emudesk.services.certificates import printing
from emudesk.services.cycle import proposals
from emudesk.services.organisation import years
from tests.conftest import dump
from tests.issuing.helpers import run


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def decided(db: Database, cluster: str) -> list[tuple[str, str, str, str, str]]:
    with db.session() as session:
        year = years.get_year(session, cluster, 2024)
        found = []
        for p in proposals.list_proposals(session, year.uuid):
            proposal = proposals.load(session, p.uuid)
            found.append(
                (p.nominee, p.status.value, p.decision_number, proposal.register_number,
                 proposal.decision_reason)
            )  # fmt: skip
        return found


def test_the_demo_round_trip_head_issuer_head(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head, issuer = str(demo_path), str(tmp_path / "issuer.sqlite")
    # GIVEN both clusters' 2024 submissions, exported from the head's demo database
    for cluster in ("UBDT-C4", "VHTTDL-C4"):
        code, _out, err = run(capsys, "--db", head, "submission", "export", "--cluster", cluster,
                              "--year", "2024", "--out", str(tmp_path / f"{cluster}.zip"))  # fmt: skip
        assert code == 0, err
        # WHEN the issuer's office imports them into an empty database
        code, _out, err = run(capsys, "--language", "en", "--db", issuer, "submission", "import",
                              str(tmp_path / f"{cluster}.zip"), "--accept-unverified")  # fmt: skip
        assert code == 0, err
    # THEN its board lists Đắk Lắk, Phú Yên and Bình Định with their awards
    code, out, _err = run(capsys, "--db", issuer, "board", "--issuer", "UBDT", "--year", "2024")
    assert "Ban Dân tộc tỉnh Đắk Lắk — Cờ thi đua của Ủy ban Dân tộc" in out
    assert "Ban Dân tộc tỉnh Phú Yên — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" in out
    assert "Ban Dân tộc tỉnh Bình Định — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" in out
    # WHEN the office sets its register's formats, after its paper register
    for issuer_code, award, pattern, last in (
        ("UBDT", "BANG-KHEN", "{n}/BK-UBDT", "1233"),
        ("UBDT", "", "{n}/CTĐ-UBDT", "40"),
        ("Bộ VHTTDL", "", "{n}/BK-BVHTTDL", "2450"),
    ):
        extra = ["--award", award] if award else []
        code, _out, err = run(capsys, "--db", issuer, "register-format", "--issuer", issuer_code,
                              *extra, "--pattern", pattern, "--last-paper-number", last)  # fmt: skip
        assert code == 0, err
    # AND its council meets, and votes on each nominee against the catalogue's threshold
    members = [f"Thành viên {n} — Ủy viên Hội đồng" for n in range(1, 10)]
    code, out, err = run(capsys, "--language", "en", "--db", issuer, "council", "meeting", "--issuer",
                         "UBDT", "--year", "2024", "--date", "2025-01-20", "--place", "Hà Nội",
                         "--chair", "Nguyễn Văn A", "--secretary", "Trần Thị B",
                         *[x for m in members for x in ("--member", m)])  # fmt: skip
    assert code == 0, err
    for unit, votes in (("BDT-DLK", "9"), ("BDT-PY", "8"), ("BDT-BDI", "7")):
        code, out, err = run(capsys, "--language", "en", "--db", issuer, "council", "vote", "--issuer",
                             "UBDT", "--year", "2024", "--unit", unit, "--for", votes)  # fmt: skip
        assert code == 0, err
    assert "Ban Dân tộc tỉnh Đắk Lắk — Cờ thi đua của Ủy ban Dân tộc: 9/9 (≥ 80 %) carried" in out
    assert (
        "Ban Dân tộc tỉnh Bình Định — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc: 7/9 (≥ 2/3) carried"
        in out
    )
    code, _out, err = run(capsys, "--db", issuer, "council", "minutes", "--issuer", "UBDT",
                          "--year", "2024", "--out", str(tmp_path / "bb.pdf"))  # fmt: skip
    assert code == 0, err
    minutes = " ".join(text_of(tmp_path / "bb.pdf").split())
    assert "BIÊN BẢN" in minutes and "Thành viên 9" in minutes and "Đạt" in minutes
    # AND decides: UBDT approves all three, the ministry one of two (with the reason)
    code, out, err = run(capsys, "--language", "en", "--db", issuer, "decision", "record",
                         "--issuer", "UBDT", "--year", "2024", "--number", "123/QĐ-UBDT",
                         "--date", "2025-01-24", "--signer", "Nguyễn Văn A",
                         "--title", "Thứ trưởng, Phó Chủ nhiệm", "--mode", "KT.",
                         "--for", "Bộ trưởng, Chủ nhiệm", "--place", "Hà Nội")  # fmt: skip
    assert code == 0, err
    assert "Decision 123/QĐ-UBDT: 3 of 3 proposal(s) approved." in out
    code, out, err = run(capsys, "--language", "en", "--db", issuer, "decision", "record",
                         "--issuer", "Bộ VHTTDL", "--year", "2024", "--number", "45/QĐ-BVHTTDL",
                         "--date", "25/01/2025", "--refuse",
                         "VHTTDL-TQ=Chưa đủ thời gian hoàn thành xuất sắc nhiệm vụ")  # fmt: skip
    assert code == 0 and "1 of 2 proposal(s) approved" in out, err
    # THEN the Quyết định and its annex are written, Word and PDF
    qd = tmp_path / "qd"
    code, _out, err = run(capsys, "--db", issuer, "decision", "paper", "--issuer", "UBDT",
                          "--number", "123/QĐ-UBDT", "--out", f"{qd}.pdf", "--out", f"{qd}.docx")  # fmt: skip
    assert code == 0, err
    text = " ".join(text_of(qd.with_suffix(".pdf")).split())
    assert "QUYẾT ĐỊNH" in text and "Số: 123/QĐ-UBDT" in text
    assert "KT. BỘ TRƯỞNG, CHỦ NHIỆM" in text and "Nguyễn Văn A" in text
    assert "Ban Dân tộc tỉnh Phú Yên" in text and "1234/BK-UBDT" in text and "41/CTĐ-UBDT" in text
    word = "\n".join(
        cell.text for table in Document(str(qd.with_suffix(".docx"))).tables
        for row in table.rows for cell in row.cells
    )  # fmt: skip
    assert "1235/BK-UBDT" in word and "Ban Dân tộc tỉnh Bình Định" in word
    # AND certificates printed at the issuer carry the issuer's numbers
    database = open_database(issuer)
    with database.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        printed = printing.print_certificates(session, year.uuid, tmp_path / "bk.pdf")
    database.dispose()
    assert printed.numbers == ("1234/BK-UBDT", "1235/BK-UBDT")
    assert "Số sổ: 1234/BK-UBDT" in text_of(tmp_path / "bk.pdf")
    # AND the history finds Phú Yên's 2024 Bằng khen, marks and case ignored
    code, out, _err = run(
        capsys, "--language", "en", "--db", issuer, "history", "--unit", "phu yen"
    )
    assert out.splitlines() == [
        "2024  Ban Dân tộc tỉnh Phú Yên — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc "
        "(UBDT-C4; decision 123/QĐ-UBDT of 24/01/2025, register number 1234/BK-UBDT)"
    ]
    code, out, _err = run(
        capsys, "--db", issuer, "history", "--unit", "TUYEN QUANG", "--format", "csv"
    )
    assert out.splitlines()[1:] == []  # not approved: no award
    # (the head had printed its certificates with the demo's example numbers)
    demo = open_database(head)
    with demo.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        assert printing.print_certificates(session, year.uuid, tmp_path / "vd.pdf").numbers == (
            "2 (ví dụ)",
            "3 (ví dụ)",
        )
    demo.dispose()
    # WHEN the decision packages come back to the head's PC
    for issuer_code, number in (("UBDT", "123/QĐ-UBDT"), ("Bộ VHTTDL", "45/QĐ-BVHTTDL")):
        package = tmp_path / f"qd-{issuer_code}.zip"
        code, _out, err = run(capsys, "--db", issuer, "decision", "export", "--issuer", issuer_code,
                              "--number", number, "--out", str(package))  # fmt: skip
        assert code == 0, err
        code, out, err = run(capsys, "--language", "en", "--db", head, "decision", "import",
                             str(package), "--accept-unverified")  # fmt: skip
        assert code == 0, err
    # THEN the proposals show the decisions and the issuer's register numbers
    head_db = open_database(head)
    assert decided(head_db, "UBDT-C4") == [
        ("Ban Dân tộc tỉnh Đắk Lắk", "approved", "123/QĐ-UBDT", "41/CTĐ-UBDT", ""),
        ("Ban Dân tộc tỉnh Phú Yên", "approved", "123/QĐ-UBDT", "1234/BK-UBDT", ""),
        ("Ban Dân tộc tỉnh Bình Định", "approved", "123/QĐ-UBDT", "1235/BK-UBDT", ""),
    ]
    assert decided(head_db, "VHTTDL-C4") == [
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn", "approved", "45/QĐ-BVHTTDL",
         "2451/BK-BVHTTDL", ""),
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang", "rejected", "45/QĐ-BVHTTDL", "",
         "Chưa đủ thời gian hoàn thành xuất sắc nhiệm vụ"),
    ]  # fmt: skip
    # AND importing a package again changes nothing
    before = dump(head_db)
    head_db.dispose()
    code, out, _err = run(capsys, "--language", "en", "--db", head, "decision", "import",
                          str(tmp_path / "qd-UBDT.zip"), "--accept-unverified")  # fmt: skip
    assert code == 0 and "no changes" in out
    head_db = open_database(head)
    assert dump(head_db) == before
    # AND the head's certificates carry the same numbers (a certificate printed with the demo's
    # example number before is reprinted with the issuer's)
    with head_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        again = printing.print_certificates(
            session, year.uuid, tmp_path / "head.pdf", allow_reprint=True
        )
    head_db.dispose()
    assert again.numbers == ("1234/BK-UBDT", "1235/BK-UBDT") and again.reprints == 2
    assert "Số sổ: 1234/BK-UBDT" in text_of(tmp_path / "head.pdf")
