"""Ranking: totals first, the tie-break chain in order, shared ranks, and the explanations."""

from __future__ import annotations

import pytest

from emudesk.rules import (
    Decision,
    RankRule,
    RegulationError,
    TieBreak,
    TieBreakKind,
    explain,
    rank_units,
)
from tests.rules.sample import NAMES, result

SECTION_I = TieBreak.section("I")
FEWER_DEDUCTIONS = TieBreak(TieBreakKind.FEWER_DEDUCTIONS)
MORE_BONUS = TieBreak(TieBreakKind.MORE_BONUS)
VOTES = TieBreak(TieBreakKind.VOTES)
PREVIOUS = TieBreak(TieBreakKind.PREVIOUS_RANK)


def sections(first: int) -> dict[str, int]:
    return {"I": first, "II": 0, "III": 0}


def explain_all(decisions: tuple[Decision, ...]) -> list[str]:
    return [explain(d, NAMES[d.upper_key], NAMES[d.lower_key]) for d in decisions]


def test_higher_total_ranks_first() -> None:
    ranking = rank_units([result("phuyen", 9300), result("daklak", 9550)], [])
    assert ranking.keys == ["daklak", "phuyen"]
    assert [row.rank for row in ranking.rows] == [1, 2]
    assert explain_all(ranking.decisions) == ["Đắk Lắk trên Phú Yên: tổng 95,50 so với 93,00"]
    assert ranking.decisions[0].rule is RankRule.TOTAL


def test_a_section_total_breaks_a_tie() -> None:
    ranking = rank_units(
        [result("phuyen", 9550, sections(3850)), result("daklak", 9550, sections(4000))],
        [SECTION_I, FEWER_DEDUCTIONS],
    )
    assert ranking.keys == ["daklak", "phuyen"]
    assert [row.rank for row in ranking.rows] == [1, 2]
    assert explain_all(ranking.decisions) == [
        "Đắk Lắk trên Phú Yên: cùng tổng 95,50; mục I 40,00 so với 38,50"
    ]
    assert [row.decided_by for row in ranking.rows] == ["section:I", "section:I"]


def test_the_chain_is_applied_in_order() -> None:
    # Equal in section I, so fewer deductions decides although Phú Yên has more bonus.
    ranking = rank_units(
        [
            result("phuyen", 9550, sections(4000), bonus=300, deduction=200),
            result("daklak", 9550, sections(4000), bonus=100, deduction=100),
        ],
        [SECTION_I, FEWER_DEDUCTIONS, MORE_BONUS],
    )
    assert ranking.keys == ["daklak", "phuyen"]
    assert explain_all(ranking.decisions) == [
        "Đắk Lắk trên Phú Yên: cùng tổng 95,50; điểm trừ 1,00 so với 2,00"
    ]
    assert ranking.decisions[0].decided_by == "fewer_deductions"


def test_more_bonus_breaks_a_tie() -> None:
    ranking = rank_units(
        [result("phuyen", 9550, bonus=100), result("daklak", 9550, bonus=300)], [MORE_BONUS]
    )
    assert explain_all(ranking.decisions) == [
        "Đắk Lắk trên Phú Yên: cùng tổng 95,50; điểm thưởng 3,00 so với 1,00"
    ]


def test_votes_break_a_tie() -> None:
    units = [result("phuyen", 9550), result("daklak", 9550)]
    ranking = rank_units(units, [SECTION_I, VOTES], votes={"daklak": 8, "phuyen": 5})
    assert ranking.keys == ["daklak", "phuyen"]
    assert explain_all(ranking.decisions) == [
        "Đắk Lắk trên Phú Yên: cùng tổng 95,50; số phiếu 8 so với 5"
    ]
    assert ranking.rows[1].decided_by == "votes"


def test_before_the_vote_the_votes_rule_splits_nobody() -> None:
    units = [result("phuyen", 9550), result("daklak", 9550)]
    ranking = rank_units(units, [VOTES])
    assert [row.rank for row in ranking.rows] == [1, 1]
    ranking = rank_units(units, [VOTES], votes={"phuyen": 3})
    assert ranking.keys == ["phuyen", "daklak"]
    assert ranking.decisions[0].lower_value == 0  # absent from the count: no votes


