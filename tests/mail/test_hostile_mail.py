"""Hostile e-mails: each gets a clear refusal from ``emudesk import``, and nothing changes.

Every case starts from a genuine return and wraps it the way an attacker (or a confused mail
program) would: a message inside the message, thousands of parts, a name with a path or a
hidden right-to-left mark, a character set nobody knows, a zip bomb as the workbook, a
broken MIME boundary, an .msg that is no Outlook file, a folder of endless messages.
"""

from __future__ import annotations

import base64
import datetime as dt
import shutil
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from emudesk.cli import EXIT_REFUSED, main
from tests.conftest import dump
from tests.exchange.corpus import Forms, zip_bomb
from tests.mail.conftest import address_of, return_email
from tests.mail.msg_builder import MsgAttachment, MsgMessage, build_msg

pytestmark = pytest.mark.usefixtures("vietnamese")

SENT = dt.datetime(2024, 12, 1, tzinfo=dt.UTC)

HEAD = (
    b"From: Van thu <vanthu.bdt-py@example.vn>\r\nTo: thidua@example.vn\r\n"
    b"Subject: Bieu cham diem\r\nDate: Tue, 10 Dec 2024 09:30:00 +0700\r\nMIME-Version: 1.0\r\n"
)


def _msg(name: str, data: bytes, *, embedded: bool = False) -> bytes:
    attachment = MsgAttachment(name, data, embedded=embedded)
    return build_msg(MsgMessage("x", "A", "a@b.vn", SENT, attachments=[attachment]))


def _with_attachment(name_header: str, data: bytes = b"PK\x03\x04x") -> bytes:
    """One attachment whose Content-Disposition carries ``name_header`` as written."""
    encoded = base64.b64encode(data)
    return (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        + b"Content-Type: text/plain\r\n\r\nxem tep\r\n--b1\r\n"
        + b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
        + b"Content-Disposition: attachment; "
        + name_header.encode("ascii")
        + b"\r\n\r\n"
        + encoded
        + b"\r\n--b1--\r\n"
    )


def forwarded(form: Path) -> bytes:
    inner = return_email(form, sender=address_of("BDT-PY"))
    outer = EmailMessage(policy=SMTP)
    outer["From"] = address_of("BDT-GL")
    outer["Subject"] = "Fwd: phieu cua Phu Yen"
    outer.set_content("chuyen tiep")
    outer.add_attachment(inner, maintype="message", subtype="rfc822", filename="fwd.eml")
    return outer.as_bytes()


def many_attachments(form: Path) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = address_of("BDT-PY")
    message["Subject"] = "nhieu tep"
    message.set_content("x")
    for number in range(60):
        message.add_attachment(b"x", maintype="image", subtype="png", filename=f"anh{number}.png")
    return message.as_bytes()


def many_parts(form: Path) -> bytes:
    body = b"".join(b"--b1\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(300))
    return HEAD + b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n' + body + b"--b1--\r\n"


def deep(form: Path) -> bytes:
    levels = 12
    head = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(levels)
    )
    tail = b"".join(f"\r\n--b{i}--\r\n".encode() for i in reversed(range(levels)))
    return HEAD + head + b"Content-Type: text/plain\r\n\r\nx" + tail


def unknown_charset(form: Path) -> bytes:
    return _with_attachment("filename*=x-klingon''%F0%9F%98%80.xlsx", form.read_bytes())


def undecodable_rfc2047(form: Path) -> bytes:
    return _with_attachment('filename="=?utf-8?B?/////w==?=.xlsx"', form.read_bytes())


def path_in_name(form: Path) -> bytes:
    return _with_attachment('filename="../../Startup/UBDT-C4_2024_BDT-PY.xlsx"', form.read_bytes())


def backslash_in_name(form: Path) -> bytes:
    return _with_attachment('filename="C:\\\\Users\\\\a\\\\phieu.xlsx"', form.read_bytes())


def right_to_left_mark(form: Path) -> bytes:  # U+202E: "phieu<RLO>xslx.exe" shows as "…exe.xlsx"
    return _with_attachment("filename*=utf-8''phieu%E2%80%AExslx.exe", form.read_bytes())


def bombed(form: Path) -> bytes:
    copy = form.with_name("bomb.xlsx")
    shutil.copyfile(form, copy)
    zip_bomb(copy)
    return return_email(copy, sender=address_of("BDT-PY"), name=form.name)


def broken_boundary(form: Path) -> bytes:
    return HEAD + b'Content-Type: multipart/mixed; boundary="never"\r\n\r\nno parts here\r\n'


