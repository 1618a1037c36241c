"""Read a plain workbook made by someone else (a unit list, a scoring table) by its headings.

Offices keep such lists in their own workbooks, with a title above the table and columns
in their own order. The heading row is found among the first rows by the headings it must
contain, compared without case and diacritics ("Ma don vi" finds "Mã đơn vị"); columns are
then taken by heading, not by position. Values come back as plain Python values with the
sheet row number, for the service to check and report by row.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emudesk.errors import EmuError, FileFormatError
from emudesk.exchange import sanity
from emudesk.i18n import _
from emudesk.text import clean, fold

HEADER_SEARCH_ROWS = 15
MAX_ROWS = 5000


@dataclass(frozen=True)
class PlainRow:
    number: int  # the sheet row, as the user sees it
    values: Mapping[str, Any]  # field name -> cell value, for the fields the sheet has


def _key(text: object) -> str:
    return " ".join(fold(clean(str(text))).replace(":", " ").split()) if text is not None else ""


def read_plain(
    path: Path,
    fields: Mapping[str, Sequence[str]],
    required: Sequence[str],
    *,
    sheet: Callable[[str, Any], Any] | None = None,
    formulas: bool = False,
    max_rows: int = MAX_ROWS,
    data: bytes | None = None,
) -> list[PlainRow]:
    """The rows under the heading row; ``fields`` maps a field to the headings that name it.

    ``sheet(file, workbook)`` picks (and may first check) the sheet to read, the first one
    by default. With ``formulas`` a cell holding a formula is refused, naming the cell,
    instead of taking the value the spreadsheet last computed; rows past ``max_rows`` are
    refused rather than left out. ``data``: the file's bytes, already read (and checked).
    """
    from openpyxl import load_workbook

    file = path.name
    if data is None:
        data = sanity.read_file(path)
        sanity.check_file(file, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(
                io.BytesIO(data), read_only=True, data_only=not formulas, keep_links=False
            )
        try:
            ws = sheet(file, workbook) if sheet is not None else workbook.worksheets[0]
            if formulas:
                ws.reset_dimensions()  # every row there is, whatever the sheet claims
            return _rows(
                file, ws, fields, required, formulas=formulas, max_rows=max_rows, strict=formulas
            )
        finally:
            workbook.close()
    except EmuError:
        raise
    except Exception as exc:  # openpyxl's many ways of saying "damaged"
        raise FileFormatError(
            _(
                "{file}: the workbook is damaged and cannot be read ({reason}).",
                file=file,
                reason=type(exc).__name__,
            )
        ) from exc


def _rows(
    file: str,
    ws: Any,
    fields: Mapping[str, Sequence[str]],
    required: Sequence[str],
    *,
    formulas: bool = False,
    max_rows: int = MAX_ROWS,
    strict: bool = False,
) -> list[PlainRow]:
    rows = ws.iter_rows(values_only=True)
    wanted = {_key(h): name for name, headings in fields.items() for h in headings}
    columns: dict[str, int] = {}
    header = 0
    for header, values in enumerate(rows, start=1):
        if header > HEADER_SEARCH_ROWS:
            break
        found = {wanted[_key(v)]: i for i, v in enumerate(values) if _key(v) in wanted}
        if all(name in found for name in required):
            columns = found
            break
    if not columns:
        raise FileFormatError(
            _(
                "{file}: no heading row with the columns {columns} was found in the first "
                "{count} rows of the first sheet.",
                file=file,
                columns=", ".join(f"“{fields[name][0]}”" for name in required),
                count=HEADER_SEARCH_ROWS,
            )
        )
    result: list[PlainRow] = []
    for number, values in enumerate(rows, start=header + 1):
        picked = {name: values[i] if i < len(values) else None for name, i in columns.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in picked.values()):
            continue
        if len(result) >= max_rows:
            if not strict:
                break
            raise FileFormatError(
                _(
                    "{file}: the sheet has more than {count} filled rows; split it into "
                    "several workbooks.",
                    file=file,
                    count=max_rows,
                )
            )
        if formulas:
            for name, i in columns.items():
                value = picked[name]
                if isinstance(value, str) and value.startswith("="):
                    from openpyxl.utils import get_column_letter

                    raise FileFormatError(
                        _(
                            "{file}, cell {cell}: the cell holds a formula; type the value "
                            "itself (copy, then paste as values) and import again.",
                            file=file,
                            cell=f"{get_column_letter(i + 1)}{number}",
                        )
                    )
        result.append(PlainRow(number, picked))
    return result


@dataclass(frozen=True)
class PlainOutcome:
    """One row of a plain workbook in the preview: what it is and what would happen to it."""

    number: int
    code: str
    label: str
    status: str  # "new", "changed", "unchanged" or "error"
    message: str = ""


@dataclass(frozen=True)
class PlainImport:
    """The preview (and, once committed, the result) of importing a plain workbook."""

    file: str
    rows: tuple[PlainOutcome, ...]
    committed: bool = False

    @property
    def problems(self) -> list[str]:
        return [row.message for row in self.rows if row.status == "error"]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


KIND_WORDS: dict[str, str] = {
    "muc": "section",
    "nhom": "section",
    "diem": "points",
    "dat/khong dat": "pass_fail",
    "dat khong dat": "pass_fail",
    "so lan": "per_occurrence",
    "dinh luong": "quantitative",
    "ket qua dat duoc": "quantitative",
    "diem thuong": "bonus",
    "diem tru": "deduction",
}
"""Kinds of criteria as offices write them (folded), mapped to ``CriterionKind`` values."""


KIND_NAMES_VI: dict[str, str] = {
    "section": "Mục",
    "points": "Điểm",
    "pass_fail": "Đạt/Không đạt",
    "per_occurrence": "Số lần",
    "quantitative": "Định lượng",
    "bonus": "Điểm thưởng",
    "deduction": "Điểm trừ",
}
"""The word a template offers for each kind (each one of ``KIND_WORDS`` once folded)."""


def kind_of(text: object) -> str | None:
    """The ``CriterionKind`` value a "Loại" cell names (Vietnamese or English), or None."""
    key = _key(text)
    if key in KIND_WORDS:
        return KIND_WORDS[key]
    english = key.replace(" ", "_")
    return english if english in set(KIND_WORDS.values()) else None


UNIT_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("Mã đơn vị", "Mã"),
    "official_name": ("Tên đơn vị", "Tên chính thức", "Tên"),
    "short_name": ("Tên viết tắt", "Tên ngắn", "Tên gọi tắt"),
    "province": ("Tỉnh", "Tỉnh/thành phố", "Tỉnh, thành phố"),
    "email": ("Email", "E-mail", "Thư điện tử"),
    "contact_person": ("Người liên hệ", "Cán bộ đầu mối"),
    "phone": ("Điện thoại", "Số điện thoại"),
}
UNIT_REQUIRED = ("code", "official_name")
UNIT_DETAILS = ("code", "province", "contact_person", "email", "phone")
"""The fields of ``services.units.UnitFields``, in its order."""

TABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("Mã", "Mã tiêu chí", "STT"),
    "title": ("Nội dung", "Nội dung tiêu chí", "Tiêu chí"),
    "kind": ("Loại", "Loại tiêu chí"),
    "max_points": ("Điểm tối đa", "Điểm chuẩn", "Tối đa"),
    "parent": ("Mã mục cha", "Mục cha", "Thuộc mục"),
    "per_occurrence": ("Điểm mỗi lần",),
    "target": ("Chỉ tiêu",),
    "guidance": ("Hướng dẫn", "Hướng dẫn chấm"),
}
TABLE_REQUIRED = ("code", "title", "kind", "max_points")


def text(value: object) -> str:
    """A cell as text: NFC, spaces collapsed, integral numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def hundredths(value: object) -> int | str:
    """A number of points (or quantity) as hundredths, or the Vietnamese reason it is none."""
    from emudesk.exchange.values import to_hundredths
    from emudesk.rules import PointsFormatError, parse_points

    if isinstance(value, str):
        try:
            return parse_points(value)
        except PointsFormatError as error:
            return error.message
    found = to_hundredths(value)
    return found if found is not None else _("“{value}” is not a number", value=value)


