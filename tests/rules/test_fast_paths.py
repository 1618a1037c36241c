"""The fast paths of the rules agree with their plain definitions (hypothesis).

Consolidation keeps means as integer sums and counts and rounds them with integer arithmetic;
these tests hold it to the definition: ``combine_values`` (Fractions), then
``exact_leaf_points``, then ``round_half_up``, and ``round_half_up`` itself to Decimal's
ROUND_HALF_UP.
"""

from __future__ import annotations

import copy
import pickle
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from emudesk.rules import (
    CombineMethod,
    CriterionKind,
    CriterionSpec,
    InvalidScoresError,
    RegulationSettings,
    ScoreEntry,
    ScorerRole,
    ScorerValue,
    TableTree,
    combine_values,
    consolidate,
    exact_leaf_points,
    round_half_up,
)
from tests.rules.sample import key, points_table, table_100

SELF, PEER, HEAD = ScorerRole.SELF, ScorerRole.PEER, ScorerRole.HEAD
UNITS = ["daklak", "phuyen", "gialai", "kontum", "binhdinh"]


def decimal_rounding(numerator: int, denominator: int, decimals: int) -> int:
    """Hundredths ``numerator / denominator`` rounded by Decimal's ROUND_HALF_UP, exactly.

    60 digits hold every terminating quotient here exactly (so ties stay ties), and put any
    other quotient far closer to itself than to the nearest half step.
    """
    with localcontext() as context:
        context.prec = 60
        points = Decimal(numerator) / Decimal(denominator) / 100
        rounded = points.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        return int(rounded * 100)


