"""Exact points: parsing what people type, Vietnamese formatting, the one rounding rule."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emudesk.rules import PointsFormatError, format_points, parse_points, round_half_up


@pytest.mark.parametrize(
    ("text", "hundredths"),
    [
        ("9,5", 950),
        ("9.5", 950),
        ("10", 1000),
        (" 9,50 ", 950),
        ("\u00a09,5\t", 950),
        ("0", 0),
        ("0,05", 5),
        ("1000", 100000),
        ("-2", -200),
        ("+3,1", 310),
    ],
)
def test_parse_points_accepts_what_people_type(text: str, hundredths: int) -> None:
    assert parse_points(text) == hundredths


@pytest.mark.parametrize(
    "text",
    ["abc", "9,555", "1e3", "nan", "NaN", "inf", "-inf", "9,", ",5", "9 5", "9,5đ", "½", "٩"],
)
def test_parse_points_refuses_what_is_not_a_score(text: str) -> None:
    with pytest.raises(PointsFormatError) as caught:
        parse_points(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.text == text


@pytest.mark.parametrize("text", ["", "   "])
def test_parse_points_refuses_empty_text(text: str) -> None:
    with pytest.raises(PointsFormatError, match="Chưa nhập điểm"):
        parse_points(text)


def test_text_in_a_score_gets_a_vietnamese_message() -> None:
    with pytest.raises(PointsFormatError) as caught:
        parse_points("chín rưỡi")
    assert str(caught.value) == "“chín rưỡi” không phải là điểm; hãy nhập một số, ví dụ 9,5 hoặc 10"


@pytest.mark.parametrize("text", ["9,555", "1.000", "1.000,5"])
def test_three_decimals_are_refused_because_dot_separates_thousands(text: str) -> None:
    # "1.000" is one thousand to a Vietnamese reader and one to a computer: refuse, never guess.
    with pytest.raises(PointsFormatError):
        parse_points(text)


def test_too_many_decimals_message_names_the_limit() -> None:
    with pytest.raises(PointsFormatError, match="quá 2 chữ số thập phân"):
        parse_points("9,555")


@pytest.mark.parametrize(
    ("hundredths", "decimals", "text"),
    [
        (9550, 2, "95,50"),
        (-200, 2, "-2,00"),
        (0, 2, "0,00"),
        (5, 2, "0,05"),
        (123456, 2, "1234,56"),
        (955, 1, "9,6"),
        (954, 1, "9,5"),
        (950, 0, "10"),
        (-4, 1, "0,0"),
        (-5, 1, "-0,1"),
    ],
)
def test_format_points_is_vietnamese(hundredths: int, decimals: int, text: str) -> None:
    assert format_points(hundredths, decimals) == text


@pytest.mark.parametrize("decimals", [-1, 3])
def test_format_points_refuses_impossible_precision(decimals: int) -> None:
    with pytest.raises(ValueError):
        format_points(100, decimals)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Fraction(1905, 2), 2, 953),  # 9,525 -> 9,53
        (Fraction(1904, 2), 2, 952),
        (Fraction(2200, 3), 2, 733),  # 7,3333… -> 7,33
        (Fraction(2201, 3), 2, 734),  # 7,3366… -> 7,34
        (955, 1, 960),
        (954, 1, 950),
        (-955, 1, -960),  # halves go away from zero, as Decimal's ROUND_HALF_UP
        (Decimal("950.5"), 2, 951),
        (Decimal("949.99"), 0, 900),
        (Decimal("950"), 0, 1000),
        (0, 0, 0),
    ],
)
def test_round_half_up(value: Fraction | Decimal | int, decimals: int, expected: int) -> None:
    assert round_half_up(value, decimals) == expected


def test_round_half_up_refuses_floats_and_bools() -> None:
    with pytest.raises(TypeError):
        round_half_up(9.5, 2)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        round_half_up(True, 2)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
def test_round_half_up_refuses_non_finite_decimals(value: Decimal) -> None:
    with pytest.raises(ValueError):
        round_half_up(value, 2)


@pytest.mark.parametrize("decimals", [-1, 3])
def test_round_half_up_refuses_impossible_precision(decimals: int) -> None:
    with pytest.raises(ValueError):
        round_half_up(100, decimals)


@settings(max_examples=100)
@given(
    st.decimals(min_value=-100000, max_value=100000, places=4, allow_nan=False),
    st.integers(min_value=0, max_value=2),
)
def test_round_half_up_agrees_with_decimal(points: Decimal, decimals: int) -> None:
    expected = points.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    assert round_half_up(points * 100, decimals) == int(expected * 100)


@settings(max_examples=100)
@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_parse_format_round_trip(hundredths: int) -> None:
    assert parse_points(format_points(hundredths)) == hundredths


@settings(max_examples=100)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["", ",", "."]),
    st.text(alphabet="0123456789", min_size=1, max_size=2),
)
def test_format_parse_round_trip(whole: int, separator: str, digits: str) -> None:
    text = f"{whole}{separator}{digits if separator else ''}"
    assert format_points(parse_points(text)) == format_points(
        int(Decimal(text.replace(",", ".")) * 100)
    )
