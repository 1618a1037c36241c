"""Consolidation: whose values count, how they combine, rounding once, caps and missing rows."""

from __future__ import annotations

import pytest

from emudesk.rules import (
    CombineMethod,
    InvalidScoresError,
    RegulationSettings,
    ScoreEntry,
    ScorerRole,
    ScorerValue,
    TableError,
    consolidate,
)
from tests.rules.sample import K, entries, key, points_table, spec, table_100

SELF, PEER, HEAD = ScorerRole.SELF, ScorerRole.PEER, ScorerRole.HEAD
FULL = {"1.1": 2000, "1.2": 2000, "2.1": 3000, "3.1": 3000}


def settings(**changes: object) -> RegulationSettings:
    return RegulationSettings(**changes)  # type: ignore[arg-type]


def peers_on_one_row(values: list[int], code: str = "1.1") -> list[ScoreEntry]:
    return [
        ScoreEntry(f"peer{i}", PEER, "daklak", key(code), value) for i, value in enumerate(values)
    ]


def test_identical_scorers_give_their_value() -> None:
    scores = [
        *entries("daklak", SELF, "daklak", FULL),
        *entries("phuyen", PEER, "daklak", FULL),
        *entries("gialai", PEER, "daklak", FULL),
    ]
    for method in CombineMethod:
        if method is CombineMethod.HEAD_ONLY:
            continue
        result = consolidate(points_table(), scores, settings(combine=method))["daklak"]
        assert result.total == 10000, method
        assert result.section_totals == {"I": 4000, "II": 3000, "III": 3000}
        assert result.missing == ()


def test_head_review_wins_per_criterion_and_peers_fill_the_rest() -> None:
    scores = [
        *entries("phuyen", PEER, "daklak", {"1.1": 1800, "1.2": 1600, "2.1": 2500, "3.1": 3000}),
        *entries("gialai", PEER, "daklak", {"1.1": 1600, "1.2": 1600, "2.1": 2700, "3.1": 3000}),
        *entries("daklak", SELF, "daklak", FULL),
        *entries("phuyen", HEAD, "daklak", {"1.1": 1500}),
    ]
    result = consolidate(points_table(), scores, settings())["daklak"]
    assert result.points == {key("1.1"): 1500, key("1.2"): 1600, key("2.1"): 2600, key("3.1"): 3000}
    assert result.total == 8700
    assert result.self_total == 10000
    assert result.peer_mean_total == 1700 + 1600 + 2600 + 3000


def test_the_mean_is_rounded_once_per_criterion_half_up() -> None:
    # 9,50 and 9,55 average to 9,525: 9,53 to two decimals, 9,5 to one.
    scores = peers_on_one_row([950, 955])
    two = consolidate(points_table(), scores, settings(combine=CombineMethod.PEER_MEAN))
    assert two["daklak"].points[key("1.1")] == 953
    one = consolidate(points_table(), scores, settings(combine=CombineMethod.PEER_MEAN, decimals=1))
    assert one["daklak"].points[key("1.1")] == 950
    zero = consolidate(points_table(), peers_on_one_row([950, 960]), settings(decimals=0))
    assert zero["daklak"].points[key("1.1")] == 1000


def test_totals_are_exact_sums_of_the_rounded_values() -> None:
    # Each row's mean is 7,333…; rounded once per row to 7,33, the total is 3 × 7,33 = 21,99,
    # not the 22,00 that rounding the exact sum would give.
    scores = [
        ScoreEntry(f"peer{i}", PEER, "daklak", key(code), value)
        for code in ("1.1", "1.2", "2.1")
        for i, value in enumerate([700, 700, 800])
    ]
    result = consolidate(points_table(), scores, settings())["daklak"]
    assert [result.points[key(c)] for c in ("1.1", "1.2", "2.1")] == [733, 733, 733]
    assert result.total == 2199


def test_trimmed_mean_drops_the_extremes_from_enough_peers() -> None:
    five = peers_on_one_row([1000, 600, 700, 800, 200])
    four = peers_on_one_row([1000, 600, 700, 800])
    trimmed = settings(trim_extremes=True)
    assert consolidate(points_table(), five, trimmed)["daklak"].points[key("1.1")] == 700
    assert consolidate(points_table(), four, trimmed)["daklak"].points[key("1.1")] == 775
    assert consolidate(points_table(), five, settings())["daklak"].points[key("1.1")] == 660
    three = settings(trim_extremes=True, trim_min_peers=3)
    assert consolidate(points_table(), four, three)["daklak"].points[key("1.1")] == 750


