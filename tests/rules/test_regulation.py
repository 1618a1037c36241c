"""Regulation settings: defaults, JSON round trip, and every refusal with its message."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from emudesk import rules
from emudesk.rules import (
    AwardQuotas,
    CombineMethod,
    RegulationError,
    RegulationSettings,
    TieBreak,
    TieBreakKind,
)
from tests.rules.sample import table_100

FULL = RegulationSettings(
    combine=CombineMethod.PEER_MEAN,
    trim_extremes=True,
    trim_min_peers=6,
    decimals=1,
    bonus_cap=500,
    deduction_cap=1000,
    tie_breaks=(
        TieBreak.section("I"),
        TieBreak(TieBreakKind.FEWER_DEDUCTIONS),
        TieBreak(TieBreakKind.VOTES),
    ),
    quotas=AwardQuotas(flag_count=1, merit_certificates=2, minimum_total=7000),
)


def test_defaults() -> None:
    rules = RegulationSettings()
    assert rules.combine is CombineMethod.HEAD_ELSE_PEER_MEAN
    assert (rules.trim_extremes, rules.trim_min_peers, rules.decimals) == (False, 5, 2)
    assert rules.tie_breaks == ()
    assert rules.quotas == AwardQuotas(flag_count=1)


@pytest.mark.parametrize(
    "rules",
    [
        RegulationSettings(),
        FULL,
        RegulationSettings(quotas=AwardQuotas(flag_count=None, flag_percent=Decimal("12.5"))),
    ],
)
def test_round_trip_through_json(rules: RegulationSettings) -> None:
    stored = json.dumps(rules.to_dict())
    assert RegulationSettings.from_dict(json.loads(stored), table_100()) == rules


def test_the_stored_form_is_readable() -> None:
    assert FULL.to_dict() == {
        "version": 1,
        "combine": "peer_mean",
        "trim_extremes": True,
        "trim_min_peers": 6,
        "decimals": 1,
        "bonus_cap_hundredths": 500,
        "deduction_cap_hundredths": 1000,
        "tie_breaks": [
            {"kind": "section_total", "section": "I"},
            {"kind": "fewer_deductions"},
            {"kind": "votes"},
        ],
        "quotas": {
            "flag_count": 1,
            "flag_percent": None,
            "merit_certificates": 2,
            "minimum_total_hundredths": 7000,
        },
        "head_reviewer": "deputy",
    }


def test_who_reviews_the_head_is_a_setting_and_a_stray_value_is_refused() -> None:
    # GIVEN no choice: the deputy reviews the head (a unit does not review itself)
    assert RegulationSettings.from_dict({}).head_reviewer is rules.HeadReviewer.DEPUTY
    chosen = RegulationSettings.from_dict({"head_reviewer": "head"})
    assert chosen.head_reviewer is rules.HeadReviewer.HEAD
    assert RegulationSettings.from_dict(chosen.to_dict()) == chosen
    with pytest.raises(RegulationError, match="Cụm trưởng"):
        RegulationSettings.from_dict({"head_reviewer": "everyone"})


def test_missing_keys_take_their_defaults() -> None:
    assert RegulationSettings.from_dict({}) == RegulationSettings()
    assert RegulationSettings.from_dict({"quotas": {"flag_percent": "20"}}).quotas == AwardQuotas(
        flag_count=None, flag_percent=Decimal(20)
    )


def refuse(data: dict[str, object], criteria: object = None) -> RegulationError:
    with pytest.raises(RegulationError) as caught:
        RegulationSettings.from_dict(data, criteria)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    return caught.value


def test_an_unknown_method_is_refused() -> None:
    error = refuse({"combine": "median"})
    assert error.field == "combine"
    assert str(error).startswith("Cách tổng hợp điểm “median” không được hỗ trợ; chọn một trong: ")


@pytest.mark.parametrize("decimals", [-1, 3])
def test_decimals_out_of_range_are_refused(decimals: int) -> None:
    error = refuse({"decimals": decimals})
    assert error.field == "decimals"
    assert f"phải từ 0 đến 2, không phải {decimals}" in error.message


@pytest.mark.parametrize(
    ("quotas", "fragment"),
    [
        ({"merit_certificates": -1}, "Số bằng khen không được là số âm"),
        ({"flag_count": -1}, "Số cờ thi đua không được là số âm"),
        ({"flag_count": None, "flag_percent": "-5"}, "từ 0 đến 100"),
        ({"flag_count": None, "flag_percent": "120"}, "từ 0 đến 100"),
        ({"flag_count": None, "flag_percent": "NaN"}, "từ 0 đến 100"),
        ({"flag_count": None, "flag_percent": "nhiều"}, "không phải là một số"),
        ({"flag_count": 1, "flag_percent": "20"}, "không ghi cả hai"),
        ({"minimum_total_hundredths": -100}, "không được âm"),
        ({"seats": 3}, "“quotas.seats” không được hỗ trợ"),
    ],
)
def test_bad_quotas_are_refused(quotas: dict[str, object], fragment: str) -> None:
    error = refuse({"quotas": quotas})
    assert fragment in error.message
    assert (error.field or "").startswith("quotas")


def test_a_tie_break_naming_a_missing_section_is_refused() -> None:
    error = refuse({"tie_breaks": [{"kind": "section_total", "section": "IV"}]}, table_100())
    assert error.field == "tie_breaks"
    assert error.message == (
        "Tiêu chí phụ “điểm cao hơn ở mục IV”: bảng điểm không có mục IV ở cấp cao nhất"
    )


@pytest.mark.parametrize("code", ["2", "T", "D"])
def test_a_tie_break_must_name_a_top_level_section(code: str) -> None:
    # "2" is a section but not at the top; "T" and "D" are top-level but bonus/deduction rows.
    with pytest.raises(RegulationError):
        RegulationSettings(tie_breaks=(TieBreak.section(code),)).check_table(table_100())


def test_without_a_table_the_section_is_not_checked_yet() -> None:
    rules = RegulationSettings.from_dict(
        {"tie_breaks": [{"kind": "section_total", "section": "IV"}]}
    )
    assert rules.tie_breaks == (TieBreak.section("IV"),)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"tie_breaks": [{"kind": "coin_toss"}]}, "tie_breaks"),
        ({"tie_breaks": [{"kind": "section_total"}]}, "tie_breaks"),
        ({"tie_breaks": [{"kind": "votes", "section": "I"}]}, "tie_breaks"),
        ({"tie_breaks": [{"kind": "section_total", "section": 1}]}, "tie_breaks"),
        ({"tie_breaks": [{"kind": "votes", "order": 2}]}, "tie_breaks.order"),
        ({"tie_breaks": ["votes"]}, "tie_breaks"),
        ({"tie_breaks": "votes"}, "tie_breaks"),
        ({"tie_breaks": [{"kind": "votes"}, {"kind": "votes"}]}, "tie_breaks"),
        ({"decimals": "2"}, "decimals"),
        ({"decimals": None}, "decimals"),
        ({"decimals": True}, "decimals"),
        ({"trim_extremes": "yes"}, "trim_extremes"),
        ({"trim_min_peers": 2}, "trim_min_peers"),
        ({"bonus_cap_hundredths": -1}, "bonus_cap"),
        ({"deduction_cap_hundredths": 2.5}, "deduction_cap_hundredths"),
        ({"quotas": [1, 2]}, "quotas"),
        ({"rounding": "up"}, "rounding"),
        ({"version": 2}, "version"),
    ],
)
def test_malformed_settings_are_refused(data: dict[str, object], field: str) -> None:
    assert refuse(data).field == field


def test_errors_carry_a_vietnamese_message() -> None:
    error = refuse({"version": 2})
    assert str(error) == "Thiết lập quy chế được lưu bởi một phiên bản mới hơn của chương trình"


def test_settings_refuse_bad_values_when_built_directly() -> None:
    with pytest.raises(RegulationError):
        RegulationSettings(decimals=5)
    with pytest.raises(RegulationError):
        RegulationSettings(combine="peer_mean")  # type: ignore[arg-type]
    with pytest.raises(RegulationError):
        AwardQuotas(merit_certificates=-2)


def test_tie_break_names_for_csv() -> None:
    assert TieBreak.section("I").decided_by == "section:I"
    assert [
        TieBreak(kind).decided_by for kind in TieBreakKind if kind.value != "section_total"
    ] == [
        "fewer_deductions",
        "more_bonus",
        "votes",
        "previous_rank",
    ]


def test_what_a_merger_does_with_rows_both_scored_is_a_setting() -> None:
    # GIVEN no choice: the successor's value is kept, and the key is not even written
    assert RegulationSettings().merger_collision is rules.CollisionRule.KEEP_SUCCESSOR
    assert "merger_collision" not in RegulationSettings().to_dict()
    asking = RegulationSettings.from_dict({"merger_collision": "ask"})
    assert asking.merger_collision is rules.CollisionRule.ASK
    assert RegulationSettings.from_dict(asking.to_dict()) == asking
    with pytest.raises(RegulationError):
        RegulationSettings.from_dict({"merger_collision": "toss a coin"})
