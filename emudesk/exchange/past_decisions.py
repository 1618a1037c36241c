"""The template of past decisions (the years before emudesk), and reading it back.

One row per award decided: the issuer's office types its paper decisions into the sheet
"Quyết định khen thưởng" in Excel or LibreOffice. The award is chosen from the issuer's
catalogue (a drop-down fed by the sheet "Danh mục"), dates and years are validated, and the
heading rows are protected (without a password: protection only keeps hands off by
accident; the import checks every cell again). Which template it is, and for which issuer,
is written twice — custom document properties and a very hidden sheet — so that another
workbook is refused by name. Reading goes through ``plain.read_plain`` after
``sanity.check_file``, like every file from outside.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from emudesk.errors import FileFormatError
from emudesk.exchange import plain, safe, sanity
from emudesk.exchange.layout import SheetStyle
from emudesk.files import atomic_output
from emudesk.i18n import _

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

KIND = "past-decisions"
FORMAT_VERSION = "1"
DATA_SHEET = "Quyết định khen thưởng"
GUIDE_SHEET = "Hướng dẫn"
LIST_SHEET = "Danh mục"
IDENTITY_SHEET = "emudesk_past"
PROPERTY_PREFIX = "emudesk_past_"
HEADER_ROW = 4
OPEN_ROWS = 2000  # rows unlocked, ruled and validated, ready to type into
MAX_ROWS = 20_000
FIRST_YEAR = 1980  # the oldest decision a template takes
GUIDE_WIDTH = 72  # characters: the instructions fit an A4 page's width

FIELDS: dict[str, tuple[str, ...]] = {
    "year": ("Năm thi đua", "Năm"),
    "number": ("Số quyết định", "Số QĐ"),
    "date": ("Ngày quyết định", "Ngày ký"),
    "signer": ("Người ký / cấp ký", "Người ký", "Cấp ký"),
    "award": ("Hình thức khen thưởng", "Danh hiệu, hình thức", "Khen thưởng"),
    "kind": ("Đối tượng", "Loại đối tượng"),
    "recipient": ("Tên đơn vị, tập thể hoặc cá nhân được khen", "Được khen", "Tên"),
    "unit": ("Thuộc đơn vị", "Đơn vị"),
    "position": ("Chức vụ", "Chức vụ của cá nhân"),
    "register": ("Số sổ", "Số sổ vàng", "Số vào sổ"),
    "reason": ("Thành tích", "Lý do", "Nội dung thành tích"),
    "note": ("Ghi chú",),
}
REQUIRED = ("year", "number", "date", "award", "recipient")
WIDTHS = {
    "year": 8,
    "number": 16,
    "date": 12,
    "signer": 20,
    "award": 34,
    "kind": 11,
    "recipient": 34,
    "unit": 30,
    "position": 18,
    "register": 14,
    "reason": 36,
    "note": 20,
}
KIND_WORDS = {"unit": "Đơn vị", "collective": "Tập thể", "person": "Cá nhân"}

GUIDE = (
    "MẪU NHẬP CÁC QUYẾT ĐỊNH KHEN THƯỞNG ĐÃ BAN HÀNH",
    "Dùng để đưa vào emudesk các quyết định khen thưởng của những năm trước khi dùng "
    "chương trình, để tra cứu lịch sử khen thưởng của từng đơn vị và cá nhân.",
    "1. Nhập ở trang tính “Quyết định khen thưởng”, mỗi dòng một đối tượng được khen của "
    "một quyết định. Không đổi tên trang tính, không sửa dòng tiêu đề cột.",
    "2. Bắt buộc: Năm thi đua, Số quyết định, Ngày quyết định (ngày/tháng/năm), Hình thức "
    "khen thưởng (chọn trong danh sách, lấy từ danh mục của cơ quan) và Tên đơn vị, tập "
    "thể hoặc cá nhân được khen.",
    "3. Đối tượng: “Đơn vị” khi khen cả đơn vị (để trống cột Thuộc đơn vị); “Tập thể” "
    "(một phòng, ban) hoặc “Cá nhân” thì ghi tên tập thể, cá nhân và đơn vị của họ ở cột "
    "Thuộc đơn vị; cá nhân ghi thêm chức vụ.",
    "4. Tên đơn vị ghi như tên gọi vào ngày của quyết định (tên cũ trước khi đổi tên, sáp "
    "nhập); có dấu hay không dấu, hoa hay thường đều được. Có thể ghi mã đơn vị.",
    "5. Số sổ là số vào sổ vàng của quyết định; không được trùng với số đã có trong sổ.",
    "6. Không dùng công thức; dán giá trị (Paste Special › Values) khi chép từ tệp khác. "
    "Lưu dạng Excel (.xlsx), rồi nhập bằng chức năng “Nhập quyết định đã ban hành” ở trang "
    "Lịch sử khen thưởng, hoặc lệnh: emudesk history import TỆP.xlsx --dry-run",
    "7. Chương trình kiểm tra từng dòng và cho xem trước; nhập lại cùng một tệp không tạo "
    "dòng trùng. Trang tính được khóa (không mật khẩu) để giữ dòng tiêu đề; cần thêm quá "
    f"{OPEN_ROWS} dòng thì bỏ khóa trang tính (Review › Unprotect Sheet).",
)


@dataclass(frozen=True)
class CatalogueAward:
    """An award the drop-down offers, as the issuer's catalogue holds it."""

    code: str
    name: str
    recipient: str  # collective / individual / both
    valid_from: dt.date | None
    valid_until: dt.date | None


