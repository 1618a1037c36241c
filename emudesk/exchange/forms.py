"""Write one unit's scoring form: instructions, the scoring sheet, and the hidden identity.

The form is filled in by people without emudesk, in Excel or LibreOffice, so everything it
needs is inside it: instructions in Vietnamese, the range of every cell as data validation,
yellow cells where typing is expected and a protected (password-less) sheet that prevents
accidents. None of that is trusted on the way back: ``returns`` re-checks every cell.
Values already stored (a unit's earlier return) are filled in, so sending a corrected form
changes exactly what the unit corrected.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from emudesk.exchange import formsums, safe
from emudesk.exchange import formtext as words
from emudesk.exchange.formdata import (
    COL_CODE,
    COL_EVIDENCE,
    COL_FIRST_PEER,
    COL_HOW,
    COL_MAX,
    COL_NOTE,
    COL_SELF,
    COL_TITLE,
    FIRST_ROW,
    FORM_SHEET,
    GUIDE_SHEET,
    HEADER_BOTTOM,
    HEADER_TOP,
    TOTAL_LABEL,
    FormLayout,
    FormRow,
    FormSpec,
)
from emudesk.exchange.identity import write_identity
from emudesk.exchange.layout import FONT, SheetStyle
from emudesk.exchange.member import write_description
from emudesk.exchange.sizing import LINE_HEIGHT, line_count, row_height
from emudesk.files import atomic_output
from emudesk.rules import CriterionKind

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

INPUT_FILL = "FFF2CC"
POINTS_FORMAT = "0.00"
COUNT_FORMAT = "0"
_WIDTHS = {COL_CODE: 6, COL_TITLE: 42, COL_HOW: 19, COL_MAX: 9, COL_SELF: 9}
_TEXT_WIDTH = 18
_PEER_WIDTH = 10
_GUIDE_WIDTH = 75  # LibreOffice does not shrink a single wide column to the page


def write_form(spec: FormSpec, path: str | os.PathLike[str]) -> None:
    """Write ``spec`` as an .xlsx form at ``path``, replacing it in one step."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    workbook = Workbook()
    guide = workbook.active
    assert guide is not None  # a new Workbook always has one sheet
    guide.title = GUIDE_SHEET
    _guide(guide, spec, os.path.basename(os.fspath(path)))
    _form(workbook.create_sheet(FORM_SHEET), spec)
    write_identity(workbook, spec.identity)
    write_description(workbook, spec)
    workbook.active = 0
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.calculation.fullCalcOnLoad = True
    _properties(workbook, spec)
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def _properties(workbook: Workbook, spec: FormSpec) -> None:
    props = workbook.properties
    props.title = safe.clean_text(f"{words.title(spec)} – {spec.unit_name}")
    props.subject = safe.clean_text(words.cluster_line(spec))
    props.creator = "emudesk"
    props.lastModifiedBy = "emudesk"
    props.language = "vi-VN"


def _guide(ws: Worksheet, spec: FormSpec, file_name: str) -> None:
    from openpyxl.styles import Alignment, Font

    style = SheetStyle(ws, columns=1)
    style.width(1, _GUIDE_WIDTH)
    for row, text, size, bold in (
        (1, f"HƯỚNG DẪN ĐIỀN {words.title(spec)}", 13, True),
        (2, words.cluster_line(spec), 11, False),
        (3, words.unit_line(spec), 11, True),
    ):
        cell = ws.cell(row=row, column=1)
        safe.put_text(cell, text)  # one column: no merged banner, which Excel would repair
        cell.font = Font(name=FONT, size=size, bold=bold, italic=not bold)
        cell.alignment = Alignment(horizontal="center")
    row = 4
    for kind, text in words.guide_lines(spec, file_name):
        row += 2 if kind == "h" else 1  # a blank line before each heading
        cell = ws.cell(row=row, column=1)
        safe.put_text(cell, text)
        cell.font = Font(name=FONT, size=12 if kind == "h" else 11, bold=kind == "h")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = line_count(text, _GUIDE_WIDTH) * LINE_HEIGHT
    safe.put_text(ws.cell(row=row + 1, column=1), words.issued_line(spec))
    ws.cell(row=row + 1, column=1).font = Font(name=FONT, size=9, italic=True)
    style.page_setup(
        header_rows=(1, 1),
        landscape=False,
        footer=words.issued_line(spec),
        last_row=row + 1,
        header=words.page_header(spec),
    )
    ws.protection.sheet = True


