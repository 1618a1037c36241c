"""Bad returns: each is refused with its exact message, and the database stays as it was."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from emudesk.errors import ValidationError
from emudesk.exchange.formdata import COL_EVIDENCE, COL_FIRST_PEER, COL_MAX, COL_NOTE, COL_SELF
from emudesk.exchange.report import FileStatus
from emudesk.services.exchange import return_import
from emudesk.services.scoring import locking, scores
from tests.conftest import dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    BOMB_PART,
    Forms,
    edit,
    entity_bomb,
    exported_fixture,
    form_name,
    forms_fixture,
    nfd,
    ole2,
    replace_part,
    row_of,
    set_cell,
    vietnamese_fixture,
    zip_bomb,
)

pytestmark = pytest.mark.usefixtures("vietnamese")

PY = form_name()  # UBDT-C4_2024_BDT-PY.xlsx
ROWS = " không chèn, xóa hay đổi chỗ các hàng trong biểu."
COLUMNS = " không chèn, xóa hay đổi chỗ các cột trong biểu."

Case = Callable[[Forms], tuple[Path, str | tuple[str, ...], dict[str, Any]]]


def wrong_unit(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    # Phú Yên's form, sent as Đắk Lắk's return
    path = forms.folder / form_name("BDT-DLK")
    shutil.copyfile(forms.path(), path)
    return (
        path,
        (
            f"{path.name}: Biểu này là của Ban Dân tộc Phú Yên năm 2024, không phải của Ban Dân "
            "tộc Đắk Lắk như tên tệp; hãy kiểm tra lại tệp đính kèm."
        ),
        {},
    )


def wrong_year(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path(year=2025)
    expected = (
        f"{path.name}: Biểu này là của Ban Dân tộc Phú Yên năm 2025, không phải năm 2024 đang nhập."
    )
    return path, expected, {"year_uuid": forms.year_uuid}


def tampered_maximum(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.1", COL_MAX, 12)
    return (
        path,
        (
            f"{PY}, ô {cell}: điểm tối đa của tiêu chí 2.1 đã bị sửa thành 12,00 (biểu gốc: "
            "10,00); không được sửa các ô đã khóa."
        ),
        {},
    )


def inserted_row(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    rows: list[int] = []

    def insert(ws: Any) -> None:
        rows.append(row_of(ws, "2.1"))
        ws.insert_rows(rows[0])
        ws.cell(row=rows[0], column=COL_SELF).value = 5

    edit(path, insert)
    return path, f"{PY}, hàng {rows[0]}: có hàng được chèn thêm;{ROWS}", {}


def deleted_column(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    edit(path, lambda ws: ws.delete_cols(COL_FIRST_PEER))
    return path, f"{PY}: cột “Ban Dân tộc Bình Định” đã bị xóa;{COLUMNS}", {}


def moved_rows(forms: Forms) -> tuple[Path, tuple[str, ...], dict[str, Any]]:
    path = forms.path()
    rows: list[int] = []

    def swap(ws: Any) -> None:
        first, second = row_of(ws, "1.1"), row_of(ws, "1.2")
        rows.append(first)
        for column in range(1, ws.max_column + 1):
            a, b = ws.cell(row=first, column=column), ws.cell(row=second, column=column)
            a.value, b.value = b.value, a.value

    edit(path, swap)
    first, second = rows[0], rows[0] + 1
    return (
        path,
        (
            f"{PY}, hàng {first}: phải là tiêu chí 1.1 nhưng là “1.2”;{ROWS}",
            f"{PY}, hàng {second}: phải là tiêu chí 1.2 nhưng là “1.1”;{ROWS}",
        ),
        {},
    )


def text_in_score(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.1", COL_SELF, "chín")
    return (
        path,
        (
            f"{PY}, ô {cell}: tiêu chí 2.1: “chín” không phải là điểm; hãy nhập một số, ví dụ 9,5 "
            "hoặc 10"
        ),
        {},
    )


def above_maximum(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.1", COL_FIRST_PEER, 12)
    return path, f"{PY}, ô {cell}: điểm 12,00 vượt quá tối đa 10,00 của tiêu chí 2.1", {}


def formula_without_value(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.1", COL_SELF, "=4+5")  # openpyxl stores no computed value
    return (
        path,
        (
            f"{PY}, ô {cell} là công thức chưa có giá trị đã tính; hãy mở tệp bằng Excel hoặc "
            "LibreOffice, lưu lại rồi gửi"
        ),
        {},
    )


def date_in_score(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.1", COL_SELF, dt.datetime(2024, 5, 9))
    return (
        path,
        (
            f"{PY}, ô {cell}: ô chứa ngày tháng (09/05/2024), không phải điểm: chương trình bảng "
            "tính đã tự đổi số vừa gõ thành ngày tháng. Hãy định dạng ô là số rồi gõ lại điểm "
            "(tiêu chí 2.1)"
        ),
        {},
    )


def pass_fail_half(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "3.1", COL_SELF, 2)
    return (
        path,
        (
            f"{PY}, ô {cell}: tiêu chí 3.1 chỉ chấm đạt hoặc không đạt: nhập 0 (không đạt) hoặc "
            "4,00 (đạt), không nhập 2,00"
        ),
        {},
    )


def negative_deduction(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "Đ1", COL_SELF, "-1,5")
    return (
        path,
        (
            f"{PY}, ô {cell}: điểm trừ nhập bằng số dương: tiêu chí Đ1 nhận từ 0 đến 5,00, không "
            "nhận -1,50"
        ),
        {},
    )


def three_decimals(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "1.1", COL_SELF, 4.125)
    return path, f"{PY}, ô {cell}: 4,125 có quá 2 chữ số thập phân (tiêu chí 1.1)", {}


def half_a_count(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    cell = set_cell(path, "2.4", COL_SELF, 2.5)
    return path, f"{PY}, ô {cell}: tiêu chí 2.4 nhập số lần (số nguyên), không nhập “2,5”", {}


def entity_bomb_case(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    entity_bomb(path)
    return (
        path,
        (
            f"{PY}: từ chối: thành phần xl/worksheets/sheet2.xml khai báo DTD hoặc thực thể XML, "
            "điều bảng tính thật không bao giờ có (có thể là tấn công “billion laughs”)."
        ),
        {},
    )


def zip_bomb_case(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    packed = zip_bomb(path)
    return (
        path,
        (
            f"{PY}: từ chối vì có thể là “bom nén”: thành phần {BOMB_PART} giải nén ra 30,0 MB từ "
            f"{packed // 1024} KB. Biểu chấm điểm thật không bao giờ như vậy."
        ),
        {},
    )


def truncated_sheet(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    replace_part(path, "xl/worksheets/sheet2.xml", lambda xml: xml[: len(xml) // 2])
    return (
        path,
        f"{PY}: bảng tính bị hỏng, không đọc được (ParseError); đề nghị đơn vị gửi lại.",
        {},
    )


def xls_renamed(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY
    ole2(path, "Root Entry", "Workbook", "\x05SummaryInformation")
    return (
        path,
        (
            f"{PY}: đây là tệp Excel 97–2003 (.xls) bị đổi đuôi thành .xlsx. Hãy mở bằng Excel "
            "hoặc LibreOffice, lưu lại dạng Excel Workbook (.xlsx) rồi gửi lại; tốt nhất là điền "
            "vào đúng biểu đã gửi."
        ),
        {},
    )


def encrypted(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY
    ole2(path, "Root Entry", "EncryptionInfo", "EncryptedPackage")
    return (
        path,
        (
            f"{PY}: tệp được đặt mật khẩu (đã mã hóa). Hãy mở bằng Excel, lưu lại dạng .xlsx "
            "không đặt mật khẩu rồi gửi lại."
        ),
        {},
    )


def empty(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY
    path.write_bytes(b"")
    return path, f"{PY}: tệp rỗng (0 byte); đề nghị đơn vị gửi lại.", {}


def ods(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY.replace(".xlsx", ".ods")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return (
        path,
        (
            f"{path.name}: đây là bảng tính OpenDocument (.ods). Trong LibreOffice chọn Tệp › Lưu "
            "dạng, kiểu “Excel 2007-365 (.xlsx)”, rồi gửi tệp đó."
        ),
        {},
    )


def csv_file(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY
    path.write_text("Mã;Điểm\n2.1;9,5\n", encoding="utf-8")
    return (
        path,
        (
            f"{PY}: đây là tệp văn bản (CSV), không phải bảng tính Excel; biểu phải được gửi lại "
            "đúng dạng tệp .xlsx đã nhận."
        ),
        {},
    )


def macro_workbook(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.path()
    replace_part(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            b"spreadsheetml.sheet.main+xml", b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        ),
    )
    return (
        path,
        (
            f"{PY}: đây là bảng tính có macro (.xlsm); hãy lưu lại dạng Excel Workbook (.xlsx) "
            "không có macro rồi gửi lại."
        ),
        {},
    )


def zip_of_forms(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    path = forms.folder / PY
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bieu/UBDT-C4_2024_BDT-PY.xlsx", b"x")
    path.write_bytes(buffer.getvalue())
    return (
        path,
        (
            f"{PY}: đây là tệp nén ZIP, không phải bảng tính Excel (.xlsx); hãy gửi chính biểu đã "
            "điền, không nén thư mục."
        ),
        {},
    )


def copied_sheet(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    # The scoring sheet copied into a workbook of its own loses both identity copies.
    from openpyxl import Workbook, load_workbook

    source = load_workbook(forms.path())["Chấm điểm"]
    workbook = Workbook()
    target = workbook.active
    assert target is not None
    target.title = "Chấm điểm"
    for row in source.iter_rows():
        for cell in row:
            target.cell(row=cell.row, column=cell.column, value=cell.value)
    path = forms.folder / PY
    workbook.save(path)
    return (
        path,
        (
            f"{PY}: đây không phải biểu chấm điểm do emudesk lập (thiếu thông tin nhận dạng; có "
            "thể trang tính đã bị chép sang tệp khác). Hãy điền vào đúng biểu đã gửi."
        ),
        {},
    )


def identities_disagree(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    from openpyxl import load_workbook

    path = forms.path()
    workbook = load_workbook(path)
    for prop in workbook.custom_doc_props:
        if prop.name == "emudesk.unit_code":
            prop.value = "BDT-DLK"
    workbook.save(path)
    return (
        path,
        (
            f"{PY}: hai bản thông tin nhận dạng của biểu không khớp nhau (unit_code); tệp đã bị "
            "sửa hoặc ghép từ hai biểu."
        ),
        {},
    )


def locked_year(forms: Forms) -> tuple[Path, str, dict[str, Any]]:
    with forms.db.session() as session:
        locking.lock_year(session, forms.year_uuid)
    return (
        forms.path(),
        (f"{PY}: Điểm của UBDT-C4 năm 2024 đã khóa; hãy mở khóa (ghi rõ lý do) trước."),
        {},
    )


CASES: dict[str, Case] = {
    "wrong unit": wrong_unit,
    "wrong year": wrong_year,
    "tampered maximum": tampered_maximum,
    "inserted row": inserted_row,
    "deleted column": deleted_column,
    "moved rows": moved_rows,
    "text in a score cell": text_in_score,
    "score above the maximum": above_maximum,
    "formula without cached value": formula_without_value,
    "date in a score cell": date_in_score,
    "half a pass": pass_fail_half,
    "negative deduction": negative_deduction,
    "three decimals": three_decimals,
    "half an occurrence": half_a_count,
    "entity bomb": entity_bomb_case,
    "zip bomb": zip_bomb_case,
    "truncated sheet": truncated_sheet,
    ".xls renamed .xlsx": xls_renamed,
    "encrypted": encrypted,
    "empty file": empty,
    ".ods": ods,
    "CSV": csv_file,
    ".xlsm": macro_workbook,
    "zip without a workbook": zip_of_forms,
    "sheet copied into a new workbook": copied_sheet,
    "identity copies disagree": identities_disagree,
    "locked year": locked_year,
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_bad_return_is_refused_by_name_and_changes_nothing(forms: Forms, case: str) -> None:
    # GIVEN a return broken in one way
    path, expected, options = CASES[case](forms)
    before = dump(forms.db)
    # WHEN the head checks it, and tries to import it anyway
    with forms.db.session() as session:
        reports = return_import.check_files(session, [path], **options)
        with pytest.raises(ValidationError, match="Không nhập gì: có 1 tệp bị từ chối"):
            return_import.commit(session, reports)
    # THEN it is refused with one precise message, and the database is byte-for-byte the same
    (report,) = reports
    assert report.status is FileStatus.REFUSED
    assert report.problems == (expected if isinstance(expected, tuple) else (expected,))
    assert report.inputs == ()
    assert dump(forms.db) == before


def test_decomposed_text_in_a_note_is_stored_composed(forms: Forms) -> None:
    from emudesk.services.organisation import units

    path = forms.path()
    note = "Đã ban hành Kế hoạch số 12/KH-BDT về công tác dân tộc"
    set_cell(path, "2.1", COL_NOTE, nfd(note))
    set_cell(path, "2.1", COL_EVIDENCE, "Văn bản số 12")
    assert nfd(note) != note
    with forms.db.session() as session:
        reports = return_import.check_files(session, [path])
        assert [r.status for r in reports] == [FileStatus.READY]
        assert reports[0].summary is not None and reports[0].summary.count("changed") == 1
        return_import.commit(session, reports)
        stored = [
            s
            for s in scores.list_scores(session, forms.year_uuid)
            if s.role.value == "self"
            and units.get_unit(session, s.scorer_uuid).code == "BDT-PY"
            and s.note
        ]
    assert [(s.note, s.evidence) for s in stored] == [(note, "Văn bản số 12")]


def test_many_problems_are_listed_then_counted(forms: Forms) -> None:
    # GIVEN a return with 99 in every score cell of the points rows (8 columns × 19 rows)
    path = forms.path()

    def spoil(ws: Any) -> None:
        for number in range(row_of(ws, "1.1"), row_of(ws, "T1")):
            for column in (COL_SELF, *range(COL_FIRST_PEER, COL_FIRST_PEER + 7)):
                if ws.cell(row=number, column=column).protection.locked is False:
                    ws.cell(row=number, column=column).value = 99

    edit(path, spoil)
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
    # THEN the first 30 are shown, then how many more there are
    assert len(report.problems) == 31
    assert all("vượt quá tối đa" in p for p in report.problems[:30])
    assert report.problems[-1] == f"… và {19 * 8 - 30} lỗi khác."


def test_year_uuid_of_another_cluster_names_it(forms: Forms) -> None:
    from emudesk.services.organisation import years

    with forms.db.session() as session:
        other = years.get_year(session, "VHTTDL-C4", 2024).uuid
        (report,) = return_import.check_files(session, [forms.path()], year_uuid=other)
    assert report.problems == (
        f"{PY}: Biểu này là của Ban Dân tộc Phú Yên (UBDT-C4 năm 2024), không phải của "
        "VHTTDL-C4 2024 đang nhập.",
    )


@pytest.mark.parametrize(
    ("code", "value"),
    [("2.2", 10**20), ("2.4", 10**20), ("2.4", "9" * 5000), ("2.2", "9" * 25), ("2.1", 1.7e307)],
    ids=["huge result", "huge count", "count of 5000 digits", "result of 25 digits", "huge float"],
)
def test_an_absurdly_large_value_is_refused_not_stored(
    forms: Forms, code: str, value: object
) -> None:
    # GIVEN a return with a number no table allows and no database column holds
    path = forms.path()
    cell = set_cell(path, code, COL_SELF, value)
    before = dump(forms.db)
    # WHEN it is checked THEN it is refused, naming the cell, and nothing changes
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
        with pytest.raises(ValidationError):
            return_import.commit(session, [report])
    assert report.status is FileStatus.REFUSED
    assert any(f"ô {cell}" in problem for problem in report.problems), report.problems
    assert dump(forms.db) == before