@dataclass(frozen=True)
class TemplateFor:
    issuer_uuid: UUID
    issuer_name: str
    awards: Sequence[CatalogueAward]


@dataclass(frozen=True)
class PastWorkbook:
    """A filled template as read: for which issuer, and its rows (``plain.PlainRow``)."""

    file: str
    sha256: str
    issuer_uuid: UUID
    rows: tuple[plain.PlainRow, ...]


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def write_template(path: str | os.PathLike[str], template: TemplateFor) -> None:
    """The template for ``template``'s issuer at ``path``."""
    from openpyxl import Workbook

    workbook = Workbook()
    guide = workbook.active
    assert guide is not None  # a new Workbook always has one sheet
    guide.title = GUIDE_SHEET
    _guide(guide, template)
    data = workbook.create_sheet(DATA_SHEET)
    listed = workbook.create_sheet(LIST_SHEET)
    names = _catalogue(listed, template.awards)
    _data(data, names)
    _identity(workbook, template)
    workbook.active = 1
    props = workbook.properties
    props.title, props.creator, props.language = GUIDE[0].capitalize(), "emudesk", "vi-VN"
    with atomic_output(path) as temporary:
        workbook.save(temporary)


def _guide(ws: Worksheet, template: TemplateFor) -> None:
    import math

    style = SheetStyle(ws, columns=1)
    style.width(1, GUIDE_WIDTH)
    style.text(1, 1, GUIDE[0], bold=True)
    style.text(2, 1, f"Cơ quan: {template.issuer_name}", bold=True)
    for row, line in enumerate(GUIDE[1:], start=3):
        style.text(row, 1, line)
        ws.row_dimensions[row].height = 15 * math.ceil(len(line) / (GUIDE_WIDTH * 0.95))
    style.page_setup(header_rows=(1, 1), landscape=False, footer=GUIDE[0].capitalize(),
                     last_row=len(GUIDE) + 1)  # fmt: skip
    ws.protection.sheet = True


def _catalogue(ws: Worksheet, awards: Sequence[CatalogueAward]) -> int:
    """The catalogue the drop-down offers (one name each), and its codes and validity."""
    style = SheetStyle(ws, columns=4)
    for column, (text, width) in enumerate(
        (("Hình thức khen thưởng", 50), ("Mã", 14), ("Áp dụng từ", 12), ("Đến", 12)), start=1
    ):
        style.heading(1, column, text)
        style.width(column, width)
    seen: list[str] = []
    for award in awards:
        if award.name in seen:
            continue
        seen.append(award.name)
        row = len(seen) + 1
        for column, text in enumerate(
            (award.name, award.code, _day(award.valid_from), _day(award.valid_until)), start=1
        ):
            safe.put_text(ws.cell(row=row, column=column), text)
    style.grid(1, len(seen) + 1)
    ws.protection.sheet = True
    return len(seen)


