"""Award suggestions: flag to the leader, certificates next, exclusions, ties at the quota."""

from __future__ import annotations

from decimal import Decimal

import pytest

from emudesk.rules import (
    AwardKind,
    AwardQuotas,
    ExclusionReason,
    RegulationError,
    rank_units,
    suggest_awards,
)
from emudesk.rules.ranking import Ranking
from tests.rules.sample import result

FLAG, MERIT = AwardKind.FLAG, AwardKind.MERIT_CERTIFICATE
QUOTAS = AwardQuotas(flag_count=1, merit_certificates=2)


def ranked(*totals: tuple[str, int]) -> Ranking:
    return rank_units([result(unit, total) for unit, total in totals], [])


CLUSTER_B = ranked(
    ("daklak", 9550),
    ("phuyen", 9300),
    ("binhdinh", 9100),
    ("lamdong", 9000),
    ("daknong", 8800),
    ("khanhhoa", 8600),
    ("kontum", 8000),
    ("gialai", 7900),
)


def test_flag_to_the_leader_and_certificates_to_the_next() -> None:
    plan = suggest_awards(CLUSTER_B, QUOTAS, {}, member_count=8)
    assert [(s.unit_key, s.kind, s.rank, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", FLAG, 1, False),
        ("phuyen", MERIT, 2, False),
        ("binhdinh", MERIT, 3, False),
    ]
    assert plan.suggestions[0].reason_vi == "Xếp hạng 1, tổng 95,50"
    assert plan.skipped == ()


def test_excluded_units_are_skipped_with_the_reason() -> None:
    exclusions = {"daklak": ExclusionReason.DISCIPLINE, "binhdinh": ExclusionReason.COMPLAINT}
    plan = suggest_awards(CLUSTER_B, QUOTAS, exclusions, member_count=8)
    assert [(s.unit_key, s.kind) for s in plan.suggestions] == [
        ("phuyen", FLAG),
        ("lamdong", MERIT),
        ("daknong", MERIT),
    ]
    assert plan.suggestions[0].reason_vi == "Xếp hạng 2, tổng 93,00"
    assert [(s.unit_key, s.reason) for s in plan.skipped] == [
        ("daklak", ExclusionReason.DISCIPLINE),
        ("binhdinh", ExclusionReason.COMPLAINT),
    ]
    assert plan.skipped[0].note_vi == "Hạng 1: không đề nghị khen thưởng vì đang bị xem xét kỷ luật"


def test_an_excluded_unit_below_the_awarded_places_is_not_mentioned() -> None:
    plan = suggest_awards(CLUSTER_B, QUOTAS, {"gialai": ExclusionReason.INSPECTION}, 8)
    assert plan.skipped == ()


def test_units_under_the_minimum_total_get_nothing() -> None:
    quotas = AwardQuotas(flag_count=1, merit_certificates=5, minimum_total=9000)
    plan = suggest_awards(CLUSTER_B, quotas, {}, member_count=8)
    assert [s.unit_key for s in plan.suggestions] == ["daklak", "phuyen", "binhdinh", "lamdong"]
    assert plan.skipped[0].unit_key == "daknong"
    assert plan.skipped[0].note_vi == (
        "Hạng 5: tổng 88,00 chưa đạt mức tối thiểu 90,00 để xét khen thưởng"
    )


def test_a_tie_for_the_flag_is_left_to_the_vote() -> None:
    # GIVEN Đắk Lắk and Phú Yên tied for first with nothing to split them, one flag
    ranking = ranked(("daklak", 9550), ("phuyen", 9550), ("binhdinh", 9100), ("lamdong", 9000))
    # WHEN awards are suggested
    plan = suggest_awards(ranking, QUOTAS, {}, member_count=8)
    # THEN both are suggested for the flag, marked for a vote; the loser of the vote takes a
    # certificate place, so only one certificate place is left for Bình Định
    assert [(s.unit_key, s.kind, s.rank, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", FLAG, 1, True),
        ("phuyen", FLAG, 1, True),
        ("binhdinh", MERIT, 3, False),
    ]
    assert plan.suggestions[0].reason_vi == (
        "Đồng hạng 1, tổng 95,50; cần biểu quyết: 2 đơn vị cho 1 suất cờ thi đua"
    )


def test_a_tie_at_the_end_of_the_certificates_is_left_to_the_vote() -> None:
    ranking = ranked(("daklak", 9550), ("phuyen", 9300), ("binhdinh", 9000), ("lamdong", 9000))
    plan = suggest_awards(ranking, QUOTAS, {}, member_count=8)
    assert [(s.unit_key, s.kind, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", FLAG, False),
        ("phuyen", MERIT, False),
        ("binhdinh", MERIT, True),
        ("lamdong", MERIT, True),
    ]
    assert plan.suggestions[2].reason_vi == (
        "Đồng hạng 3, tổng 90,00; cần biểu quyết: 2 đơn vị cho 1 suất bằng khen"
    )


def test_a_tie_inside_the_quota_needs_no_vote() -> None:
    ranking = ranked(("daklak", 9550), ("phuyen", 9300), ("binhdinh", 9300), ("lamdong", 9000))
    plan = suggest_awards(ranking, QUOTAS, {}, member_count=8)
    assert [(s.unit_key, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", False),
        ("binhdinh", False),
        ("phuyen", False),
    ]
    assert plan.suggestions[1].reason_vi == "Đồng hạng 2, tổng 93,00"


def test_a_tie_split_by_an_exclusion_needs_no_vote() -> None:
    ranking = ranked(("daklak", 9550), ("phuyen", 9550), ("binhdinh", 9100))
    plan = suggest_awards(ranking, QUOTAS, {"phuyen": ExclusionReason.INSPECTION}, 8)
    assert [(s.unit_key, s.kind, s.needs_vote) for s in plan.suggestions] == [
        ("daklak", FLAG, False),
        ("binhdinh", MERIT, False),
    ]


@pytest.mark.parametrize(
    ("percent", "members", "flags"),
    [("20", 8, 1), ("20", 3, 1), ("50", 8, 4), ("12.5", 16, 2), ("0", 8, 0), ("20", 0, 0)],
)
def test_flag_quota_as_a_percentage_rounds_down_but_gives_at_least_one(
    percent: str, members: int, flags: int
) -> None:
    quotas = AwardQuotas(flag_count=None, flag_percent=Decimal(percent))
    assert quotas.flags_for(members) == flags


def test_a_percentage_quota_in_use() -> None:
    quotas = AwardQuotas(flag_count=None, flag_percent=Decimal(25), merit_certificates=1)
    plan = suggest_awards(CLUSTER_B, quotas, {}, member_count=8)
    assert [(s.unit_key, s.kind) for s in plan.suggestions] == [
        ("daklak", FLAG),
        ("phuyen", FLAG),
        ("binhdinh", MERIT),
    ]


def test_no_quota_no_suggestion() -> None:
    plan = suggest_awards(CLUSTER_B, AwardQuotas(flag_count=0), {}, member_count=8)
    assert plan.suggestions == () and plan.skipped == ()


def test_certificates_without_a_flag() -> None:
    plan = suggest_awards(CLUSTER_B, AwardQuotas(flag_count=0, merit_certificates=2), {}, 8)
    assert [(s.unit_key, s.kind) for s in plan.suggestions] == [
        ("daklak", MERIT),
        ("phuyen", MERIT),
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"flag_count": -1},
        {"merit_certificates": -1},
        {"minimum_total": -1},
        {"flag_count": None, "flag_percent": Decimal(101)},
        {"flag_count": 1, "flag_percent": Decimal(20)},
    ],
)
def test_a_quota_below_zero_or_inconsistent_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(RegulationError):
        AwardQuotas(**changes)  # type: ignore[arg-type]


def test_award_names() -> None:
    assert FLAG.label_vi == "Cờ thi đua"
    assert MERIT.label_vi == "Bằng khen"
    assert ExclusionReason.INSPECTION.label_vi == "đang bị thanh tra, kiểm tra"
