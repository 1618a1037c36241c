"""The scoring table as a tree of criteria, and how a leaf turns raw input into points.

Each cluster writes its own table (no national template exists), so the shape is data: any
depth of sections, leaves of several kinds, bonus and deduction lines. Criteria are named by
opaque string keys (UUIDs from the caller) and never by database ids, so this module knows
nothing about storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType

from emudesk.i18n import _
from emudesk.rules.points import round_half_up


class CriterionKind(StrEnum):
    """What a row of the table is and what its raw input means.

    Raw inputs are integers: hundredths of a point for POINTS, PASS_FAIL, BONUS and DEDUCTION;
    hundredths of the measured quantity for QUANTITATIVE (so "95,5 %" is 9550, parsed like a
    score); a plain count of occurrences for PER_OCCURRENCE.
    """

    SECTION = "section"
    POINTS = "points"
    PASS_FAIL = "pass_fail"
    PER_OCCURRENCE = "per_occurrence"
    QUANTITATIVE = "quantitative"
    BONUS = "bonus"
    DEDUCTION = "deduction"

    @property
    def is_leaf(self) -> bool:
        """True for every kind that receives a value."""
        return self is not CriterionKind.SECTION

    @property
    def is_adjustment(self) -> bool:
        """True for bonus and deduction lines, which sit outside the section maxima."""
        return self is CriterionKind.BONUS or self is CriterionKind.DEDUCTION

    @property
    def counts_in_maximum(self) -> bool:
        """True when the row's maximum is part of its parent's (and the table's) maximum."""
        return self is not CriterionKind.BONUS and self is not CriterionKind.DEDUCTION


@dataclass(frozen=True)
class CriterionSpec:
    """One row of a scoring table; ``max_points`` is in hundredths (the cap for bonus/deduction).

    ``params`` holds the kind's parameters as plain JSON-like values so the table can be stored
    as it is: ``points_per_occurrence`` (hundredths) for PER_OCCURRENCE; ``target``
    (hundredths of the quantity), ``higher_is_better`` (default true) and
    ``fraction_at_target`` (default "1/2") for QUANTITATIVE.
    """

    key: str
    code: str
    title: str
    kind: CriterionKind
    max_points: int
    parent_key: str | None = None
    position: int = 0
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # A read-only copy: a frozen spec must not change through a dict the caller still holds.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


class ParamsError(ValueError):
    """A criterion whose parameters are missing or wrong; the message is in the UI language."""


@dataclass(frozen=True)
class QuantitativeParams:
    """Parameters of a QUANTITATIVE leaf, read from ``CriterionSpec.params``."""

    target: int
    higher_is_better: bool = True
    fraction_at_target: Fraction = Fraction(1, 2)


def quantitative_params(spec: CriterionSpec) -> QuantitativeParams:
    """Read and check the parameters of a QUANTITATIVE leaf, or raise ``ParamsError``."""
    target = spec.params.get("target")
    if isinstance(target, bool) or not isinstance(target, int) or target < 0:
        raise ParamsError(
            _(
                "Criterion {code}: the target (target) must be a whole number from 0 up, in "
                "hundredths of the unit of measure; for example 95,5 is written 9550 "
                "(not {value})",
                code=spec.code,
                value=repr(target),
            )
        )
    higher = spec.params.get("higher_is_better", True)
    if not isinstance(higher, bool):
        raise ParamsError(
            _("Criterion {code}: higher_is_better must be true or false", code=spec.code)
        )
    fraction = _fraction(spec.params.get("fraction_at_target", Fraction(1, 2)))
    if fraction is None or not 0 <= fraction <= 1:
        raise ParamsError(
            _(
                "Criterion {code}: the share of the maximum given at the target "
                '(fraction_at_target) must be a fraction from 0 to 1, for example "1/2"',
                code=spec.code,
            )
        )
    return QuantitativeParams(target, higher, fraction)


def points_per_occurrence(spec: CriterionSpec) -> int:
    """Read the points (hundredths) one occurrence earns on a PER_OCCURRENCE leaf."""
    value = spec.params.get("points_per_occurrence")
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ParamsError(
            _(
                "Criterion {code}: the points per occurrence (points_per_occurrence) must be a "
                "positive whole number of hundredths of a point; for example 0,5 points is "
                "written 50 (not {value})",
                code=spec.code,
                value=repr(value),
            )
        )
    return value


def check_params(spec: CriterionSpec) -> str | None:
    """Return the message (user's language) for bad parameters of ``spec``, or None if fine."""
    try:
        if spec.kind is CriterionKind.QUANTITATIVE:
            quantitative_params(spec)
        elif spec.kind is CriterionKind.PER_OCCURRENCE:
            points_per_occurrence(spec)
    except ParamsError as error:
        return str(error)
    return None


def _fraction(value: object) -> Fraction | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Fraction | int | Decimal):
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value.strip().replace(",", "."))
        except (ValueError, ZeroDivisionError):
            return None
    return None


