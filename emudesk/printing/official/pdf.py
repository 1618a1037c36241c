"""An ``OfficialDocument`` as PDF, laid out as Nghị định 30/2020/NĐ-CP draws it.

A4 portrait, left margin 30 mm; the issuing bodies and the national header side by side with
their short lines; number under the issuer, place and date under the motto (italic); the kind
in bold capitals with the summary and a short line under it; 13-point justified body with a
first-line indent; signature blocks on the right (two blocks: left and right; more: a grid);
"Nơi nhận" at the bottom left in 12 and 11 points; annexes on pages of their own. Pages are
numbered from the second on, at the top.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from emudesk.printing.document import A4_OFFICIAL, MM, PageSetup, Writer, build_pdf, centred_rule
from emudesk.printing.official import (
    MOTTO,
    NATION,
    Annex,
    Block,
    Heading,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Signature,
    Table,
    keeps_with_next,
)
from emudesk.printing.signature_places import SignaturePlace

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

BODY = 13.0
LEADING = BODY * 1.3
SIGNATURE_ROOM = 26 * MM


def write_pdf(
    document: OfficialDocument, path: str | os.PathLike[str]
) -> tuple[SignaturePlace, ...]:
    """Write ``document`` to ``path`` in one step (nothing is left on a refusal); each
    signature block leaves an empty signature field, whose places are returned."""
    page = A4_OFFICIAL
    writer = Writer(base_size=BODY)
    story = flowables(document, writer, page)
    return build_pdf(
        path,
        story,
        page,
        title=document.file_title,
        subject=document.issuer,
        footer="",
        writer=writer,
        official=True,
    )


def flowables(document: OfficialDocument, writer: Writer, page: PageSetup) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Spacer
    from reportlab.platypus import PageBreak as Break

    story: list[Flowable] = header(
        writer,
        page.frame_width,
        document.superior,
        document.issuer,
        number_line=document.number_line,
        place_date=document.place_date,
    )
    story.append(Spacer(1, 6 * MM))
    story += _title(writer, document.kind, document.summary)
    if document.addressees:
        story.append(Spacer(1, 3 * MM))
        story += _addressees(writer, document.addressees)
    story.append(Spacer(1, 3 * MM))
    body = []
    for index, block in enumerate(document.body):
        following = document.body[index + 1] if index + 1 < len(document.body) else None
        items = _block(writer, block, page)
        if items and keeps_with_next(block, following):
            items[-1].keepWithNext = True
        body += items
    # the signatures never stand alone on a page: the last lines of the body go with them
    last = body[-1:] if body and not isinstance(document.body[-1], Table | PageBreak) else []
    story += body[: len(body) - len(last)]
    story.append(KeepTogether([*last, Spacer(1, 4 * MM), *_closing(writer, document, page)]))
    for annex in document.annexes:
        story.append(Break())
        story += _annex(writer, annex, document, page)
    return story


def header(
    writer: Writer,
    width: float,
    superior: str,
    issuer: str,
    *,
    number_line: str = "",
    place_date: str = "",
    share: float = 0.42,
) -> list[Flowable]:
    """The two columns every administrative paper starts with."""
    from reportlab.platypus import Table as Grid
    from reportlab.platypus import TableStyle

    agency: list[Any] = []
    if superior:
        agency.append(writer.para(superior.upper(), "center", fontSize=12.5, leading=15))
    agency += [
        writer.para(issuer.upper(), "center", bold=True, fontSize=12.5, leading=15),
        centred_rule(0.35),
    ]
    if number_line:
        agency.append(writer.para(number_line, "center", fontSize=13, leading=16, spaceBefore=4))
    nation = [
        writer.para(NATION, "center", bold=True, fontSize=12.5, leading=15),
        writer.para(MOTTO, "center", bold=True, fontSize=13.5, leading=16),
        centred_rule(0.52),
    ]
    if place_date:
        nation.append(
            writer.para(place_date, "center", italic=True, fontSize=13.5, leading=16, spaceBefore=4)
        )
    grid = Grid([[agency, nation]], colWidths=[width * share, width * (1 - share)])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), writer.family.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [grid]


def _title(writer: Writer, kind: str, summary: str) -> list[Flowable]:
    parts: list[Flowable] = [
        writer.para(kind.upper(), "center", bold=True, fontSize=14, leading=18)
    ]
    if summary:
        parts.append(writer.para(summary, "center", bold=True, fontSize=14, leading=18))
    parts.append(centred_rule(0.3))
    return parts


def _addressees(writer: Writer, names: Sequence[str]) -> list[Flowable]:
    if len(names) == 1:
        return [writer.para(f"Kính gửi: {names[0]}", "center", fontSize=BODY + 1, leading=18)]
    lines = [writer.para("Kính gửi:", "center", fontSize=BODY + 1, leading=18)]
    lines += [
        writer.para(f"- {name};", "body", fontSize=BODY + 1, leading=18, leftIndent=45 * MM)
        for name in names
    ]
    return lines


_ALIGN = {"justify": 4, "left": 0, "center": 1, "right": 2}


def _block(writer: Writer, block: Block, page: PageSetup) -> list[Flowable]:
    from reportlab.platypus import PageBreak as Break

    if isinstance(block, Paragraph):
        return [
            writer.para(
                block.text,
                "body",
                bold=block.bold,
                italic=block.italic,
                fontSize=BODY,
                leading=LEADING,
                alignment=_ALIGN[block.align],
                firstLineIndent=10 * MM if block.indent and block.align == "justify" else 0,
                spaceBefore=3,
                spaceAfter=3,
            )
        ]
    if isinstance(block, Heading):
        return [
            writer.para(
                block.text,
                "body",
                bold=True,
                fontSize=BODY,
                leading=LEADING,
                alignment=_ALIGN[block.align],
                spaceBefore=6,
                spaceAfter=3,
            )
        ]
    if isinstance(block, Table):
        return [_table(writer, block, page.frame_width)]
    if isinstance(block, PageBreak):
        return [Break()]
    raise TypeError(block)


def _table(writer: Writer, table: Table, width: float) -> Flowable:
    from reportlab.platypus import Table as Grid
    from reportlab.platypus import TableStyle

    size = table.size
    data: list[list[Any]] = [
        [
            writer.para(h, "center", bold=True, fontSize=size, leading=size * 1.2)
            for h in table.header
        ]
    ]
    for index, row in enumerate(table.rows):
        bold = index in table.bold_rows
        data.append(
            [
                writer.para(
                    cell,
                    "right" if column in table.numeric else "body",
                    bold=bold,
                    fontSize=size,
                    leading=size * 1.2,
                )
                for column, cell in enumerate(row)
            ]
        )
    grid = Grid(data, colWidths=[width * w for w in table.widths], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                ("FONTNAME", (0, 0), (-1, -1), writer.family.regular),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # 1 mm each side, as in the Word paper: "STT" fits a narrow column
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1 * MM),
            ]
        )
    )
    grid.spaceBefore, grid.spaceAfter = 3, 6
    return grid


def signature_cell(writer: Writer, signature: Signature, *, size: float = BODY) -> list[Any]:
    top, bottom = _signature_parts(writer, signature, size)
    return [*top, *bottom]


def _signature_parts(
    writer: Writer, signature: Signature, size: float
) -> tuple[list[Any], list[Any]]:
    """The block's title and hint; then the room to sign and the name. Blocks side by side
    put each part in a row of its own, so that the names line up when a title wraps."""
    top: list[Any] = [
        writer.para(line, "center", bold=True, fontSize=size, leading=size * 1.25)
        for line in signature.lines()
    ]
    top.append(writer.para(signature.hint, "center", italic=True, fontSize=size - 2))
    bottom: list[Any] = [
        writer.signature_room(SIGNATURE_ROOM, signature.key or "ky", signature.label),
        writer.para(signature.name or "……………………………", "center", bold=True, fontSize=size),
    ]
    return top, bottom


def _side_by_side(writer: Writer, row: list[Signature | None], size: float) -> list[list[Any]]:
    """Two table rows for blocks side by side: titles and hints, then rooms and names."""
    parts = [_signature_parts(writer, s, size) if s is not None else ("", "") for s in row]
    return [[top for top, _bottom in parts], [bottom for _top, bottom in parts]]


def _closing(writer: Writer, document: OfficialDocument, page: PageSetup) -> list[Flowable]:
    """Signatures and "Nơi nhận": side by side for one or two blocks, a grid for more."""
    from reportlab.platypus import Spacer, TableStyle
    from reportlab.platypus import Table as Grid

    width = page.frame_width
    recipients = _recipients(writer, document.recipients)
    signatures = document.signatures
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), writer.family.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    if len(signatures) <= 1:
        right = signature_cell(writer, signatures[0]) if signatures else ""
        grid = Grid([[recipients, right]], colWidths=[width * 0.48, width * 0.52])
        grid.setStyle(style)
        return [grid]
    if len(signatures) == 2 and not document.signatures_caption:
        grid = Grid(
            _side_by_side(writer, list(signatures), BODY), colWidths=[width * 0.5, width * 0.5]
        )
        grid.setStyle(style)
        story: list[Flowable] = [grid]
        if recipients:
            story += [
                Spacer(1, 4 * MM),
                Grid([[recipients]], colWidths=[width * 0.6], hAlign="LEFT"),
            ]
        return story
    story = []
    if document.signatures_caption:
        story.append(writer.para(document.signatures_caption, "center", bold=True, fontSize=BODY))
    columns = 2 if len(signatures) <= 4 else 3
    rows: list[list[Any]] = []
    for first in range(0, len(signatures), columns):
        chunk: list[Signature | None] = list(signatures[first : first + columns])
        missing = columns - len(chunk)  # a short last row is centred
        chunk = [None] * (missing // 2) + chunk + [None] * (missing - missing // 2)
        rows += _side_by_side(writer, chunk, BODY - 1.5)
    grid = Grid(rows, colWidths=[width / columns] * columns)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), writer.family.regular),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * MM),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * MM),
                # the rooms and names sit right under their titles
                *[("TOPPADDING", (0, r), (-1, r), 0) for r in range(1, len(rows), 2)],
            ]
        )
    )
    story.append(grid)
    if recipients:
        story += [Spacer(1, 4 * MM), Grid([[recipients]], colWidths=[width * 0.6], hAlign="LEFT")]
    return story


def _recipients(writer: Writer, lines: Sequence[str]) -> list[Any] | str:
    if not lines:
        return ""
    cell: list[Any] = [writer.para("Nơi nhận:", "body", bold=True, italic=True, fontSize=12)]
    cell += [writer.para(line, "body", fontSize=11, leading=13) for line in lines]
    return cell


def _annex(
    writer: Writer, annex: Annex, document: OfficialDocument, page: PageSetup
) -> list[Flowable]:
    story: list[Flowable] = [
        writer.para("PHỤ LỤC", "center", bold=True, fontSize=14, leading=18),
        writer.para(annex.title.upper(), "center", bold=True, fontSize=13, leading=17),
    ]
    if annex.subtitle:
        story.append(writer.para(annex.subtitle, "center", italic=True, fontSize=13, leading=17))
    story.append(centred_rule(0.3))
    story += [item for block in annex.body for item in _block(writer, block, page)]
    return story
