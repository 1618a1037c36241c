"""An ``OfficialDocument`` as a Word document (.docx) an office finishes in Word or Writer.

The same form as ``official.pdf``: A4, margins 20/20/30/15 mm, Times New Roman 13; the header
as a borderless two-column table whose short lines are paragraph borders (they move with the
text when an officer edits it); real Word paragraphs, tables and page breaks, so that every
line stays editable; page numbers as a field in the header from the second page on.
python-docx is imported here only, when a document is written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from emudesk.files import atomic_output
from emudesk.printing.fonts import glyph_error, missing_glyphs, printable, register_fonts
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

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell

FONT = "Times New Roman"
BODY = 13
TEXT_WIDTH_MM = 165.0  # A4 less 30 + 15 mm


def write_docx(document: OfficialDocument, path: str | os.PathLike[str]) -> None:
    """Write ``document`` to ``path`` in one step; a character the fonts lack is refused first."""
    family = register_fonts()
    missing: dict[str, None] = {}
    for text in document.texts():
        missing.update(dict.fromkeys(missing_glyphs(printable(text), family.regular)))
    if missing:
        raise glyph_error(tuple(missing), family.regular)
    word = _new_document(document)
    _write(word, document)
    with atomic_output(path) as temporary:
        word.save(str(temporary))


def _new_document(document: OfficialDocument) -> Document:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    word = docx.Document()
    section = word.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)
    language = normal.element.get_or_add_rPr()
    lang = language.find(qn("w:lang"))
    if lang is None:
        from docx.oxml import OxmlElement

        lang = OxmlElement("w:lang")
        language.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    properties = word.core_properties
    properties.title = printable(document.file_title)
    properties.subject = printable(document.issuer)
    properties.author = "emudesk"
    properties.language = "vi-VN"
    _page_numbers(word)
    return word


def _page_numbers(word: Document) -> None:
    """A PAGE field centred in the header of every page but the first (Nghị định 30)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section = word.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _write(word: Document, document: OfficialDocument) -> None:
    _header(word, document)
    _title(word, document.kind, document.summary)
    if document.addressees:
        _addressees(word, document.addressees)
    for index, block in enumerate(document.body):
        following = document.body[index + 1] if index + 1 < len(document.body) else None
        paragraph = _block(word, block)
        if paragraph is not None and keeps_with_next(block, following):
            paragraph.paragraph_format.keep_with_next = True
    _closing(word, document)
    for annex in document.annexes:
        _annex(word, annex)


def _text(
    container: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = BODY,
    align: str = "center",
    before: float = 0,
    after: float = 0,
    first_indent_mm: float = 0,
    left_indent_mm: float = 0,
) -> Any:
    """A paragraph of plain ``text`` (lines kept as line breaks) in ``container``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    form = paragraph.paragraph_format
    form.space_before, form.space_after = Pt(before), Pt(after)
    if first_indent_mm:
        form.first_line_indent = Mm(first_indent_mm)
    if left_indent_mm:
        form.left_indent = Mm(left_indent_mm)
    for index, line in enumerate(printable(text).split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
    return paragraph


def _rule(container: Any, fraction: float, width_mm: float) -> None:
    """A short centred line (a bottom border on an empty, narrowed paragraph)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paragraph = container.add_paragraph()
    side = width_mm * (1 - fraction) / 2
    form = paragraph.paragraph_format
    form.left_indent, form.right_indent = Mm(side), Mm(side)
    form.space_before, form.space_after = Pt(0), Pt(2)
    form.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _grid(word: Document, widths_mm: Sequence[float], *, borders: bool) -> Any:
    from docx.shared import Mm

    table = word.add_table(rows=1, cols=len(widths_mm))
    table.autofit = False
    if borders:
        table.style = word.styles["Table Grid"]
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    return table


def _cell(cell: _Cell) -> _Cell:
    """The cell emptied of its first, blank paragraph (paragraphs are added after it)."""
    first = cell.paragraphs[0]
    if not first.text:
        first._p.getparent().remove(first._p)
    return cell


def _header(word: Document, document: OfficialDocument) -> None:
    left_mm, right_mm = TEXT_WIDTH_MM * 0.4, TEXT_WIDTH_MM * 0.6
    table = _grid(word, (left_mm, right_mm), borders=False)
    agency, nation = (_cell(c) for c in table.rows[0].cells)
    if document.superior:
        _text(agency, document.superior.upper(), size=12.5)
    _text(agency, document.issuer.upper(), bold=True, size=12.5)
    _rule(agency, 0.35, left_mm)
    if document.number_line:
        _text(agency, document.number_line, before=4)
    _text(nation, NATION, bold=True, size=12)
    _text(nation, MOTTO, bold=True, size=13.5)
    _rule(nation, 0.52, right_mm)
    _text(nation, document.place_date, italic=True, size=13.5, before=4)


def _title(word: Document, kind: str, summary: str) -> None:
    _text(word, kind.upper(), bold=True, size=14, before=18)
    if summary:
        _text(word, summary, bold=True, size=14)
    _rule(word, 0.3, TEXT_WIDTH_MM)


def _addressees(word: Document, names: Sequence[str]) -> None:
    if len(names) == 1:
        _text(word, f"Kính gửi: {names[0]}", size=BODY + 1, before=8, after=6)
        return
    _text(word, "Kính gửi:", size=BODY + 1, before=8)
    for name in names:
        _text(word, f"- {name};", size=BODY + 1, align="left", left_indent_mm=45)


