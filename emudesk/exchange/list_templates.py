"""Blank workbooks for a unit list and a scoring table, in the columns ``plain`` reads.

A new office keeps its members and criteria in its own Excel files; these templates show the
headings the import looks for (any order, extra columns allowed), say in Vietnamese how to
fill them, and carry a filled example on a second sheet that the import never reads (it reads
the first sheet only).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from emudesk.exchange.layout import SheetStyle
from emudesk.exchange.plain import KIND_NAMES_VI, TABLE_FIELDS, UNIT_FIELDS
from emudesk.files import atomic_output

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 5
BLANK_ROWS = 30  # ruled and, for the table, with the kind list, ready to type into (one page)

UNIT_WIDTHS = {"code": 14, "official_name": 44, "short_name": 28, "province": 16}
UNIT_EXAMPLE = tuple(
    (f"VHTTDL-{code}", f"Sở Văn hóa, Thể thao và Du lịch tỉnh {province}",
     f"Sở VHTTDL {province}", province)
    for code, province in (("LS", "Lạng Sơn"), ("TQ", "Tuyên Quang"), ("CB", "Cao Bằng"))
)  # fmt: skip
UNIT_GUIDE = (
    "Mỗi dòng một đơn vị thành viên. Bắt buộc: Mã đơn vị (chữ, số, dấu gạch; ví dụ BDT-DLK) và "
    "Tên đơn vị (tên chính thức). Các cột khác có thể để trống, xóa hoặc đổi thứ tự; giữ "
    "nguyên chữ ở dòng tiêu đề cột. Xem ví dụ ở trang tính “Ví dụ”.",
    "Đơn vị đã có (cùng mã) được cập nhật thông tin liên hệ; tên của đơn vị đã có đổi bằng "
    "chức năng Đổi tên, theo năm.",
)

TABLE_WIDTHS = {
    "code": 8,
    "title": 50,
    "kind": 15,
    "max_points": 10,
    "parent": 10,
    "per_occurrence": 10,
    "target": 10,
    "guidance": 36,
}
TABLE_EXAMPLE = (
    ("I", "Thực hiện nhiệm vụ chính trị", "Mục", 30, None, None, None, ""),
    ("1", "Công tác tham mưu", "Mục", 10, "I", None, None, ""),
    ("1.1", "Tham mưu ban hành văn bản chỉ đạo", "Điểm", 5, "1", None, None,
     "Đủ, đúng hạn: 5 điểm"),
    ("1.2", "Có kế hoạch công tác năm", "Đạt/Không đạt", 5, "1", None, None, ""),
    ("2", "Giải quyết hồ sơ đúng hạn", "Định lượng", 15, "I", None, 95, "Chỉ tiêu 95 %"),
    ("3", "Bài viết trên trang tin của cụm", "Số lần", 5, "I", Decimal("0.5"), None,
     "0,5 điểm mỗi bài"),
    ("T1", "Mô hình mới được cấp trên ghi nhận", "Điểm thưởng", 2, None, None, None, ""),
    ("Đ1", "Có cán bộ, công chức bị kỷ luật", "Điểm trừ", 5, None, None, None, ""),
)  # fmt: skip
TABLE_GUIDE = (
    "Mỗi dòng một mục hoặc tiêu chí, theo thứ tự của bảng chấm điểm. Bắt buộc: Mã, Nội dung, "
    "Loại (chọn trong danh sách), Điểm tối đa (ví dụ 10 hoặc 2,5). Mã mục cha: mã của mục "
    "chứa dòng này, để trống với các mục lớn I, II…, điểm thưởng và điểm trừ.",
    "Loại Số lần cần Điểm mỗi lần; loại Định lượng cần Chỉ tiêu. Xem ví dụ ở trang tính "
    "“Ví dụ”. Các dòng được thêm vào cuối bảng chấm điểm của năm đã chọn.",
)


def write_units_template(path: str | os.PathLike[str]) -> None:
    """The unit list template (``plain.UNIT_FIELDS``) at ``path``."""
    keys = list(UNIT_FIELDS)
    _write(
        path,
        title="DANH SÁCH ĐƠN VỊ THÀNH VIÊN",
        guide=UNIT_GUIDE,
        headings=[(UNIT_FIELDS[k][0], UNIT_WIDTHS.get(k, 18)) for k in keys],
        example=[(*row, *([""] * (len(keys) - len(row)))) for row in UNIT_EXAMPLE],
        kind_column=None,
    )


def write_table_template(path: str | os.PathLike[str]) -> None:
    """The scoring table template (``plain.TABLE_FIELDS``) at ``path``."""
    keys = list(TABLE_FIELDS)
    _write(
        path,
        title="BẢNG CHẤM ĐIỂM THI ĐUA",
        guide=TABLE_GUIDE,
        headings=[(TABLE_FIELDS[k][0], TABLE_WIDTHS[k]) for k in keys],
        example=TABLE_EXAMPLE,
        kind_column=keys.index("kind") + 1,
    )


def _write(
    path: str | os.PathLike[str],
    *,
    title: str,
    guide: Sequence[str],
    headings: Sequence[tuple[str, float]],
    example: Sequence[Sequence[object]],
    kind_column: int | None,
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    blank = workbook.active
    assert blank is not None  # a new Workbook always has one sheet
    blank.title = "Nhập liệu"
    _sheet(blank, title, guide=guide, headings=headings, rows=[], kind_column=kind_column)
    _sheet(
        workbook.create_sheet("Ví dụ"),
        f"{title} (VÍ DỤ)",
        guide=guide,
        headings=headings,
        rows=example,
        kind_column=None,
    )
    workbook.active = 0
    props = workbook.properties
    props.title, props.creator, props.language = title, "emudesk", "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def _sheet(
    ws: Worksheet,
    title: str,
    *,
    guide: Sequence[str],
    headings: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[object]],
    kind_column: int | None,
) -> None:
    style = SheetStyle(ws, columns=len(headings))
    style.banner(1, title, size=13, bold=True)
    for number, text in enumerate(guide, start=2):
        style.text(number, 1, text, italic=True, right=len(headings))
    for column, (text, width) in enumerate(headings, start=1):
        style.heading(HEADER_ROW, column, text)
        style.width(column, width)
    ws.row_dimensions[HEADER_ROW].height = 30
    last = HEADER_ROW + (len(rows) or BLANK_ROWS)  # the example: its rows only
    for number, values in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            if isinstance(value, int | Decimal):
                style.number(number, column, value, "General")
            elif value:
                style.text(number, column, str(value))
    style.grid(HEADER_ROW, last)
    if kind_column is not None:
        _kind_list(ws, kind_column, last)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW),
        landscape=True,
        footer=title.capitalize(),
        last_row=last,
        header=title.capitalize(),
    )


def _kind_list(ws: Worksheet, column: int, last: int) -> None:
    """The "Loại" cells offer the kinds the import understands (typing another is refused)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(column)
    choices = ",".join(KIND_NAMES_VI.values())
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.error = "Chọn một loại trong danh sách: " + ", ".join(KIND_NAMES_VI.values())
    validation.errorTitle = "Loại tiêu chí"
    validation.showErrorMessage = True
    ws.add_data_validation(validation)
    validation.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")
