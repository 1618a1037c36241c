"""The score sheet workbook, read back by a second reader (calamine) and checked cell by cell."""

from __future__ import annotations

import os
import stat
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from emudesk.db import Database
from emudesk.exchange.safe import clean_text, is_formula_like, safe_text
from emudesk.exchange.scoresheet import SHEET_NAME, write_scoresheet_xlsx
from emudesk.printing.errors import OutputError
from emudesk.rules import CriterionKind
from emudesk.services.scoring.ranking import ScoreSheet
from tests.printing.sample import INJECTION, UNIT_NAME, demo_sheet, hand_sheet

HEADER_ROW = 6  # 1-based, as in Excel


def read(path: Path) -> list[list[Any]]:
    workbook = CalamineWorkbook.from_path(str(path))
    assert workbook.sheet_names == [SHEET_NAME]
    return workbook.get_sheet_by_name(SHEET_NAME).to_python()


def hundredths(value: Any) -> int:
    """A numeric cell as hundredths; refuses text and anything not on the hundredth grid."""
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    scaled = value * 100
    assert abs(scaled - round(scaled)) < 1e-9, value
    return round(scaled)


def find_row(rows: list[list[Any]], first_cell: str) -> list[Any]:
    matches = [row for row in rows if row and row[0] == first_cell]
    assert len(matches) == 1, first_cell
    return matches[0]


@pytest.fixture
def sheet(demo_db: Database) -> ScoreSheet:
    return demo_sheet(demo_db)


@pytest.fixture
def demo_xlsx(sheet: ScoreSheet, tmp_path: Path) -> Path:
    path = tmp_path / "bang-diem.xlsx"
    write_scoresheet_xlsx(sheet, path)
    return path


def test_a_second_reader_gets_every_figure_of_the_sheet(sheet: ScoreSheet, demo_xlsx: Path) -> None:
    rows = read(demo_xlsx)
    columns = len(sheet.scorers) + 4
    body = rows[HEADER_ROW + 1 : HEADER_ROW + 1 + len(sheet.rows)]

    assert [row[0] for row in body] == [r.code for r in sheet.rows]
    for item, row in zip(sheet.rows, body, strict=True):
        assert len(row) == columns
        assert row[1] == item.title
        assert hundredths(row[2]) == item.max_points
        for scorer, cell in zip(sheet.scorers, row[3:-1], strict=True):
            raw = item.values.get(scorer.key)
            if raw is None:
                assert cell == "", (item.code, scorer.label)
            elif item.kind is CriterionKind.PER_OCCURRENCE:
                assert cell == raw  # a count, not points
            else:
                assert hundredths(cell) == raw
        if item.final is not None:
            assert hundredths(row[-1]) == item.final
    # Inner sections carry the sum of their leaves, as in the PDF.
    assert hundredths(find_row(rows, "1")[-1]) == 475 + 479 + 482


def test_a_second_reader_gets_the_totals_and_the_rank(sheet: ScoreSheet, demo_xlsx: Path) -> None:
    rows = read(demo_xlsx)

    assert rows[0][0] == "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024"
    assert rows[1][0] == f"Đơn vị: {UNIT_NAME}"
    assert rows[HEADER_ROW - 1][:4] == ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Tự chấm"]
    assert rows[HEADER_ROW - 1][-1] == "Điểm tổng hợp"
    peers = [s.label for s in sheet.scorers if s.role.value == "peer"]
    assert rows[HEADER_ROW][4 : 4 + len(peers)] == peers

    total = find_row(rows, "TỔNG ĐIỂM")
    assert hundredths(total[-1]) == sheet.total == 9812
    assert hundredths(total[3]) == sheet.self_total
    assert hundredths(total[4]) == sheet.peer_mean_total
    assert hundredths(find_row(rows, "Cộng điểm các mục")[-1]) == sum(sheet.section_totals.values())
    assert hundredths(find_row(rows, "Điểm thưởng")[-1]) == sheet.bonus
    assert hundredths(find_row(rows, "Điểm trừ")[-1]) == sheet.deduction
    rank = find_row(rows, "Xếp thứ 1/8")
    assert rank[2] == f"Căn cứ xếp hạng: {sheet.explanation}"


