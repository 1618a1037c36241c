"""The score sheet of one unit as an Excel workbook, with the same content as its PDF.

Officers re-sort, chart and paste these figures into their own reports, so every amount is
a real number (two decimals, exactly the hundredths the rules used), never text; and the
workbook prints like the PDF: A4, fitted to the page width, header rows repeated. Totals are
values, not formulas: a formula would recompute with Excel's rounding, not the regulation's.
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TYPE_CHECKING

from emudesk.exchange import safe
from emudesk.exchange.layout import SheetStyle
from emudesk.exchange.sizing import row_height
from emudesk.files import atomic_output
from emudesk.records import scoresheet_text as words
from emudesk.rules import CriterionKind, ScorerRole

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from emudesk.records.ranking import ScoreSheet

POINTS_FORMAT = "0.00"
COUNT_FORMAT = '0" lần"'
MEAN_FORMAT = f'"{words.PEER_MEAN}: "0.00'
SHEET_NAME = "Bảng điểm"
FIRST_HEADER_ROW = 6


def write_scoresheet_xlsx(sheet: ScoreSheet, path: str | os.PathLike[str]) -> None:
    """Write ``sheet`` as an .xlsx workbook at ``path`` (replaced in one step).

    Raises ``OutputError`` when ``path`` cannot be written; nothing is left behind then.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = SHEET_NAME
    _fill(ws, sheet)
    props = workbook.properties
    props.title = safe.clean_text(f"{words.title(sheet)} – {sheet.unit.name}")
    props.subject = safe.clean_text(f"{sheet.issuer_name} – {sheet.cluster_name}")
    props.creator = "emudesk"
    props.lastModifiedBy = "emudesk"
    props.language = "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def points(hundredths: int) -> Decimal:
    """Hundredths of a point as the exact decimal a cell stores (475 → Decimal("4.75"))."""
    return Decimal(hundredths).scaleb(-2)


def _fill(ws: Worksheet, sheet: ScoreSheet) -> None:
    style = SheetStyle(ws, columns=4 + len(sheet.scorers))
    style.banner(1, words.title(sheet), size=14, bold=True)
    style.banner(2, words.unit_line(sheet), size=12, bold=True)
    style.banner(3, f"{sheet.issuer_name} – {sheet.cluster_name}", italic=True)
    style.banner(4, words.basis_line(sheet), italic=True)
    header_rows = _header(ws, sheet, style)
    first = FIRST_HEADER_ROW + header_rows
    row = _criteria(sheet, style, first)
    row = _summary(sheet, style, row)
    style.grid(FIRST_HEADER_ROW, row - 1)
    _notes(sheet, style, row + 1)
    last = _unit_texts(sheet, style, row + 2 + len(words.notes(sheet))) - 1
    style.page_setup(
        header_rows=(FIRST_HEADER_ROW, first - 1),
        landscape=len(sheet.scorers) > 3,
        footer=words.footer(sheet),
        last_row=max(last, row + len(words.notes(sheet))),
    )
    ws.freeze_panes = ws.cell(row=first, column=3)


def _header(ws: Worksheet, sheet: ScoreSheet, style: SheetStyle) -> int:
    """Write the column headings; return how many rows they take (1 or 2)."""
    groups = words.column_groups(sheet, shorten=False)
    two = any(group.labels for group in groups)
    top = FIRST_HEADER_ROW
    bottom = top + 1 if two else top
    last = 4 + len(sheet.scorers)
    for column, text, width in (
        (1, words.CODE, 7),
        (2, words.CRITERION, 52),
        (3, words.MAXIMUM, 9),
        (last, words.FINAL, 11),
    ):
        style.heading(top, column, text, bottom=bottom)
        style.width(column, width)
    column = 4
    for group in groups:
        count = len(group.scorers)
        if group.labels:
            style.heading(top, column, group.heading, right=column + count - 1)
            for offset, label in enumerate(group.labels):
                style.heading(bottom, column + offset, label)
        else:
            style.heading(top, column, group.heading, bottom=bottom)
        for offset in range(count):
            style.width(column + offset, 12)
        column += count
    ws.row_dimensions[bottom].height = 45
    return bottom - top + 1


