"""The score sheet of one unit as a PDF: what it was given, by whom, and where that placed it.

A unit brings this sheet to the review conference to defend or dispute its place, so it
shows every scorer's raw input next to the consolidated value, the totals as a sum a reader
can redo by hand, the rank and the sentence saying which rule decided it. The layout follows
Vietnamese administrative tables: agency header, national motto, bold centred title, ruled
table with repeated header, "Trang n/N" at the foot.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emudesk.printing.document import (
    A3_LANDSCAPE,
    A4_LANDSCAPE,
    A4_PORTRAIT,
    MM,
    PageSetup,
    Writer,
    build_pdf,
)
from emudesk.printing.signature_places import SignaturePlace
from emudesk.records import scoresheet_text as words
from emudesk.rules import CriterionKind, ScorerRole

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from emudesk.records.ranking import ScoreSheet

_CODE_W = 12 * MM
_MAX_W = 14 * MM
_FINAL_W = 17 * MM
# Scorer column widths (normal, narrow): the head's column holds "Cụm trưởng" on one line.
_SCORER_W = {
    ScorerRole.SELF: (16 * MM, 12 * MM),
    ScorerRole.PEER: (16 * MM, 12 * MM),
    ScorerRole.HEAD: (20 * MM, 15 * MM),
}
# Each paper, with the narrowest criterion column that still wraps titles readably.
_PAPERS = ((A4_PORTRAIT, 70 * MM), (A4_LANDSCAPE, 62 * MM), (A3_LANDSCAPE, 62 * MM))
_HEADER_GREY = 0.86
_SECTION_GREY = 0.94


@dataclass(frozen=True)
class _Layout:
    page: PageSetup
    widths: list[float]
    font_size: float


def write_scoresheet_pdf(
    sheet: ScoreSheet, path: str | os.PathLike[str]
) -> tuple[SignaturePlace, ...]:
    """Write ``sheet`` as a PDF at ``path`` (replaced in one step; nothing written on error).

    Raises ``MissingGlyphError`` naming every character the bundled font cannot draw,
    ``FontError`` when the bundled font is missing, ``OutputError`` when ``path`` cannot be
    written.
    """
    layout = _layout([scorer.role for scorer in sheet.scorers])
    writer = Writer(base_size=layout.font_size)
    story: list[Flowable] = [*_heading(sheet, writer, layout), _table(sheet, writer, layout)]
    story.extend(_notes(sheet, writer))
    story.extend(_unit_texts(sheet, writer))
    return build_pdf(
        path,
        story,
        layout.page,
        title=f"{words.title(sheet)} – {sheet.unit.name}",
        subject=f"{sheet.issuer_name} – {sheet.cluster_name}",
        footer=words.footer(sheet),
        writer=writer,
    )


def _layout(roles: Sequence[ScorerRole]) -> _Layout:
    """The smallest usual paper that fits the scorer columns with a readable criterion column.

    Portrait A4 for a self-score and a review, landscape for a cluster's peers; A3 landscape
    only for clusters too large for A4 (some blocks have 20 members).
    """
    fixed = _CODE_W + _MAX_W + _FINAL_W
    for page, title_min in _PAPERS:
        for narrow, size in ((0, 10), (1, 9)):
            scorers = [_SCORER_W[role][narrow] for role in roles]
            title = page.frame_width - fixed - sum(scorers)
            if title >= title_min:
                return _Layout(page, [_CODE_W, title, _MAX_W, *scorers, _FINAL_W], size)
    page, title_min = _PAPERS[-1]
    width = (page.frame_width - fixed - title_min) / max(len(roles), 1)
    return _Layout(page, [_CODE_W, title_min, _MAX_W, *[width] * len(roles), _FINAL_W], 8)


def _heading(sheet: ScoreSheet, writer: Writer, layout: _Layout) -> list[Flowable]:
    from reportlab.platypus import Spacer

    from emudesk.printing.official.pdf import header

    block = header(writer, layout.page.frame_width, sheet.issuer_name, sheet.cluster_name)
    return [
        *block,
        Spacer(1, 5 * MM),
        writer.para(words.title(sheet), "title"),
        Spacer(1, 1 * MM),
        writer.para(words.unit_line(sheet), "center", bold=True, fontSize=12, leading=15),
        writer.para(f"({words.basis_line(sheet)})", "center", italic=True),
        Spacer(1, 3 * MM),
    ]


def _table(sheet: ScoreSheet, writer: Writer, layout: _Layout) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    groups = words.column_groups(sheet, shorten=True)
    two_rows = any(group.labels for group in groups)
    header_rows = 2 if two_rows else 1
    last = 3 + len(sheet.scorers)  # index of the final column
    commands: list[tuple[Any, ...]] = [
        # Empty cells are plain strings, drawn in the cell font: keep it the embedded one.
        ("FONTNAME", (0, 0), (-1, -1), writer.family.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(*[_HEADER_GREY] * 3)),
    ]

    def head(text: str) -> Flowable:
        return writer.para(text, "header")

    top: list[Any] = [head(words.CODE), head(words.CRITERION), head(words.MAXIMUM_BROKEN)]
    below: list[Any] = ["", "", ""]
    column = 3
    for group in groups:
        count = len(group.scorers)
        top.extend([head(group.heading)] + [""] * (count - 1))
        if group.labels:
            below.extend(head(label) for label in group.labels)
            if count > 1:
                commands.append(("SPAN", (column, 0), (column + count - 1, 0)))
        else:
            below.append("")
            if two_rows:
                commands.append(("SPAN", (column, 0), (column, 1)))
        column += count
    top.append(head(words.FINAL_BROKEN))
    below.append("")
    data: list[list[Any]] = [top]
    if two_rows:
        data.append(below)
        for fixed in (0, 1, 2, last):
            commands.append(("SPAN", (fixed, 0), (fixed, 1)))

    data.extend(_criterion_rows(sheet, writer, commands, first=len(data)))
    data.extend(_summary_rows(sheet, writer, commands, groups, first=len(data)))
    table = LongTable(data, colWidths=layout.widths, repeatRows=header_rows)
    table.setStyle(TableStyle(commands))
    return table


def _criterion_rows(
    sheet: ScoreSheet, writer: Writer, commands: list[tuple[Any, ...]], *, first: int
) -> list[list[Any]]:
    from reportlab.lib import colors

    subtotals = words.section_subtotals(sheet.rows)
    rows: list[list[Any]] = []
    seen_adjustment = False
    for index, row in enumerate(sheet.rows):
        y = first + len(rows)
        section = row.kind is CriterionKind.SECTION
        if section and row.depth == 0:
            commands.append(("BACKGROUND", (0, y), (-1, y), colors.Color(*[_SECTION_GREY] * 3)))
        if row.kind.is_adjustment and not seen_adjustment:
            seen_adjustment = True
            commands.append(("LINEABOVE", (0, y), (-1, y), 1.2, colors.black))
        final = row.final if row.final is not None else subtotals.get(index)
        italic = row.kind is CriterionKind.QUANTITATIVE
        cells: list[Any] = [
            writer.para(row.code, "center", bold=section),
            writer.para(row.title, bold=section, leftIndent=row.depth * 3 * MM),
            writer.para(words.points_text(row.max_points, sheet.decimals), "center"),
        ]
        cells.extend(
            writer.para(
                words.value_text(row.kind, row.values.get(scorer.key), sheet.decimals),
                "center",
                italic=italic,
            )
            for scorer in sheet.scorers
        )
        final_text = "" if final is None else words.points_text(final, sheet.decimals)
        cells.append(writer.para(final_text, "center", bold=section))
        rows.append(cells)
    return rows


def _summary_rows(
    sheet: ScoreSheet,
    writer: Writer,
    commands: list[tuple[Any, ...]],
    groups: list[words.ColumnGroup],
    *,
    first: int,
) -> list[list[Any]]:
    from reportlab.lib import colors

    d = sheet.decimals
    blank = [""] * len(sheet.scorers)

    def line(label: str, maximum: str, final: int, *, bold: bool = False) -> list[Any]:
        return [
            writer.para(label, bold=bold),
            "",
            writer.para(maximum, "center", bold=bold),
            *blank,
            writer.para(words.points_text(final, d), "center", bold=bold),
        ]

    rows = [
        line(
            words.SECTIONS_SUM,
            words.points_text(sheet.declared_total, d),
            sum(sheet.section_totals.values()),
        ),
        line(words.BONUS, "", sheet.bonus),
        line(words.DEDUCTION, "", sheet.deduction),
        line(words.TOTAL, "", sheet.total, bold=True),
    ]
    total = rows[-1]
    column = 3
    for group in groups:
        count = len(group.scorers)
        if group.role is ScorerRole.SELF and sheet.self_total is not None and count == 1:
            total[column] = writer.para(words.points_text(sheet.self_total, d), "center")
        elif group.role is ScorerRole.PEER and sheet.peer_mean_total is not None:
            mean = words.points_text(sheet.peer_mean_total, d)
            total[column] = writer.para(f"{words.PEER_MEAN}: {mean}", "center", italic=True)
            commands.append(("SPAN", (column, first + 3), (column + count - 1, first + 3)))
        column += count
    # The rank sits in the table so that it can never be separated from the totals.
    basis = f"{words.RANK_BASIS}: {_sentence(sheet.explanation)}" if sheet.explanation else ""
    rank_row: list[Any] = [writer.para(words.rank_text(sheet), bold=True), "", writer.para(basis)]
    rows.append(rank_row + [""] * (len(total) - len(rank_row)))
    rank_y = first + len(rows) - 1
    commands.append(("SPAN", (2, rank_y), (-1, rank_y)))
    commands.append(("LINEABOVE", (0, first), (-1, first), 1.2, colors.black))
    # The totals are read together: never let a page break fall between them.
    commands.append(("NOSPLIT", (0, first), (-1, first + len(rows) - 1)))
    for offset in range(len(rows)):
        commands.append(("SPAN", (0, first + offset), (1, first + offset)))
    return rows


def _unit_texts(sheet: ScoreSheet, writer: Writer) -> list[Flowable]:
    """What the unit wrote in defence of its self-scores, after the figures it explains."""
    from reportlab.platypus import Spacer

    lines = words.unit_texts(sheet)
    if not lines:
        return []
    parts: list[Flowable] = [Spacer(1, 3 * MM), writer.para(words.UNIT_TEXTS, bold=True)]
    parts.extend(writer.para(line, leftIndent=3 * MM) for line in lines)
    return parts


def _notes(sheet: ScoreSheet, writer: Writer) -> list[Flowable]:
    from reportlab.platypus import Spacer

    parts: list[Flowable] = [Spacer(1, 3 * MM)]
    for index, note in enumerate(words.notes(sheet)):
        parts.append(writer.para(f"Ghi chú: {note}" if index == 0 else note, "note"))
    return parts


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."
