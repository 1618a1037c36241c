"""Properties of consolidation, ranking and awards over generated clusters (hypothesis).

Values are drawn from small ranges on purpose: equal totals and equal tie-break values must be
common, or the interesting cases (ties, shared ranks, votes) would almost never be generated.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from emudesk.rules import (
    AwardQuotas,
    CombineMethod,
    ExclusionReason,
    RankRule,
    RegulationSettings,
    ScoreEntry,
    ScorerRole,
    TieBreak,
    TieBreakKind,
    UnitResult,
    consolidate,
    rank_units,
    suggest_awards,
)
from emudesk.rules.ranking import Ranking
from tests.rules.sample import UNITS, entries, key, points_table, result

CHAIN_RULES = [
    TieBreak.section("I"),
    TieBreak(TieBreakKind.FEWER_DEDUCTIONS),
    TieBreak(TieBreakKind.MORE_BONUS),
    TieBreak(TieBreakKind.VOTES),
    TieBreak(TieBreakKind.PREVIOUS_RANK),
]
LEAVES = {"1.1": 2000, "1.2": 2000, "2.1": 3000, "3.1": 3000}

chains = st.lists(st.sampled_from(CHAIN_RULES), unique=True, max_size=len(CHAIN_RULES))
votes = st.none() | st.dictionaries(st.sampled_from(UNITS), st.integers(0, 3))
previous_ranks = st.none() | st.dictionaries(st.sampled_from(UNITS), st.integers(1, 4))


@st.composite
def unit_results(draw: st.DrawFn, min_size: int = 0) -> list[UnitResult]:
    keys = draw(st.lists(st.sampled_from(UNITS), unique=True, min_size=min_size))
    return [
        result(
            unit,
            total=draw(st.integers(0, 4)) * 100,
            sections={"I": draw(st.integers(0, 2)) * 100, "II": 0, "III": 0},
            bonus=draw(st.integers(0, 2)) * 100,
            deduction=draw(st.integers(0, 2)) * 100,
        )
        for unit in keys
    ]


@st.composite
def head_scores(draw: st.DrawFn) -> list[ScoreEntry]:
    """The head's reviewed values for a few units on the all-POINTS table."""
    units = draw(st.lists(st.sampled_from(UNITS), unique=True, min_size=1))
    scores: list[ScoreEntry] = []
    for unit in units:
        values = {code: draw(st.integers(0, 2)) * top // 2 for code, top in LEAVES.items()}
        values["T"] = draw(st.sampled_from([0, 250, 500]))
        values["D"] = draw(st.sampled_from([0, 500, 1000]))
        scores += entries("daklak", ScorerRole.HEAD, unit, values)
    return scores


def signature(ranking: Ranking) -> tuple[object, ...]:
    return ranking.rows, ranking.decisions


@settings(max_examples=75)
@given(unit_results(), chains, votes, previous_ranks, st.randoms(use_true_random=False))
def test_ranking_does_not_depend_on_input_order(
    units: list[UnitResult],
    chain: list[TieBreak],
    vote_counts: dict[str, int] | None,
    previous: dict[str, int] | None,
    random: object,
) -> None:
    shuffled = list(units)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert signature(rank_units(units, chain, vote_counts, previous)) == signature(
        rank_units(shuffled, chain, vote_counts, previous)
    )


@settings(max_examples=75)
@given(unit_results(), chains, votes, previous_ranks)
def test_ranks_are_standard_competition_ranks(
    units: list[UnitResult],
    chain: list[TieBreak],
    vote_counts: dict[str, int] | None,
    previous: dict[str, int] | None,
) -> None:
    ranking = rank_units(units, chain, vote_counts, previous)
    rows = ranking.rows
    assert sorted(row.unit_key for row in rows) == sorted(u.unit_key for u in units)
    assert len(ranking.decisions) == max(len(rows) - 1, 0)
    for index, row in enumerate(rows):
        if index == 0:
            assert row.rank == 1
            continue
        decision = ranking.decisions[index - 1]
        assert rows[index - 1].total >= row.total
        if decision.rule is RankRule.SHARED:
            assert row.rank == rows[index - 1].rank
            assert rows[index - 1].unit_key < row.unit_key  # shared ranks are ordered by key
        else:
            assert row.rank == index + 1
        assert row.shared == (
            decision.rule is RankRule.SHARED
            or (index + 1 < len(rows) and ranking.decisions[index].rule is RankRule.SHARED)
        )


@settings(max_examples=75)
@given(
    st.integers(0, 4).map(lambda n: n * 100),
    st.lists(st.sampled_from(CHAIN_RULES), unique=True, min_size=1),
    st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)),
    st.sampled_from([None, 1, 2]),
    st.sampled_from([None, 1, 2]),
)
def test_a_constructed_tie_is_broken_by_the_chain_or_shared(
    total: int,
    chain: list[TieBreak],
    a: tuple[int, int, int, int],
    b: tuple[int, int, int, int],
    a_previous: int | None,
    b_previous: int | None,
) -> None:
    # GIVEN two units with the same total and drawn values for every tie-break
    first = result("binhdinh", total, {"I": a[0], "II": 0, "III": 0}, bonus=a[1], deduction=a[2])
    second = result("lamdong", total, {"I": b[0], "II": 0, "III": 0}, bonus=b[1], deduction=b[2])
    vote_counts = {"binhdinh": a[3], "lamdong": b[3]}
    previous = {k: v for k, v in (("binhdinh", a_previous), ("lamdong", b_previous)) if v}
    # WHEN they are ranked
    ranking = rank_units([first, second], chain, vote_counts, previous)
    # THEN the first rule of the chain where they differ decides, and says so
    better = {
        TieBreakKind.SECTION_TOTAL: lambda x, y: x[0] > y[0],
        TieBreakKind.MORE_BONUS: lambda x, y: x[1] > y[1],
        TieBreakKind.FEWER_DEDUCTIONS: lambda x, y: x[2] < y[2],
        TieBreakKind.VOTES: lambda x, y: x[3] > y[3],
    }
    extended_a = (*a, a_previous if a_previous is not None else 99)
    extended_b = (*b, b_previous if b_previous is not None else 99)
    better[TieBreakKind.PREVIOUS_RANK] = lambda x, y: x[4] < y[4]
    decision = ranking.decisions[0]
    for rule in chain:
        if better[rule.kind](extended_a, extended_b):
            assert ranking.keys == ["binhdinh", "lamdong"] and decision.rule == rule
            assert [row.rank for row in ranking.rows] == [1, 2]
            return
        if better[rule.kind](extended_b, extended_a):
            assert ranking.keys == ["lamdong", "binhdinh"] and decision.rule == rule
            assert [row.rank for row in ranking.rows] == [1, 2]
            return
    # AND when nothing splits them they share the rank
    assert decision.rule is RankRule.SHARED
    assert [row.rank for row in ranking.rows] == [1, 1]


