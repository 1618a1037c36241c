"""The commitment's signing register as a workbook: one row per member, signed or not.

Printed to be checked at the conference, so it is laid out like the other exports: a title
block, a ruled table whose heading repeats on every page, A4 landscape fitted to the width,
cluster, year and page number on every page.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emudesk.exchange.layout import FONT, SheetStyle
from emudesk.exchange.sizing import row_height
from emudesk.files import atomic_output

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

HEADER_ROW = 4
HEADINGS = (
    ("STT", 5),
    ("Đơn vị", 40),
    ("Người ký", 24),
    ("Chức vụ", 22),
    ("Ngày ký", 11),
    ("Đóng dấu", 9),
    ("Bản chụp", 24),
)


@dataclass(frozen=True)
class SigningRow:
    """A member and its signature, if it signed (``signer`` empty: not yet)."""

    unit_name: str
    signer: str = ""
    signer_title: str = ""
    signed_on: dt.date | None = None
    sealed: bool = False
    scan_name: str = ""


@dataclass(frozen=True)
class SigningRegister:
    title: str  # the commitment's title
    cluster_name: str
    issuer_name: str
    year: int
    rows: Sequence[SigningRow]


def _date(cell: Cell, day: dt.date) -> None:
    from openpyxl.styles import Alignment, Font

    cell.value = day
    cell.number_format = "dd/mm/yyyy"
    cell.font = Font(name=FONT, size=11)
    cell.alignment = Alignment(horizontal="center", vertical="center")


def write_signing_register(register: SigningRegister, path: str | os.PathLike[str]) -> None:
    """Write ``register`` as an .xlsx workbook at ``path`` (replaced in one step)."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = "Ký giao ước"
    style = SheetStyle(ws, columns=len(HEADINGS))
    where = f"{register.cluster_name} – {register.issuer_name} – năm {register.year}"
    style.banner(1, f"DANH SÁCH KÝ {register.title.upper()}", size=13, bold=True)
    style.banner(2, where, italic=True)
    for column, (text, width) in enumerate(HEADINGS, start=1):
        style.heading(HEADER_ROW, column, text)
        style.width(column, width)
    ws.row_dimensions[HEADER_ROW].height = 30
    row = HEADER_ROW
    for number, item in enumerate(register.rows, start=1):
        row += 1
        style.number(row, 1, number, "0")
        style.text(row, 2, item.unit_name)
        if not item.signer:
            style.text(row, 3, "(chưa ký)", italic=True)
        else:
            style.text(row, 3, item.signer)
            style.text(row, 4, item.signer_title)
            if item.signed_on is not None:
                _date(ws.cell(row=row, column=5), item.signed_on)
            style.text(row, 6, "Có" if item.sealed else "Không", center=True)
            style.text(row, 7, item.scan_name)
        cells = enumerate(HEADINGS, start=1)
        height = row_height(
            (str(ws.cell(row=row, column=c).value or ""), w) for c, (_h, w) in cells
        )
        if height is not None:
            ws.row_dimensions[row].height = height
    style.grid(HEADER_ROW, row)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW),
        landscape=True,
        footer=where,
        last_row=row,
        header=register.title,
    )
    props = workbook.properties
    props.title, props.creator, props.language = register.title, "emudesk", "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)