@settings(max_examples=300)
@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=2),
)
@example(1905, 2, 2)  # 9,525 -> 9,53
@example(-1905, 2, 2)
@example(95, 1, 1)
@example(-5, 1, 0)
@example(2200, 3, 2)
def test_round_half_up_of_a_ratio_agrees_with_decimal(
    numerator: int, denominator: int, decimals: int
) -> None:
    expected = decimal_rounding(numerator, denominator, decimals)
    assert round_half_up(numerator, decimals, denominator) == expected
    assert round_half_up(-numerator, decimals, -denominator) == expected
    assert round_half_up(Fraction(numerator, denominator), decimals) == expected
    if numerator % denominator == 0:
        assert round_half_up(numerator // denominator, decimals) == expected


@settings(max_examples=200)
@given(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.integers(min_value=1, max_value=1000),
    st.integers(min_value=0, max_value=2),
)
def test_exact_halves_go_away_from_zero(steps: int, scale: int, decimals: int) -> None:
    # (2·steps + 1) / 2 rounding steps, written with a denominator that is not reduced.
    step = 10 ** (2 - decimals)
    numerator, denominator = (2 * steps + 1) * step * scale, 2 * scale
    away = steps + 1 if steps >= 0 else steps
    assert round_half_up(numerator, decimals, denominator) == away * step
    assert decimal_rounding(numerator, denominator, decimals) == away * step


@pytest.mark.parametrize("denominator", [True, 2.0, Fraction(2), "2"])
def test_round_half_up_refuses_a_denominator_that_is_not_an_integer(denominator: object) -> None:
    with pytest.raises(TypeError):
        round_half_up(100, 2, denominator)  # type: ignore[arg-type]


def test_round_half_up_refuses_a_zero_denominator() -> None:
    with pytest.raises(ZeroDivisionError):
        round_half_up(100, 2, 0)


def test_round_half_up_checks_the_precision_first() -> None:
    with pytest.raises(ValueError):
        round_half_up(9.5, 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        round_half_up(100, 1.5)  # type: ignore[arg-type]


def reference(
    table: list[CriterionSpec], scores: list[ScoreEntry], rules: RegulationSettings
) -> dict[str, tuple[dict[str, int], int, int | None, int | None]]:
    """(points, total, self total, peer mean total) of each unit, straight from the definition."""
    tree = TableTree(table)
    given: dict[tuple[str, str], tuple[list[int], list[int], list[int]]] = {}
    for entry in scores:
        own, peers, head = given.setdefault(
            (entry.assessed_unit_key, entry.criterion_key), ([], [], [])
        )
        {SELF: own, PEER: peers, HEAD: head}[entry.role].append(entry.value)
    units = sorted({unit for unit, _ in given})

    def view(method: CombineMethod) -> dict[str, dict[str, int]]:
        points: dict[str, dict[str, int]] = {unit: {} for unit in units}
        for spec in tree.leaves:
            raw: dict[str, Fraction] = {}
            for unit in units:
                own, peers, head = given.get((unit, spec.key), ([], [], []))
                value = combine_values(
                    own[0] if own else None, peers, head[0] if head else None, method, rules
                )
                if value is not None:
                    raw[unit] = value
            for unit, exact in exact_leaf_points(spec, raw).items():
                points[unit][spec.key] = round_half_up(exact, rules.decimals)
        return points

    def total(points: dict[str, int]) -> int:
        kinds = {key: tree.by_key[key].kind for key in points}
        bonus = sum(v for k, v in points.items() if kinds[k] is CriterionKind.BONUS)
        deduction = sum(v for k, v in points.items() if kinds[k] is CriterionKind.DEDUCTION)
        rest = sum(points.values()) - bonus - deduction
        if rules.bonus_cap is not None:
            bonus = min(bonus, rules.bonus_cap)
        if rules.deduction_cap is not None:
            deduction = min(deduction, rules.deduction_cap)
        return rest + bonus - deduction

    final = view(rules.combine)
    by_self, by_peers = view(CombineMethod.SELF_ONLY), view(CombineMethod.PEER_MEAN)
    roles = {unit: {e.role for e in scores if e.assessed_unit_key == unit} for unit in units}
    return {
        unit: (
            final[unit],
            total(final[unit]),
            total(by_self[unit]) if SELF in roles[unit] else None,
            total(by_peers[unit]) if PEER in roles[unit] else None,
        )
        for unit in units
    }


def raw_value(spec: CriterionSpec, draw: st.DrawFn) -> int:
    if spec.kind is CriterionKind.PASS_FAIL:
        return draw(st.sampled_from([0, spec.max_points]))
    if spec.kind is CriterionKind.PER_OCCURRENCE:
        return draw(st.integers(0, 6))
    if spec.kind is CriterionKind.QUANTITATIVE:
        return draw(st.integers(8500, 10000))
    return draw(st.integers(0, spec.max_points))


@st.composite
def scored_cluster(draw: st.DrawFn) -> list[ScoreEntry]:
    """Self, peer and head values of a few units on the table with every kind of row."""
    leaves = [spec for spec in table_100() if spec.kind.is_leaf]
    scores: list[ScoreEntry] = []
    for unit in draw(st.lists(st.sampled_from(UNITS), unique=True, min_size=1, max_size=4)):
        for spec in draw(st.lists(st.sampled_from(leaves), unique_by=lambda s: s.key)):
            for scorer in draw(st.lists(st.sampled_from(UNITS), unique=True, max_size=5)):
                role = SELF if scorer == unit else PEER
                scores.append(ScoreEntry(scorer, role, unit, spec.key, raw_value(spec, draw)))
            if draw(st.booleans()):
                scores.append(ScoreEntry("daklak", HEAD, unit, spec.key, raw_value(spec, draw)))
    return draw(st.permutations(scores))


@settings(max_examples=80, deadline=None)
@given(
    scored_cluster(),
    st.sampled_from(list(CombineMethod)),
    st.booleans(),
    st.integers(3, 4),
    st.integers(0, 2),
    st.sampled_from([None, 0, 300]),
    st.sampled_from([None, 500]),
)
def test_consolidation_agrees_with_the_definition(
    scores: list[ScoreEntry],
    method: CombineMethod,
    trim: bool,
    trim_min_peers: int,
    decimals: int,
    bonus_cap: int | None,
    deduction_cap: int | None,
) -> None:
    rules = RegulationSettings(
        combine=method,
        trim_extremes=trim,
        trim_min_peers=trim_min_peers,
        decimals=decimals,
        bonus_cap=bonus_cap,
        deduction_cap=deduction_cap,
    )
    outcome = consolidate(table_100(), scores, rules)
    expected = reference(table_100(), scores, rules)
    assert list(outcome) == list(expected)
    for unit, (points, total, self_total, peer_total) in expected.items():
        result = outcome[unit]
        assert list(result.points.items()) == list(points.items())  # same values, same order
        assert (result.total, result.self_total, result.peer_mean_total) == (
            total,
            self_total,
            peer_total,
        )


def test_a_bool_is_not_a_score_even_within_the_range() -> None:
    entry = ScoreEntry("phuyen", PEER, "daklak", key("1.1"), True)
    with pytest.raises(InvalidScoresError, match="không phải là một số"):
        consolidate(points_table(), [entry], RegulationSettings())


@pytest.mark.parametrize(("value", "accepted"), [(0, True), (800, True), (400, False)])
def test_pass_fail_takes_either_end_only(value: int, accepted: bool) -> None:
    entry = ScoreEntry("phuyen", PEER, "daklak", key("2.2"), value)
    if accepted:
        result = consolidate(table_100(), [entry], RegulationSettings())
        assert result["daklak"].points[key("2.2")] == value
    else:
        with pytest.raises(InvalidScoresError, match="chỉ chấm 0,00"):
            consolidate(table_100(), [entry], RegulationSettings())


def test_bad_entries_among_many_good_ones_are_listed_in_entry_order() -> None:
    good = [
        ScoreEntry(scorer, PEER, unit, key("1.1"), 1000)
        for unit in UNITS
        for scorer in UNITS
        if scorer != unit
    ]
    bad = [
        ScoreEntry("phuyen", PEER, "daklak", key("1.1"), 500),  # given twice
        ScoreEntry("gialai", PEER, "daklak", key("1.2"), 5000),
        ScoreEntry("daklak", PEER, "daklak", key("2.1"), 100),
    ]
    with pytest.raises(InvalidScoresError) as caught:
        consolidate(
            points_table(), [*good[:7], bad[1], *good[7:], bad[0], bad[2]], RegulationSettings()
        )
    messages = caught.value.messages
    assert len(messages) == 3
    assert "vượt quá" in messages[0]
    assert "nhập hai lần" in messages[1]
    assert "chấm chéo cho chính mình" in messages[2]


def test_scorer_values_read_like_a_mapping_and_copy_as_a_dict() -> None:
    scores = [
        ScoreEntry("gialai", PEER, "daklak", key("1.1"), 1200),
        ScoreEntry("daklak", SELF, "daklak", key("1.1"), 2000),
        ScoreEntry("phuyen", HEAD, "daklak", key("2.1"), 1500),
    ]
    values = consolidate(points_table(), scores, RegulationSettings())["daklak"].scorer_values
    expected = {
        key("1.1"): (ScorerValue("daklak", SELF, 2000), ScorerValue("gialai", PEER, 1200)),
        key("2.1"): (ScorerValue("phuyen", HEAD, 1500),),
    }
    assert values == expected and expected == values
    assert list(values) == [key("1.1"), key("2.1")] and len(values) == 2
    assert values.get(key("3.1")) is None and key("2.1") in values
    assert repr(values) == repr(expected)
    assert pickle.loads(pickle.dumps(values)) == expected
    assert copy.deepcopy(values) == expected and type(copy.copy(values)) is dict
    with pytest.raises(TypeError):
        values[key("3.1")] = ()  # type: ignore[index]
