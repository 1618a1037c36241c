"""How the scoring form adds up: each section's subtotal and the provisional total.

The workbook does it with formulas (``exchange.forms``) and the member's fill-in dialog in
Python; both follow these rules, so a unit sees the same sums in either. Points and pass/fail
rows count as typed, a count of occurrences counts as its points (capped at the maximum),
results against a target are left out — their points depend on every unit's result — and
bonus and deduction rows enter the total only, added and subtracted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from emudesk.exchange.formdata import FormRow
from emudesk.rules import CriterionKind

SUMMED_AS_TYPED = (CriterionKind.SECTION, CriterionKind.POINTS, CriterionKind.PASS_FAIL)


def points_each(row: FormRow) -> int | None:
    """A per-occurrence row's points for one occurrence (hundredths), None when unknown."""
    each = row.params.get("points_per_occurrence")
    return each if isinstance(each, int) else None


def counted(row: FormRow, raw: int) -> int | None:
    """What a value of ``row`` adds to its section's sum (hundredths); None: it is not summed."""
    if row.kind in SUMMED_AS_TYPED:
        return raw
    if row.kind is CriterionKind.PER_OCCURRENCE:
        each = points_each(row)
        return min(raw * each, row.max_points) if each is not None else None
    return None


def provisional_sums(
    rows: Sequence[FormRow], value_of: Callable[[FormRow], int | None]
) -> tuple[Mapping[str, int], int]:
    """Each section's subtotal (by row key) and the provisional total of one scored column.

    ``value_of`` gives a leaf's typed raw value (None: empty). A section with nothing summable
    under it has no subtotal, like the workbook's.
    """
    children: dict[str | None, list[FormRow]] = {}
    for row in rows:
        children.setdefault(row.parent_key, []).append(row)
    subtotals: dict[str, int] = {}

    def value(row: FormRow) -> int | None:
        if row.kind is CriterionKind.SECTION:
            terms = [v for child in children.get(row.key, ()) if (v := value(child)) is not None]
            if not any(_summable(child) for child in children.get(row.key, ())):
                return None
            subtotals[row.key] = sum(terms)
            return subtotals[row.key]
        raw = value_of(row)
        return counted(row, raw) if raw is not None else None

    total = sum(v for row in children.get(None, ()) if (v := value(row)) is not None)
    for row in rows:
        raw = value_of(row) if row.kind.is_adjustment else None
        if raw is not None:
            total += raw if row.kind is CriterionKind.BONUS else -raw
    return subtotals, total


def _summable(row: FormRow) -> bool:
    return row.kind in SUMMED_AS_TYPED or (
        row.kind is CriterionKind.PER_OCCURRENCE and points_each(row) is not None
    )