def test_numbers_are_numeric_cells_with_two_decimals(demo_xlsx: Path) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(demo_xlsx)[SHEET_NAME]
    row = next(r for r in ws.iter_rows(min_row=HEADER_ROW) if r[0].value == "1.1")
    for cell in row[2:]:
        if cell.value is not None:
            assert cell.data_type == "n"
            assert cell.number_format == "0.00"
    count = next(r for r in ws.iter_rows(min_row=HEADER_ROW) if r[0].value == "2.4")[3]
    assert (count.value, count.data_type, count.number_format) == (5, "n", '0" lần"')


def test_the_workbook_prints_like_the_pdf(demo_xlsx: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(demo_xlsx)
    ws = workbook[SHEET_NAME]

    assert ws.freeze_panes == "C8"
    assert ws.print_title_rows == "$6:$7"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.column_dimensions["B"].width > 40
    assert "Trang &P/&N" in ws.oddFooter.right.text
    assert workbook.properties.creator == "emudesk"
    assert workbook.properties.title == f"BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024 – {UNIT_NAME}"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "hand.xlsx"
    write_scoresheet_xlsx(hand_sheet(), path)

    ws = load_workbook(path)[SHEET_NAME]
    by_code = {row[0].value: row[1] for row in ws.iter_rows(min_row=HEADER_ROW + 2)}
    for code, text in (
        ("1.1", INJECTION),
        ("1.2", "- Tỉ lệ hồ sơ đúng hạn (chỉ tiêu 95 %)"),
        ("1.3", "+ Sáng kiến được công nhận"),
        ("2", "@ Ký giao ước thi đua"),
        ("II", "#N/A"),
    ):
        cell = by_code[code]
        assert (cell.value, cell.data_type) == (text, "s"), code
        assert cell.quotePrefix is True, code
    assert by_code["3"].quotePrefix is not True  # ordinary text is left alone
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml

    rows = read(path)
    assert find_row(rows, "1.1")[1] == INJECTION  # the second reader sees the text, exactly
    assert find_row(rows, "II")[1] == "#N/A"


def test_decomposed_text_is_written_composed(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    sheet = hand_sheet()
    assert sheet.unit.name != UNIT_NAME  # given NFD

    write_scoresheet_xlsx(sheet, path)

    assert read(path)[1][0] == f"Đơn vị: {UNIT_NAME}"


def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "sheet.xlsx"
    path.write_bytes(b"last week's copy")

    def full_disk(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(OutputError) as caught:
        write_scoresheet_xlsx(hand_sheet(), path)

    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"last week's copy"
    assert [p.name for p in folder.iterdir()] == ["sheet.xlsx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_file_gets_the_users_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    previous = os.umask(0o022)
    try:
        write_scoresheet_xlsx(hand_sheet(), path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("- Nội dung", "'- Nội dung"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("＝HYPERLINK()", "'＝HYPERLINK()"),
        ("#N/A", "'#N/A"),
        ("Ban Dân tộc", "Ban Dân tộc"),
        ("9,5", "9,5"),
        ("", ""),
        (None, ""),
        (12, "12"),
    ],
)
def test_safe_text_neutralises_formulas_for_untyped_formats(given: object, expected: str) -> None:
    assert safe_text(given) == expected


def test_clean_text_composes_and_drops_what_xml_cannot_hold() -> None:
    text = unicodedata.normalize("NFD", "Đắk\x00 Lắk\x1b") + "\tx\n"
    assert clean_text(text) == "Đắk Lắk\tx\n"
    assert is_formula_like("=A1") and not is_formula_like("A=1")


def test_the_units_explanations_follow_the_figures_as_text(tmp_path: Path) -> None:
    from dataclasses import replace

    # GIVEN a sheet whose unit explained two self-scores, one with a formula-like text
    sheet = replace(
        hand_sheet(),
        unit_texts=(
            ("1.1", "Đã ban hành 12 văn bản", "Công văn số 15/BDT-VP"),
            ("1.3", INJECTION, ""),
        ),
    )
    path = tmp_path / "hand.xlsx"
    write_scoresheet_xlsx(sheet, path)
    # THEN a second reader finds them under the totals, literally
    cells = [str(row[0]) for row in read(path) if row and row[0]]
    start = cells.index("Giải trình, minh chứng của đơn vị (kèm điểm tự chấm)")
    assert cells[start + 1 : start + 3] == [
        "1.1 – Giải trình: Đã ban hành 12 văn bản; minh chứng: Công văn số 15/BDT-VP",
        f"1.3 – Giải trình: {INJECTION}",
    ]
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
