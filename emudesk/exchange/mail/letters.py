"""The words of the e-mails, in Vietnamese whatever the interface language.

Like the form itself, the e-mail goes to officers in other provinces who may not have
emudesk: it says what the attachment is, how to fill it in and send it back, by when, and
whom to ask. The subject starts with the cluster code in brackets so that a unit's mail
program (and the head's) can file the exchange of one cluster by a single rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SIGNATURE = "Thư này được soạn bằng emudesk."


@dataclass(frozen=True)
class Letter:
    """What an e-mail between the head and a member unit says about the year's form."""

    cluster_code: str
    cluster_name: str
    issuer_name: str
    year: int
    unit_name: str  # the member unit the form is for
    head_name: str  # the cluster head's unit
    file_name: str  # the attached workbook
    deadline: dt.date | None = None
    head_contact: str = ""
    head_email: str = ""
    head_phone: str = ""


def _date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _deadline(letter: Letter) -> str:
    if letter.deadline is None:
        return "trong thời hạn cụm trưởng đã thông báo"
    return f"chậm nhất ngày {_date(letter.deadline)}"


def form_subject(letter: Letter) -> str:
    return f"[{letter.cluster_code}] Biểu chấm điểm thi đua năm {letter.year} – {letter.unit_name}"


def reminder_subject(letter: Letter) -> str:
    return f"[{letter.cluster_code}] Nhắc gửi biểu chấm điểm thi đua năm {letter.year} – " + (
        letter.unit_name
    )


def reply_subject(letter: Letter) -> str:
    return f"Re: [{letter.cluster_code}] Biểu chấm điểm thi đua năm {letter.year} – " + (
        letter.unit_name
    )


def _contact(letter: Letter) -> str:
    parts = [p for p in (letter.head_contact, letter.head_name) if p]
    contact = " – ".join(parts) if parts else "cụm trưởng"
    ways = [
        f"e-mail {letter.head_email}" if letter.head_email else "",
        f"điện thoại {letter.head_phone}" if letter.head_phone else "",
    ]
    reach = ", ".join(w for w in ways if w)
    return f"{contact} ({reach})" if reach else contact


def _how_to(letter: Letter) -> list[str]:
    return [
        "Đề nghị đơn vị:",
        "1. Mở tệp đính kèm bằng Excel hoặc LibreOffice và đọc trang “Hướng dẫn”.",
        "2. Ở trang “Chấm điểm”, tự chấm điểm và chấm điểm các đơn vị khác trong cụm; chỉ "
        "nhập vào các ô nền vàng, ghi giải trình và minh chứng cho từng tiêu chí.",
        f"3. Lưu tệp ở dạng Excel (.xlsx), giữ nguyên tên tệp “{letter.file_name}”; không "
        "đổi sang .xls, .pdf hay ảnh chụp, không đặt mật khẩu.",
        f"4. Trả lời thư này, đính kèm tệp đã điền, {_deadline(letter)}.",
    ]


def _head(letter: Letter) -> str:
    name = letter.cluster_name
    return f"{name} – {letter.head_name}" if letter.head_name else name


def _closing(letter: Letter) -> list[str]:
    return [
        f"Mọi vướng mắc xin liên hệ: {_contact(letter)}.",
        "",
        "Trân trọng.",
        f"Cụm trưởng {_head(letter)}",
        "",
        "-- ",
        SIGNATURE,
    ]


def form_body(letter: Letter) -> str:
    """The e-mail that carries a unit's scoring form."""
    return _body(
        letter,
        f"Thực hiện quy chế hoạt động của {letter.cluster_name} ({letter.issuer_name}), cụm "
        f"trưởng gửi đơn vị biểu chấm điểm thi đua năm {letter.year} (tệp đính kèm "
        f"“{letter.file_name}”), gồm phần đơn vị tự chấm và phần chấm điểm các đơn vị khác.",
    )


def reminder_body(letter: Letter) -> str:
    """The reminder to a unit whose return has not arrived; the form is attached again."""
    return _body(
        letter,
        f"Đến nay cụm trưởng {letter.cluster_name} chưa nhận được biểu chấm điểm thi đua năm "
        f"{letter.year} của đơn vị. Biểu chấm điểm được gửi kèm lại thư này (tệp "
        f"“{letter.file_name}”); nếu đơn vị đã gửi, xin gửi lại tệp đã điền.",
    )


def _body(letter: Letter, opening: str) -> str:
    lines = [
        f"Kính gửi: {letter.unit_name}",
        "",
        opening,
        "",
        *_how_to(letter),
        "",
        *_closing(letter),
    ]
    return "\n".join(lines) + "\n"


def reply_body(letter: Letter) -> str:
    """The member unit's reply to the head, with its filled form attached."""
    lines = [
        f"Kính gửi: Cụm trưởng {_head(letter)}",
        "",
        f"{letter.unit_name} gửi biểu chấm điểm thi đua năm {letter.year} đã điền (tệp đính "
        f"kèm “{letter.file_name}”).",
        "",
        "Trân trọng.",
        letter.unit_name,
        "",
        "-- ",
        SIGNATURE,
    ]
    return "\n".join(lines) + "\n"