class TableTree:
    """Index of a structurally sound table: children in order, top-level ancestor of each row.

    Building it raises ``ValueError`` on duplicate keys, a missing parent or a cycle, since no
    total can be computed then; ``validate_table`` reports the same faults as a list instead.
    """

    def __init__(self, criteria: Iterable[CriterionSpec]) -> None:
        self.by_key: dict[str, CriterionSpec] = {}
        for spec in criteria:
            if spec.key in self.by_key:
                raise ValueError(f"duplicate criterion key {spec.key!r}")
            self.by_key[spec.key] = spec
        children: dict[str | None, list[CriterionSpec]] = {}
        for spec in self.by_key.values():
            if spec.parent_key is not None and spec.parent_key not in self.by_key:
                raise ValueError(f"criterion {spec.code!r} has a missing parent")
            children.setdefault(spec.parent_key, []).append(spec)
        self._children = {
            parent: sorted(specs, key=lambda s: (s.position, s.code))
            for parent, specs in children.items()
        }
        self.top_of: dict[str, CriterionSpec] = {}
        self.order: list[CriterionSpec] = []
        self._walk(None, None)
        if len(self.order) != len(self.by_key):
            raise ValueError("the parent links of the table form a cycle")

    def _walk(self, parent: str | None, top: CriterionSpec | None) -> None:
        for spec in self._children.get(parent, []):
            root = top or spec
            self.top_of[spec.key] = root
            self.order.append(spec)
            self._walk(spec.key, root)

    def children(self, key: str | None) -> list[CriterionSpec]:
        """Rows directly under ``key`` (None: the top level), by position then code."""
        return list(self._children.get(key, []))

    @property
    def leaves(self) -> list[CriterionSpec]:
        """Every row that receives a value, in table order."""
        return [spec for spec in self.order if spec.kind.is_leaf]

    @property
    def top_level(self) -> list[CriterionSpec]:
        """Rows without a parent, in table order."""
        return self.children(None)


def section_of(criteria: Iterable[CriterionSpec]) -> dict[str, str]:
    """Map each leaf's key to the code of its top-level row (a leaf at the top maps to itself).

    Section totals and the "higher in section I" tie-break are keyed by that code, because the
    regulation names sections by their printed code, not by any identifier.
    """
    tree = TableTree(criteria)
    return {spec.key: tree.top_of[spec.key].code for spec in tree.leaves}


def leaf_points(
    spec: CriterionSpec, raw_by_unit: Mapping[str, int], decimals: int = 2
) -> dict[str, int]:
    """Turn each unit's raw input on one leaf into points (hundredths), rounded half up.

    QUANTITATIVE needs every unit at once, because the best unit sets the full mark; that is
    why this takes a mapping of units rather than one value.
    """
    exact = exact_leaf_points(spec, {unit: Fraction(raw) for unit, raw in raw_by_unit.items()})
    return {unit: round_half_up(value, decimals) for unit, value in exact.items()}


def exact_leaf_points(
    spec: CriterionSpec, raw_by_unit: Mapping[str, Fraction]
) -> dict[str, Fraction]:
    """Like ``leaf_points`` but exact, for callers that must round only once at the end.

    Raw inputs may be fractional here because a consolidated input can be a mean of scorers
    (three peers counting 2, 3 and 3 occurrences give 8/3).
    """
    kind = spec.kind
    if kind is CriterionKind.SECTION:
        raise ValueError(f"criterion {spec.code!r} is a section and has no points of its own")
    if kind is CriterionKind.PER_OCCURRENCE:
        each = points_per_occurrence(spec)
        return {
            unit: min(raw * each, Fraction(spec.max_points)) for unit, raw in raw_by_unit.items()
        }
    if kind is CriterionKind.QUANTITATIVE:
        return _quantitative_points(spec, raw_by_unit)
    return dict(raw_by_unit)


def _quantitative_points(
    spec: CriterionSpec, quantity_by_unit: Mapping[str, Fraction]
) -> dict[str, Fraction]:
    """Nothing below target, ``fraction_at_target`` of the maximum at it, all of it for the best.

    Between the target and the best quantity the points grow linearly. When the best unit only
    just meets the target every unit that meets it is "the best" and gets the full maximum;
    that choice also avoids dividing by zero.
    """
    params = quantitative_params(spec)
    target = Fraction(params.target)
    maximum = Fraction(spec.max_points)

    def meets(quantity: Fraction) -> bool:
        return quantity >= target if params.higher_is_better else quantity <= target

    achieved = [q for q in quantity_by_unit.values() if meets(q)]
    if not achieved:
        return dict.fromkeys(quantity_by_unit, Fraction(0))
    best = max(achieved) if params.higher_is_better else min(achieved)
    at_target = maximum * params.fraction_at_target
    result: dict[str, Fraction] = {}
    for unit, quantity in quantity_by_unit.items():
        if not meets(quantity):
            result[unit] = Fraction(0)
        elif best == target:
            result[unit] = maximum
        else:
            result[unit] = at_target + (maximum - at_target) * (quantity - target) / (best - target)
    return result
