"""The words of the scoring form, in Vietnamese whatever the interface language.

The form goes to officers in other provinces who do not have emudesk; like a printed
document it is always Vietnamese. The import check compares locked cells with these texts,
so a change here makes older forms fail the structure check: bump ``FORMAT_VERSION`` then.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

from emudesk.exchange.formdata import FormRow, FormSpec
from emudesk.rules import CriterionKind, format_points

CODE = "Mã"
CRITERION = "Nội dung tiêu chí"
HOW = "Cách chấm"
MAXIMUM = "Điểm tối đa"
SELF_GROUP = "Đơn vị tự chấm"
SELF_SCORE = "Điểm tự chấm"
NOTE = "Giải trình, ghi chú"
EVIDENCE = "Minh chứng (số, ngày văn bản…)"
PEER_GROUP = "Chấm điểm các đơn vị khác trong cụm"
INPUT_HINT = "Chỉ nhập vào các ô nền vàng. Các ô khác đã khóa."
PREPARER = "NGƯỜI LẬP BIỂU"
HEAD_OF_UNIT = "THỦ TRƯỞNG ĐƠN VỊ"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SIGN_SEAL_HINT = "(Ký, ghi rõ họ tên, đóng dấu)"
VALIDATION_TITLE = "Giá trị không hợp lệ"


def points(hundredths: int) -> str:
    return format_points(hundredths)


def amount(hundredths: int) -> Decimal:
    """Hundredths as the exact decimal a cell stores (475 → Decimal("4.75"))."""
    return Decimal(hundredths).scaleb(-2)


def how_to_score(row: FormRow) -> str:
    """Column C: what to type for this row, with its range."""
    top = points(row.max_points)
    kind = row.kind
    if kind is CriterionKind.POINTS:
        return f"Điểm từ 0 đến {top}"
    if kind is CriterionKind.PASS_FAIL:
        return f"Đạt: {top}; không đạt: 0"
    if kind is CriterionKind.PER_OCCURRENCE:
        each = row.params.get("points_per_occurrence")
        each_text = points(each) if isinstance(each, int) else "?"
        return f"Số lần ({each_text} điểm/lần, tối đa {top})"
    if kind is CriterionKind.QUANTITATIVE:
        target = row.params.get("target")
        target_text = points(target) if isinstance(target, int) else "?"
        if row.params.get("higher_is_better", True) is False:
            return f"Kết quả đạt được (chỉ tiêu: không quá {target_text})"
        return f"Kết quả đạt được (chỉ tiêu {target_text})"
    if kind is CriterionKind.BONUS:
        return f"Điểm thưởng, từ 0 đến {top}"
    if kind is CriterionKind.DEDUCTION:
        return f"Điểm trừ (số dương), từ 0 đến {top}"
    return ""


def validation_message(row: FormRow) -> str:
    """The spreadsheet program's message when a typed value breaks the row's range."""
    top = points(row.max_points)
    kind = row.kind
    if kind is CriterionKind.PASS_FAIL:
        return f"Tiêu chí {row.code}: chọn 0 (không đạt) hoặc {top} (đạt)."
    if kind is CriterionKind.PER_OCCURRENCE:
        return f"Tiêu chí {row.code}: nhập số lần là số nguyên từ 0 trở lên."
    if kind is CriterionKind.QUANTITATIVE:
        return f"Tiêu chí {row.code}: nhập kết quả đạt được, là số không âm."
    return (
        f"Tiêu chí {row.code}: nhập số từ 0 đến {top}, tối đa 2 chữ số thập phân "
        "(dùng dấu thập phân của máy: dấu phẩy hoặc dấu chấm)."
    )


def title(spec: FormSpec) -> str:
    return f"BIỂU CHẤM ĐIỂM THI ĐUA NĂM {spec.identity.year}"


def cluster_line(spec: FormSpec) -> str:
    return f"{spec.cluster_name} – {spec.issuer_name}"


def page_header(spec: FormSpec) -> str:
    """At the top of every printed page: whose form, of which cluster and year."""
    return f"{spec.cluster_name} – {spec.issuer_name} – năm {spec.identity.year} – {spec.unit_name}"


def unit_line(spec: FormSpec) -> str:
    return f"Đơn vị chấm: {spec.unit_name}"


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def send_to(spec: FormSpec) -> str:
    """Whom to send the filled form to: the head's name, contact and e-mail, as known."""
    parts = [p for p in (spec.head_name, spec.head_contact) if p]
    who = ", ".join(parts) if parts else "cụm trưởng"
    if spec.head_email:
        return f"{who} – e-mail: {spec.head_email}"
    return f"{who} (theo địa chỉ e-mail trong thông báo của cụm trưởng)"


