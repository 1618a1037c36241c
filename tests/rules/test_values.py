"""Checking one entered value against its row, and turning raw inputs into points."""

from __future__ import annotations

from fractions import Fraction

import pytest

from emudesk.rules import (
    CriterionKind,
    PointsFormatError,
    ValueProblemKind,
    check_value,
    exact_leaf_points,
    leaf_points,
    parse_points,
)
from tests.rules.sample import K, spec

V = ValueProblemKind

POINTS = spec("1.2", K.POINTS, 1000)
PASS_FAIL = spec("2.2", K.PASS_FAIL, 800)
COUNT = spec("3", K.PER_OCCURRENCE, 1000, points_per_occurrence=250)
QUANTITY = spec("4", K.QUANTITATIVE, 2000, target=9000)
BONUS = spec("T", K.BONUS, 500)
DEDUCTION = spec("D", K.DEDUCTION, 1000)
SECTION = spec("I", K.SECTION, 4000)


@pytest.mark.parametrize(
    ("criterion", "value"),
    [
        (POINTS, 0),
        (POINTS, 1000),
        (POINTS, 755),
        (PASS_FAIL, 0),
        (PASS_FAIL, 800),
        (COUNT, 0),
        (COUNT, 99),  # more occurrences than the cap pays for is still a true count
        (QUANTITY, 0),
        (QUANTITY, 12000),
        (BONUS, 500),
        (DEDUCTION, 0),
        (DEDUCTION, 1000),
        (POINTS, "9,5"),
        (COUNT, " 3 "),
    ],
)
def test_allowed_values_pass(criterion: object, value: int | str) -> None:
    assert check_value(criterion, value) is None  # type: ignore[arg-type]


def test_a_score_above_the_maximum() -> None:
    problem = check_value(POINTS, 1200)
    assert problem is not None and problem.kind is V.ABOVE_MAX
    assert problem.message == "Tiêu chí 1.2: điểm 12,00 vượt quá tối đa 10,00"


def test_a_score_below_zero_points_to_the_deduction_rows() -> None:
    problem = check_value(POINTS, -100)
    assert problem is not None and problem.kind is V.NEGATIVE
    assert problem.message == (
        "Tiêu chí 1.2: điểm -1,00 nhỏ hơn 0; chấm từ 0,00 đến 10,00 "
        "(điểm trừ chỉ nhập ở dòng điểm trừ)"
    )


def test_pass_fail_takes_only_zero_or_the_maximum() -> None:
    problem = check_value(PASS_FAIL, 400)
    assert problem is not None and problem.kind is V.NOT_PASS_FAIL
    assert problem.message == (
        "Tiêu chí 2.2: chỉ chấm 0,00 (không đạt) hoặc 8,00 (đạt), không chấm 4,00"
    )
    above = check_value(PASS_FAIL, 900)
    assert above is not None and above.kind is V.ABOVE_MAX


def test_a_negative_count() -> None:
    problem = check_value(COUNT, -1)
    assert problem is not None and problem.kind is V.NEGATIVE
    assert problem.message == "Tiêu chí 3: số lần -1 không hợp lệ; phải là số nguyên từ 0 trở lên"


def test_a_fractional_count_typed_as_text() -> None:
    problem = check_value(COUNT, "2,5")
    assert problem is not None and problem.kind is V.NOT_A_NUMBER
    assert problem.message == (
        "Tiêu chí 3: “2,5” không phải là số lần; hãy nhập một số nguyên từ 0 trở lên"
    )


def test_a_negative_quantity() -> None:
    problem = check_value(QUANTITY, -500)
    assert problem is not None and problem.kind is V.NEGATIVE
    assert problem.message == "Tiêu chí 4: kết quả đạt được -5,00 không được là số âm"


def test_bonus_is_capped_and_never_negative() -> None:
    above = check_value(BONUS, 600)
    assert above is not None
    assert above.message == "Tiêu chí T: điểm thưởng 6,00 vượt quá mức tối đa 5,00"
    negative = check_value(BONUS, -100)
    assert negative is not None and negative.kind is V.NEGATIVE
    assert "điểm thưởng -1,00 nhỏ hơn 0" in negative.message


def test_a_deduction_is_entered_as_a_positive_amount() -> None:
    negative = check_value(DEDUCTION, -200)
    assert negative is not None and negative.kind is V.NEGATIVE
    assert negative.message == (
        "Tiêu chí D: điểm trừ nhập là số dương từ 0,00 đến 10,00 (không nhập -2,00)"
    )
    above = check_value(DEDUCTION, 1100)
    assert above is not None
    assert above.message == "Tiêu chí D: điểm trừ 11,00 vượt quá mức tối đa 10,00"


