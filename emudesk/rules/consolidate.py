"""Consolidation: from every scorer's raw inputs to one result per unit.

The regulation decides whose values count (self, peers, the head's review) and how they
combine; this module applies that rule per (unit, criterion), converts raw inputs to points,
rounds each consolidated value exactly once, and adds the rounded values exactly. Rounding per
criterion (not per total) is what a printed score sheet shows, so the sheet adds up.

A large cluster-year has tens of thousands of entries, so the work is done in few passes:
one pass checks and groups the entries, one pass over the groups gives every view (the
regulation's, self only, peers' mean) at once. Values stay integers: a mean is kept as its sum
and count and rounded once by ``round_half_up``; Fractions are built only for the leaves whose
points depend on a ratio (counts and quantities).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from itertools import filterfalse, repeat

from emudesk.rules.checks import blocking_problems
from emudesk.rules.errors import TableError
from emudesk.rules.grouping import Given, Grouped, ScorerValues, group_entries
from emudesk.rules.points import round_half_up
from emudesk.rules.regulation import RegulationSettings
from emudesk.rules.scores import CombineMethod, ScoreEntry, UnitResult
from emudesk.rules.summaries import ScoreSummary, group_summaries
from emudesk.rules.table import CriterionKind, CriterionSpec, TableTree, exact_leaf_points

# Rounded points (hundredths) of one unit by criterion key, in three views: the regulation's,
# self only, peers' mean only.
_Views = tuple[dict[str, int], dict[str, int], dict[str, int]]

# Kinds whose points are the consolidated raw input itself (hundredths of a point).
_AS_GIVEN = frozenset(
    {CriterionKind.POINTS, CriterionKind.PASS_FAIL, CriterionKind.BONUS, CriterionKind.DEDUCTION}
)


def consolidate(
    criteria: Sequence[CriterionSpec],
    scores: Iterable[ScoreEntry],
    settings: RegulationSettings,
    units: Iterable[str] = (),
) -> dict[str, UnitResult]:
    """Return the consolidated result of every unit, keyed and ordered by unit key.

    ``units`` adds members nobody has scored yet, so they appear with every criterion missing
    instead of vanishing from the ranking. Raises ``TableError`` for a table whose totals
    cannot be computed and ``InvalidScoresError`` for entries the table or the roles forbid.
    """
    tree = _checked_tree(criteria)
    leaves = tree.leaves
    return _results(tree, group_entries(tree, leaves, list(scores)), settings, units)


def consolidate_summaries(
    criteria: Sequence[CriterionSpec],
    summaries: Iterable[ScoreSummary],
    settings: RegulationSettings,
    units: Iterable[str] = (),
) -> dict[str, UnitResult] | None:
    """``consolidate`` from the entries summed per (criterion, unit) by the database.

    The results are those of ``consolidate`` on the same entries, except that their
    ``scorer_values`` cannot be read (the peers are known only by their sum). None when an
    entry needs the full check (see ``summaries.group_summaries``): consolidate the entries.
    """
    tree = _checked_tree(criteria)
    grouped = group_summaries(tree.leaves, summaries)
    if grouped is None:
        return None
    return _results(tree, grouped, settings, units)


def _checked_tree(criteria: Sequence[CriterionSpec]) -> TableTree:
    problems = blocking_problems(criteria)
    if problems:
        raise TableError([problem.message for problem in problems])
    return TableTree(criteria)


def _results(
    tree: TableTree, grouped: Grouped, settings: RegulationSettings, units: Iterable[str]
) -> dict[str, UnitResult]:
    leaves = tree.leaves
    assessed = {unit for by_unit in grouped.values() for unit in by_unit}
    unit_keys = sorted(set(units) | assessed)

    views = _views(leaves, grouped, unit_keys, settings)
    layout = _Layout(tree, leaves, settings)
    results: dict[str, UnitResult] = {}
    for unit in unit_keys:
        points, self_points, peer_points = views[unit]
        sections = layout.sections(points)
        bonus, deduction = layout.adjustments(points)
        capped_bonus, capped_deduction = layout.capped(bonus, deduction)
        results[unit] = UnitResult(
            unit_key=unit,
            total=sum(sections.values()) + capped_bonus - capped_deduction,
            section_totals=sections,
            bonus_total=capped_bonus,
            deduction_total=capped_deduction,
            points=points,
            scorer_values=ScorerValues(unit, leaves, grouped),
            self_total=layout.total(self_points) if self_points else None,
            peer_mean_total=layout.total(peer_points) if peer_points else None,
            missing=tuple(filterfalse(points.__contains__, layout.counted)),
            bonus_before_cap=bonus,
            deduction_before_cap=deduction,
        )
    return results


def combine_values(
    self_value: int | None,
    peers: Sequence[int],
    head: int | None,
    method: CombineMethod,
    settings: RegulationSettings,
) -> Fraction | None:
    """The exact (unrounded) consolidated raw value of one criterion, or None if nobody counts.

    Trimming applies to peer values only: the highest and the lowest are dropped when
    ``settings.trim_extremes`` is on and at least ``settings.trim_min_peers`` peers scored.
    """
    counted = sorted(peers)
    if settings.trim_extremes and len(counted) >= settings.trim_min_peers:
        counted = counted[1:-1]
    if method is CombineMethod.HEAD_ELSE_PEER_MEAN:
        return Fraction(head) if head is not None else _mean(counted)
    if method is CombineMethod.PEER_MEAN:
        return _mean(counted)
    if method is CombineMethod.HEAD_ONLY:
        return None if head is None else Fraction(head)
    if method is CombineMethod.SELF_ONLY:
        return None if self_value is None else Fraction(self_value)
    return _mean(counted if self_value is None else [self_value, *counted])


def _combined(given: Given, peers: tuple[int, int, int], method: CombineMethod) -> Fraction | None:
    """``combine_values`` from the peers' (trimmed) sum and count, exactly as from their list."""
    _scored, peer_sum, peer_count = peers
    head, own = given.head, given.self_value
    peer_mean = Fraction(peer_sum, peer_count) if peer_count else None
    if method is CombineMethod.HEAD_ELSE_PEER_MEAN:
        return Fraction(head) if head is not None else peer_mean
    if method is CombineMethod.PEER_MEAN:
        return peer_mean
    if method is CombineMethod.HEAD_ONLY:
        return None if head is None else Fraction(head)
    if method is CombineMethod.SELF_ONLY:
        return None if own is None else Fraction(own)
    if own is None:
        return peer_mean
    return Fraction(peer_sum + own, peer_count + 1)