@dataclass(frozen=True)
class TableRowIn:
    """A criterion read from a table workbook, checked as far as it can be without the table."""

    number: int
    code: str
    title: str
    kind: str  # a ``CriterionKind`` value
    max_points: int
    params: Mapping[str, object]
    parent: str | None
    guidance: str

    def fields(self) -> dict[str, Any]:
        """The arguments of ``services.tables.CriterionFields``."""
        from emudesk.rules import CriterionKind

        return {
            "code": self.code,
            "title": self.title,
            "kind": CriterionKind(self.kind),
            "max_points": self.max_points,
            "guidance": self.guidance,
            "params": dict(self.params),
        }


def table_rows(
    file: str, rows: Sequence[PlainRow], existing: Sequence[str] = ()
) -> tuple[list[TableRowIn], list[PlainOutcome]]:
    """Each row as a criterion, or an error naming the row; ``existing``: codes in the table."""
    from emudesk.rules import CriterionKind, CriterionSpec, check_params

    good: list[TableRowIn] = []
    bad: list[PlainOutcome] = []
    seen = set(existing)
    for row in rows:
        value = {name: row.values.get(name) for name in TABLE_FIELDS}
        code, title = text(value["code"]), text(value["title"])
        kind = kind_of(value["kind"])
        numbers = {
            name: hundredths(value[field]) if value[field] is not None else None
            for name, field in (
                ("max", "max_points"),
                ("points_per_occurrence", "per_occurrence"),
                ("target", "target"),
            )
        }
        params = {k: v for k, v in numbers.items() if k != "max" and v is not None}
        problem = next((v for v in numbers.values() if isinstance(v, str)), None)
        parent = text(value["parent"]) or None
        if kind is None:
            problem = _("unknown kind “{kind}”", kind=text(value["kind"]))
        elif not code or not title:
            problem = _("the code and the title must not be empty")
        elif code in seen:
            problem = _("the code {code} is already used in this table", code=code)
        elif parent is not None and parent not in seen:
            problem = _("its parent {parent} is not a row above it", parent=parent)
        elif problem is None:
            maximum = numbers["max"]
            spec = CriterionSpec(
                code, code, title, CriterionKind(kind), int(maximum or 0), params=params
            )
            problem = check_params(spec)
        if problem is not None:
            message = _("{file}, row {row}: {problem}", file=file, row=row.number, problem=problem)
            bad.append(PlainOutcome(row.number, code, title, "error", message))
            continue
        assert kind is not None
        seen.add(code)
        maximum = numbers["max"]
        good.append(
            TableRowIn(
                row.number,
                code,
                title,
                kind,
                int(maximum or 0),
                params,
                parent,
                text(value["guidance"]),
            )
        )
    return good, bad


def apply_rows(
    file: str, rows: Sequence[PlainRow], apply: Callable[[PlainRow], PlainOutcome]
) -> PlainImport:
    """Apply each row; a row refused (``EmuError``) becomes an error naming its number."""
    outcomes: list[PlainOutcome] = []
    for row in rows:
        try:
            outcomes.append(apply(row))
        except EmuError as exc:
            message = _(
                "{file}, row {row}: {problem}", file=file, row=row.number, problem=exc.message
            )
            outcomes.append(
                PlainOutcome(row.number, text(row.values.get("code")), "", "error", message)
            )
    return PlainImport(file, tuple(outcomes))
