"""Text that a spreadsheet program will show and never run: use for every exported value.

A criterion title, a unit name or a note typed by someone else can start with "=", "+", "-"
or "@"; a spreadsheet that takes it for a formula can call out to the network
(=HYPERLINK, =WEBSERVICE) or run commands through DDE in old Excel. Two ways out:

* ``put_text`` for workbooks (xlsx), the robust way: the cell is written with the explicit
  string type, so Excel and LibreOffice read it as text whatever it starts with, and carries
  the "quote prefix" flag, which is what Excel itself stores when a person types a leading
  apostrophe: editing the cell later keeps it text. The text stays exactly as given, so a
  title "- Nội dung" or a code "+1" comes back unchanged when the workbook is read again.
* ``safe_text`` for formats without cell types (CSV, TSV, the clipboard), where the only
  defence is to prefix such text with an apostrophe, as OWASP recommends; the apostrophe
  becomes part of the value, so never use it for xlsx cells.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""First characters that make a spreadsheet program treat text as a formula (full-width
forms included: some programs fold them to ASCII when a value is edited)."""

# XML 1.0 forbids these control characters; openpyxl refuses them with an exception.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_ERROR_LITERALS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


def clean_text(value: object) -> str:
    """``value`` as text a workbook can hold: NFC, without XML-illegal control characters."""
    if value is None:
        return ""
    return _ILLEGAL.sub("", unicodedata.normalize("NFC", str(value)))


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could take ``text`` for a formula or an error value."""
    return text.startswith(FORMULA_TRIGGERS) or text in _ERROR_LITERALS


def safe_text(value: object) -> str:
    """Text for a format without cell types (CSV): formula-like text gets a leading "'"."""
    text = clean_text(value)
    return f"'{text}" if is_formula_like(text) else text


def put_text(cell: Cell, value: object) -> None:
    """Write ``value`` into an openpyxl ``cell`` as text that can never run as a formula."""
    text = clean_text(value)
    cell.value = text
    # openpyxl guesses a formula for "=…" and an error for "#N/A": state the type instead.
    cell.data_type = "s"
    if is_formula_like(text):
        cell.quotePrefix = True


class CsvWriter:
    """The one way emudesk writes CSV: every text cell goes through ``safe_text``, numbers
    stay numbers. Use it for every CSV the program writes (ranking, the returns board…)."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.writer(stream, lineterminator="\n")

    def writerow(self, values: Iterable[object]) -> None:
        self._writer.writerow([_csv_cell(value) for value in values])


_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return text if _PLAIN_NUMBER.match(text) else safe_text(text)  # "-3.50" is a number
