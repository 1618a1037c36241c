"""Validation of a scoring table: structure, maxima, totals, and the tree helpers."""

from __future__ import annotations

import pytest

from emudesk.rules import (
    CriterionKind,
    CriterionSpec,
    TableProblem,
    TableProblemKind,
    TableTree,
    blocking_problems,
    section_of,
    validate_table,
)
from tests.rules.sample import K, key, spec, table_100

P = TableProblemKind


def kinds(problems: list[TableProblem]) -> list[TableProblemKind]:
    return [problem.kind for problem in problems]


def replace(table: list[CriterionSpec], code: str, **changes: object) -> list[CriterionSpec]:
    from dataclasses import replace as dc_replace

    return [dc_replace(s, **changes) if s.code == code else s for s in table]  # type: ignore[arg-type]


def test_the_sample_table_is_sound() -> None:
    assert validate_table(table_100(), 10000) == []


def test_a_1000_point_table_is_sound() -> None:
    table = [
        spec("A", K.SECTION, 60000, position=1),
        spec("A.1", K.POINTS, 35000, "A", 1),
        spec("A.2", K.POINTS, 25000, "A", 2),
        spec("B", K.SECTION, 40000, position=2),
        spec("B.1", K.SECTION, 40000, "B", 1),
        spec("B.1.1", K.PASS_FAIL, 40000, "B.1", 1),
    ]
    assert validate_table(table, 100000) == []


def test_sections_that_do_not_add_up_are_reported() -> None:
    # GIVEN section II declared at 30 points whose rows add up to 28
    table = replace(table_100(), "5", max_points=800)
    # WHEN the table is checked against its 100-point total
    problems = validate_table(table, 10000)
    # THEN exactly that section is reported, with both numbers
    assert problems == [TableProblem("II", P.SECTION_SUM, expected=3000, actual=2800)]
    assert problems[0].message == "Mục II: tổng điểm các tiêu chí con là 28,00 nhưng mục ghi 30,00"


def test_a_nested_section_that_does_not_add_up_is_reported() -> None:
    table = replace(table_100(), "2.1", max_points=1300)
    problems = validate_table(table, 10000)
    assert problems == [TableProblem("2", P.SECTION_SUM, expected=2000, actual=2100)]


def test_a_wrong_table_total_is_reported() -> None:
    problems = validate_table(table_100(), 100000)
    assert problems == [TableProblem(None, P.TOTAL, expected=100000, actual=10000)]
    assert problems[0].message == (
        "Bảng điểm: tổng điểm các mục là 100,00 nhưng tổng của bảng là 1000,00"
    )


def test_bonus_and_deduction_rows_do_not_count_in_maxima() -> None:
    # A bonus row inside section I and a section of adjustments only (maximum 0) are fine.
    table = [
        *table_100(),
        spec("1.b", K.BONUS, 200, "I", 9),
        spec("IV", K.SECTION, 0, position=9, title="Điểm thưởng, điểm trừ"),
        spec("IV.1", K.BONUS, 300, "IV", 1),
        spec("IV.2", K.DEDUCTION, 500, "IV", 2),
    ]
    assert validate_table(table, 10000) == []


def test_duplicate_codes_are_reported() -> None:
    table = [*table_100(), CriterionSpec("other", "5", "Trùng mã", K.POINTS, 100, key("III"))]
    problems = validate_table(table, 10000)
    assert TableProblem("5", P.DUPLICATE_CODE, actual=2) in problems
    assert "Mã 5 được dùng cho 2 dòng" in problems[0].message


def test_duplicate_keys_are_reported() -> None:
    table = [*table_100(), spec("1", K.POINTS, 100, "III")]
    assert P.DUPLICATE_KEY in kinds(validate_table(table, 10000))


def test_a_missing_parent_is_reported() -> None:
    table = replace(table_100(), "5", parent_key="nowhere")
    problems = validate_table(table, 10000)
    assert TableProblem("5", P.MISSING_PARENT) in problems
    assert "Tiêu chí 5: không tìm thấy mục cha" in [p.message for p in problems]


def test_a_cycle_is_reported_once() -> None:
    table = [
        *table_100(),
        spec("X", K.SECTION, 100, "Y"),
        spec("Y", K.SECTION, 100, "X"),
    ]
    cycles = [p for p in validate_table(table, 10000) if p.kind is P.CYCLE]
    assert len(cycles) == 1
    assert cycles[0].detail == "X, Y"
    assert cycles[0].message == "Các dòng X, Y là cha – con của nhau theo vòng tròn"


def test_a_row_that_is_its_own_parent_is_a_cycle() -> None:
    table = replace(table_100(), "III", parent_key=key("III"))
    assert P.CYCLE in kinds(validate_table(table, 10000))


def test_an_empty_section_is_reported() -> None:
    table = [*table_100(), spec("IV", K.SECTION, 0, position=9)]
    problems = validate_table(table, 10000)
    assert problems == [TableProblem("IV", P.EMPTY_SECTION)]
    assert problems[0].message == "Mục IV: chưa có tiêu chí con"


def test_a_leaf_with_children_is_reported() -> None:
    table = [*table_100(), spec("5.1", K.POINTS, 100, "5")]
    problems = validate_table(table, 10000)
    assert TableProblem("5", P.CHILD_OF_LEAF, detail="5.1") in problems


