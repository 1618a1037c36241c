"""What a row of the scoring table starts as, and what an edited row is completed with.

A new row gets a free code after its neighbour and a kind that fits its place; a row made
counted or measured gets default parameters (adjusted in their dialog right after), and a
section made a criterion gets a maximum, so that the edit is not refused for what the user
has not been asked yet.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from emudesk import rules
from emudesk.services.scoring.tables import CriterionFields, CriterionInfo

Kind = rules.CriterionKind
WITH_PARAMS = (Kind.PER_OCCURRENCE, Kind.QUANTITATIVE)
DEFAULT_PARAMS: dict[Kind, dict[str, Any]] = {
    Kind.PER_OCCURRENCE: {"points_per_occurrence": rules.SCALE},
    Kind.QUANTITATIVE: {"target": 0, "higher_is_better": True},
}

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
_NUMBERED = re.compile(r"(.*?)([0-9]+)")


def next_code(taken: Iterable[str], after: str | None, parent: str | None) -> str:
    """A code not in ``taken`` that follows ``after`` (II after I, 1.3 after 1.2, Đ3 after Đ2).

    Without a neighbour the first child code of ``parent`` (1.1 under 1), else a number.
    """
    used = set(taken)
    return next(code for code in _candidates(after, parent) if code not in used)


def _candidates(after: str | None, parent: str | None) -> Iterator[str]:
    if after:
        if after in ROMAN:
            yield from ROMAN[ROMAN.index(after) + 1 :]
        match = _NUMBERED.fullmatch(after)
        if match:
            prefix, number = match.groups()
            yield from (f"{prefix}{n}" for n in range(int(number) + 1, int(number) + 100))
    if parent and parent not in ROMAN:  # under a roman section, criteria are numbered 1, 2…
        yield from (f"{parent}.{n}" for n in range(1, 100))
    number = 1
    while True:
        yield str(number)
        number += 1


def new_row(
    parent: CriterionInfo | None,
    after: CriterionInfo | None,
    siblings: Sequence[CriterionInfo],
    taken: Iterable[str],
) -> tuple[CriterionFields, int]:
    """The fields and position of a row added under ``parent`` after ``after``.

    At the top level after a section (or in an empty table) the new row is a section; after
    a bonus, deduction or pass/fail row it is one more of those; otherwise a 1-point criterion.
    """
    translate = QCoreApplication.translate
    position = siblings.index(after) + 1 if after in siblings else len(siblings)
    neighbour = after or (siblings[-1] if siblings else None)
    at_top = parent is None and (after is None or after.kind is Kind.SECTION)
    kind = Kind.SECTION if at_top else Kind.POINTS
    if after is not None and after.kind in (Kind.BONUS, Kind.DEDUCTION, Kind.PASS_FAIL):
        kind = after.kind
    code = next_code(taken, neighbour.code if neighbour else None, parent.code if parent else None)
    title = (
        translate("ScoringTablePage", "New section")
        if kind is Kind.SECTION
        else translate("ScoringTablePage", "New criterion")
    )
    fields = CriterionFields(
        code=code, title=title, kind=kind, max_points=0 if kind is Kind.SECTION else rules.SCALE
    )
    return fields, position


def completed(fields: CriterionFields) -> tuple[CriterionFields, bool]:
    """``fields`` with what a changed kind needs; True when its parameters are defaults."""
    spec = rules.CriterionSpec(
        "x", fields.code, fields.title, fields.kind, fields.max_points, params=fields.params
    )
    needs_params = fields.kind in WITH_PARAMS and rules.check_params(spec) is not None
    if needs_params:
        fields = dataclasses.replace(fields, params=dict(DEFAULT_PARAMS[fields.kind]))
    if fields.kind.is_leaf and fields.max_points <= 0:  # a section made a criterion
        fields = dataclasses.replace(fields, max_points=rules.SCALE)
    return fields, needs_params


def version_question(revision: int) -> str:
    """What the user is asked before the first change of a table that has scores."""
    text = QCoreApplication.translate(
        "ScoringTablePage",
        "Scores have already been given against version %1 of this table. Your changes are "
        "saved as a new version (%2 onwards); the scores of the rows you do not change are "
        "carried over, the others must be given again.\n\nContinue?",
    )
    return text.replace("%1", str(revision)).replace("%2", str(revision + 1))