@settings(max_examples=60)
@given(
    head_scores(),
    st.sampled_from(UNITS),
    st.sampled_from([250, 500]),
    chains.filter(lambda c: TieBreak(TieBreakKind.VOTES) not in c),
    st.sampled_from([None, 500]),
)
def test_adding_a_bonus_never_lowers_a_rank(
    scores: list[ScoreEntry],
    lucky: str,
    extra: int,
    chain: list[TieBreak],
    bonus_cap: int | None,
) -> None:
    rules = RegulationSettings(combine=CombineMethod.HEAD_ONLY, bonus_cap=bonus_cap)
    units = sorted({s.assessed_unit_key for s in scores} | {lucky})
    before = rank_units(consolidate(points_table(), scores, rules, units), chain)
    bonus_key = key("T")
    raised = [
        s._replace(value=min(s.value + extra, 500))
        if (s.assessed_unit_key, s.criterion_key) == (lucky, bonus_key)
        else s
        for s in scores
    ]
    if not any(s.assessed_unit_key == lucky and s.criterion_key == bonus_key for s in raised):
        raised.append(ScoreEntry("daklak", ScorerRole.HEAD, lucky, bonus_key, extra))
    after = rank_units(consolidate(points_table(), raised, rules, units), chain)
    assert after.rank_of(lucky) <= before.rank_of(lucky)


