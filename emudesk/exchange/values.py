"""Turn the cells of a returned form into raw score values, or into precise complaints.

A cell can hold a number, text typed with the "wrong" decimal separator ("9,5" in an
English-language Excel), a date the spreadsheet made out of "9/5", an error value, or a
formula. Every one of them is either read exactly as the rules expect (hundredths of a
point, a count, hundredths of a quantity) or refused with a message naming the cell and
the criterion — never guessed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from emudesk import rules
from emudesk.exchange.entries import Entry
from emudesk.exchange.formdata import (
    COL_EVIDENCE,
    COL_NOTE,
    FormColumn,
    FormLayout,
    FormRow,
    column_letter,
)
from emudesk.exchange.safe import is_formula_like
from emudesk.i18n import _, decimal_mark
from emudesk.rules import CriterionKind, ValueProblemKind
from emudesk.text import clean_multiline, control_characters

if TYPE_CHECKING:
    from emudesk.exchange.returns import FormGrid, ReturnBook

TOLERANCE = 1e-6
"""How far from a hundredth a binary float may be (Excel stores 9.55 as 9.5500000000000007)."""
MAX_TEXT = 4000
_COUNT = re.compile(r"[+-]?[0-9]{1,10}")  # at most ten digits, as rules.checks


@dataclass
class SheetValues:
    """What a sheet holds: the entries to store (each score, a self-score with its row's
    note and evidence), the notes, empty cells, and the problems found."""

    entries: list[Entry] = field(default_factory=list)
    texts: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # key: note, evid., cell
    self_scored: set[str] = field(default_factory=set)  # rows whose self-score was read
    empty: list[tuple[FormRow, FormColumn, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def to_hundredths(value: Any) -> int | None:
    """A numeric cell as hundredths, or None when it is no number on the hundredth grid."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > 1e15:  # 1e15: no hundredth grid left
            return None
        scaled = value * 100
        nearest = round(scaled)
        return nearest if abs(scaled - nearest) <= TOLERANCE * max(1.0, abs(scaled)) else None
    exact = Decimal(value) * 100
    return int(exact) if exact == exact.to_integral_value() else None


def _spec(row: FormRow) -> rules.CriterionSpec:
    return rules.CriterionSpec(
        key=row.key,
        code=row.code,
        title=row.title,
        kind=row.kind,
        max_points=row.max_points,
        params=row.params,
    )


def _shown(row: FormRow, raw: int) -> str:
    return str(raw) if row.kind is CriterionKind.PER_OCCURRENCE else rules.local_points(raw)


def _range_problem(row: FormRow, raw: int, spec: rules.CriterionSpec | None = None) -> str | None:
    problem = rules.check_value(spec or _spec(row), raw)
    if problem is None:
        return None
    value, top, code = _shown(row, raw), rules.local_points(row.max_points), row.code
    kind = row.kind
    if problem.kind is ValueProblemKind.ABOVE_MAX:
        return _(
            "score {value} is above the maximum {maximum} of criterion {code}",
            value=value,
            maximum=top,
            code=code,
        )
    if problem.kind is ValueProblemKind.NOT_PASS_FAIL:
        return _(
            "criterion {code} is pass/fail: type 0 (fail) or {maximum} (pass), not {value}",
            code=code,
            maximum=top,
            value=value,
        )
    if kind is CriterionKind.PER_OCCURRENCE:
        return _(
            "the number of times {value} of criterion {code} is negative; type a whole "
            "number from 0 up",
            value=value,
            code=code,
        )
    if kind is CriterionKind.QUANTITATIVE:
        return _(
            "the result {value} of criterion {code} cannot be negative", value=value, code=code
        )
    if kind is CriterionKind.DEDUCTION:
        return _(
            "deductions are typed as positive numbers: criterion {code} takes 0 to "
            "{maximum}, not {value}",
            code=code,
            maximum=top,
            value=value,
        )
    return _(
        "score {value} is negative; criterion {code} takes 0 to {maximum}",
        value=value,
        code=code,
        maximum=top,
    )


def parse_score(
    value: Any, row: FormRow, spec: rules.CriterionSpec | None = None
) -> int | str | None:
    """A cell's raw value (int), a problem (str), or None when the cell is empty.

    ``spec`` is ``row`` as the rules see it, when the caller has it already.
    """
    code = row.code
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return _("the cell holds {value}, not a score (criterion {code})", value=value, code=code)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        shown = value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)
        return _(
            "the cell holds a date ({date}), not a score: the spreadsheet program turned "
            "what was typed into a date. Format the cell as a number and type the score again "
            "(criterion {code})",
            date=shown,
            code=code,
        )
    if isinstance(value, str):
        raw = _parse_text(value.strip(), row)
        if isinstance(raw, str):
            return raw
    else:
        raw = _parse_number(value, row)
        if isinstance(raw, str):
            return raw
    return _range_problem(row, raw, spec) or raw