def _form(ws: Worksheet, spec: FormSpec) -> None:
    layout = FormLayout(spec.rows, spec.columns)
    style = SheetStyle(ws, columns=layout.last_column)
    _widths(style, layout)
    style.banner(1, words.title(spec), size=14, bold=True)
    style.banner(2, words.cluster_line(spec), italic=True)
    style.banner(3, words.unit_line(spec), size=12, bold=True)
    style.banner(4, f"{words.deadline_line(spec)} Gửi về: {words.send_to(spec)}.", italic=True)
    style.banner(5, words.INPUT_HINT, italic=True)
    ws.cell(row=5, column=1).fill = _input_fill()
    _headings(style, layout)
    for index, row in enumerate(layout.rows):
        _criterion(ws, style, layout, spec, index=index, row=row)
    _total(ws, style, layout)
    style.grid(HEADER_TOP, layout.total_row)
    _signatures(ws, layout)
    style.page_setup(
        header_rows=(HEADER_TOP, HEADER_BOTTOM),
        landscape=True,
        footer=words.issued_line(spec),
        last_row=layout.total_row + 7,
        header=words.page_header(spec),
    )
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=COL_SELF)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column or row is harmless
    ws.protection.formatRows = False


def _widths(style: SheetStyle, layout: FormLayout) -> None:
    for column, width in _WIDTHS.items():
        style.width(column, width)
    style.width(COL_NOTE, _TEXT_WIDTH)
    style.width(COL_EVIDENCE, _TEXT_WIDTH)
    for offset in range(len(layout.peers)):
        style.width(COL_FIRST_PEER + offset, _PEER_WIDTH)


def _headings(style: SheetStyle, layout: FormLayout) -> None:
    labels = layout.header_labels()
    for column in (COL_CODE, COL_TITLE, COL_HOW, COL_MAX):
        style.heading(HEADER_TOP, column, labels[column - 1], bottom=HEADER_BOTTOM)
    style.heading(HEADER_TOP, COL_SELF, words.SELF_GROUP, right=COL_EVIDENCE)
    for column in (COL_SELF, COL_NOTE, COL_EVIDENCE):
        style.heading(HEADER_BOTTOM, column, labels[column - 1])
    if layout.peers:
        style.heading(HEADER_TOP, COL_FIRST_PEER, words.PEER_GROUP, right=layout.last_column)
        for offset, peer in enumerate(layout.peers):
            style.heading(HEADER_BOTTOM, COL_FIRST_PEER + offset, peer.label)
    style.ws.row_dimensions[HEADER_BOTTOM].height = 48


def _input_fill() -> PatternFill:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor=INPUT_FILL)


def _criterion(
    ws: Worksheet,
    style: SheetStyle,
    layout: FormLayout,
    spec: FormSpec,
    *,
    index: int,
    row: FormRow,
) -> None:
    number = layout.row_number(index)
    section = row.kind is CriterionKind.SECTION
    note, evidence = spec.texts.get(row.key, ("", ""))
    height = row_height(
        (
            (row.title, _WIDTHS[COL_TITLE] - row.depth),
            (words.how_to_score(row), _WIDTHS[COL_HOW]),
            (note, _TEXT_WIDTH),
            (evidence, _TEXT_WIDTH),
        )
    )
    if height is not None:
        ws.row_dimensions[number].height = height
    style.text(number, COL_CODE, row.code, bold=section, center=True)
    style.text(number, COL_TITLE, row.title, bold=section, indent=row.depth)
    style.text(number, COL_HOW, words.how_to_score(row))
    style.number(number, COL_MAX, words.amount(row.max_points), POINTS_FORMAT, bold=section)
    if section:
        if row.depth == 0:
            style.shade(number)
        for _column, sheet_column in layout.scored_columns():
            _subtotal(ws, layout, row, number, sheet_column)
        return
    validation = _validation(row)
    ws.add_data_validation(validation)
    for column, sheet_column in layout.scored_columns():
        cell = ws.cell(row=number, column=sheet_column)
        _input(cell, COUNT_FORMAT if row.kind is CriterionKind.PER_OCCURRENCE else POINTS_FORMAT)
        raw = spec.values.get((row.key, column.unit_uuid))
        if raw is not None:
            per_count = row.kind is CriterionKind.PER_OCCURRENCE
            cell.value = raw if per_count else words.amount(raw)
        validation.add(cell)
    for sheet_column, text in ((COL_NOTE, note), (COL_EVIDENCE, evidence)):
        cell = ws.cell(row=number, column=sheet_column)
        _input(cell, "@")
        if text:
            safe.put_text(cell, text)