@settings(max_examples=60)
@given(
    st.fixed_dictionaries({code: st.integers(0, top) for code, top in LEAVES.items()}),
    st.integers(1, 7),
    st.sampled_from(list(CombineMethod)),
    st.booleans(),
    st.integers(0, 2),
)
def test_identical_scorers_consolidate_to_their_value(
    values: dict[str, int], peers: int, method: CombineMethod, trim: bool, decimals: int
) -> None:
    # Values on the regulation's precision: rounding must then change nothing.
    step = 10 ** (2 - decimals)
    values = {code: value - value % step for code, value in values.items()}
    scores = entries("daklak", ScorerRole.SELF, "daklak", values)
    scores += entries("phuyen", ScorerRole.HEAD, "daklak", values)
    for index in range(peers):
        scores += entries(f"peer{index}", ScorerRole.PEER, "daklak", values)
    rules = RegulationSettings(
        combine=method, trim_extremes=trim, trim_min_peers=3, decimals=decimals
    )
    outcome = consolidate(points_table(), scores, rules)["daklak"]
    assert outcome.points == {key(code): value for code, value in values.items()}
    assert outcome.total == sum(values.values())
    assert outcome.self_total == outcome.peer_mean_total == outcome.total


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(st.sampled_from(UNITS[:4]), st.sampled_from(list(LEAVES)), st.integers(0, 2000)),
        min_size=1,
        max_size=30,
        unique_by=lambda t: (t[0], t[1]),
    ),
    st.integers(0, 2),
    st.randoms(use_true_random=False),
)
def test_consolidation_adds_up_and_ignores_entry_order(
    rows: list[tuple[str, str, int]], decimals: int, random: object
) -> None:
    scores = [ScoreEntry("peer", ScorerRole.PEER, unit, key(code), v) for unit, code, v in rows]
    rules = RegulationSettings(decimals=decimals, bonus_cap=300)
    outcome = consolidate(points_table(), scores, rules)
    shuffled = list(scores)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert consolidate(points_table(), shuffled, rules) == outcome
    for unit in outcome.values():
        assert unit.total == (
            sum(unit.section_totals.values()) + unit.bonus_total - unit.deduction_total
        )
        assert all(value % 10 ** (2 - decimals) == 0 for value in unit.points.values())


@settings(max_examples=75)
@given(
    unit_results(min_size=1),
    st.integers(0, 2),
    st.integers(0, 4),
    st.dictionaries(st.sampled_from(UNITS), st.sampled_from(list(ExclusionReason))),
    st.sampled_from([None, 100, 300]),
)
def test_award_suggestions_respect_quotas_and_exclusions(
    units: list[UnitResult],
    flags: int,
    certificates: int,
    exclusions: dict[str, ExclusionReason],
    minimum: int | None,
) -> None:
    ranking = rank_units(units, [])
    quotas = AwardQuotas(flag_count=flags, merit_certificates=certificates, minimum_total=minimum)
    plan = suggest_awards(ranking, quotas, exclusions, member_count=len(units))
    suggested = [s.unit_key for s in plan.suggestions]
    assert len(set(suggested)) == len(suggested)
    assert not set(suggested) & set(exclusions)
    assert all(minimum is None or s.total >= minimum for s in plan.suggestions)
    assert [s.rank for s in plan.suggestions] == sorted(s.rank for s in plan.suggestions)
    # Places are exceeded only by a tie that the vote must settle.
    settled = [s for s in plan.suggestions if not s.needs_vote]
    assert len([s for s in settled if s.kind.value == "flag"]) <= flags
    assert len(settled) <= flags + certificates
    if not any(s.needs_vote for s in plan.suggestions):
        assert len(plan.suggestions) <= flags + certificates