def deadline_line(spec: FormSpec) -> str:
    if spec.deadline is None:
        return "Hạn gửi lại: theo thông báo của cụm trưởng."
    return f"Hạn gửi lại: chậm nhất ngày {date_text(spec.deadline)}."


def file_name_hint(file_name: str) -> str:
    return f"Giữ nguyên tên tệp “{file_name}” khi gửi lại."


def guide_lines(spec: FormSpec, file_name: str) -> list[tuple[str, str]]:
    """The instructions sheet, as (style, text) lines; style is "h" (heading) or "p"."""
    table = spec.table_title or "Bảng chấm điểm"
    return [
        ("p", f"Bảng điểm: {table} (phiên bản {spec.identity.table_revision})."),
        ("p", deadline_line(spec)),
        ("p", f"Gửi về: {send_to(spec)}."),
        ("h", "Cách điền"),
        (
            "p",
            "1. Mở trang “Chấm điểm”. Cột “Điểm tự chấm” là điểm đơn vị tự chấm; ghi giải "
            "trình và minh chứng ở hai cột bên cạnh.",
        ),
        (
            "p",
            "2. Các cột dưới dòng “Chấm điểm các đơn vị khác trong cụm” là điểm đơn vị chấm "
            "cho từng đơn vị thành viên khác (chấm chéo).",
        ),
        (
            "p",
            "3. Chỉ nhập vào các ô nền vàng. Các ô khác (mã, nội dung, cách chấm, điểm tối "
            "đa, dòng cộng mục) đã khóa: không sửa, không chèn hay xóa hàng, cột, không đổi "
            "tên các trang.",
        ),
        ("p", "4. Nhập theo cột “Cách chấm” của từng tiêu chí:"),
        ("p", "   • Điểm: từ 0 đến điểm tối đa."),
        ("p", "   • Đạt/không đạt: 0 hoặc đúng điểm tối đa (chọn trong danh sách)."),
        ("p", "   • Số lần: số lần đạt được (số nguyên); điểm do cụm trưởng tính."),
        ("p", "   • Kết quả đạt được: nhập kết quả, ví dụ 96,5 cho 96,5 %."),
        ("p", "   • Điểm thưởng, điểm trừ: số dương, không quá mức ghi trong cột."),
        (
            "p",
            "5. Số thập phân: dùng dấu phẩy hoặc dấu chấm đều được (9,5 hoặc 9.5), "
            "tối đa 2 chữ số sau dấu thập phân.",
        ),
        (
            "p",
            "6. Ô để trống là chưa chấm; điểm đã gửi trước đó (nếu có) được giữ nguyên. Điểm "
            "có sẵn trong biểu là điểm đơn vị đã gửi lần trước.",
        ),
        (
            "p",
            "7. Dòng cộng mục và tổng điểm tự tính để tham khảo (không gồm tiêu chí định "
            "lượng); điểm chính thức do cụm trưởng tổng hợp.",
        ),
        (
            "p",
            "8. Lưu tệp dạng Excel (.xlsx) như khi nhận, không đặt mật khẩu, không đổi sang "
            ".xls, .ods hay .csv. " + file_name_hint(file_name),
        ),
        ("p", "9. Có thể điền bằng Microsoft Excel hoặc LibreOffice Calc."),
    ]


def issued_line(spec: FormSpec) -> str:
    identity = spec.identity
    issued = identity.issued_at[:10]
    with contextlib.suppress(ValueError):  # shown as stored when it is no ISO date
        issued = dt.date.fromisoformat(issued).strftime("%d/%m/%Y")
    return (
        f"Biểu do emudesk lập ngày {issued}; mã biểu {identity.cluster_code}/"
        f"{identity.year}/{identity.unit_code}, bảng điểm phiên bản {identity.table_revision}."
    )