def _data(ws: Worksheet, awards: int) -> None:
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    keys = list(FIELDS)
    style = SheetStyle(ws, columns=len(keys))
    style.banner(1, "CÁC QUYẾT ĐỊNH KHEN THƯỞNG ĐÃ BAN HÀNH", size=13, bold=True)
    style.text(
        2,
        1,
        "Mỗi dòng một đối tượng được khen; xem trang “Hướng dẫn”.",
        italic=True,
        right=len(keys),
    )
    for column, key in enumerate(keys, start=1):
        style.heading(HEADER_ROW, column, FIELDS[key][0])
        style.width(column, WIDTHS[key])
    ws.row_dimensions[HEADER_ROW].height = 45
    first, last = HEADER_ROW + 1, HEADER_ROW + OPEN_ROWS
    style.grid(HEADER_ROW, last)
    unlocked = Protection(locked=False)
    for row in ws.iter_rows(min_row=first, max_row=last, max_col=len(keys)):
        for cell in row:
            cell.protection = unlocked
    for column, key in enumerate(keys, start=1):
        if key == "date":
            for (cell,) in ws.iter_rows(
                min_row=first, max_row=last, min_col=column, max_col=column
            ):
                cell.number_format = "DD/MM/YYYY"
        elif key in ("number", "register"):
            for (cell,) in ws.iter_rows(
                min_row=first, max_row=last, min_col=column, max_col=column
            ):
                cell.number_format = "@"  # "12/QĐ-UBDT" must not turn into a date

    def validate(key: str, rule: DataValidation, title: str, error: str) -> None:
        letter = get_column_letter(keys.index(key) + 1)
        rule.errorTitle, rule.error, rule.showErrorMessage = title, error, True
        ws.add_data_validation(rule)
        rule.add(f"{letter}{first}:{letter}{last}")

    validate(
        "year",
        DataValidation(
            type="whole",
            operator="between",
            formula1=str(FIRST_YEAR),
            formula2="2100",
            allow_blank=True,
        ),
        "Năm thi đua",
        f"Năm thi đua là một số từ {FIRST_YEAR}, ví dụ 2023.",
    )
    validate(
        "date",
        DataValidation(
            type="date",
            operator="between",
            formula1=f"DATE({FIRST_YEAR},1,1)",
            formula2="TODAY()",
            allow_blank=True,
        ),
        "Ngày quyết định",
        f"Ghi ngày dạng ngày/tháng/năm, từ năm {FIRST_YEAR} đến hôm nay.",
    )
    validate(
        "award",
        DataValidation(
            type="list", formula1=f"'{LIST_SHEET}'!$A$2:$A${awards + 1}", allow_blank=True
        ),
        "Hình thức khen thưởng",
        "Chọn một hình thức trong danh sách (trang “Danh mục”).",
    )
    validate(
        "kind",
        DataValidation(
            type="list", formula1='"' + ",".join(KIND_WORDS.values()) + '"', allow_blank=True
        ),
        "Đối tượng",
        "Chọn Đơn vị, Tập thể hoặc Cá nhân.",
    )
    ws.freeze_panes = ws.cell(row=first, column=1)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column is allowed
    ws.protection.formatRows = False
    style.page_setup(
        header_rows=(HEADER_ROW, HEADER_ROW),
        landscape=True,
        footer="Các quyết định khen thưởng đã ban hành",
        last_row=last,
    )


