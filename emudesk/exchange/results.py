"""The year's consolidated results and the proposal list as workbooks.

Results: the ranking with the rule that decided each place; every unit's final value per
criterion; and every scorer's raw input, one row each, so an officer can filter and check
any figure at the conference. Proposals: the columns issuers' councils ask for (STT,
nominee, award, achievement summary, total, rank). Amounts are numbers with two decimals,
never text, and every text cell goes through ``safe.put_text``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from emudesk.exchange.formtext import amount
from emudesk.exchange.layout import SheetStyle
from emudesk.exchange.sizing import row_height
from emudesk.files import atomic_output
from emudesk.rules import CriterionKind, ScorerRole

if TYPE_CHECKING:
    from openpyxl import Workbook

    from emudesk.records.proposals import ProposalInfo
    from emudesk.records.ranking import RankingReport, ScoreSheet

POINTS = "0.00"
COUNT = "0"
HEADER_ROW = 5
DETAIL_NOT_PRINTED = (
    "{count} dòng chi tiết để lọc, xem trên máy; không in kèm bảng tính. Muốn in: xóa vùng in "
    "(Excel: Bố trí Trang › Vùng In › Xóa Vùng In; LibreOffice: Định dạng › Vùng in › Xóa)."
)
ROLE_WORDS = {
    ScorerRole.SELF: "Tự chấm",
    ScorerRole.PEER: "Chấm chéo",
    ScorerRole.HEAD: "Thẩm định",
}


def _save(workbook: Workbook, path: str | os.PathLike[str], title: str) -> None:
    props = workbook.properties
    props.title, props.creator, props.language = title, "emudesk", "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def _fit(style: SheetStyle, row: int, headings: Sequence[tuple[str, float]]) -> None:
    """Make ``row`` tall enough for the wrapped text of its cells (widths from ``headings``)."""
    texts = [
        (str(style.ws.cell(row=row, column=column).value or ""), width)
        for column, (_heading, width) in enumerate(headings, start=1)
    ]
    height = row_height(texts)
    if height is not None:
        style.ws.row_dimensions[row].height = height


def _table(
    style: SheetStyle, headings: Sequence[tuple[str, float]], title: str, subtitle: str
) -> None:
    style.banner(1, title, size=14, bold=True)
    style.banner(2, subtitle, italic=True)
    for column, (text, width) in enumerate(headings, start=1):
        style.heading(HEADER_ROW, column, text)
        style.width(column, width)
    style.ws.row_dimensions[HEADER_ROW].height = 36
    style.ws.freeze_panes = style.ws.cell(row=HEADER_ROW + 1, column=3)


def _finish(style: SheetStyle, last: int, footer: str, *, landscape: bool = True) -> None:
    style.grid(HEADER_ROW, last)
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW), landscape=landscape, footer=footer, last_row=last
    )


def _subtitle(report: RankingReport) -> str:
    """Under the title and at the foot of every page: which cluster, year and table."""
    return (
        f"{report.cluster_name} ({report.cluster_code}) – năm {report.year} – bảng điểm phiên "
        f"bản {report.table_revision}"
    )


def write_results(
    report: RankingReport, sheets: Sequence[ScoreSheet], path: str | os.PathLike[str]
) -> None:
    """Ranking, unit × criterion matrix and scorers' detail, in one workbook at ``path``."""
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Xếp hạng"
    title = f"KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM {report.year}"
    subtitle = _subtitle(report)
    excluded = any(item.excluded for item in report.rows)
    columns = 7 + len(report.sections) + (1 if excluded else 0)
    _ranking(SheetStyle(first, columns=columns), report, title, subtitle)
    matrix = workbook.create_sheet("Điểm theo tiêu chí")
    _matrix(SheetStyle(matrix, columns=3 + len(sheets)), sheets, title, subtitle)
    detail = workbook.create_sheet("Chi tiết người chấm")
    _detail(SheetStyle(detail, columns=7), sheets, title, subtitle)
    _save(workbook, path, title)


def _ranking(style: SheetStyle, report: RankingReport, title: str, subtitle: str) -> None:
    # Narrow enough to print at nearly full size on A4 landscape: names and reasons wrap.
    excluded = any(item.excluded for item in report.rows)
    headings = [("Hạng", 6), ("Đơn vị", 28)]
    headings += [(f"Mục {code}", 9) for code, _title in report.sections]
    headings += [("Điểm thưởng", 9), ("Điểm trừ", 9), ("Tổng điểm", 10)]
    headings += [("Tự chấm", 9), ("Căn cứ xếp hạng", 42)]
    if excluded:  # the column only when a unit is excluded from awards
        headings += [("Không xét khen", 20)]
    _table(style, headings, title, subtitle)
    row = HEADER_ROW + 1
    for item in report.rows:
        rank = f"{item.rank}=" if item.shared else str(item.rank)
        style.text(row, 1, rank, center=True)
        style.text(row, 2, item.unit.name)
        column = 3
        for code, _title in report.sections:
            style.number(row, column, amount(item.section_totals.get(code, 0)), POINTS)
            column += 1
        for value in (item.bonus, item.deduction, item.total):
            style.number(row, column, amount(value), POINTS, bold=value == item.total)
            column += 1
        if item.self_total is not None:
            style.number(row, column, amount(item.self_total), POINTS)
        style.text(row, column + 1, item.versus_above)  # each pair's sentence once
        if excluded:
            style.text(row, column + 2, item.excluded)
        _fit(style, row, headings)
        row += 1
    style.grid(HEADER_ROW, row - 1)
    for suggestion in report.suggestions:  # under the table, inside the printed area
        row += 1
        text = f"Đề nghị {suggestion.kind.label_vi}: {suggestion.unit.name} – {suggestion.reason}"
        style.text(row, 1, text, italic=True, right=style.columns)
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW), landscape=True, footer=subtitle, last_row=row
    )


