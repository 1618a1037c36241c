"""Builders for rules tests: a real-looking 100-point table and the eight units of Cluster B.

Criterion keys are "c:" + code so tests can name rows by their printed code; unit keys are
short ASCII slugs and ``NAMES`` gives their Vietnamese names for explanations.
"""

from __future__ import annotations

from collections.abc import Mapping

from emudesk.rules import (
    CriterionKind,
    CriterionSpec,
    ScoreEntry,
    ScorerRole,
    UnitResult,
)

K = CriterionKind

NAMES = {
    "daklak": "Đắk Lắk",
    "phuyen": "Phú Yên",
    "binhdinh": "Bình Định",
    "lamdong": "Lâm Đồng",
    "daknong": "Đắk Nông",
    "khanhhoa": "Khánh Hòa",
    "kontum": "Kon Tum",
    "gialai": "Gia Lai",
}
UNITS = list(NAMES)


def key(code: str) -> str:
    return f"c:{code}"


def spec(
    code: str,
    kind: CriterionKind,
    max_points: int,
    parent: str | None = None,
    position: int = 0,
    title: str = "",
    **params: object,
) -> CriterionSpec:
    return CriterionSpec(
        key=key(code),
        code=code,
        title=title or f"Tiêu chí {code}",
        kind=kind,
        max_points=max_points,
        parent_key=key(parent) if parent is not None else None,
        position=position,
        params=params,
    )


def table_100() -> list[CriterionSpec]:
    """Sections I 40, II 30, III 30 (= 100 points), a bonus line up to 5, a deduction line."""
    return [
        spec("I", K.SECTION, 4000, position=1, title="Công tác tham mưu, chỉ đạo"),
        spec("1", K.POINTS, 1000, "I", 1, "Ban hành kế hoạch thi đua"),
        spec("2", K.SECTION, 2000, "I", 2, "Tổ chức phong trào thi đua"),
        spec("2.1", K.POINTS, 1200, "2", 1),
        spec("2.2", K.PASS_FAIL, 800, "2", 2, "Ký kết giao ước thi đua"),
        spec("3", K.PER_OCCURRENCE, 1000, "I", 3, "Báo cáo đúng hạn", points_per_occurrence=250),
        spec("II", K.SECTION, 3000, position=2, title="Thực hiện nhiệm vụ chuyên môn"),
        spec("4", K.QUANTITATIVE, 2000, "II", 1, "Tỉ lệ hồ sơ đúng hạn", target=9000),
        spec("5", K.POINTS, 1000, "II", 2),
        spec("III", K.SECTION, 3000, position=3, title="Xây dựng cơ quan, đơn vị"),
        spec("6", K.POINTS, 1500, "III", 1),
        spec("7", K.PASS_FAIL, 1500, "III", 2, "Duy trì ISO 9001:2015"),
        spec("T", K.BONUS, 500, position=4, title="Điểm thưởng"),
        spec("D", K.DEDUCTION, 1000, position=5, title="Điểm trừ"),
    ]


def points_table() -> list[CriterionSpec]:
    """A 100-point table of plain POINTS leaves only, handy where kinds do not matter."""
    return [
        spec("I", K.SECTION, 4000, position=1),
        spec("1.1", K.POINTS, 2000, "I", 1),
        spec("1.2", K.POINTS, 2000, "I", 2),
        spec("II", K.SECTION, 3000, position=2),
        spec("2.1", K.POINTS, 3000, "II", 1),
        spec("III", K.SECTION, 3000, position=3),
        spec("3.1", K.POINTS, 3000, "III", 1),
        spec("T", K.BONUS, 500, position=4),
        spec("D", K.DEDUCTION, 1000, position=5),
    ]


def entries(
    scorer: str, role: ScorerRole, assessed: str, values: Mapping[str, int]
) -> list[ScoreEntry]:
    """One scorer's values for one unit, criteria named by code."""
    return [ScoreEntry(scorer, role, assessed, key(code), v) for code, v in values.items()]


def result(
    unit: str,
    total: int,
    sections: Mapping[str, int] | None = None,
    bonus: int = 0,
    deduction: int = 0,
) -> UnitResult:
    """A hand-made consolidated result for ranking and award tests."""
    return UnitResult(
        unit_key=unit,
        total=total,
        section_totals=dict(sections or {"I": 0, "II": 0, "III": 0}),
        bonus_total=bonus,
        deduction_total=deduction,
        points={},
    )