def _identity(workbook: Workbook, template: TemplateFor) -> None:
    from openpyxl.packaging.custom import StringProperty

    pairs = _pairs(template)
    ws = workbook.create_sheet(IDENTITY_SHEET)
    for row, (key, value) in enumerate(pairs, start=1):
        safe.put_text(ws.cell(row=row, column=1), key)
        safe.put_text(ws.cell(row=row, column=2), value)
    ws.sheet_state = "veryHidden"
    for key, value in pairs:
        workbook.custom_doc_props.append(StringProperty(name=PROPERTY_PREFIX + key, value=value))


def _pairs(template: TemplateFor) -> list[tuple[str, str]]:
    return [("kind", KIND), ("format", FORMAT_VERSION), ("issuer", str(template.issuer_uuid))]


# ---- reading ------------------------------------------------------------------------------


def read_workbook(path: Path) -> PastWorkbook:
    """A filled template's issuer and rows; a file that is no such template is refused."""
    import hashlib

    path = Path(path)
    file, data = path.name, sanity.read_file(path)
    sanity.check_file(file, data)
    _refuse_links(file, data)
    found: dict[str, str] = {}

    def pick(name: str, workbook: Any) -> Any:
        found.update(_read_identity(name, workbook))
        if DATA_SHEET not in workbook.sheetnames:
            raise FileFormatError(
                _(
                    "{file}: the sheet “{sheet}” is missing (renamed or deleted); type the "
                    "decisions into the template as emudesk saved it.",
                    file=name,
                    sheet=DATA_SHEET,
                )
            )
        return workbook[DATA_SHEET]

    rows = plain.read_plain(
        path, FIELDS, REQUIRED, sheet=pick, formulas=True, max_rows=MAX_ROWS, data=data
    )
    try:
        issuer = UUID(found["issuer"])
    except (KeyError, ValueError) as exc:
        raise FileFormatError(
            _("{file}: the template's identity is damaged; save a new template.", file=file)
        ) from exc
    return PastWorkbook(file, hashlib.sha256(data).hexdigest(), issuer, tuple(rows))


def _refuse_links(file: str, data: bytes) -> None:
    """Values linked from another workbook are not what was decided on paper, and a link can
    call out to a network share when the file is opened: refused (paste the values)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # sane: sanity.check_file said so
        if any(n.lower().startswith("xl/externallinks/") for n in archive.namelist()):
            raise FileFormatError(
                _(
                    "{file}: the workbook links to other workbooks; copy the cells and paste "
                    "only their values (Paste Special › Values), save and import again.",
                    file=file,
                )
            )


def _read_identity(file: str, workbook: Any) -> dict[str, str]:
    in_sheet: dict[str, str] = {}
    if IDENTITY_SHEET in workbook.sheetnames:
        for key, value in workbook[IDENTITY_SHEET].iter_rows(
            max_row=20, max_col=2, values_only=True
        ):
            if key is not None:
                in_sheet[str(key).strip()] = "" if value is None else str(value).strip()
    in_properties = {
        prop.name[len(PROPERTY_PREFIX) :]: str(prop.value).strip()
        for prop in getattr(workbook, "custom_doc_props", [])
        if isinstance(getattr(prop, "name", None), str) and prop.name.startswith(PROPERTY_PREFIX)
    }
    if in_sheet and in_properties and in_sheet != in_properties:
        raise FileFormatError(
            _(
                "{file}: the two copies of the template's identity disagree; the file was "
                "altered or put together from two workbooks. Save a new template.",
                file=file,
            )
        )
    chosen = in_sheet or in_properties
    if chosen.get("kind") != KIND:
        raise FileFormatError(
            _(
                "{file}: this is not emudesk's template of past decisions (perhaps another "
                "workbook, or its sheet copied into a new one). Save the template from "
                "emudesk, type the decisions into it and import that file.",
                file=file,
            )
        )
    if chosen.get("format") != FORMAT_VERSION:
        raise FileFormatError(
            _(
                "{file}: the template has format version {version}, which this emudesk does "
                "not read; update emudesk.",
                file=file,
                version=chosen.get("format", "?"),
            )
        )
    return chosen
