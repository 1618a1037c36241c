"""Open a returned form and read its scoring sheet as a grid of plain values.

openpyxl reads in read-only mode (streamed rows, no cell objects kept), from the very bytes
that ``sanity`` checked and whose SHA-256 the audit records, so the file cannot change
between the check and the reading. Formulas are the one thing read-only ``values_only``
cannot tell apart from text that starts with "=": such cells are looked up once more in a
second, ``data_only`` load that gives the value the spreadsheet program last computed. Most
returns have no formula in an input cell and are loaded only once.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from emudesk.errors import EmuError, FileFormatError
from emudesk.exchange.formdata import (
    COL_CODE,
    FIRST_ROW,
    FORM_SHEET,
    HEADER_TOP,
    TOTAL_LABEL,
    Identity,
)
from emudesk.exchange.identity import read_identity
from emudesk.i18n import _

EXTRA_COLUMNS = 3
"""Columns read beyond the expected last one, to notice columns inserted at the end."""
MAX_BODY_ROWS = 5000

Cell = tuple[int, int]  # (row, column), 1-based as in the spreadsheet


@dataclass(frozen=True)
class FormGrid:
    """The scoring sheet's heading rows and body rows (down to the total row) as values."""

    header_top: tuple[Any, ...]
    header_bottom: tuple[Any, ...]
    body: tuple[tuple[Any, ...], ...]  # body[i] is sheet row FIRST_ROW + i
    width: int

    def value(self, row: int, column: int) -> Any:
        """The value of a body cell by its sheet coordinates (None outside the grid)."""
        index = row - FIRST_ROW
        if not 0 <= index < len(self.body) or not 1 <= column <= len(self.body[index]):
            return None
        return self.body[index][column - 1]


class ReturnBook:
    """A returned workbook opened for reading; close it when done."""

    def __init__(self, file: str, data: bytes) -> None:
        self.file = file
        self.data = data
        self.workbook = _load(file, data, data_only=False)

    def identity(self) -> Identity:
        with damaged(self.file):
            return read_identity(self.file, self.workbook)

    def close(self) -> None:
        self.workbook.close()

    def __enter__(self) -> ReturnBook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def grid(self, width: int) -> FormGrid:
        """The scoring sheet, ``width`` + a few columns wide, down to the total row."""
        if FORM_SHEET not in self.workbook.sheetnames:
            raise FileFormatError(
                _(
                    "{file}: the sheet “{sheet}” is missing (renamed or deleted); fill in the "
                    "form as it was sent.",
                    file=self.file,
                    sheet=FORM_SHEET,
                )
            )
        with damaged(self.file, self.data):
            return self._grid(self.workbook[FORM_SHEET], width + EXTRA_COLUMNS)

    @staticmethod
    def _grid(ws: Any, width: int) -> FormGrid:
        ws.reset_dimensions()  # read every row there is, whatever the sheet claims its size is
        rows = ws.iter_rows(min_row=HEADER_TOP, max_col=width, values_only=True)
        top = _pad(next(rows, ()), width)
        bottom = _pad(next(rows, ()), width)  # HEADER_BOTTOM, right under HEADER_TOP
        body: list[tuple[Any, ...]] = []
        for values in rows:
            row = _pad(values, width)
            if _is_total(row[COL_CODE - 1]) or len(body) >= MAX_BODY_ROWS:
                break
            body.append(row)
        while body and all(v is None for v in body[-1]):
            body.pop()  # a trailing empty row is the end of the sheet, not an inserted row
        return FormGrid(top, bottom, tuple(body), width)

    def cached_values(self, cells: set[Cell]) -> dict[Cell, Any]:
        """The values last computed for formula cells (None when never computed)."""
        if not cells:
            return {}
        workbook = _load(self.file, self.data, data_only=True)
        try:
            with damaged(self.file, self.data):
                return _values_at(workbook[FORM_SHEET], cells)
        finally:
            workbook.close()


def _values_at(ws: Any, cells: set[Cell]) -> dict[Cell, Any]:
    first, last = min(r for r, _c in cells), max(r for r, _c in cells)
    rows = ws.iter_rows(
        min_row=first, max_row=last, max_col=max(c for _r, c in cells), values_only=True
    )
    return {
        (number, column): value
        for number, values in enumerate(rows, start=first)
        for column, value in enumerate(values, start=1)
        if (number, column) in cells
    }


def _is_total(value: Any) -> bool:
    return isinstance(value, str) and value.strip() == TOTAL_LABEL


def _pad(values: tuple[Any, ...], width: int) -> tuple[Any, ...]:
    if len(values) >= width:
        return tuple(values[:width])
    return tuple(values) + (None,) * (width - len(values))


@contextlib.contextmanager
def damaged(file: str, data: bytes | None = None) -> Iterator[None]:
    """Turn whatever openpyxl raises on a broken file into a message about that file.

    openpyxl raises a zoo of exceptions (KeyError, ValueError, TypeError, zipfile errors…)
    on malformed content; for a file from outside, each of them means "damaged".
    """
    try:
        yield
    except EmuError:
        raise
    except Exception as exc:
        bad = _bad_number(data) if data is not None and isinstance(exc, ValueError) else None
        if bad is not None:
            raise FileFormatError(
                _(
                    "{file}, cell {cell}: “{text}” is stored as a number but is none (the "
                    "file was written by another program or edited by hand). Type the value "
                    "again in Excel or LibreOffice and send the file again.",
                    file=file,
                    cell=bad[0],
                    text=bad[1][:40],
                )
            ) from exc
        raise FileFormatError(
            _(
                "{file}: the workbook is damaged and cannot be read ({reason}); ask the unit "
                "to send it again.",
                file=file,
                reason=type(exc).__name__,
            )
        ) from exc


# A numeric cell (no type, or t="n") and its stored value, in a worksheet's XML.
_NUMERIC_CELL = re.compile(
    rb"<(?:\w+:)?c\b(?P<attrs>[^>]*?)(?<!/)>(?:(?!</(?:\w+:)?c>).)*?"
    rb"<(?:\w+:)?v>(?P<value>[^<]*)</(?:\w+:)?v>",
    re.DOTALL,
)
_ATTR = re.compile(rb'\b(r|t)\s*=\s*"([^"]*)"')


def _bad_number(data: bytes) -> tuple[str, str] | None:
    """The first cell of any sheet whose number is no number ("NaN", "INF", "1,5"): openpyxl
    only says ValueError, and the unit needs to know which cell to type again."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in sorted(archive.namelist()):
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                for match in _NUMERIC_CELL.finditer(archive.read(name)):
                    attrs = dict(_ATTR.findall(match.group("attrs")))
                    if attrs.get(b"t", b"n") != b"n":
                        continue
                    text = match.group("value").decode("utf-8", "replace").strip()
                    if not text:  # an empty value is an empty cell to every reader
                        continue
                    try:
                        number = float(text)
                    except ValueError:
                        number = math.nan
                    if not math.isfinite(number):
                        return attrs.get(b"r", b"?").decode("ascii", "replace"), text
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return None
    return None


def _load(file: str, data: bytes, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    with damaged(file), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
        return load_workbook(
            io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False
        )