def not_an_email(form: Path) -> bytes:
    return form.read_bytes()  # a workbook saved with .eml


CASES: dict[str, tuple[Callable[[Path], bytes], str, str]] = {
    "forwarded": (forwarded, "eml", "thư chứa một thư khác bên trong"),
    "many-attachments": (many_attachments, "eml", "có hơn 50 tệp đính kèm"),
    "many-parts": (many_parts, "eml", "gồm hơn 200 phần"),
    "deep": (deep, "eml", "cấu trúc thư bị hỏng"),
    "unknown-charset": (unknown_charset, "eml", "bảng mã không xác định ('x-klingon')"),
    "rfc2047-bytes": (undecodable_rfc2047, "eml", "không giải mã được tên một tệp đính kèm"),
    "path": (path_in_name, "eml", "chứa đường dẫn thư mục"),
    "backslash": (backslash_in_name, "eml", "chứa đường dẫn thư mục"),
    "rlo": (right_to_left_mark, "eml", "ký tự điều khiển ẩn"),
    "zip-bomb": (bombed, "eml", "“bom nén”"),
    "boundary": (broken_boundary, "eml", "cấu trúc thư bị hỏng"),
    "workbook-as-eml": (not_an_email, "eml", "không phải là thư đã lưu"),
}


def run_import(forms: Forms, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(forms.db.path), "import", str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_email_is_refused_and_nothing_changes(
    forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    # GIVEN a hostile e-mail built around Phú Yên's genuine return
    build, suffix, expected = CASES[case]
    path = tmp_path / f"{case}.{suffix}"
    path.write_bytes(build(forms.path()))
    before = dump(forms.db)
    # WHEN the head imports it
    code, output = run_import(forms, path, capsys)
    # THEN it is refused with a message saying why, and the database is unchanged
    assert code == EXIT_REFUSED, output
    assert expected in output, output
    assert "Traceback" not in output
    assert dump(forms.db) == before


MSG_CASES: dict[str, tuple[Callable[[Path], bytes], str]] = {
    "text-renamed": (
        lambda form: b"From: a@b.vn\r\n\r\nkhong phai msg",
        "không phải là thư Outlook",
    ),
    "ole-garbage": (
        lambda form: bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 8,
        "thư Outlook bị hỏng",
    ),
    "embedded": (lambda form: _msg("x", b"", embedded=True), "thư chứa một thư khác bên trong"),
    "path-in-name": (
        lambda form: _msg(r"..\..\phieu.xlsx", form.read_bytes()),
        "chứa đường dẫn thư mục",
    ),
}


@pytest.mark.parametrize("case", sorted(MSG_CASES))
def test_hostile_outlook_message_is_refused(
    forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    build, expected = MSG_CASES[case]
    path = tmp_path / f"{case}.msg"
    path.write_bytes(build(forms.path()))
    before = dump(forms.db)
    code, output = run_import(forms, path, capsys)
    assert code == EXIT_REFUSED and expected in output, output
    assert dump(forms.db) == before


def test_oversized_files_are_refused_on_the_bytes_read(
    forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a 41 MB .eml and a 41 MB .msg (sparse: the size is what is read, not claimed)
    before = dump(forms.db)
    for name in ("huge.eml", "huge.msg"):
        path = tmp_path / name
        with path.open("wb") as stream:
            stream.write(HEAD if name.endswith(".eml") else bytes.fromhex("D0CF11E0A1B11AE1"))
            stream.truncate(41 * 1024 * 1024)
        # WHEN it is imported THEN it is refused as too large
        code, output = run_import(forms, path, capsys)
        assert code == EXIT_REFUSED and "thư quá lớn (hơn 40 MB)" in output, output
    assert dump(forms.db) == before


def test_a_folder_of_too_many_messages_is_refused_whole(
    forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a Thunderbird folder whose first message is a genuine return, then 5,000 more
    folder = tmp_path / "Inbox.mbox"
    with folder.open("wb") as stream:
        stream.write(b"From - Tue Dec 10 10:00:00 2024\r\n")
        stream.write(return_email(forms.path(), sender=address_of("BDT-PY")) + b"\r\n")
        note = HEAD + b"\r\nx\r\n\r\n"
        for _ in range(5000):
            stream.write(b"From - Tue Dec 10 10:00:00 2024\r\n" + note)
    before = dump(forms.db)
    # WHEN it is imported THEN the whole folder is refused, the genuine return too
    code, output = run_import(forms, folder, capsys)
    assert code == EXIT_REFUSED and "hộp thư có hơn 5000 thư" in output, output
    assert dump(forms.db) == before