def _input(cell: Cell, number_format: str) -> None:
    from openpyxl.styles import Alignment, Font, Protection

    cell.protection = Protection(locked=False)
    cell.fill = _input_fill()
    cell.number_format = number_format
    cell.font = Font(name=FONT, size=11)
    text = number_format == "@"
    cell.alignment = Alignment(
        horizontal="left" if text else "center", vertical="center", wrap_text=text
    )


def _validation(row: FormRow) -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    top = str(words.amount(row.max_points))
    common = {
        "allow_blank": True,
        "showErrorMessage": True,
        "errorStyle": "stop",
        "errorTitle": words.VALIDATION_TITLE,
        "error": words.validation_message(row),
    }
    if row.kind is CriterionKind.PASS_FAIL:
        return DataValidation(type="list", formula1=f'"0,{top}"', **common)
    if row.kind is CriterionKind.PER_OCCURRENCE:
        return DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", **common)
    if row.kind is CriterionKind.QUANTITATIVE:
        return DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", **common)
    return DataValidation(type="decimal", operator="between", formula1="0", formula2=top, **common)


def _term(layout: FormLayout, row: FormRow, letter: str) -> str | None:
    """How a row counts in its section's subtotal, or None when it cannot be summed here."""
    number = layout.number_of[row.key]
    if row.kind in formsums.SUMMED_AS_TYPED:
        return f"{letter}{number}"
    each = formsums.points_each(row) if row.kind is CriterionKind.PER_OCCURRENCE else None
    if each is not None:
        return f"MIN({letter}{number}*{words.amount(each)},{words.amount(row.max_points)})"
    return None  # quantitative: its points depend on every unit's result (formsums.counted)


def _subtotal(ws: Worksheet, layout: FormLayout, row: FormRow, number: int, column: int) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    terms = [
        term
        for child in layout.rows
        if child.parent_key == row.key and (term := _term(layout, child, letter))
    ]
    if not terms:
        return
    cell = ws.cell(row=number, column=column, value=f"=SUM({','.join(terms)})")
    cell.number_format = POINTS_FORMAT
    cell.font = Font(name=FONT, size=11, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")


def _total(ws: Worksheet, style: SheetStyle, layout: FormLayout) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    number = layout.total_row
    style.text(number, COL_CODE, TOTAL_LABEL, bold=True, right=COL_MAX)
    for _column, sheet_column in layout.scored_columns():
        letter = get_column_letter(sheet_column)
        plus = [t for r in layout.rows if r.parent_key is None and (t := _term(layout, r, letter))]
        plus += [
            f"{letter}{layout.row_number(i)}"
            for i, r in enumerate(layout.rows)
            if r.kind is CriterionKind.BONUS
        ]
        minus = [
            f"{letter}{layout.row_number(i)}"
            for i, r in enumerate(layout.rows)
            if r.kind is CriterionKind.DEDUCTION
        ]
        formula = f"=SUM({','.join(plus) or '0'})"
        if minus:
            formula += f"-SUM({','.join(minus)})"
        cell = ws.cell(row=number, column=sheet_column, value=formula)
        cell.number_format = POINTS_FORMAT
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    style.shade(number)


def _signatures(ws: Worksheet, layout: FormLayout) -> None:
    from openpyxl.styles import Alignment, Font

    top = layout.total_row + 2
    right = max(COL_SELF, layout.last_column - 2)
    for column, heading, hint in (
        (COL_TITLE, words.PREPARER, words.SIGN_HINT),
        (right, words.HEAD_OF_UNIT, words.SIGN_SEAL_HINT),
    ):
        for offset, (text, bold) in enumerate(((heading, True), (hint, False))):
            cell = ws.cell(row=top + offset, column=column)
            safe.put_text(cell, text)
            cell.font = Font(name=FONT, size=11, bold=bold, italic=not bold)
            cell.alignment = Alignment(horizontal="center")
