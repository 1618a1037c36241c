"""The score sheet PDF, checked as a reader would: its text, its fonts and a rendered page."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.printing import fonts
from emudesk.printing.errors import FontError, MissingGlyphError, OutputError
from emudesk.printing.scoresheet import write_scoresheet_pdf
from emudesk.services.scoring.ranking import ScoreSheet
from tests.printing.sample import (
    INJECTION,
    UNIT_NAME,
    demo_sheet,
    hand_sheet,
    long_sheet,
    with_unit_name,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) are not installed",
)


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text; without ``layout`` in drawing order, so a wrapped cell stays whole."""
    mode = ["-layout"] if layout else ["-raw"]
    return subprocess.run(
        ["pdftotext", *mode, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[2:]


@pytest.fixture
def sheet(demo_db: Database) -> ScoreSheet:
    return demo_sheet(demo_db)


@pytest.fixture
def demo_pdf(sheet: ScoreSheet, tmp_path: Path) -> Path:
    path = tmp_path / "Bảng điểm Đắk Lắk.pdf"
    write_scoresheet_pdf(sheet, path)
    return path


def test_the_text_comes_back_with_its_diacritics(sheet: ScoreSheet, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)

    assert text == unicodedata.normalize("NFC", text)
    assert UNIT_NAME in text
    assert "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024" in text
    assert "ỦY BAN DÂN TỘC" in text and "CỤM THI ĐUA SỐ 4" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_every_criterion_code_starts_a_line(sheet: ScoreSheet, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    assert len(sheet.rows) > 30
    missing = [
        row.code
        for row in sheet.rows
        if not re.search(rf"^\s*{re.escape(row.code)}\s", text, re.MULTILINE)
    ]
    assert missing == []


def test_totals_rank_and_explanation_are_printed(sheet: ScoreSheet, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    flat = " ".join(text.split())

    assert (sheet.total, sheet.rank, sheet.member_count) == (9812, 1, 8)
    assert re.search(r"TỔNG ĐIỂM\s+102,00\s+Bình quân: 98,19\s+98,12", text)
    assert re.search(r"Cộng điểm các mục\s+100,00\s+96,12", text)
    assert re.search(r"^\s*I\s.*50,00\s+48,29\s*$", text, re.MULTILINE)
    assert "Xếp thứ 1/8" in text
    assert "Ban Dân tộc Đắk Lắk trên Ban Dân tộc Phú Yên: tổng 98,12 so với 95,46" in flat


def test_raw_inputs_are_shown_as_what_they_are(demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    # 2.4 counts initiatives, 2.2 measures a rate: neither is a number of points.
    assert re.search(r"^\s*2\.4\s.*5,00\s+5 lần(\s+5 lần){7}\s+5,00\s*$", text, re.MULTILINE)
    assert re.search(r"^\s*2\.2\s.*5,00(\s+99,55){8}\s+5,00\s*$", text, re.MULTILINE)


def test_every_page_repeats_the_header_and_is_numbered(demo_pdf: Path) -> None:
    pages = pdf_text(demo_pdf).split("\f")[:-1]
    count = int(pdf_info(demo_pdf)["Pages"])

    assert count == len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{count}" in page
        if page.lstrip().startswith("Giải trình, minh chứng của đơn vị"):
            assert number == count  # what the unit wrote, after the whole table
            continue
        assert "Nội dung tiêu chí" in page
        assert "Chấm chéo" in page


def test_only_the_bundled_font_is_used_and_embedded(demo_pdf: Path) -> None:
    lines = pdf_fonts(demo_pdf)
    assert lines
    for line in lines:
        name, *_, emb, _sub, _uni, _obj, _gen = line.split()
        assert name.split("+")[-1].startswith("LiberationSerif"), line
        assert emb == "yes", line


def test_many_scorers_print_landscape_few_print_portrait(tmp_path: Path) -> None:
    wide, narrow = tmp_path / "wide.pdf", tmp_path / "narrow.pdf"
    write_scoresheet_pdf(hand_sheet(peers=7), wide)
    write_scoresheet_pdf(hand_sheet(peers=1, head=False), narrow)

    assert pdf_info(wide)["Page size"].startswith("841.89 x 595.2")
    assert pdf_info(narrow)["Page size"].startswith("595.2")


def test_the_first_page_renders_to_a_picture_with_ink(demo_pdf: Path, tmp_path: Path) -> None:
    from PIL import Image

    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(demo_pdf),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    [png] = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        histogram = grey.histogram()
    dark = sum(histogram[:128])
    assert abs(width - 585) <= 1 and abs(height - 413) <= 1  # A4 landscape at 50 dpi
    assert 0.01 < dark / (width * height) < 0.5


def test_hostile_and_decomposed_text_prints_literally(tmp_path: Path) -> None:
    path = tmp_path / "hand.pdf"
    write_scoresheet_pdf(hand_sheet(), path)
    text = pdf_text(path)
    flat = " ".join(text.split())

    assert UNIT_NAME in text  # given NFD, printed NFC
    assert "Công tác chuyên môn <b>&</b> tham mưu" in flat  # no markup interpretation
    assert "".join(INJECTION.split()) in "".join(pdf_text(path, layout=False).split())
    assert re.search(r"^\s*1\.3\s.*3 lần\s+3 lần\s+3 lần\s+6,00", text, re.MULTILINE)
    assert re.search(r"^\s*1\.2\s.*96,50\s+96,50\s+96,25\s+10,00", text, re.MULTILINE)
    # The inner section "1" gets the sum of its leaves: 19,00 + 10,00 + 6,00.
    assert re.search(r"^\s*1\s+Nhiệm vụ được giao\s+40,00\s+35,00\s*$", text, re.MULTILINE)
    raw = " ".join(pdf_text(path, layout=False).split())
    assert "TỔNG ĐIỂM 99,00 Bình quân: 90,00 89,75" in raw
    assert "Xếp thứ 2/5" in text


def test_a_character_outside_the_font_stops_printing_before_any_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "sheet.pdf"
    path.write_bytes(b"last week's copy")
    sheet = hand_sheet(titles={"1.1": "Giải thưởng 🏆 cấp 𝔸"})
    sheet = with_unit_name(sheet, "Sở 😀 tỉnh")

    with pytest.raises(MissingGlyphError) as caught:
        write_scoresheet_pdf(sheet, path)

    assert set(caught.value.characters) == {"😀", "🏆", "𝔸"}
    for code in ("U+1F600", "U+1F3C6", "U+1D538"):
        assert code in str(caught.value)
    assert path.read_bytes() == b"last week's copy"
    assert sorted(p.name for p in folder.iterdir()) == ["sheet.pdf"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_scoresheet_pdf(hand_sheet(), tmp_path / "nowhere" / "sheet.pdf")
    assert str(tmp_path / "nowhere") in str(caught.value)


def test_document_properties_name_the_sheet(demo_pdf: Path) -> None:
    info = pdf_info(demo_pdf)
    assert info["Title"] == f"BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024 – {UNIT_NAME}"
    assert info["Author"] == "emudesk"


def test_a_missing_font_stops_printing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_REGISTRY", fonts._Registry())
    monkeypatch.setattr(fonts, "font_dir", lambda: tmp_path / "fonts")
    path = tmp_path / "sheet.pdf"

    with pytest.raises(FontError) as caught:
        write_scoresheet_pdf(hand_sheet(), path)

    assert "LiberationSerif-Regular.ttf" in str(caught.value)
    assert not path.exists()


def test_the_totals_and_the_rank_are_never_split_across_pages(tmp_path: Path) -> None:
    # Whatever the number of rows, a page break never falls inside the totals block.
    for leaves in range(14, 24):  # the first page break crosses the totals around 17-20
        path = tmp_path / f"long-{leaves}.pdf"
        write_scoresheet_pdf(long_sheet(leaves), path)
        pages = pdf_text(path).split("\f")[:-1]
        holding = [i for i, page in enumerate(pages) if "TỔNG ĐIỂM" in page]
        assert len(holding) == 1, leaves
        page = pages[holding[0]]
        for label in ("Cộng điểm các mục", "Điểm thưởng", "Điểm trừ", "Xếp thứ 2/5"):
            assert label in page, (leaves, label)
        assert "Nội dung tiêu chí" in page