def test_text_in_a_score() -> None:
    problem = check_value(POINTS, "abc")
    assert problem is not None and problem.kind is V.NOT_A_NUMBER
    assert problem.value == "abc"
    assert problem.message == (
        "Tiêu chí 1.2: “abc” không phải là điểm; hãy nhập một số, ví dụ 9,5 hoặc 10"
    )


def test_text_is_range_checked_after_parsing() -> None:
    problem = check_value(POINTS, "12")
    assert problem is not None and problem.kind is V.ABOVE_MAX


def test_a_value_on_a_section_row() -> None:
    problem = check_value(SECTION, 100)
    assert problem is not None and problem.kind is V.NOT_A_LEAF
    assert problem.message == "Mục I là mục tổng hợp, không nhập điểm trực tiếp"


def test_a_bool_is_not_a_score() -> None:
    problem = check_value(POINTS, True)
    assert problem is not None and problem.kind is V.NOT_A_NUMBER


@pytest.mark.parametrize("kind", [K.POINTS, K.PASS_FAIL, K.BONUS, K.DEDUCTION])
def test_points_are_the_raw_input_for_scored_kinds(kind: CriterionKind) -> None:
    criterion = spec("x", kind, 800)
    assert leaf_points(criterion, {"a": 800, "b": 0}) == {"a": 800, "b": 0}


def test_per_occurrence_pays_each_occurrence_up_to_the_cap() -> None:
    assert leaf_points(COUNT, {"a": 0, "b": 1, "c": 3, "d": 4, "e": 9}) == {
        "a": 0,
        "b": 250,
        "c": 750,
        "d": 1000,
        "e": 1000,
    }


def test_quantitative_half_at_target_full_for_the_best_linear_between() -> None:
    quantities = {"a": 8500, "b": 9000, "c": 9500, "d": 10000}
    assert leaf_points(QUANTITY, quantities) == {"a": 0, "b": 1000, "c": 1500, "d": 2000}


def test_quantitative_rounds_half_up_once() -> None:
    # 9100 lies a third of the way from the target 9000 to the best 9300: 10 + 10/3 points.
    points = leaf_points(QUANTITY, {"b": 9100, "d": 9300})
    assert points == {"b": 1333, "d": 2000}
    assert exact_leaf_points(QUANTITY, {"b": Fraction(9100), "d": Fraction(9300)}) == {
        "b": Fraction(4000, 3),
        "d": Fraction(2000),
    }
    assert leaf_points(QUANTITY, {"b": 9100, "d": 9300}, decimals=0) == {"b": 1300, "d": 2000}


def test_quantitative_lower_is_better() -> None:
    days = spec("4", K.QUANTITATIVE, 1000, target=1000, higher_is_better=False)
    points = leaf_points(days, {"slow": 1200, "on_time": 1000, "fast": 600, "mid": 800})
    assert points == {"slow": 0, "on_time": 500, "fast": 1000, "mid": 750}


def test_quantitative_when_the_best_only_meets_the_target() -> None:
    # Every unit that meets the target is "the best unit", so it gets the full maximum.
    assert leaf_points(QUANTITY, {"a": 9000, "b": 9000, "c": 10}) == {"a": 2000, "b": 2000, "c": 0}


def test_quantitative_when_nobody_meets_the_target() -> None:
    assert leaf_points(QUANTITY, {"a": 100, "b": 8999}) == {"a": 0, "b": 0}


def test_quantitative_fraction_at_target_is_data() -> None:
    third = spec("4", K.QUANTITATIVE, 3000, target=100, fraction_at_target="1/3")
    assert leaf_points(third, {"t": 100, "best": 200}) == {"t": 1000, "best": 3000}


def test_a_section_has_no_points_of_its_own() -> None:
    with pytest.raises(ValueError):
        leaf_points(SECTION, {"a": 1})


def test_absurdly_large_values_are_refused_before_they_become_numbers() -> None:
    # GIVEN a result row and a counted row
    result = spec("R", K.QUANTITATIVE, 500, target=9550)
    counted = spec("C", K.PER_OCCURRENCE, 500, points_per_occurrence=100)
    # THEN a result or a count beyond any table, typed or read, is refused with a reason
    for row, value in ((result, 10**20), (counted, 10**20), (counted, "9" * 5000)):
        problem = check_value(row, value)
        assert problem is not None and problem.kind is ValueProblemKind.NOT_A_NUMBER
    # AND a 25-digit score is not a score (no 4300-digit conversion is ever attempted)
    with pytest.raises(PointsFormatError):
        parse_points("9" * 25)
    assert check_value(result, 10**12) is None  # the largest value still stored