def _matrix(style: SheetStyle, sheets: Sequence[ScoreSheet], title: str, subtitle: str) -> None:
    headings = [("Mã", 7), ("Nội dung tiêu chí", 50), ("Điểm tối đa", 9)]
    headings += [(sheet.unit.short_name, 11) for sheet in sheets]
    _table(style, headings, title, subtitle)
    row = HEADER_ROW + 1
    if not sheets:
        return
    for index, item in enumerate(sheets[0].rows):
        section = item.kind is CriterionKind.SECTION
        style.text(row, 1, item.code, bold=section, center=True)
        style.text(row, 2, item.title, bold=section, indent=item.depth)
        style.number(row, 3, amount(item.max_points), POINTS, bold=section)
        for offset, sheet in enumerate(sheets):
            final = sheet.rows[index].final
            if final is not None:
                style.number(row, 4 + offset, amount(final), POINTS, bold=section)
        _fit(style, row, headings)
        row += 1
    style.text(row, 1, "TỔNG ĐIỂM", bold=True, right=3)
    for offset, sheet in enumerate(sheets):
        style.number(row, 4 + offset, amount(sheet.total), POINTS, bold=True)
    _finish(style, row, subtitle)


def _detail(style: SheetStyle, sheets: Sequence[ScoreSheet], title: str, subtitle: str) -> None:
    headings = [
        ("Đơn vị được chấm", 30),
        ("Mã", 7),
        ("Nội dung tiêu chí", 46),
        ("Đơn vị chấm", 26),
        ("Vai trò", 11),
        ("Giá trị nhập", 11),
        ("Ghi chú", 14),
    ]
    _table(style, headings, title, subtitle)
    row = HEADER_ROW + 1
    for sheet in sheets:
        scorers = {s.key: s for s in sheet.scorers}
        for item in sheet.rows:
            for key, raw in item.values.items():
                scorer = scorers[key]
                style.text(row, 1, sheet.unit.short_name)
                style.text(row, 2, item.code, center=True)
                style.text(row, 3, item.title)
                style.text(row, 4, scorer.label)
                style.text(row, 5, ROLE_WORDS[scorer.role])
                counted = item.kind is CriterionKind.PER_OCCURRENCE
                style.number(row, 6, raw if counted else amount(raw), COUNT if counted else POINTS)
                if counted:
                    style.text(row, 7, "số lần")
                elif item.kind is CriterionKind.QUANTITATIVE:
                    style.text(row, 7, "kết quả đạt được")
                _fit(style, row, headings)
                row += 1
    style.ws.auto_filter.ref = f"A{HEADER_ROW}:G{max(row - 1, HEADER_ROW)}"
    _finish(style, max(row - 1, HEADER_ROW), subtitle)
    # Hundreds of rows to filter on screen, not to print with the workbook: the print area
    # holds the heading and a note on how to print the rows when they are wanted.
    style.text(
        3,
        1,
        DETAIL_NOT_PRINTED.format(count=f"{row - 1 - HEADER_ROW:,}".replace(",", ".")),
        italic=True,
        right=7,
    )
    style.ws.print_area = f"A1:G{HEADER_ROW}"


def write_proposals(
    proposals: Sequence[ProposalInfo],
    *,
    year: int,
    cluster_name: str,
    issuer_name: str,
    path: str | os.PathLike[str],
) -> None:
    """The proposal list in the columns of the issuer's usual form."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = "Danh sách đề nghị"
    style = SheetStyle(ws, columns=6)
    title = f"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM {year}"
    subtitle = f"{cluster_name} – {issuer_name} – năm {year}"
    headings = [
        ("STT", 6),
        ("Tên tập thể, cá nhân được đề nghị", 40),
        ("Hình thức khen thưởng", 30),
        ("Tóm tắt thành tích", 60),
        ("Tổng điểm", 10),
        ("Xếp hạng", 9),
    ]
    _table(style, headings, title, subtitle)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    row = HEADER_ROW + 1
    for number, proposal in enumerate(proposals, start=1):
        style.number(row, 1, number, COUNT)
        style.text(row, 2, proposal.nominee)
        style.text(row, 3, proposal.award_text)
        style.text(row, 4, proposal.reason)
        if proposal.total is not None:
            style.number(row, 5, amount(proposal.total), POINTS)
        if proposal.rank is not None:
            style.number(row, 6, proposal.rank, COUNT)
        _fit(style, row, headings)
        row += 1
    _finish(style, max(row - 1, HEADER_ROW), subtitle)
    _save(workbook, path, title)