@pytest.mark.parametrize("kind", [K.POINTS, K.PASS_FAIL, K.BONUS, K.DEDUCTION])
def test_leaves_need_a_positive_maximum(kind: CriterionKind) -> None:
    table = [*table_100(), spec("9", kind, 0, position=9)]
    problems = [p for p in validate_table(table, 10000) if p.kind is P.NON_POSITIVE_MAX]
    assert problems == [TableProblem("9", P.NON_POSITIVE_MAX, actual=0)]
    assert problems[0].message == "Tiêu chí 9: điểm tối đa phải lớn hơn 0 (đang là 0,00)"


@pytest.mark.parametrize(
    ("kind", "params", "fragment"),
    [
        (K.QUANTITATIVE, {}, "chỉ tiêu (target)"),
        (K.QUANTITATIVE, {"target": -1}, "chỉ tiêu (target)"),
        (K.QUANTITATIVE, {"target": "90"}, "chỉ tiêu (target)"),
        (K.QUANTITATIVE, {"target": 90, "higher_is_better": "yes"}, "higher_is_better"),
        (K.QUANTITATIVE, {"target": 90, "fraction_at_target": "3/2"}, "fraction_at_target"),
        (K.QUANTITATIVE, {"target": 90, "fraction_at_target": "half"}, "fraction_at_target"),
        (K.PER_OCCURRENCE, {}, "points_per_occurrence"),
        (K.PER_OCCURRENCE, {"points_per_occurrence": 0}, "points_per_occurrence"),
    ],
)
def test_bad_parameters_are_reported(
    kind: CriterionKind, params: dict[str, object], fragment: str
) -> None:
    table = [
        *table_100(),
        spec("IV", K.SECTION, 100, position=9),
        CriterionSpec(key("9"), "9", "Tiêu chí 9", kind, 100, key("IV"), params=params),
    ]
    problems = validate_table(table, 10100)
    assert kinds(problems) == [P.BAD_PARAMS]
    assert problems[0].code == "9"
    assert problems[0].message.startswith("Tiêu chí 9: ")
    assert fragment in problems[0].message


def test_fraction_at_target_may_be_written_several_ways() -> None:
    for written in ("1/3", "0,4", "0.4", 1, 0):
        table = [
            spec("I", K.SECTION, 100),
            spec("1", K.QUANTITATIVE, 100, "I", target=1, fraction_at_target=written),
        ]
        assert validate_table(table, 100) == [], written


def test_a_row_without_code_is_reported() -> None:
    table = [*table_100(), CriterionSpec("x", " ", "Dòng không mã", K.POINTS, 100, key("III"))]
    problems = validate_table(table, 10000)
    assert TableProblem(None, P.EMPTY_CODE, detail="Dòng không mã") in problems


def test_only_structural_problems_block_scoring() -> None:
    unbalanced = replace(table_100(), "5", max_points=800)
    assert blocking_problems(unbalanced) == []
    cyclic = replace(table_100(), "III", parent_key=key("III"))
    assert kinds(blocking_problems(cyclic)) == [P.CYCLE]


def test_section_of_maps_leaves_to_their_top_level_code() -> None:
    table = [*table_100(), spec("8", K.POINTS, 100, position=8)]
    assert section_of(table) == {
        key("1"): "I",
        key("2.1"): "I",
        key("2.2"): "I",
        key("3"): "I",
        key("4"): "II",
        key("5"): "II",
        key("6"): "III",
        key("7"): "III",
        key("T"): "T",
        key("D"): "D",
        key("8"): "8",
    }


def test_tree_orders_rows_by_position_then_code() -> None:
    tree = TableTree(reversed(table_100()))
    assert [s.code for s in tree.order] == [
        "I", "1", "2", "2.1", "2.2", "3", "II", "4", "5", "III", "6", "7", "T", "D",
    ]  # fmt: skip
    assert [s.code for s in tree.top_level] == ["I", "II", "III", "T", "D"]
    assert [s.code for s in tree.children(key("2"))] == ["2.1", "2.2"]


@pytest.mark.parametrize(
    "table",
    [
        [spec("I", K.SECTION, 100, "I")],
        [spec("1", K.POINTS, 100, "nowhere")],
        [spec("1", K.POINTS, 100), spec("1", K.POINTS, 100)],
    ],
)
def test_tree_refuses_a_broken_structure(table: list[CriterionSpec]) -> None:
    with pytest.raises(ValueError):
        TableTree(table)


def test_spec_parameters_cannot_change_behind_its_back() -> None:
    params: dict[str, object] = {"target": 90}
    criterion = CriterionSpec("k", "4", "Tỉ lệ", K.QUANTITATIVE, 100, params=params)
    params["target"] = 10
    assert criterion.params["target"] == 90
    with pytest.raises(TypeError):
        criterion.params["target"] = 5  # type: ignore[index]


def test_kinds_know_what_they_are() -> None:
    assert not K.SECTION.is_leaf
    assert all(kind.is_leaf for kind in K if kind is not K.SECTION)
    assert {kind for kind in K if not kind.counts_in_maximum} == {K.BONUS, K.DEDUCTION}