def _block(word: Document, block: Block) -> Any:
    """The block added to ``word``; its paragraph, when it is one."""
    if isinstance(block, Paragraph):
        justified = block.align == "justify"
        return _text(
            word,
            block.text,
            bold=block.bold,
            italic=block.italic,
            align=block.align,
            before=3,
            after=3,
            first_indent_mm=10 if block.indent and justified else 0,
        )
    if isinstance(block, Heading):
        return _text(word, block.text, bold=True, align=block.align, before=6, after=3)
    if isinstance(block, Table):
        _table(word, block)
    elif isinstance(block, PageBreak):
        word.add_page_break()
    else:
        raise TypeError(block)
    return None


def _table(word: Document, table: Table) -> None:
    widths = [TEXT_WIDTH_MM * w for w in table.widths]
    grid = _grid(word, widths, borders=True)
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        _text(_cell(cell), text, bold=True, size=table.size)
    for index, row in enumerate(table.rows):
        cells = grid.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, row, strict=True)):
            align = "right" if column in table.numeric else "left"
            _text(_cell(cell), text, bold=index in table.bold_rows, size=table.size, align=align)
    _repeat_header(grid)
    _rows_whole(grid)
    _narrow_margins(grid)
    _text(word, "", size=6)


def _rows_whole(grid: Any) -> None:
    """A row is never split across two pages (a vote's line would lose its counts)."""
    from docx.oxml import OxmlElement

    for row in grid.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _narrow_margins(grid: Any) -> None:
    """Cell margins of 1 mm left and right (Word's 1.9 mm breaks "STT" in a narrow column)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "57")  # twentieths of a point: 1 mm
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    grid._tbl.tblPr.append(margins)


def _repeat_header(grid: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = grid.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _signature(cell: _Cell, signature: Signature, size: float = BODY) -> None:
    _signature_top(cell, signature, size)
    _signature_bottom(cell, signature, size)


def _signature_top(cell: _Cell, signature: Signature, size: float) -> None:
    """The block's title and hint; kept with the row below (the room and the name)."""
    for line in signature.lines():
        _text(cell, line, bold=True, size=size).paragraph_format.keep_with_next = True
    _text(cell, signature.hint, italic=True, size=size - 2).paragraph_format.keep_with_next = True


def _signature_bottom(cell: _Cell, signature: Signature, size: float) -> None:
    for _ in range(4):
        _text(cell, "", size=size)
    _text(cell, signature.name or "……………………………", bold=True, size=size)


def _side_by_side(table: Any, row: Sequence[Signature | None], size: float, *, first: bool) -> None:
    """Blocks side by side in two rows, titles then names, so that the names line up when
    a title wraps."""
    tops = table.rows[0].cells if first else table.add_row().cells
    bottoms = table.add_row().cells
    for top, bottom, signature in zip(tops, bottoms, row, strict=True):
        if signature is not None:
            _signature_top(_cell(top), signature, size)
            _signature_bottom(_cell(bottom), signature, size)


def _recipients(cell: _Cell, lines: Sequence[str]) -> None:
    _text(cell, "Nơi nhận:", bold=True, italic=True, size=12, align="left")
    for line in lines:
        _text(cell, line, size=11, align="left")


def _closing(word: Document, document: OfficialDocument) -> None:
    signatures = document.signatures
    _text(word, "", size=8)
    if len(signatures) <= 1:
        table = _grid(word, (TEXT_WIDTH_MM * 0.48, TEXT_WIDTH_MM * 0.52), borders=False)
        left, right = (_cell(c) for c in table.rows[0].cells)
        if document.recipients:
            _recipients(left, document.recipients)
        else:
            _text(left, "")
        if signatures:
            _signature(right, signatures[0])
        else:
            _text(right, "")
        return
    if len(signatures) == 2 and not document.signatures_caption:
        table = _grid(word, (TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2), borders=False)
        _side_by_side(table, signatures, BODY, first=True)
    else:
        if document.signatures_caption:
            _text(word, document.signatures_caption, bold=True, before=6)
        columns = 2 if len(signatures) <= 4 else 3
        table = _grid(word, [TEXT_WIDTH_MM / columns] * columns, borders=False)
        for first in range(0, len(signatures), columns):
            chunk: list[Signature | None] = list(signatures[first : first + columns])
            missing = columns - len(chunk)  # a short last row is centred
            chunk = [None] * (missing // 2) + chunk + [None] * (missing - missing // 2)
            _side_by_side(table, chunk, BODY - 1.5, first=first == 0)
    if document.recipients:
        _text(word, "", size=8)
        table = _grid(word, (TEXT_WIDTH_MM * 0.6, TEXT_WIDTH_MM * 0.4), borders=False)
        left, right = (_cell(c) for c in table.rows[0].cells)
        _recipients(left, document.recipients)
        _text(right, "")


def _annex(word: Document, annex: Annex) -> None:
    word.add_page_break()
    _text(word, "PHỤ LỤC", bold=True, size=14)
    _text(word, annex.title.upper(), bold=True, size=13)
    if annex.subtitle:
        _text(word, annex.subtitle, italic=True, size=13)
    _rule(word, 0.3, TEXT_WIDTH_MM)
    for block in annex.body:
        _block(word, block)
