"""Map a form filled against an older version of the scoring table onto the current one.

A return can arrive after the head corrected the table (a new version once scores exist, or
an edit in place before any). After the head confirms, rows are matched by criterion code:
a row whose code, rule and maximum are the same in both tables carries its values over; a
row whose code is gone or whose maximum or rule changed is named and left out, because its
values were given against a different yardstick.
"""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.exchange import formtext as words
from emudesk.exchange.formdata import COL_CODE, COL_HOW, COL_MAX, FIRST_ROW, FormRow
from emudesk.exchange.returns import FormGrid
from emudesk.exchange.structure import text_of
from emudesk.exchange.values import to_hundredths
from emudesk.i18n import _
from emudesk.rules import CriterionKind
from emudesk.text import clean


def skipped_row(code: str) -> FormRow:
    """A row whose cells are not read (a section, or a criterion that cannot be mapped)."""
    return FormRow(key="", code=code, title="", kind=CriterionKind.SECTION, max_points=0)


def map_rows(
    file: str, grid: FormGrid, current: Sequence[FormRow]
) -> tuple[list[FormRow], list[str], list[str]]:
    """The rows of ``grid`` as current rows; returns (rows, notices, problems)."""
    by_code = {row.code: row for row in current}
    rows: list[FormRow] = []
    notices: list[str] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index in range(len(grid.body)):
        number = FIRST_ROW + index
        code = text_of(grid.value(number, COL_CODE))
        how = text_of(grid.value(number, COL_HOW))
        if not code or code in seen:
            problems.append(
                _(
                    "{file}, row {row}: a row without its own criterion code; do not insert, "
                    "delete or move rows in the form.",
                    file=file,
                    row=number,
                )
            )
            rows.append(skipped_row(code))
            continue
        seen.add(code)
        target = by_code.get(code)
        if not how:  # a section: nothing to read
            rows.append(skipped_row(code))
            continue
        maximum = to_hundredths(grid.value(number, COL_MAX))
        if target is None or not target.kind.is_leaf:
            notices.append(
                _(
                    "{file}: criterion {code} no longer exists in the current table; its "
                    "values are not imported.",
                    file=file,
                    code=code,
                )
            )
        elif maximum != target.max_points:
            notices.append(
                _(
                    "{file}: the maximum of criterion {code} changed from {old} to {new}; its "
                    "values are not imported.",
                    file=file,
                    code=code,
                    old=words.points(maximum) if maximum is not None else "?",
                    new=words.points(target.max_points),
                )
            )
        elif how != clean(words.how_to_score(target)):
            notices.append(
                _(
                    "{file}: the scoring rule of criterion {code} changed (“{old}” → “{new}”); "
                    "its values are not imported.",
                    file=file,
                    code=code,
                    old=how,
                    new=words.how_to_score(target),
                )
            )
        else:
            rows.append(target)
            continue
        rows.append(skipped_row(code))
    return rows, notices, problems
