"""The mail room on the command line; its records travel with the handover; the reply."""

from __future__ import annotations

import csv
import datetime as dt
import email
import io
from email.policy import default
from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from emudesk.db import open_database
from emudesk.exchange.formdata import COL_SELF
from emudesk.model import FormDispatch, ReturnReceipt
from emudesk.services.exchange import member
from emudesk.services.handover import export, merge
from emudesk.services.mail import passwords, reply
from tests.exchange.corpus import Forms, form_name, set_cell
from tests.mail.conftest import HEAD_ADDRESS, address_of, return_email
from tests.mail.msg_builder import MsgAttachment, MsgMessage, build_msg
from tests.mail.smtp_server import PASSWORD, USER, smtp_server

pytestmark = pytest.mark.usefixtures("vietnamese")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_send_forms_as_drafts_then_the_board_then_a_return_by_msg(
    mail_forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(mail_forms.db.path)
    out = tmp_path / "drafts"
    out.mkdir()
    # WHEN the head writes the 2025 drafts from the command line
    code, stdout, _err = run(
        capsys, "--db", db, "send-forms", "--cluster", "UBDT-C4", "--year", "2025",
        "--out", str(out), "--deadline", "15/12/2025",
    )  # fmt: skip
    # THEN eight drafts are written, one per unit, each to its address
    assert code == EXIT_OK
    assert stdout.splitlines()[-1] == (
        "Đã soạn 8 thư nháp; mở từng thư bằng chương trình thư điện tử để gửi."
    )
    assert len(list(out.glob("*.eml"))) == 8
    assert f"UBDT-C4_2025_BDT-KT.eml  →  {address_of('BDT-KT')}" in stdout
    # WHEN Phú Yên answers from Outlook (.msg) and the head imports it for 2025
    form = out / "UBDT-C4_2025_BDT-PY.xlsx"
    set_cell(form, "1.1", COL_SELF, 5)
    msg = tmp_path / "tra loi.msg"
    msg.write_bytes(
        build_msg(
            MsgMessage(
                "RE: phiếu", "Văn thư", address_of("BDT-PY"), dt.datetime(2025, 12, 5, tzinfo=dt.UTC),
                attachments=[MsgAttachment(form.name, form.read_bytes())],
            )
        )
    )  # fmt: skip
    code, stdout, _err = run(
        capsys, "--db", db, "import", "--cluster", "UBDT-C4", "--year", "2025", str(msg)
    )
    assert code == EXIT_OK, stdout
    assert f"tra loi.msg › {form.name}: đã lưu 1 điểm." in stdout
    # THEN the board shows one return in, from Phú Yên's address, and seven missing
    code, stdout, _err = run(
        capsys, "--db", db, "returns", "--cluster", "UBDT-C4", "--year", "2025"
    )
    assert code == EXIT_OK
    assert "Ban Dân tộc Phú Yên (BDT-PY): đã nhận" in stdout
    assert f"nhận phiếu 05/12/2025 00:00 từ {address_of('BDT-PY')}: tra loi.msg › " in stdout
    assert stdout.splitlines()[-1] == "Đã gửi 8/8 phiếu, đã nhận 1 phiếu, còn thiếu 7."
    # AND as CSV, one row per unit, states as codes
    code, stdout, _err = run(
        capsys, "--db", db, "returns", "--cluster", "UBDT-C4", "--year", "2025", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert code == EXIT_OK and len(rows) == 8
    states = {row["unit_code"]: row["state"] for row in rows}
    assert states["BDT-PY"] == "received" and list(states.values()).count("received") == 1
    assert next(r for r in rows if r["unit_code"] == "BDT-KT")["deadline"] == "2025-12-15"
    # WHEN the missing ones are reminded
    reminders = tmp_path / "nhac"
    reminders.mkdir()
    code, stdout, _err = run(
        capsys, "--db", db, "send-forms", "--cluster", "UBDT-C4", "--year", "2025",
        "--out", str(reminders), "--remind",
    )  # fmt: skip
    assert code == EXIT_OK and len(list(reminders.glob("*_nhac-lai.eml"))) == 7


def test_send_forms_by_smtp_with_the_password_from_the_environment(
    mail_forms: Forms,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EMUDESK_SMTP_PASSWORD", PASSWORD)
    with smtp_server(tmp_path) as box:
        code, stdout, err = run(
            capsys, "--db", str(mail_forms.db.path), "send-forms", "--cluster", "UBDT-C4",
            "--year", "2024", "--smtp", f"127.0.0.1:{box.port}", "--user", USER,
            "--cafile", box.cafile,
        )  # fmt: skip
    assert code == EXIT_OK, err
    assert stdout.splitlines()[-1] == "Đã gửi 8 thư."
    assert len(box.messages) == 8 and {m.sender for m in box.messages} == {HEAD_ADDRESS}


def test_send_forms_needs_one_way(mail_forms: Forms, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys, "--db", str(mail_forms.db.path), "send-forms", "--cluster", "UBDT-C4",
        "--year", "2024",
    )  # fmt: skip
    assert code == EXIT_USAGE and "--out" in err and "--smtp" in err
    code, _out, err = run(
        capsys, "--db", str(mail_forms.db.path), "send-forms", "--cluster", "UBDT-C4",
        "--year", "2024", "--smtp", "mail server:x",
    )  # fmt: skip
    assert code == EXIT_REFUSED and "không phải là máy chủ thư" in err


def test_the_mail_room_travels_with_the_handover(mail_forms: Forms, tmp_path: Path) -> None:
    # GIVEN drafts sent and one return received by e-mail in the head's database
    from emudesk.services.exchange import return_import
    from emudesk.services.mail import drafts

    out = tmp_path / "drafts"
    out.mkdir()
    workbook = mail_forms.path()
    set_cell(workbook, "1.1", COL_SELF, 5)
    mail = tmp_path / "py.eml"
    mail.write_bytes(return_email(workbook, sender=address_of("BDT-PY")))
    with mail_forms.db.session() as session:
        drafts.write_drafts(session, mail_forms.year_uuid, out)
        return_import.commit(session, return_import.check_files(session, [mail]))
        export.export_cluster(session, "UBDT-C4", tmp_path / "ubdt.emudesk")
    # WHEN the next head receives the handover in an empty database
    target = open_database(tmp_path / "next.sqlite")
    try:
        with target.session() as session:
            merge.merge(session, tmp_path / "ubdt.emudesk")
            sent = session.query(FormDispatch).count()
            received = [(r.sender, r.outcome) for r in session.query(ReturnReceipt)]
    finally:
        target.dispose()
    # THEN the forms sent and the return received came along
    assert sent == 8 and received == [(address_of("BDT-PY"), "imported")]
    # AND the other cluster's handover carries none of them
    with mail_forms.db.session() as session:
        export.export_cluster(session, "VHTTDL-C4", tmp_path / "vh.emudesk")
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.session() as session:
            merge.merge(session, tmp_path / "vh.emudesk")
            assert session.query(FormDispatch).count() == 0
            assert session.query(ReturnReceipt).count() == 0
    finally:
        other.dispose()


def test_the_member_replies_with_the_filled_form(mail_forms: Forms, tmp_path: Path) -> None:
    # GIVEN Phú Yên's received 2024 form, filled and saved by its emudesk
    received = tmp_path / "nhan"
    received.mkdir()
    from emudesk.services.mail import drafts

    with mail_forms.db.session() as session:
        drafts.write_drafts(session, mail_forms.year_uuid, received)
    form = member.open_received_form(received / form_name())
    saved = member.save_filled_return(
        form, dict(form.values), dict(form.texts), tmp_path / form_name()
    )
    # WHEN the member writes the reply
    draft = reply.write_reply(form, saved, reply.reply_path(saved))
    # THEN it is a draft to the head's address with the return attached, as saved
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == HEAD_ADDRESS
    assert message["Subject"].startswith("Re: [UBDT-C4] Biểu chấm điểm thi đua năm 2024")
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == form_name()
    assert attachment.get_content() == saved.read_bytes()


def test_no_keyring_means_the_password_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a system without a keyring backend (as on a bare Linux)
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    # THEN nothing is kept, nothing is found, and forgetting is harmless
    assert passwords.available() is False
    assert passwords.keep("smtp.example.vn", "vanthu", "bí mật") is False
    assert passwords.stored("smtp.example.vn", "vanthu") is None
    passwords.forget("smtp.example.vn", "vanthu")


def test_a_keyring_keeps_the_password_only_there(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        kept: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    backend = Memory()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    monkeypatch.setattr(keyring, "delete_password", backend.delete_password)
    assert passwords.keep("smtp.example.vn", "vanthu", "bí mật") is True
    assert passwords.stored("smtp.example.vn", "vanthu") == "bí mật"
    assert backend.kept == {("emudesk-smtp", "vanthu@smtp.example.vn"): "bí mật"}
    passwords.forget("smtp.example.vn", "vanthu")
    assert passwords.stored("smtp.example.vn", "vanthu") is None


def test_send_forms_offers_cafile_and_refuses_a_return_address_that_is_not_one(
    mail_forms: Forms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the help of send-forms THEN it names --cafile, for a server with a private CA
    with pytest.raises(SystemExit):
        main(["send-forms", "--help"])
    assert "--cafile FILE" in capsys.readouterr().out
    # WHEN the drafts are asked with a return address that is two addresses
    out = tmp_path / "drafts"
    code, _out, err = run(
        capsys, "--db", str(mail_forms.db.path), "send-forms", "--cluster", "UBDT-C4",
        "--year", "2024", "--out", str(out), "--send-to", "a@b.vn; c@d.vn",
    )  # fmt: skip
    # THEN nothing is written and the message says why
    assert code == EXIT_REFUSED and "không phải là địa chỉ thư điện tử" in err
    assert not out.exists() or not any(out.iterdir())


def test_send_forms_without_a_terminal_asks_for_the_password_variable_in_words(
    mail_forms: Forms, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a script run without a terminal and without EMUDESK_SMTP_PASSWORD
    monkeypatch.delenv("EMUDESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    # WHEN it sends through a server with a log-in THEN it is refused in words, no traceback
    code, _out, err = run(
        capsys, "--db", str(mail_forms.db.path), "send-forms", "--cluster", "UBDT-C4",
        "--year", "2024", "--smtp", "127.0.0.1:1", "--user", "vanthu",
    )  # fmt: skip
    assert code == EXIT_REFUSED and "EMUDESK_SMTP_PASSWORD" in err and "Traceback" not in err


def test_the_board_piped_into_a_reader_that_stops_early_ends_quietly(
    mail_forms: Forms, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from emudesk.cli.base import EXIT_PIPE

    # GIVEN the output going into a pipe whose reader has already gone ("… | head -1")
    read_end, write_end = os.pipe()
    os.close(read_end)
    closed = open(write_end, "w", buffering=1, encoding="utf-8")  # noqa: SIM115
    monkeypatch.setattr("sys.stdout", closed)
    try:
        # WHEN the board is printed THEN the command stops quietly with the shell's status
        code = main(["--db", str(mail_forms.db.path), "returns", "--cluster", "UBDT-C4",
                     "--year", "2024", "--format", "csv"])  # fmt: skip
    finally:
        monkeypatch.undo()
        closed.close()
    assert code == EXIT_PIPE
    assert "Traceback" not in capsys.readouterr().err
