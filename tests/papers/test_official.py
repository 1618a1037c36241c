"""The state's document form (Nghị định 30/2020/NĐ-CP): dates, numbers, signature blocks,
and the same paper written as PDF and as a Word document."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path

import pytest

from emudesk.printing.errors import MissingGlyphError
from emudesk.printing.official import (
    Annex,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_words,
    number_line,
    place_date,
    recipients_lines,
    short_date,
)
from emudesk.services.papers.output import write_document


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (dt.date(2024, 7, 8), "ngày 08 tháng 7 năm 2024"),
        (dt.date(2025, 1, 17), "ngày 17 tháng 01 năm 2025"),
        (dt.date(2025, 2, 1), "ngày 01 tháng 02 năm 2025"),
        (dt.date(2024, 3, 9), "ngày 09 tháng 3 năm 2024"),
        (dt.date(2024, 12, 30), "ngày 30 tháng 12 năm 2024"),
        (dt.date(2024, 10, 10), "ngày 10 tháng 10 năm 2024"),
    ],
)
def test_only_days_1_to_9_and_months_1_and_2_take_a_leading_zero(day: dt.date, words: str) -> None:
    assert date_words(day) == words


def test_short_dates_numbers_and_places_follow_the_same_rule() -> None:
    assert short_date(dt.date(2024, 7, 8)) == "08/7/2024"
    assert short_date(dt.date(2025, 1, 17)) == "17/01/2025"
    assert number_line(3, "TTr-CTĐ4") == "Số: 03/TTr-CTĐ4"
    assert number_line(12, "BB-CTĐ4") == "Số: 12/BB-CTĐ4"
    # no number is invented: the office writes it by hand
    assert number_line(None, "TTr-CTĐ4").replace("\u00a0", " ").strip() == "Số:         /TTr-CTĐ4"
    assert place_date("Lạng Sơn", dt.date(2025, 1, 17)) == "Lạng Sơn, ngày 17 tháng 01 năm 2025"
    assert place_date("", None) == "…, ngày … tháng … năm …"


def test_signature_blocks_say_on_whose_behalf() -> None:
    assert Signature("Cụm trưởng", mode="TM.", on_behalf="Cụm thi đua").lines() == [
        "TM. CỤM THI ĐUA",
        "CỤM TRƯỞNG",
    ]
    assert Signature("THỨ TRƯỞNG", mode="KT.", on_behalf="BỘ TRƯỞNG").lines() == [
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
    ]
    assert Signature("Thư ký", seal=False).hint == "(Ký, ghi rõ họ tên)"
    with pytest.raises(ValueError, match="signing mode"):
        Signature("X", mode="PP.")
    assert recipients_lines(["Như trên", "- Các đơn vị;", "Lưu: VT"]) == [
        "- Như trên;",
        "- Các đơn vị;",
        "- Lưu: VT.",
    ]


def sample(**changes: object) -> OfficialDocument:
    fields: dict[str, object] = {
        "superior": "Ủy ban Dân tộc",
        "issuer": "Cụm thi đua số 4",
        "kind": "Tờ trình",
        "summary": "Đề nghị khen thưởng năm 2024",
        "place": "Đắk Lắk",
        "date": dt.date(2024, 12, 20),
        "number": 2,
        "symbol": "TTr-CTĐ4",
        "addressees": ("Hội đồng Thi đua - Khen thưởng Ủy ban Dân tộc",),
        "body": (
            Paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True),
            Heading("1. Cờ thi đua của Ủy ban Dân tộc"),
            Table(("STT", "Tập thể"), (("1", "Ban Dân tộc tỉnh Đắk Lắk"),), (0.2, 0.8)),
            Paragraph("Kính trình xem xét, quyết định./."),
        ),
        "signatures": (Signature("Cụm trưởng", mode="TM.", on_behalf="Cụm thi đua"),),
        "recipients": tuple(recipients_lines(["Như trên", "Lưu: VT"])),
        "annexes": (
            Annex("Kết quả xếp hạng", "(Kèm theo Tờ trình)", (Paragraph("Hạng 1: Đắk Lắk"),)),
        ),
    }
    fields.update(changes)
    return OfficialDocument(**fields)  # type: ignore[arg-type]


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return words(
        subprocess.run(
            ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    )


def test_one_document_is_written_the_same_as_pdf_and_as_word(tmp_path: Path) -> None:
    # WHEN the same paper is written in both formats
    pdf = write_document(sample(), tmp_path / "t.pdf")
    docx = write_document(sample(), tmp_path / "t.docx")
    # THEN the PDF has the form's parts in order
    text = pdf_text(pdf)
    for part in (
        "ỦY BAN DÂN TỘC CỤM THI ĐUA SỐ 4",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 02/TTr-CTĐ4",
        "Đắk Lắk, ngày 20 tháng 12 năm 2024",
        "TỜ TRÌNH",
        "Kính gửi: Hội đồng Thi đua - Khen thưởng Ủy ban Dân tộc",
        "TM. CỤM THI ĐUA",
        "Nơi nhận:",
        "PHỤ LỤC",
    ):
        assert part in text, part
    # AND the Word document holds every text as real, editable paragraphs and tables
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
        header = (
            archive.read("word/header2.xml").decode("utf-8")
            if ("word/header2.xml" in archive.namelist())
            else "".join(
                archive.read(n).decode("utf-8") for n in archive.namelist() if "header" in n
            )
        )
    for part in ("Số: 02/TTr-CTĐ4", "TM. CỤM THI ĐUA", "Ban Dân tộc tỉnh Đắk Lắk", "<w:tbl>"):
        assert part in xml, part
    assert 'w:instr="PAGE"' in header  # page numbers from the second page, as the form wants
    assert 'w:val="vi-VN"' in archive_styles(docx)


def archive_styles(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read("word/styles.xml").decode("utf-8")


def test_a_character_the_fonts_lack_refuses_both_formats_and_writes_nothing(
    tmp_path: Path,
) -> None:
    odd = sample(summary="Đề nghị khen thưởng \u2603 năm 2024")
    folder = tmp_path / "out"
    folder.mkdir()
    for suffix in ("pdf", "docx"):
        with pytest.raises(MissingGlyphError):
            write_document(odd, folder / f"x.{suffix}")
    assert list(folder.iterdir()) == []


def test_headings_stay_with_what_follows_and_table_rows_stay_whole(tmp_path: Path) -> None:
    import re

    from reportlab.platypus import Table as Grid

    from emudesk.printing.official import keeps_with_next
    from emudesk.printing.official.pdf import A4_OFFICIAL, BODY, flowables

    # GIVEN a paper whose body has a heading, a bold lead-in to a small table, and the table
    lead_in = Paragraph("1. Danh hiệu thi đua:", bold=True, align="left", indent=False)
    table = Table(("TT", "Nội dung biểu quyết"), (("1", "Đề nghị tặng Bằng khen"),), (0.06, 0.94))
    body = (Heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"), lead_in, table, Paragraph("Hết."))
    paper = sample(body=body)
    # THEN the heading and the lead-in keep with the next block, plain text and the end do not
    assert [keeps_with_next(b, n) for b, n in zip(body, (*body[1:], None), strict=True)] == [
        True, True, False, False,
    ]  # fmt: skip
    # AND in the Word paper both carry "keep with next", every table row "do not split", and
    # ruled tables narrow cell margins so that "TT" fits its column
    docx = write_document(paper, tmp_path / "t.docx")
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    for text in ("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "1. Danh hiệu thi đua:"):
        start = xml.rindex("<w:p>", 0, xml.index(text))
        assert "<w:keepNext/>" in xml[start : xml.index(text)], text
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.DOTALL)
    ruled = [t for t in tables if "Nội dung biểu quyết" in t]
    assert ruled and len(re.findall(r"<w:tr[ >]", ruled[0])) == 2 == ruled[0].count(
        "<w:cantSplit/>"
    )
    assert '<w:left w:w="57" w:type="dxa"/>' in ruled[0]
    # AND in the PDF the same two paragraphs keep with the next flowable
    from emudesk.printing.document import Writer

    story = flowables(paper, Writer(base_size=BODY), A4_OFFICIAL)
    kept = [f.getPlainText() for f in story if getattr(f, "keepWithNext", False)]
    assert "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" in kept and "1. Danh hiệu thi đua:" in kept
    assert any(isinstance(f, Grid) for f in story)


def test_signature_blocks_side_by_side_line_up_their_names_when_a_title_wraps(
    tmp_path: Path,
) -> None:
    import re

    from emudesk.printing.official.pdf import write_pdf

    # GIVEN the achievement report's two blocks, the confirmation's title long enough to wrap
    blocks = (
        Signature("Xác nhận của cấp trình khen thưởng", seal=True, key="confirm"),
        Signature("Thủ trưởng đơn vị", seal=True, key="unit"),
    )
    paper = sample(signatures=blocks, recipients=())
    # WHEN it is written as PDF THEN both rooms to sign (and the names under them) sit at
    # the same height
    confirm, unit = write_pdf(paper, tmp_path / "t.pdf")
    assert (confirm.key, unit.key) == ("confirm", "unit")
    assert confirm.page == unit.page and confirm.box[1] == unit.box[1]
    assert confirm.box[3] == unit.box[3]
    # AND in Word the titles take one row and the names the next, so they line up there too
    docx = write_document(paper, tmp_path / "t.docx")
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    closing = next(t for t in re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.DOTALL) if "XÁC NHẬN" in t)
    titles, names = re.findall(r"<w:tr[ >].*?</w:tr>", closing, re.DOTALL)
    assert "XÁC NHẬN" in titles and "THỦ TRƯỞNG ĐƠN VỊ" in titles and "……" not in titles
    assert names.count("……………………………") == 2