def _parse_text(text: str, row: FormRow) -> int | str:
    if is_formula_like(text) and text.startswith("#"):
        return _(
            "the cell shows the error {error}, not a score (criterion {code})",
            error=text,
            code=row.code,
        )
    if row.kind is CriterionKind.PER_OCCURRENCE:
        if _COUNT.fullmatch(text):
            return int(text)
        return _(
            "criterion {code} takes a number of times (a whole number), not “{value}”",
            code=row.code,
            value=text,
        )
    try:
        return rules.parse_points(text)
    except rules.PointsFormatError as error:
        return _("criterion {code}: {detail}", code=row.code, detail=error.message)


def _parse_number(value: Any, row: FormRow) -> int | str:
    hundredths = to_hundredths(value)
    if row.kind is CriterionKind.PER_OCCURRENCE:
        if hundredths is None or hundredths % 100:
            return _(
                "criterion {code} takes a number of times (a whole number), not “{value}”",
                code=row.code,
                value=str(value).replace(".", decimal_mark()),
            )
        return hundredths // 100
    if hundredths is None:
        shown = str(value).replace(".", decimal_mark())
        return _("{value} has more than 2 decimals (criterion {code})", value=shown, code=row.code)
    return hundredths


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_multiline(str(value))


def read_values(file: str, grid: FormGrid, layout: FormLayout, book: ReturnBook) -> SheetValues:
    """Every score, note and evidence of a sheet whose shape was already checked, in one
    pass over its cells: each value becomes its entry as it is read."""
    found = SheetValues()
    formulas: dict[tuple[int, int], tuple[FormRow, FormColumn, str]] = {}
    scored = [
        (column, sheet_column, column_letter(sheet_column))
        for column, sheet_column in layout.scored_columns()
    ]
    note_letter, evidence_letter = column_letter(COL_NOTE), column_letter(COL_EVIDENCE)
    for index, row in enumerate(layout.rows):
        if not row.kind.is_leaf:
            continue
        number = layout.row_number(index)
        values = grid.body[index]  # the shape was checked: body row ``index`` is this row
        spec = _spec(row)
        # the row's texts first, for its self-score's entry; their problems still come
        # after the row's score problems, as they always have
        note, evidence = _text(values[COL_NOTE - 1]), _text(values[COL_EVIDENCE - 1])
        if note or evidence:
            found.texts[row.key] = (note, evidence, f"{note_letter}{number}")
        for column, sheet_column, letter in scored:
            value = values[sheet_column - 1]
            if isinstance(value, str) and value.startswith("="):
                formulas[(number, sheet_column)] = (row, column, value)
                continue
            _take(
                file,
                found,
                row,
                column,
                cell=f"{letter}{number}",
                parsed=parse_score(value, row, spec),
            )
        for text, letter in ((note, note_letter), (evidence, evidence_letter)):
            if not text:  # most notes are empty: nothing to check
                continue
            controls = control_characters(text, keep="\n\t")
            if controls:
                found.problems.append(
                    _(
                        "{file}, cell {cell}: the text holds control characters ({codes}), "
                        "which no note may hold; type it again",
                        file=file,
                        cell=f"{letter}{number}",
                        codes=", ".join(controls[:5]),
                    )
                )
            if len(text) > MAX_TEXT:
                found.problems.append(
                    _(
                        "{file}, cell {cell}: the text is too long ({length} characters; at "
                        "most {limit})",
                        file=file,
                        cell=f"{letter}{number}",
                        length=len(text),
                        limit=MAX_TEXT,
                    )
                )
    cached = book.cached_values(set(formulas))
    for (number, sheet_column), (row, column, formula) in formulas.items():
        cell = f"{column_letter(sheet_column)}{number}"
        value = cached.get((number, sheet_column))
        if value == formula:  # text that merely starts with "=", typed with an apostrophe
            _take(file, found, row, column, cell=cell, parsed=parse_score(value, row))
        elif value is None:
            found.problems.append(
                _(
                    "{file}, cell {cell}: the cell holds a formula without a computed value; "
                    "open the file in Excel or LibreOffice, save it and send it again",
                    file=file,
                    cell=cell,
                )
            )
        else:
            _take(file, found, row, column, cell=cell, parsed=parse_score(value, row))
    return found


def _take(
    file: str,
    found: SheetValues,
    row: FormRow,
    column: FormColumn,
    *,
    cell: str,
    parsed: int | str | None,
) -> None:
    if parsed is None:
        found.empty.append((row, column, cell))
    elif isinstance(parsed, str):
        found.problems.append(
            _("{file}, cell {cell}: {problem}", file=file, cell=cell, problem=parsed)
        )
    elif column.is_self:
        note, evidence, _cell = found.texts.get(row.key, ("", "", ""))
        found.self_scored.add(row.key)
        found.entries.append(Entry(row.key, column.unit_uuid, True, parsed, note, evidence))
    else:
        found.entries.append(Entry(row.key, column.unit_uuid, False, parsed))
