"""Has the scoring sheet kept the shape it was sent with?

Sheet protection has no password (it only prevents accidents), so anyone can insert a row,
delete a column or "correct" a maximum. Values read from a reshaped sheet would land on the
wrong criterion or unit, so any change of shape refuses the file, naming where it happened.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from emudesk.exchange import formtext as words
from emudesk.exchange.formdata import (
    COL_CODE,
    COL_HOW,
    COL_MAX,
    COL_TITLE,
    FIRST_ROW,
    FormLayout,
    column_letter,
    titles_hash,
)
from emudesk.exchange.returns import FormGrid
from emudesk.exchange.values import to_hundredths
from emudesk.i18n import _
from emudesk.text import clean

MAX_SHAPE_PROBLEMS = 5


def text_of(value: Any) -> str:
    """A cell as comparable text: NFC, spaces collapsed, integral numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def file_labels(grid: FormGrid) -> list[str]:
    """Each column's heading: the lower heading row, or the upper one where that is merged."""
    return [
        text_of(bottom if bottom is not None else top)
        for top, bottom in zip(grid.header_top, grid.header_bottom, strict=True)
    ]


def check_columns(file: str, grid: FormGrid, layout: FormLayout) -> list[str]:
    """Columns inserted, deleted or moved, by their headings."""
    expected = [clean(label) for label in layout.header_labels()]
    found = file_labels(grid)
    while found and not found[-1]:
        found.pop()  # empty columns after the table are no change of shape
    if found == expected:
        return []
    problems: list[str] = []
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            problems += [
                _(
                    "{file}, column {column}: a column was inserted (“{label}”); do not "
                    "insert, delete or move columns in the form.",
                    file=file,
                    column=column_letter(j + 1),
                    label=found[j] or _("empty"),
                )
                for j in range(j1, j2)
            ]
        elif tag == "delete":
            problems += [
                _(
                    "{file}: the column “{label}” was deleted; do not insert, delete or move "
                    "columns in the form.",
                    file=file,
                    label=expected[i],
                )
                for i in range(i1, i2)
            ]
        elif tag == "replace":
            problems += [
                _(
                    "{file}, column {column}: expected the heading “{expected}” but found "
                    "“{found}”; do not insert, delete or move columns in the form.",
                    file=file,
                    column=column_letter(j + 1),
                    expected=expected[i],
                    found=found[j] or _("empty"),
                )
                for i, j in zip(range(i1, i2), range(j1, j2), strict=False)
            ]
    return problems[:MAX_SHAPE_PROBLEMS]


def file_codes(grid: FormGrid) -> list[str]:
    return [text_of(row[COL_CODE - 1]) for row in grid.body]


def check_rows(file: str, grid: FormGrid, layout: FormLayout, sent_titles: str) -> list[str]:
    """Rows inserted, deleted or moved (by criterion code), then edited locked cells.

    ``sent_titles`` is the ``titles_hash`` of the form as sent: when the file's titles still
    hash to it, a title that differs from the table was reworded by the head since, not by
    the unit. When the unit changed a title as well, every title that differs from the table
    is named (the hash cannot say which one the unit changed).
    """
    expected = [row.code for row in layout.rows]
    found = file_codes(grid)
    if found != expected:
        return _row_shape(file, expected, found)
    titles = [text_of(grid.value(FIRST_ROW + i, COL_TITLE)) for i in range(len(layout.rows))]
    as_sent = titles_hash(zip(found, titles, strict=True)) == sent_titles
    problems: list[str] = []
    for index, row in enumerate(layout.rows):
        number = FIRST_ROW + index
        if titles[index] != clean(row.title) and not as_sent:
            problems.append(
                _(
                    "{file}, cell {cell}: the title of criterion {code} was changed; locked "
                    "cells must not be changed.",
                    file=file,
                    cell=f"{column_letter(COL_TITLE)}{number}",
                    code=row.code,
                )
            )
        how = text_of(grid.value(number, COL_HOW))
        if how != clean(words.how_to_score(row)):
            problems.append(
                _(
                    "{file}, cell {cell}: the scoring rule of criterion {code} was changed to "
                    "“{found}” (the form said “{expected}”); locked cells must not be changed.",
                    file=file,
                    cell=f"{column_letter(COL_HOW)}{number}",
                    code=row.code,
                    found=how,
                    expected=words.how_to_score(row),
                )
            )
        maximum = to_hundredths(grid.value(number, COL_MAX))
        if maximum != row.max_points:
            problems.append(
                _(
                    "{file}, cell {cell}: the maximum of criterion {code} was changed to "
                    "{found} (the form said {expected}); locked cells must not be changed.",
                    file=file,
                    cell=f"{column_letter(COL_MAX)}{number}",
                    code=row.code,
                    found=words.points(maximum)
                    if maximum is not None
                    else text_of(grid.value(number, COL_MAX)) or _("empty"),
                    expected=words.points(row.max_points),
                )
            )
    return problems


def _row_shape(file: str, expected: Sequence[str], found: Sequence[str]) -> list[str]:
    problems: list[str] = []
    if sorted(expected) == sorted(found):  # the same rows in another order: say where
        return [
            _(
                "{file}, row {row}: expected criterion {expected} but found “{found}”; do "
                "not insert, delete or move rows in the form.",
                file=file,
                row=FIRST_ROW + index,
                expected=want,
                found=got,
            )
            for index, (want, got) in enumerate(zip(expected, found, strict=True))
            if want != got
        ][:MAX_SHAPE_PROBLEMS]
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            problems += [
                _(
                    "{file}, row {row}: a row was inserted; do not insert, delete or move "
                    "rows in the form.",
                    file=file,
                    row=FIRST_ROW + j,
                )
                for j in range(j1, j2)
            ]
        elif tag == "delete":
            problems += [
                _(
                    "{file}: the row of criterion {code} was deleted; do not insert, delete "
                    "or move rows in the form.",
                    file=file,
                    code=expected[i],
                )
                for i in range(i1, i2)
            ]
        elif tag == "replace":
            problems += [
                _(
                    "{file}, row {row}: expected criterion {expected} but found “{found}”; do "
                    "not insert, delete or move rows in the form.",
                    file=file,
                    row=FIRST_ROW + j,
                    expected=expected[i],
                    found=found[j] or _("empty"),
                )
                for i, j in zip(range(i1, i2), range(j1, j2), strict=False)
            ]
    return problems[:MAX_SHAPE_PROBLEMS]
