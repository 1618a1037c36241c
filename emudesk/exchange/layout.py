"""The look of an exported sheet: Times New Roman, ruled table, A4 print setup.

Kept apart from what the cells say so that every export (score sheets, lists, the exchange
workbook) prints the same way, the way offices print their own tables. Every text cell is
written through ``safe.put_text``.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

from emudesk.exchange import safe

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
"""Offices' document face; LibreOffice shows it with the metric-equal Liberation Serif."""

_HEADER_FILL = "DDDDDD"
_SECTION_FILL = "F0F0F0"
_LINE_HEIGHT = 15.0  # points per wrapped line of 11-point text


class SheetStyle:
    """Writes styled cells into one worksheet whose table spans ``columns`` columns."""

    def __init__(self, ws: Worksheet, *, columns: int) -> None:
        self.ws = ws
        self.columns = columns

    def banner(
        self, row: int, text: str, *, size: float = 11, bold: bool = False, italic: bool = False
    ) -> None:
        """A line of the title block, centred over the whole table."""
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(row=row, column=1)
        safe.put_text(cell, text)
        cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.columns)
        self.ws.row_dimensions[row].height = size * 1.6

    def heading(
        self,
        row: int,
        column: int,
        text: str,
        *,
        bottom: int | None = None,
        right: int | None = None,
    ) -> None:
        """A column heading, merged down to ``bottom`` and across to ``right``."""
        from openpyxl.styles import Alignment, Font, PatternFill

        bottom = bottom or row
        right = right or column
        for r in range(row, bottom + 1):
            for c in range(column, right + 1):
                self.ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell = self.ws.cell(row=row, column=column)
        safe.put_text(cell, text)
        cell.font = Font(name=FONT, size=10, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if bottom > row or right > column:
            self.ws.merge_cells(
                start_row=row, start_column=column, end_row=bottom, end_column=right
            )

    def width(self, column: int, characters: float) -> None:
        from openpyxl.utils import get_column_letter

        self.ws.column_dimensions[get_column_letter(column)].width = characters

    def text(
        self,
        row: int,
        column: int,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        center: bool = False,
        indent: int = 0,
        right: int | None = None,
    ) -> None:
        """A wrapped text cell, merged across to ``right``."""
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(row=row, column=column)
        safe.put_text(cell, text)
        cell.font = Font(name=FONT, size=11, bold=bold, italic=italic)
        cell.alignment = Alignment(
            horizontal="center" if center else "left",
            vertical="center",
            wrap_text=True,
            indent=indent,
        )
        if right is not None and right > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=right)
            # Spreadsheet programs never grow a row for text wrapped in merged cells.
            lines = math.ceil(len(text) / max(self._span_width(column, right) * 1.1, 1))
            if lines > 1:
                self.ws.row_dimensions[row].height = lines * _LINE_HEIGHT

    def number(
        self,
        row: int,
        column: int,
        value: int | Decimal,
        number_format: str,
        *,
        bold: bool = False,
        italic: bool = False,
        right: int | None = None,
    ) -> None:
        """A numeric cell shown with ``number_format``, merged across to ``right``."""
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(row=row, column=column, value=value)
        cell.number_format = number_format
        cell.font = Font(name=FONT, size=11, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        if right is not None and right > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=right)

    def shade(self, row: int) -> None:
        from openpyxl.styles import PatternFill

        for column in range(1, self.columns + 1):
            self.ws.cell(row=row, column=column).fill = PatternFill("solid", fgColor=_SECTION_FILL)

    def grid(self, top: int, bottom: int) -> None:
        """Thin rules around every cell of the table's rows ``top``..``bottom``."""
        from openpyxl.styles import Border, Side

        thin = Side(style="thin", color="000000")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for row in self.ws.iter_rows(min_row=top, max_row=bottom, max_col=self.columns):
            for cell in row:
                cell.border = border

    def page_setup(
        self,
        *,
        header_rows: tuple[int, int],
        landscape: bool,
        footer: str,
        last_row: int,
        header: str = "",
    ) -> None:
        """A4 fitted to the page width, table header on every page, "Trang n/N" at the foot.

        ``header`` (cluster and year, say) is printed at the top of every page, ``footer`` at
        the foot, left of the page number: a page that falls out of the pile says where it
        belongs.
        """
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.page import PageMargins

        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages as the rows need
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(left=0.6, right=0.4, top=0.6, bottom=0.7, footer=0.3)
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
        ws.print_area = f"A1:{get_column_letter(self.columns)}{last_row}"
        # "&" starts a code in header/footer text: double it to print it.
        ws.oddFooter.left.text = safe.clean_text(footer).replace("&", "&&")
        ws.oddFooter.left.font = f"{FONT},Italic"
        ws.oddFooter.left.size = 9
        ws.oddFooter.right.text = "Trang &P/&N"
        ws.oddFooter.right.font = f"{FONT},Italic"
        ws.oddFooter.right.size = 9
        if header:
            ws.oddHeader.center.text = safe.clean_text(header).replace("&", "&&")
            ws.oddHeader.center.font = f"{FONT},Italic"
            ws.oddHeader.center.size = 9

    def _span_width(self, first: int, last: int) -> float:
        from openpyxl.utils import get_column_letter

        total = 0.0
        for column in range(first, last + 1):
            width = self.ws.column_dimensions[get_column_letter(column)].width
            total += width or 8.43
        return total