def _mean(values: Sequence[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


def _views(
    leaves: list[CriterionSpec],
    grouped: Grouped,
    unit_keys: list[str],
    settings: RegulationSettings,
) -> dict[str, _Views]:
    """Rounded points of every unit on every leaf: the regulation's view, self only, peers only.

    Each value is what ``combine_values`` gives under the view's method, converted by the
    leaf's kind and rounded once. A view without any value stays empty.
    """
    views: dict[str, _Views] = {unit: ({}, {}, {}) for unit in unit_keys}
    for spec in leaves:
        by_unit = grouped.get(spec.key)
        if not by_unit:
            continue
        if spec.kind in _AS_GIVEN:
            _as_given(spec.key, by_unit, views, settings)
        else:
            _converted(spec, by_unit, views, settings)
    return views


def _as_given(
    key: str, by_unit: dict[str, Given], views: dict[str, _Views], settings: RegulationSettings
) -> None:
    """Points equal to the consolidated raw input: combine in integers, round once.

    This is ``combine_values`` followed by ``round_half_up``, with each mean kept as its sum
    and count; it is the hot loop of a large cluster-year, hence written out.
    """
    decimals = settings.decimals
    method = settings.combine
    trim = settings.trim_min_peers if settings.trim_extremes else 0
    head_counts = method in (CombineMethod.HEAD_ELSE_PEER_MEAN, CombineMethod.HEAD_ONLY)
    for unit, given in by_unit.items():
        final, by_self, by_peers = views[unit]
        own = given.self_value
        mine: int | None = None
        peer: int | None = None
        if own is not None:
            mine = by_self[key] = round_half_up(own, decimals)
        peers, peer_sum, peer_count = given.counted_peers(trim)
        if peers:
            peer = by_peers[key] = round_half_up(peer_sum, decimals, peer_count)
        value: int | None
        if head_counts and given.head is not None:
            value = round_half_up(given.head, decimals)
        elif method is CombineMethod.HEAD_ELSE_PEER_MEAN or method is CombineMethod.PEER_MEAN:
            value = peer
        elif method is CombineMethod.SELF_ONLY:
            value = mine
        elif method is CombineMethod.MEAN_OF_ALL and own is not None and peers:
            value = round_half_up(peer_sum + own, decimals, peer_count + 1)
        elif method is CombineMethod.MEAN_OF_ALL:
            value = mine if peer is None else peer
        else:
            value = None
        if value is not None:
            final[key] = value


def _converted(
    spec: CriterionSpec,
    by_unit: dict[str, Given],
    views: dict[str, _Views],
    settings: RegulationSettings,
) -> None:
    """Points of a count or quantity row, from the exact consolidated inputs as Fractions.

    A count's points depend on the exact mean, a quantity's also on every other unit's input,
    so these rows follow the definition step by step; tables have few of them.
    """
    methods = (settings.combine, CombineMethod.SELF_ONLY, CombineMethod.PEER_MEAN)
    trim = settings.trim_min_peers if settings.trim_extremes else 0
    for index, method in enumerate(methods):
        raw: dict[str, Fraction] = {}
        for unit, given in by_unit.items():
            value = _combined(given, given.counted_peers(trim), method)
            if value is not None:
                raw[unit] = value
        for unit, exact in exact_leaf_points(spec, raw).items():
            views[unit][index][spec.key] = round_half_up(exact, settings.decimals)


class _Layout:
    """Where the points of each leaf go in a unit's totals, and the regulation's caps.

    Section totals are keyed by the code of each top-level row that counts in the maximum;
    bonus and deduction rows count only through their own totals, after the caps.
    """

    def __init__(
        self, tree: TableTree, leaves: list[CriterionSpec], settings: RegulationSettings
    ) -> None:
        self.counted = [spec.key for spec in leaves if spec.kind.counts_in_maximum]
        self.section_keys: dict[str, list[str]] = {
            spec.code: [] for spec in tree.top_level if spec.kind.counts_in_maximum
        }
        for key in self.counted:
            self.section_keys[tree.top_of[key].code].append(key)
        self.bonus_keys = [spec.key for spec in leaves if spec.kind is CriterionKind.BONUS]
        self.deduction_keys = [spec.key for spec in leaves if spec.kind is CriterionKind.DEDUCTION]
        self.bonus_cap = settings.bonus_cap
        self.deduction_cap = settings.deduction_cap

    def sections(self, points: dict[str, int]) -> dict[str, int]:
        """Total of each section, in table order (a leaf without points counts as zero)."""
        return {
            code: sum(map(points.get, keys, repeat(0))) for code, keys in self.section_keys.items()
        }

    def adjustments(self, points: dict[str, int]) -> tuple[int, int]:
        """Bonus and deductions before the caps."""
        bonus = sum(points.get(key, 0) for key in self.bonus_keys)
        deduction = sum(points.get(key, 0) for key in self.deduction_keys)
        return bonus, deduction

    def capped(self, bonus: int, deduction: int) -> tuple[int, int]:
        """Bonus and deductions after the regulation's caps."""
        if self.bonus_cap is not None:
            bonus = min(bonus, self.bonus_cap)
        if self.deduction_cap is not None:
            deduction = min(deduction, self.deduction_cap)
        return bonus, deduction

    def total(self, points: dict[str, int]) -> int:
        """The total of a unit with these points: sections, plus capped bonus, minus deductions."""
        bonus, deduction = self.adjustments(points)
        capped_bonus, capped_deduction = self.capped(bonus, deduction)
        return sum(points.values()) - bonus - deduction + capped_bonus - capped_deduction