def test_each_method_counts_the_right_scorers() -> None:
    scores = [
        ScoreEntry("daklak", SELF, "daklak", key("1.1"), 2000),
        ScoreEntry("phuyen", PEER, "daklak", key("1.1"), 1000),
        ScoreEntry("gialai", PEER, "daklak", key("1.1"), 1200),
        ScoreEntry("phuyen", HEAD, "daklak", key("1.1"), 1500),
    ]
    expected = {
        CombineMethod.HEAD_ELSE_PEER_MEAN: 1500,
        CombineMethod.PEER_MEAN: 1100,
        CombineMethod.HEAD_ONLY: 1500,
        CombineMethod.SELF_ONLY: 2000,
        CombineMethod.MEAN_OF_ALL: 1400,
    }
    for method, value in expected.items():
        result = consolidate(points_table(), scores, settings(combine=method))["daklak"]
        assert result.points[key("1.1")] == value, method


def test_criteria_nobody_counted_are_missing_and_count_as_zero() -> None:
    scores = [
        ScoreEntry("daklak", SELF, "daklak", key("1.1"), 2000),
        ScoreEntry("phuyen", PEER, "daklak", key("1.2"), 1500),
    ]
    result = consolidate(points_table(), scores, settings(combine=CombineMethod.PEER_MEAN))
    daklak = result["daklak"]
    assert daklak.missing == (key("1.1"), key("2.1"), key("3.1"))
    assert daklak.total == 1500
    assert daklak.self_total == 2000


def test_a_member_nobody_scored_still_gets_a_result() -> None:
    result = consolidate(points_table(), [], settings(), units=["kontum"])
    kontum = result["kontum"]
    assert kontum.total == 0
    assert kontum.section_totals == {"I": 0, "II": 0, "III": 0}
    assert kontum.missing == (key("1.1"), key("1.2"), key("2.1"), key("3.1"))
    assert kontum.self_total is None and kontum.peer_mean_total is None


def test_bonus_and_deductions_stay_out_of_sections_and_are_capped() -> None:
    table = [
        *points_table(),
        spec("T2", K.BONUS, 400, position=6),
        spec("D2", K.DEDUCTION, 1000, position=7),
    ]
    scores = entries("phuyen", HEAD, "daklak", {**FULL, "T": 500, "T2": 400, "D": 300, "D2": 1000})
    uncapped = consolidate(table, scores, settings())["daklak"]
    assert uncapped.section_totals == {"I": 4000, "II": 3000, "III": 3000}
    assert (uncapped.bonus_total, uncapped.deduction_total) == (900, 1300)
    assert uncapped.total == 10000 + 900 - 1300

    capped = consolidate(table, scores, settings(bonus_cap=500, deduction_cap=1000))["daklak"]
    assert (capped.bonus_total, capped.bonus_before_cap) == (500, 900)
    assert (capped.deduction_total, capped.deduction_before_cap) == (1000, 1300)
    assert capped.total == 10000 + 500 - 1000


def test_bonus_and_deduction_rows_are_never_missing() -> None:
    result = consolidate(points_table(), entries("x", HEAD, "daklak", FULL), settings())
    assert result["daklak"].missing == ()
    assert result["daklak"].bonus_total == 0


def test_derived_kinds_convert_the_consolidated_raw_input() -> None:
    # Three peers count 2, 3 and 3 reports on time: 8/3 × 2,50 = 6,666… -> 6,67.
    # Quantities are compared across units: Phú Yên is best (100 %), Đắk Lắk meets 90 %.
    scores = [
        *[ScoreEntry(p, PEER, "daklak", key("3"), n) for p, n in [("a", 2), ("b", 3), ("c", 3)]],
        ScoreEntry("a", PEER, "daklak", key("4"), 9000),
        ScoreEntry("a", PEER, "phuyen", key("4"), 10000),
        ScoreEntry("b", PEER, "binhdinh", key("4"), 8000),
    ]
    result = consolidate(table_100(), scores, settings(combine=CombineMethod.PEER_MEAN))
    assert result["daklak"].points[key("3")] == 667
    assert result["daklak"].points[key("4")] == 1000
    assert result["phuyen"].points[key("4")] == 2000
    assert result["binhdinh"].points[key("4")] == 0


