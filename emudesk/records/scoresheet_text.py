"""The words and figures of a score sheet, shared by its PDF and its Excel workbook.

The PDF and the workbook of one sheet go to the same conference; if they named a column or
wrote a value differently, officers would argue about which one is right. Everything that
says what a cell means lives here once; the two writers only lay it out. Pure: no reportlab,
no openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emudesk.rules import MAX_DECIMALS, CriterionKind, ScorerRole, format_points, round_half_up

if TYPE_CHECKING:
    from emudesk.records.ranking import ScoreSheet, SheetRow, SheetScorer

CODE = "Mã"
CRITERION = "Nội dung tiêu chí"
MAXIMUM = "Điểm tối đa"
FINAL = "Điểm tổng hợp"
# The same headings broken where a narrow PDF column should break them.
MAXIMUM_BROKEN = "Điểm\ntối đa"
FINAL_BROKEN = "Điểm\ntổng hợp"
SECTIONS_SUM = "Cộng điểm các mục"
BONUS = "Điểm thưởng"
DEDUCTION = "Điểm trừ"
TOTAL = "TỔNG ĐIỂM"
PEER_MEAN = "Bình quân"
RANK_BASIS = "Căn cứ xếp hạng"

_ROLE_HEADINGS = {
    ScorerRole.SELF: "Tự chấm",
    ScorerRole.PEER: "Chấm chéo",
    ScorerRole.HEAD: "Cụm trưởng thẩm định",
}


def title(sheet: ScoreSheet) -> str:
    return f"BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM {sheet.year}"


def unit_line(sheet: ScoreSheet) -> str:
    return f"Đơn vị: {sheet.unit.name}"


def basis_line(sheet: ScoreSheet) -> str:
    """Which table the figures come from, and its scale (the reader's first question)."""
    scale = points_text(sheet.declared_total, 0)
    return f"Căn cứ: {sheet.table_title}; thang điểm {scale}"


def rank_text(sheet: ScoreSheet) -> str:
    return f"Xếp thứ {sheet.rank}/{sheet.member_count}"


def footer(sheet: ScoreSheet) -> str:
    return f"{sheet.cluster_name} – {sheet.unit.name} – năm {sheet.year}"


@dataclass(frozen=True)
class ColumnGroup:
    """Adjacent scorer columns of one role under one heading."""

    heading: str
    scorers: tuple[SheetScorer, ...]
    labels: tuple[str, ...]  # one per scorer, under the heading; empty for a lone column

    @property
    def role(self) -> ScorerRole:
        return self.scorers[0].role


def column_groups(sheet: ScoreSheet, *, shorten: bool) -> list[ColumnGroup]:
    """The scorer columns grouped by role, in the sheet's order.

    A role with one scorer (the unit itself, the head) needs no name under its heading: the
    heading says who it is. Peers are named; with ``shorten`` the words every peer's name
    starts with ("Ban Dân tộc …") are dropped so narrow PDF columns show what tells them apart.
    """
    groups: list[ColumnGroup] = []
    for role in (ScorerRole.SELF, ScorerRole.PEER, ScorerRole.HEAD):
        scorers = tuple(s for s in sheet.scorers if s.role is role)
        if not scorers:
            continue
        if len(scorers) == 1 and role is not ScorerRole.PEER:
            labels: tuple[str, ...] = ()
        else:
            names = [s.label for s in scorers]
            labels = tuple(_without_common_words(names) if shorten else names)
        groups.append(ColumnGroup(_ROLE_HEADINGS[role], scorers, labels))
    return groups


def _without_common_words(names: Sequence[str]) -> list[str]:
    if len(names) < 2:
        return list(names)
    split = [name.split() for name in names]
    common = 0
    while (
        all(len(words) > common + 1 for words in split)
        and len({words[common] for words in split}) == 1
    ):
        common += 1
    return [" ".join(words[common:]) for words in split]


def points_text(hundredths: int, decimals: int) -> str:
    """Points the Vietnamese way at the regulation's precision, but never hiding a digit.

    A value typed with more decimals than the regulation rounds totals to (4,75 under a
    one-decimal rule) is shown as typed: the sheet must show what each scorer gave.
    """
    if round_half_up(hundredths, decimals) != hundredths:
        decimals = MAX_DECIMALS
    return format_points(hundredths, decimals)


def value_text(kind: CriterionKind, raw: int | None, decimals: int) -> str:
    """A scorer's raw input as a person reads it: points, "3 lần", or a measured quantity."""
    if raw is None:
        return ""
    if kind is CriterionKind.PER_OCCURRENCE:
        return f"{raw} lần"
    if kind is CriterionKind.QUANTITATIVE:
        return format_points(raw, MAX_DECIMALS)
    return points_text(raw, decimals)


def section_subtotals(rows: Sequence[SheetRow]) -> dict[int, int]:
    """Sums for the inner sections the sheet leaves without a value, keyed by row index.

    Sections are plain sums of their leaves (missing leaves count as zero). The sums are shown
    only if they reproduce every top-level section total the sheet does carry: should a
    regulation ever cap a section, no invented subtotal contradicts the official one.
    """
    sums: dict[int, int] = {}
    for index, row in enumerate(rows):
        if row.kind is not CriterionKind.SECTION:
            continue
        total = 0
        for child in rows[index + 1 :]:
            if child.depth <= row.depth:
                break
            if child.kind.is_leaf and not child.kind.is_adjustment:
                total += child.final or 0
        sums[index] = total
    for index, total in sums.items():
        given = rows[index].final
        if given is not None and given != total:
            return {}
    return {index: total for index, total in sums.items() if rows[index].final is None}


UNIT_TEXTS = "Giải trình, minh chứng của đơn vị (kèm điểm tự chấm)"


def unit_texts(sheet: ScoreSheet) -> list[str]:
    """One line per criterion the unit explained: "1.3 – Giải trình: …; minh chứng: …"."""
    lines = []
    for code, note, evidence in sheet.unit_texts:
        parts = [f"Giải trình: {note}"] if note else []
        if evidence:
            parts.append(f"minh chứng: {evidence}" if note else f"Minh chứng: {evidence}")
        lines.append(f"{code} – " + "; ".join(parts))
    return lines


def notes(sheet: ScoreSheet) -> list[str]:
    """What the reader needs to read the figures right, only for kinds the sheet has."""
    kinds = {row.kind for row in sheet.rows}
    lines = [
        f"Cột “{FINAL}” là điểm được tính theo quy chế của cụm từ các cột chấm điểm; "
        "các ô để trống là đơn vị đó không chấm tiêu chí này."
    ]
    if CriterionKind.PER_OCCURRENCE in kinds:
        lines.append("Ở tiêu chí tính theo số lần, các cột chấm ghi số lần (ví dụ “3 lần”).")
    if CriterionKind.QUANTITATIVE in kinds:
        lines.append(
            "Ở tiêu chí định lượng, các cột chấm ghi số liệu đạt được (chữ nghiêng), "
            "không phải số điểm."
        )
    return lines