def test_previous_rank_breaks_a_tie() -> None:
    units = [result("phuyen", 9550), result("daklak", 9550), result("gialai", 9550)]
    ranking = rank_units(units, [PREVIOUS], previous_ranks={"daklak": 1, "phuyen": 3})
    assert ranking.keys == ["daklak", "phuyen", "gialai"]
    assert [row.rank for row in ranking.rows] == [1, 2, 3]
    assert explain(ranking.decisions[0], "Đắk Lắk", "Phú Yên") == (
        "Đắk Lắk trên Phú Yên: cùng tổng 95,50; thứ hạng năm trước 1 so với 3"
    )
    # A unit without a previous rank loses to one with a rank.
    assert explain(ranking.decisions[1], "Phú Yên", "Gia Lai") == (
        "Phú Yên trên Gia Lai: cùng tổng 95,50; thứ hạng năm trước 3 so với chưa xếp hạng"
    )


def test_units_share_a_rank_only_when_nothing_splits_them() -> None:
    units = [
        result("lamdong", 9000, sections(3500)),
        result("daklak", 9550),
        result("binhdinh", 9000, sections(3500)),
        result("kontum", 8000),
    ]
    ranking = rank_units(units, [SECTION_I, FEWER_DEDUCTIONS])
    # Standard competition ranking; inside the shared rank, order by unit key.
    assert [(row.unit_key, row.rank) for row in ranking.rows] == [
        ("daklak", 1),
        ("binhdinh", 2),
        ("lamdong", 2),
        ("kontum", 4),
    ]
    assert [row.shared for row in ranking.rows] == [False, True, True, False]
    assert [row.decided_by for row in ranking.rows] == ["total", "shared", "shared", "total"]
    assert explain_all(ranking.decisions)[1] == (
        "Bình Định và Lâm Đồng đồng hạng: cùng tổng 90,00 và không tiêu chí phụ nào phân định"
    )


def test_without_a_chain_equal_totals_share() -> None:
    ranking = rank_units([result("a", 100), result("b", 100), result("c", 50)], [])
    assert [row.rank for row in ranking.rows] == [1, 1, 3]
    assert ranking.rows[0].decided_by == "shared"


def test_explanations_follow_the_regulation_precision() -> None:
    ranking = rank_units([result("phuyen", 9300), result("daklak", 9500)], [])
    assert explain(ranking.decisions[0], "Đắk Lắk", "Phú Yên", decimals=0) == (
        "Đắk Lắk trên Phú Yên: tổng 95 so với 93"
    )


def test_a_mapping_of_results_is_accepted() -> None:
    results = {r.unit_key: r for r in [result("b", 10), result("a", 20)]}
    assert rank_units(results, []).keys == ["a", "b"]


def test_empty_and_single_rankings() -> None:
    assert rank_units([], []).rows == ()
    single = rank_units([result("daklak", 100)], [SECTION_I])
    assert single.decisions == ()
    assert single.rows[0].rank == 1 and single.rows[0].decided_by == "total"
    assert single.rank_of("daklak") == 1
    with pytest.raises(KeyError):
        single.rank_of("phuyen")


def test_a_tie_break_naming_a_missing_section_is_refused() -> None:
    with pytest.raises(RegulationError, match="không có mục IV"):
        rank_units([result("a", 1), result("b", 1)], [TieBreak.section("IV")])


def test_a_section_tie_break_needs_a_code() -> None:
    with pytest.raises(RegulationError):
        TieBreak(TieBreakKind.SECTION_TOTAL)
    with pytest.raises(RegulationError):
        TieBreak(TieBreakKind.VOTES, "I")


def test_bad_votes_and_ranks_are_refused() -> None:
    units = [result("a", 1), result("b", 1)]
    with pytest.raises(RegulationError):
        rank_units(units, [VOTES], votes={"a": -1})
    with pytest.raises(RegulationError):
        rank_units(units, [PREVIOUS], previous_ranks={"a": 0})
    with pytest.raises(ValueError):
        rank_units([result("a", 1), result("a", 2)], [])