def _criteria(sheet: ScoreSheet, style: SheetStyle, row: int) -> int:
    """Write one row per criterion from ``row``; return the next free row."""
    subtotals = words.section_subtotals(sheet.rows)
    final_column = 4 + len(sheet.scorers)
    for index, item in enumerate(sheet.rows):
        section = item.kind is CriterionKind.SECTION
        style.text(row, 1, item.code, bold=section, center=True)
        style.text(row, 2, item.title, bold=section, indent=item.depth)
        style.number(row, 3, points(item.max_points), POINTS_FORMAT)
        for offset, scorer in enumerate(sheet.scorers):
            raw = item.values.get(scorer.key)
            if raw is None:
                continue
            if item.kind is CriterionKind.PER_OCCURRENCE:
                style.number(row, 4 + offset, raw, COUNT_FORMAT)
            else:
                italic = item.kind is CriterionKind.QUANTITATIVE
                style.number(row, 4 + offset, points(raw), POINTS_FORMAT, italic=italic)
        final = item.final if item.final is not None else subtotals.get(index)
        if final is not None:
            style.number(row, final_column, points(final), POINTS_FORMAT, bold=section)
        if section and item.depth == 0:
            style.shade(row)
        row += 1
    return row


def _summary(sheet: ScoreSheet, style: SheetStyle, row: int) -> int:
    """The totals and the rank under the table; return the next free row."""
    final_column = 4 + len(sheet.scorers)
    lines = (
        (words.SECTIONS_SUM, sheet.declared_total, sum(sheet.section_totals.values())),
        (words.BONUS, None, sheet.bonus),
        (words.DEDUCTION, None, sheet.deduction),
        (words.TOTAL, None, sheet.total),
    )
    for label, maximum, value in lines:
        bold = label == words.TOTAL
        style.text(row, 1, label, bold=bold, right=2)
        if maximum is not None:
            style.number(row, 3, points(maximum), POINTS_FORMAT)
        style.number(row, final_column, points(value), POINTS_FORMAT, bold=bold)
        row += 1
    total_row = row - 1
    column = 4
    for group in words.column_groups(sheet, shorten=False):
        count = len(group.scorers)
        if group.role is ScorerRole.SELF and sheet.self_total is not None and count == 1:
            style.number(total_row, column, points(sheet.self_total), POINTS_FORMAT)
        elif group.role is ScorerRole.PEER and sheet.peer_mean_total is not None:
            style.number(
                total_row,
                column,
                points(sheet.peer_mean_total),
                MEAN_FORMAT,
                italic=True,
                right=column + count - 1,
            )
        column += count
    style.text(row, 1, words.rank_text(sheet), bold=True, right=2)
    if sheet.explanation:
        style.text(row, 3, f"{words.RANK_BASIS}: {sheet.explanation}", right=final_column)
    return row + 1


def _unit_texts(sheet: ScoreSheet, style: SheetStyle, row: int) -> int:
    """The unit's explanations of its self-scores from ``row``; return the next free row."""
    lines = words.unit_texts(sheet)
    if not lines:
        return row
    last = 4 + len(sheet.scorers)
    style.text(row, 1, words.UNIT_TEXTS, bold=True, right=last)
    width = 7 + 52 + 9 + 12 * len(sheet.scorers) + 11  # the merged columns' widths
    for offset, line in enumerate(lines, start=1):
        style.text(row + offset, 1, line, right=last)
        height = row_height([(line, width)])
        if height is not None:
            style.ws.row_dimensions[row + offset].height = height
    return row + len(lines) + 1


def _notes(sheet: ScoreSheet, style: SheetStyle, row: int) -> None:
    for offset, note in enumerate(words.notes(sheet)):
        text = f"Ghi chú: {note}" if offset == 0 else note
        style.text(row + offset, 1, text, italic=True, right=4 + len(sheet.scorers))
