"""Consolidation: from every scorer's raw inputs to one result per unit.

The regulation decides whose values count (self, peers, the head's review) and how they
combine; this module applies that rule per (unit, criterion), converts raw inputs to points,
rounds each consolidated value exactly once, and adds the rounded values exactly. Rounding per
criterion (not per total) is what a printed score sheet shows, so the sheet adds up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from emudesk.rules.checks import blocking_problems, check_value
from emudesk.rules.errors import InvalidScoresError, TableError
from emudesk.rules.points import round_half_up
from emudesk.rules.regulation import RegulationSettings
from emudesk.rules.scores import CombineMethod, ScoreEntry, ScorerRole, ScorerValue, UnitResult
from emudesk.rules.table import CriterionKind, CriterionSpec, TableTree, exact_leaf_points

# Points of one view: unit key -> criterion key -> rounded points (hundredths).
_Points = dict[str, dict[str, int]]


@dataclass
class _Inputs:
    """Raw values given for one (unit, criterion), by role."""

    self_value: int | None = None
    peers: dict[str, int] = field(default_factory=dict)
    head: int | None = None
    head_scorer: str = ""


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
    problems = blocking_problems(criteria)
    if problems:
        raise TableError([problem.message_vi for problem in problems])
    tree = TableTree(criteria)
    entries = list(scores)
    _check_entries(tree, entries)
    inputs = _group(entries)
    unit_keys = sorted(set(units) | {entry.assessed_unit_key for entry in entries})

    final = _view(tree, inputs, unit_keys, settings.combine, settings)
    by_self = _view(tree, inputs, unit_keys, CombineMethod.SELF_ONLY, settings)
    by_peers = _view(tree, inputs, unit_keys, CombineMethod.PEER_MEAN, settings)
    roles_by_unit: dict[str, set[ScorerRole]] = {}
    for entry in entries:
        roles_by_unit.setdefault(entry.assessed_unit_key, set()).add(entry.role)

    results: dict[str, UnitResult] = {}
    for unit in unit_keys:
        points = final[unit]
        totals = _Totals.of(tree, points, settings)
        roles = roles_by_unit.get(unit, set())
        self_total = (
            _Totals.of(tree, by_self[unit], settings).total if ScorerRole.SELF in roles else None
        )
        peer_total = (
            _Totals.of(tree, by_peers[unit], settings).total if ScorerRole.PEER in roles else None
        )
        results[unit] = UnitResult(
            unit_key=unit,
            total=totals.total,
            section_totals=totals.sections,
            bonus_total=totals.bonus,
            deduction_total=totals.deduction,
            points=points,
            scorer_values=_scorer_values(tree, inputs, unit),
            self_total=self_total,
            peer_mean_total=peer_total,
            missing=tuple(
                spec.key
                for spec in tree.leaves
                if spec.kind.counts_in_maximum and spec.key not in points
            ),
            bonus_before_cap=totals.bonus_before_cap,
            deduction_before_cap=totals.deduction_before_cap,
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


def _mean(values: Sequence[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


def _check_entries(tree: TableTree, entries: list[ScoreEntry]) -> None:
    messages: list[str] = []
    seen: set[tuple[str, ScorerRole, str, str]] = set()
    heads: dict[tuple[str, str], str] = {}
    for entry in entries:
        who = f"Điểm của {entry.scorer_unit_key} cho {entry.assessed_unit_key}"
        spec = tree.by_key.get(entry.criterion_key)
        if spec is None:
            messages.append(f"{who}: tiêu chí {entry.criterion_key} không có trong bảng điểm")
            continue
        problem = check_value(spec, entry.value)
        if problem is not None:
            messages.append(f"{who}: {problem.message_vi}")
        if entry.role is ScorerRole.SELF and entry.scorer_unit_key != entry.assessed_unit_key:
            messages.append(f"{who}: tự chấm phải do chính đơn vị được chấm nhập")
        if entry.role is ScorerRole.PEER and entry.scorer_unit_key == entry.assessed_unit_key:
            messages.append(f"{who}: đơn vị không chấm chéo cho chính mình")
        identity = (entry.scorer_unit_key, entry.role, entry.assessed_unit_key, spec.key)
        if identity in seen:
            messages.append(f"{who}: tiêu chí {spec.code} được nhập hai lần")
        seen.add(identity)
        if entry.role is ScorerRole.HEAD:
            head = heads.setdefault((entry.assessed_unit_key, spec.key), entry.scorer_unit_key)
            if head != entry.scorer_unit_key:
                messages.append(f"{who}: tiêu chí {spec.code} có thẩm định của hai cụm trưởng")
    if messages:
        raise InvalidScoresError(messages)


def _group(entries: list[ScoreEntry]) -> dict[tuple[str, str], _Inputs]:
    grouped: dict[tuple[str, str], _Inputs] = {}
    for entry in entries:
        inputs = grouped.setdefault((entry.assessed_unit_key, entry.criterion_key), _Inputs())
        if entry.role is ScorerRole.SELF:
            inputs.self_value = entry.value
        elif entry.role is ScorerRole.PEER:
            inputs.peers[entry.scorer_unit_key] = entry.value
        else:
            inputs.head = entry.value
            inputs.head_scorer = entry.scorer_unit_key
    return grouped


def _view(
    tree: TableTree,
    inputs: dict[tuple[str, str], _Inputs],
    unit_keys: list[str],
    method: CombineMethod,
    settings: RegulationSettings,
) -> _Points:
    """Rounded points of every unit on every leaf under one combining method."""
    points: _Points = {unit: {} for unit in unit_keys}
    for spec in tree.leaves:
        raw: dict[str, Fraction] = {}
        for unit in unit_keys:
            given = inputs.get((unit, spec.key))
            if given is None:
                continue
            value = combine_values(
                given.self_value, list(given.peers.values()), given.head, method, settings
            )
            if value is not None:
                raw[unit] = value
        for unit, exact in exact_leaf_points(spec, raw).items():
            points[unit][spec.key] = round_half_up(exact, settings.decimals)
    return points


@dataclass(frozen=True)
class _Totals:
    total: int
    sections: dict[str, int]
    bonus: int
    deduction: int
    bonus_before_cap: int
    deduction_before_cap: int

    @classmethod
    def of(cls, tree: TableTree, points: dict[str, int], settings: RegulationSettings) -> _Totals:
        sections = {spec.code: 0 for spec in tree.top_level if spec.kind.counts_in_maximum}
        bonus = deduction = 0
        for key, value in points.items():
            spec = tree.by_key[key]
            if spec.kind is CriterionKind.BONUS:
                bonus += value
            elif spec.kind is CriterionKind.DEDUCTION:
                deduction += value
            else:
                sections[tree.top_of[key].code] += value
        capped_bonus = bonus if settings.bonus_cap is None else min(bonus, settings.bonus_cap)
        capped_deduction = (
            deduction if settings.deduction_cap is None else min(deduction, settings.deduction_cap)
        )
        total = sum(sections.values()) + capped_bonus - capped_deduction
        return cls(total, sections, capped_bonus, capped_deduction, bonus, deduction)


def _scorer_values(
    tree: TableTree, inputs: dict[tuple[str, str], _Inputs], unit: str
) -> dict[str, tuple[ScorerValue, ...]]:
    values: dict[str, tuple[ScorerValue, ...]] = {}
    for spec in tree.leaves:
        given = inputs.get((unit, spec.key))
        if given is None:
            continue
        rows: list[ScorerValue] = []
        if given.self_value is not None:
            rows.append(ScorerValue(unit, ScorerRole.SELF, given.self_value))
        rows.extend(ScorerValue(k, ScorerRole.PEER, v) for k, v in sorted(given.peers.items()))
        if given.head is not None:
            rows.append(ScorerValue(given.head_scorer, ScorerRole.HEAD, given.head))
        values[spec.key] = tuple(rows)
    return values
