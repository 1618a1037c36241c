"""The rules speak the user's language: English when chosen, today's exact Vietnamese otherwise.

Explanations, table problems and award notes go through ``emudesk.i18n._``; the label a
document prints (``label_vi``) stays Vietnamese whatever the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from emudesk import i18n
from emudesk.rules import (
    AwardKind,
    AwardQuotas,
    ExclusionReason,
    InvalidScoresError,
    RegulationError,
    RegulationSettings,
    ScorerRole,
    TableError,
    TieBreak,
    TieBreakKind,
    check_value,
    consolidate,
    explain,
    rank_units,
    suggest_awards,
    validate_table,
)
from tests.rules.sample import K, entries, result, spec, table_100

# Letters only Vietnamese uses here: every Latin letter with a diacritic, đ and Đ included.
VIETNAMESE_LETTER = re.compile(r"[À-ỹ]")

SECTION_I = TieBreak.section("I")
PREVIOUS = TieBreak(TieBreakKind.PREVIOUS_RANK)


@pytest.fixture
def vietnamese() -> Iterator[None]:
    """Vietnamese, whatever an earlier test left behind."""
    i18n.set_language("vi")
    yield


def english_only(text: str) -> str:
    assert text, "empty message"
    assert not VIETNAMESE_LETTER.search(text), f"Vietnamese left in: {text!r}"
    return text


def sections(first: int) -> dict[str, int]:
    return {"I": first, "II": 0, "III": 0}


def tied_on_section_one() -> list[str]:
    """Explanations of three units: a tie split by section I, then a plain total."""
    ranking = rank_units(
        [
            result("daklak", 9550, sections(4000)),
            result("phuyen", 9550, sections(3850)),
            result("gialai", 9000, sections(3000)),
        ],
        [SECTION_I],
    )
    names = {"daklak": "Dak Lak", "phuyen": "Phu Yen", "gialai": "Gia Lai"}
    return [explain(d, names[d.upper_key], names[d.lower_key]) for d in ranking.decisions]


def test_a_ranking_explanation_comes_out_in_english(english: None) -> None:
    # GIVEN the interface in English and two units of equal total split by section I
    # WHEN the ranking explains each place
    said = tied_on_section_one()
    # THEN the sentences are English, with the numbers written the English way (95.50)
    assert said == [
        "Dak Lak above Phu Yen: same total 95.50; section I 40.00 against 38.50",
        "Phu Yen above Gia Lai: total 95.50 against 90.00",
    ]


def test_every_kind_of_explanation_comes_out_in_english(english: None) -> None:
    # GIVEN the interface in English and ties split by each rule of a long chain, or not at all
    units = [
        result("a", 9000, bonus=100),
        result("b", 9000),
        result("c", 9000, deduction=50),
        result("d", 8000),
        result("e", 8000),
        result("f", 7000),
        result("g", 7000),
    ]
    chain = [
        TieBreak(TieBreakKind.MORE_BONUS),
        TieBreak(TieBreakKind.FEWER_DEDUCTIONS),
        TieBreak(TieBreakKind.VOTES),
        PREVIOUS,
    ]
    ranking = rank_units(units, chain, votes={"d": 2}, previous_ranks={"f": 1})
    # WHEN each decision is explained
    said = [explain(d, d.upper_key.upper(), d.lower_key.upper()) for d in ranking.decisions]
    # THEN every sentence is English
    assert [english_only(text) for text in said] == [
        "A above B: same total 90.00; bonus 1.00 against 0.00",
        "B above C: same total 90.00; deductions 0.00 against 0.50",
        "C above D: total 90.00 against 80.00",
        "D above E: same total 80.00; votes 2 against 0",
        "E above F: total 80.00 against 70.00",
        "F above G: same total 70.00; previous year's rank 1 against not ranked",
    ]
    shared = rank_units([result("x", 5000), result("y", 5000)], [])
    assert explain(shared.decisions[0], "X", "Y") == (
        "X and Y share the rank: same total 50.00 and no tie-break separates them"
    )


def test_table_problems_come_out_in_english(english: None) -> None:
    # GIVEN the interface in English and a table with a section that does not add up, a row
    # without a maximum and a per-occurrence row without its points
    table = [
        *table_100(),
        spec("IV", K.SECTION, 300, position=9),
        spec("8", K.POINTS, 0, "IV", 1),
        spec("9", K.PER_OCCURRENCE, 100, "IV", 2),
    ]
    # WHEN the table is checked
    problems = [p.message for p in validate_table(table, 10300)]
    # THEN every problem is said in English
    assert [english_only(text) for text in problems] == [
        "Section IV: its criteria add up to 1.00 but the section says 3.00",
        "Criterion 8: the maximum must be more than 0 (it is 0.00)",
        "Criterion 9: the points per occurrence (points_per_occurrence) must be a positive "
        "whole number of hundredths of a point; for example 0,5 points is written 50 "
        "(not None)",
    ]


def test_value_problems_and_refusals_come_out_in_english(english: None) -> None:
    # GIVEN the interface in English and the sample table
    table = table_100()
    settings = RegulationSettings()
    # WHEN a typed value, a set of scores, a broken table and a setting are refused
    value = check_value(table[1], "9,555")
    with pytest.raises(InvalidScoresError) as scores:
        consolidate(table, entries("daklak", ScorerRole.PEER, "daklak", {"1": 2000}), settings)
    with pytest.raises(TableError) as broken:
        consolidate([*table, spec("1", K.POINTS, 100, "I")], [], settings)
    with pytest.raises(RegulationError) as refused:
        RegulationSettings.from_dict({"tie_breaks": [{"kind": "coin"}]})
    # THEN each message is English
    assert value is not None
    assert english_only(value.message) == (
        "Criterion 1: The score “9,555” has more than 2 decimal places; the comma is the "
        "decimal separator, and no thousands separator is used"
    )
    assert english_only(str(scores.value)) == (
        "Invalid scores: Score by daklak for daklak: Criterion 1: the score 20.00 is above the "
        "maximum 10.00; Score by daklak for daklak: a unit does not peer-score itself"
    )
    assert english_only(str(broken.value)).startswith("The scoring table cannot be used yet: ")
    assert english_only(str(refused.value)) == (
        "The tie-break “coin” is not supported; choose one of: section_total, "
        "fewer_deductions, more_bonus, votes, previous_rank"
    )


def test_award_notes_come_out_in_english(english: None) -> None:
    # GIVEN the interface in English, a leader under inspection and a tie at the certificates'
    # quota; then a minimum total nobody reaches
    ranking = rank_units(
        [
            result("a", 9550),
            result("b", 9300),
            result("c", 9100),
            result("d", 9100),
            result("e", 8000),
        ],
        [],
    )
    quotas = AwardQuotas(flag_count=1, merit_certificates=1)
    demanding = AwardQuotas(flag_count=1, minimum_total=9600)
    # WHEN awards are suggested
    plan = suggest_awards(ranking, quotas, {"a": ExclusionReason.INSPECTION}, member_count=5)
    nobody = suggest_awards(ranking, demanding, {}, member_count=5)
    # THEN the reasons and the skipped-unit notes are English
    assert [english_only(s.reason_vi) for s in plan.suggestions] == [
        "Rank 2, total 93.00",
        "Shared rank 3, total 91.00; vote needed: 2 units for 1 certificate of merit place(s)",
        "Shared rank 3, total 91.00; vote needed: 2 units for 1 certificate of merit place(s)",
    ]
    assert [english_only(s.note_vi) for s in plan.skipped] == [
        "Rank 1: no award proposed because the unit is under inspection or audit"
    ]
    assert english_only(nobody.skipped[0].note_vi) == (
        "Rank 1: the total 95.50 is below the minimum 96.00 for an award"
    )
    assert AwardKind.FLAG.label == "Emulation flag"
    assert ExclusionReason.COMPLAINT.label == (
        "the subject of an unresolved complaint or denunciation"
    )


def test_document_labels_stay_vietnamese_in_english(english: None) -> None:
    # GIVEN the interface in English
    # WHEN a document asks for the Vietnamese labels
    # THEN they are Vietnamese, while the interface's labels are English
    assert [kind.label_vi for kind in AwardKind] == ["Cờ thi đua", "Bằng khen"]
    assert ExclusionReason.DISCIPLINE.label_vi == "đang bị xem xét kỷ luật"
    assert [kind.label for kind in AwardKind] == ["Emulation flag", "Certificate of merit"]


def test_a_document_block_gets_todays_vietnamese_in_english(english: None) -> None:
    # GIVEN the interface in English
    # WHEN the rules speak inside a document block
    with i18n.vietnamese_documents():
        said = tied_on_section_one()
        problem = validate_table([*table_100(), spec("8", K.POINTS, 0, "I")], 10000)[-1]
        message = problem.message  # a problem says itself when asked: ask inside the block
    # THEN they say exactly what they said before the rules were translated
    assert said[0] == "Dak Lak trên Phu Yen: cùng tổng 95,50; mục I 40,00 so với 38,50"
    assert message == "Tiêu chí 8: điểm tối đa phải lớn hơn 0 (đang là 0,00)"
    assert english_only(problem.message) == (
        "Criterion 8: the maximum must be more than 0 (it is 0.00)"
    )


def test_vietnamese_is_exactly_as_before(vietnamese: None) -> None:
    # GIVEN the default language, Vietnamese, a tie split by the previous year's rank, a unit
    # with an unresolved complaint and a table with an empty section
    ranking = rank_units(
        [result("a", 9550), result("b", 9550), result("c", 9000), result("d", 8000)],
        [PREVIOUS],
        previous_ranks={"a": 2},
    )
    quotas = AwardQuotas(flag_count=1, merit_certificates=2, minimum_total=8500)
    table = [*table_100(), spec("IV", K.SECTION, 100, position=9)]
    # WHEN the rules explain, suggest and check
    said = [explain(d, d.upper_key, d.lower_key) for d in ranking.decisions]
    plan = suggest_awards(ranking, quotas, {"c": ExclusionReason.COMPLAINT}, member_count=4)
    problems = validate_table(table, 10100)
    # THEN the sentences are byte for byte the ones written before the rules were translated
    assert said == [
        "a trên b: cùng tổng 95,50; thứ hạng năm trước 2 so với chưa xếp hạng",
        "b trên c: tổng 95,50 so với 90,00",
        "c trên d: tổng 90,00 so với 80,00",
    ]
    assert [s.reason_vi for s in plan.suggestions] == [
        "Xếp hạng 1, tổng 95,50",
        "Xếp hạng 2, tổng 95,50",
    ]
    assert [s.note_vi for s in plan.skipped] == [
        "Hạng 3: không đề nghị khen thưởng vì đang có khiếu nại, tố cáo chưa giải quyết",
        "Hạng 4: tổng 80,00 chưa đạt mức tối thiểu 85,00 để xét khen thưởng",
    ]
    assert [p.message for p in problems] == ["Mục IV: chưa có tiêu chí con"]
    assert [p.message for p in problems] == ["Mục IV: chưa có tiêu chí con"]
