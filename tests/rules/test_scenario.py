"""Cluster B's year end to end: eight provinces scored, consolidated, ranked, proposed.

The head (Đắk Lắk) reviews every unit; Đắk Lắk also scores itself and is scored by two
peers, so the "self vs peers" totals differ from the final one. Bình Định and Lâm Đồng tie on
everything the regulation looks at before the vote; Đắk Nông and Khánh Hòa tie on the total
and are split by section I.
"""

from __future__ import annotations

from emudesk.rules import (
    AwardKind,
    AwardQuotas,
    ExclusionReason,
    RegulationSettings,
    ScoreEntry,
    ScorerRole,
    TieBreak,
    TieBreakKind,
    consolidate,
    explain,
    rank_units,
    suggest_awards,
    validate_table,
)
from tests.rules.sample import NAMES, UNITS, entries, table_100

CODES = ["1", "2.1", "2.2", "3", "4", "5", "6", "7", "T", "D"]
# Head's reviewed raw inputs: points in hundredths, "3" a count, "4" a percentage × 100.
REVIEW = {
    "daklak": [1000, 1200, 800, 4, 10000, 800, 1250, 1500, 0, 0],
    "phuyen": [1000, 1100, 800, 4, 9500, 1000, 1500, 1500, 0, 100],
    "binhdinh": [1000, 1200, 800, 3, 9000, 1000, 1500, 1500, 250, 0],
    "lamdong": [1000, 1200, 800, 3, 9000, 900, 1500, 1500, 350, 0],
    "daknong": [1000, 1200, 800, 3, 9500, 750, 1000, 1500, 0, 0],
    "khanhhoa": [1000, 1000, 800, 3, 9750, 700, 1000, 1500, 0, 0],
    "kontum": [800, 1000, 0, 2, 8500, 800, 1200, 1500, 0, 500],
    "gialai": [900, 1000, 800, 3, 9250, 900, 1350, 1500, 0, 0],
}
RULES = RegulationSettings(
    tie_breaks=(
        TieBreak.section("I"),
        TieBreak(TieBreakKind.FEWER_DEDUCTIONS),
        TieBreak(TieBreakKind.VOTES),
    ),
    bonus_cap=500,
    quotas=AwardQuotas(flag_count=1, merit_certificates=2, minimum_total=5000),
)


def scores() -> list[ScoreEntry]:
    result: list[ScoreEntry] = []
    for unit, values in REVIEW.items():
        result += entries("daklak", ScorerRole.HEAD, unit, dict(zip(CODES, values, strict=True)))
    full = {"1": 1000, "2.1": 1200, "2.2": 800, "3": 5, "4": 10000, "5": 1000, "6": 1500, "7": 1500}
    result += entries("daklak", ScorerRole.SELF, "daklak", full)
    peer = dict(zip(CODES[:8], REVIEW["daklak"], strict=False)) | {"5": 1000}
    result += entries("phuyen", ScorerRole.PEER, "daklak", peer)
    result += entries("gialai", ScorerRole.PEER, "daklak", peer)
    return result


def test_the_table_is_sound_and_the_rules_fit_it() -> None:
    assert validate_table(table_100(), 10000) == []
    RULES.check_table(table_100())


def test_consolidated_totals() -> None:
    results = consolidate(table_100(), scores(), RULES)
    assert {unit: results[unit].total for unit in UNITS} == {
        "daklak": 9550,
        "phuyen": 9300,
        "binhdinh": 9000,
        "lamdong": 9000,
        "daknong": 8500,
        "khanhhoa": 8500,
        "kontum": 5300,
        "gialai": 8450,
    }
    daklak = results["daklak"]
    assert daklak.section_totals == {"I": 4000, "II": 2800, "III": 2750}
    assert (daklak.self_total, daklak.peer_mean_total) == (10000, 9750)
    assert results["khanhhoa"].section_totals["II"] == 1750 + 700  # 97,5 % lies between
    assert results["kontum"].deduction_total == 500


def test_ranking_and_its_explanations() -> None:
    results = consolidate(table_100(), scores(), RULES)
    ranking = rank_units(results, RULES.tie_breaks)
    assert [(NAMES[row.unit_key], row.rank) for row in ranking.rows] == [
        ("Đắk Lắk", 1),
        ("Phú Yên", 2),
        ("Bình Định", 3),
        ("Lâm Đồng", 3),
        ("Đắk Nông", 5),
        ("Khánh Hòa", 6),
        ("Gia Lai", 7),
        ("Kon Tum", 8),
    ]
    said = [explain(d, NAMES[d.upper_key], NAMES[d.lower_key]) for d in ranking.decisions]
    assert said == [
        "Đắk Lắk trên Phú Yên: tổng 95,50 so với 93,00",
        "Phú Yên trên Bình Định: tổng 93,00 so với 90,00",
        "Bình Định và Lâm Đồng đồng hạng: cùng tổng 90,00 và không tiêu chí phụ nào phân định",
        "Lâm Đồng trên Đắk Nông: tổng 90,00 so với 85,00",
        "Đắk Nông trên Khánh Hòa: cùng tổng 85,00; mục I 37,50 so với 35,50",
        "Khánh Hòa trên Gia Lai: tổng 85,00 so với 84,50",
        "Gia Lai trên Kon Tum: tổng 84,50 so với 53,00",
    ]
    assert [row.decided_by for row in ranking.rows] == [
        "total", "total", "shared", "shared", "total", "section:I", "total", "total",
    ]  # fmt: skip


def test_awards_before_and_after_the_vote() -> None:
    results = consolidate(table_100(), scores(), RULES)
    before = suggest_awards(rank_units(results, RULES.tie_breaks), RULES.quotas, {}, 8)
    assert [(s.unit_key, s.kind, s.needs_vote) for s in before.suggestions] == [
        ("daklak", AwardKind.FLAG, False),
        ("phuyen", AwardKind.MERIT_CERTIFICATE, False),
        ("binhdinh", AwardKind.MERIT_CERTIFICATE, True),
        ("lamdong", AwardKind.MERIT_CERTIFICATE, True),
    ]
    # The conference votes 5 to 3 for Lâm Đồng: the tie is settled by the chain's last rule.
    ranking = rank_units(results, RULES.tie_breaks, votes={"lamdong": 5, "binhdinh": 3})
    assert explain(ranking.decisions[2], "Lâm Đồng", "Bình Định") == (
        "Lâm Đồng trên Bình Định: cùng tổng 90,00; số phiếu 5 so với 3"
    )
    after = suggest_awards(ranking, RULES.quotas, {}, 8)
    assert [(s.unit_key, s.needs_vote) for s in after.suggestions] == [
        ("daklak", False),
        ("phuyen", False),
        ("lamdong", False),
    ]


def test_an_inspected_unit_is_skipped() -> None:
    results = consolidate(table_100(), scores(), RULES)
    plan = suggest_awards(
        rank_units(results, RULES.tie_breaks),
        RULES.quotas,
        {"phuyen": ExclusionReason.INSPECTION},
        8,
    )
    assert [(s.unit_key, s.kind, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", AwardKind.FLAG, False),
        ("binhdinh", AwardKind.MERIT_CERTIFICATE, False),
        ("lamdong", AwardKind.MERIT_CERTIFICATE, False),
    ]
    assert [s.note_vi for s in plan.skipped] == [
        "Hạng 2: không đề nghị khen thưởng vì đang bị thanh tra, kiểm tra"
    ]
