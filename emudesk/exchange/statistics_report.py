"""The award statistics workbook: one sheet per breakdown (award × year, unit × award,
level × year), each under a heading with the issuer's name, the period and the day it was
made, with the table's heading frozen, a totals row and column, printed on A4.

The workbook is for the issuer's office, in Vietnamese like its other papers; counts are
numbers, every text cell goes through ``safe.put_text``; the file is written whole or not
at all (``files.atomic_output``).
"""

from __future__ import annotations

from pathlib import Path

from emudesk.exchange.layout import SheetStyle
from emudesk.files import atomic_output
from emudesk.records import award_statistics as stats
from emudesk.text import sort_key

COUNT = "0"
HEADER_ROW = 6
TITLE = "THỐNG KÊ KHEN THƯỞNG"
LEVEL_WORDS = {
    stats.STATE: "Cấp Nhà nước",
    stats.MINISTRY: "Cấp Bộ, ngành, cơ quan Trung ương",
    stats.PROVINCE: "Cấp tỉnh",
    stats.OTHER: "Cấp khác",
}
HEADINGS = {"award": "Hình thức, danh hiệu", "unit": "Đơn vị", "level": "Cấp khen thưởng"}
SHEETS = (
    (stats.AWARD_YEAR, "Theo khen thưởng và năm", "theo hình thức khen thưởng và năm"),
    (stats.UNIT_AWARD, "Theo đơn vị", "theo đơn vị và hình thức khen thưởng"),
    (stats.LEVEL_YEAR, "Theo cấp và năm", "theo cấp khen thưởng và năm"),
)


def level_words(level: str) -> str:
    return LEVEL_WORDS.get(level, LEVEL_WORDS[stats.OTHER])


def period_words(found: stats.AwardStatistics) -> str:
    period = found.period()
    if period is None:
        return "Giai đoạn: chưa có năm nào"
    first, last = period
    years = f"năm {first}" if first == last else f"từ năm {first} đến năm {last}"
    cluster = f"; cụm, khối {found.cluster}" if found.cluster else ""
    return f"Giai đoạn: {years}{cluster}"


def past_words(found: stats.AwardStatistics) -> str:
    """What the counts make of the past decisions imported from the template ("" if none)."""
    if found.past_left_out:
        return (
            f"Không tính {found.past_left_out} khen thưởng theo quyết định trước đây "
            "(nhập từ mẫu): chúng không thuộc cụm, khối nào"
        )
    if found.past:
        return f"Gồm {found.past} khen thưởng theo quyết định trước đây (nhập từ mẫu)"
    return ""


def write(found: stats.AwardStatistics, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for key, sheet_name, words in SHEETS:
        table = found.crosstab(key, headings=HEADINGS, level_label=level_words, sort_key=sort_key)
        ws = workbook.create_sheet(sheet_name)
        _sheet(SheetStyle(ws, columns=len(table.columns) + 4), found, table, words)
    props = workbook.properties
    props.title, props.creator, props.language = TITLE, "emudesk", "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def _sheet(
    style: SheetStyle, found: stats.AwardStatistics, table: stats.Crosstab, words: str
) -> None:
    ws = style.ws
    style.banner(1, found.issuer.upper(), bold=True)
    style.banner(2, f"{TITLE} {words.upper()}", size=14, bold=True)
    style.banner(3, period_words(found), italic=True)
    style.banner(4, f"Lập ngày {found.made_on.strftime('%d/%m/%Y')}", italic=True)
    if past := past_words(found):
        style.banner(5, past, italic=True)
    row_width = 44 if table.key != stats.LEVEL_YEAR else 30
    style.heading(HEADER_ROW, 1, "STT")
    style.width(1, 6)
    style.heading(HEADER_ROW, 2, table.row_heading)
    style.width(2, row_width)
    column_width = 18 if table.key == stats.UNIT_AWARD else 9
    for offset, text in enumerate(table.columns):
        style.heading(HEADER_ROW, 3 + offset, text)
        style.width(3 + offset, column_width)
    total_column = 3 + len(table.columns)
    style.heading(HEADER_ROW, total_column, "Tổng được khen")
    style.width(total_column, 10)
    style.heading(HEADER_ROW, total_column + 1, "Tổng đề nghị")
    style.width(total_column + 1, 10)
    ws.row_dimensions[HEADER_ROW].height = 48 if table.key == stats.UNIT_AWARD else 32
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    row = HEADER_ROW + 1
    for index, label in enumerate(table.rows):
        style.number(row, 1, index + 1, COUNT)
        code = table.row_codes[index]
        shown = f"{label} ({code})" if code and table.key == stats.UNIT_AWARD else label
        style.text(row, 2, shown)
        for offset, value in enumerate(table.decided[index]):
            style.number(row, 3 + offset, value, COUNT)
        style.number(row, total_column, table.row_total(index), COUNT, bold=True)
        style.number(row, total_column + 1, table.proposed[index], COUNT)
        row += 1
    style.text(row, 1, "TỔNG CỘNG", bold=True, center=True, right=2)
    for offset, value in enumerate(table.column_totals()):
        style.number(row, 3 + offset, value, COUNT, bold=True)
    style.number(row, total_column, table.total_decided, COUNT, bold=True)
    style.number(row, total_column + 1, table.total_proposed, COUNT, bold=True)
    style.shade(row)
    style.grid(HEADER_ROW, row)
    footer = f"{found.issuer} – {TITLE.lower().capitalize()} – {period_words(found)}"
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW),
        landscape=len(table.columns) > 4,
        footer=footer,
        last_row=row,
    )