def test_the_score_sheet_keeps_every_scorer_value() -> None:
    scores = [
        ScoreEntry("phuyen", HEAD, "daklak", key("1.1"), 1500),
        ScoreEntry("gialai", PEER, "daklak", key("1.1"), 1200),
        ScoreEntry("daklak", SELF, "daklak", key("1.1"), 2000),
        ScoreEntry("binhdinh", PEER, "daklak", key("1.1"), 1000),
    ]
    result = consolidate(points_table(), scores, settings())["daklak"]
    assert result.scorer_values == {
        key("1.1"): (
            ScorerValue("daklak", SELF, 2000),
            ScorerValue("binhdinh", PEER, 1000),
            ScorerValue("gialai", PEER, 1200),
            ScorerValue("phuyen", HEAD, 1500),
        )
    }


def test_results_are_keyed_and_ordered_by_unit() -> None:
    scores = [
        ScoreEntry("x", HEAD, unit, key("1.1"), 100) for unit in ("phuyen", "daklak", "gialai")
    ]
    assert list(consolidate(points_table(), scores, settings())) == ["daklak", "gialai", "phuyen"]


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        (ScoreEntry("phuyen", PEER, "daklak", key("1.1"), 2100), "vượt quá tối đa 20,00"),
        (ScoreEntry("phuyen", PEER, "daklak", key("1.1"), -100), "nhỏ hơn 0"),
        (ScoreEntry("phuyen", PEER, "daklak", key("D"), -200), "điểm trừ nhập là số dương"),
        (ScoreEntry("phuyen", PEER, "daklak", key("T"), 600), "điểm thưởng 6,00 vượt quá"),
        (ScoreEntry("phuyen", PEER, "daklak", key("I"), 100), "mục tổng hợp"),
        (ScoreEntry("phuyen", PEER, "daklak", "c:404", 100), "không có trong bảng điểm"),
        (ScoreEntry("phuyen", SELF, "daklak", key("1.1"), 100), "tự chấm"),
        (ScoreEntry("daklak", PEER, "daklak", key("1.1"), 100), "chấm chéo cho chính mình"),
    ],
)
def test_bad_entries_are_refused(entry: ScoreEntry, fragment: str) -> None:
    with pytest.raises(InvalidScoresError) as caught:
        consolidate(points_table(), [entry], settings())
    assert any(fragment in message for message in caught.value.messages), caught.value.messages
    assert isinstance(caught.value, ValueError)


def test_an_entry_given_twice_is_refused() -> None:
    entry = ScoreEntry("phuyen", PEER, "daklak", key("1.1"), 100)
    with pytest.raises(InvalidScoresError, match="nhập hai lần"):
        consolidate(points_table(), [entry, entry], settings())


def test_two_heads_reviewing_the_same_row_are_refused() -> None:
    scores = [
        ScoreEntry("phuyen", HEAD, "daklak", key("1.1"), 100),
        ScoreEntry("gialai", HEAD, "daklak", key("1.1"), 200),
    ]
    with pytest.raises(InvalidScoresError, match="hai cụm trưởng"):
        consolidate(points_table(), scores, settings())


def test_every_bad_entry_is_listed_at_once() -> None:
    scores = [ScoreEntry("p", PEER, "daklak", key(c), 99999) for c in ("1.1", "1.2", "2.1")]
    with pytest.raises(InvalidScoresError) as caught:
        consolidate(points_table(), scores, settings())
    assert len(caught.value.messages) == 3


def test_a_broken_table_is_refused() -> None:
    table = [*points_table(), spec("X", K.SECTION, 100, "X")]
    with pytest.raises(TableError, match="vòng tròn"):
        consolidate(table, [], settings())


def test_a_table_whose_sections_do_not_add_up_can_still_be_scored() -> None:
    # The editor reports it; scoring must still work so the officer can see the effect.
    table = [s if s.code != "2.1" else spec("2.1", K.POINTS, 2500, "II", 1) for s in points_table()]
    result = consolidate(table, entries("x", HEAD, "daklak", {"2.1": 2500}), settings())
    assert result["daklak"].total == 2500
