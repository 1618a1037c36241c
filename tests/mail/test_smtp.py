"""Sending the forms through a real SMTP server started by the test, on loopback, over TLS."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from emudesk.errors import CancelledError, ValidationError
from emudesk.exchange import naming
from emudesk.exchange.mail.smtp import SendError, SmtpServer
from emudesk.model import FormDispatch
from emudesk.services.mail import board, sending
from tests.conftest import dump
from tests.exchange.corpus import CLUSTER, Forms
from tests.mail.conftest import HEAD_ADDRESS, address_of
from tests.mail.smtp_server import PASSWORD, USER, smtp_server

pytestmark = pytest.mark.usefixtures("vietnamese")


def server_of(box: object, security: str = "starttls", *, trusted: bool = True) -> SmtpServer:
    port, cafile = box.port, box.cafile  # type: ignore[attr-defined]
    return SmtpServer("127.0.0.1", port, security, USER, cafile if trusted else "")


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_the_forms_go_out_one_per_unit_with_its_form(
    mail_forms: Forms, tmp_path: Path, security: str
) -> None:
    # GIVEN a mail server on loopback that requires TLS and a log-in
    # WHEN the head sends the 2024 forms through it
    with smtp_server(tmp_path, security=security) as box, mail_forms.db.session() as session:
        outcome = sending.send(session, mail_forms.year_uuid, server_of(box, security), PASSWORD)
    # THEN each unit got one e-mail, from the office, carrying its own form, not a draft
    assert len(outcome.sent) == 8 and not outcome.failed and not outcome.skipped
    assert sorted(m.recipients[0] for m in box.messages) == sorted(
        address_of(item.unit_code) for item in outcome.sent
    )
    for received in box.messages:
        message = email.message_from_bytes(received.data, policy=default)
        assert isinstance(message, EmailMessage)
        assert received.sender == HEAD_ADDRESS
        assert message["From"].addresses[0].addr_spec == HEAD_ADDRESS
        assert message["X-Unsent"] is None
        unit = next(i for i in outcome.sent if address_of(i.unit_code) == received.recipients[0])
        attachments = list(message.iter_attachments())
        assert [a.get_filename() for a in attachments] == [
            naming.form_file_name(CLUSTER, 2024, unit.unit_code)
        ]
        assert attachments[0].get_content()[:4] == b"PK\x03\x04"
    # AND the board knows the forms were sent by the server
    with mail_forms.db.session() as session:
        rows = board.returns_board(session, mail_forms.year_uuid).rows
        assert {row.sent_by for row in rows} == {"smtp"}
        assert session.query(FormDispatch).count() == 8


def test_a_wrong_password_sends_and_records_nothing(mail_forms: Forms, tmp_path: Path) -> None:
    before = dump(mail_forms.db)
    with (
        smtp_server(tmp_path) as box,
        mail_forms.db.session() as session,
        pytest.raises(SendError, match="từ chối tên đăng nhập hoặc mật khẩu"),
    ):
        sending.send(session, mail_forms.year_uuid, server_of(box), "sai")
    assert box.messages == [] and dump(mail_forms.db) == before


def test_an_untrusted_certificate_is_refused(mail_forms: Forms, tmp_path: Path) -> None:
    before = dump(mail_forms.db)
    with (
        smtp_server(tmp_path) as box,
        mail_forms.db.session() as session,
        pytest.raises(SendError, match="Không xác minh được chứng thư"),
    ):
        sending.send(session, mail_forms.year_uuid, server_of(box, trusted=False), PASSWORD)
    assert box.messages == [] and dump(mail_forms.db) == before


def test_a_server_without_starttls_is_never_sent_a_password(
    mail_forms: Forms, tmp_path: Path
) -> None:
    before = dump(mail_forms.db)
    with (
        smtp_server(tmp_path, security="none") as box,
        mail_forms.db.session() as session,
        pytest.raises(SendError, match="không hỗ trợ STARTTLS"),
    ):
        sending.send(session, mail_forms.year_uuid, server_of(box), PASSWORD)
    assert box.messages == [] and dump(mail_forms.db) == before


def test_stopping_half_way_records_what_went(mail_forms: Forms, tmp_path: Path) -> None:
    # GIVEN the officer stops the sending after three e-mails
    def progress(done: int, total: int) -> bool:
        return done < 3

    with (
        smtp_server(tmp_path) as box,
        mail_forms.db.session() as session,
        pytest.raises(CancelledError, match="đã gửi 3/8 thư"),
    ):
        sending.send(session, mail_forms.year_uuid, server_of(box), PASSWORD, progress=progress)
    # THEN exactly the three that went are recorded as sent
    with mail_forms.db.session() as session:
        rows = board.returns_board(session, mail_forms.year_uuid).rows
    assert len(box.messages) == 3
    assert sorted(address_of(r.unit_code) for r in rows if r.sent_at) == sorted(
        m.recipients[0] for m in box.messages
    )


def test_a_connection_that_breaks_off_records_what_went_and_says_so(
    mail_forms: Forms, tmp_path: Path
) -> None:
    # GIVEN a server whose line breaks off after three e-mails
    with (
        smtp_server(tmp_path, drop_after=3) as box,
        mail_forms.db.session() as session,
        pytest.raises(SendError) as refused,
    ):
        sending.send(session, mail_forms.year_uuid, server_of(box), PASSWORD)
    # THEN the officer reads what happened in words (no exception's class name), and that
    # three went and are recorded
    message = refused.value.message
    assert "máy chủ đã đóng kết nối" in message and "Disconnected" not in message
    assert "Đã gửi được 3 thư trước đó" in message
    with mail_forms.db.session() as session:
        assert session.query(FormDispatch).count() == 3 == len(box.messages)


def test_a_certificate_authority_file_that_cannot_be_read_is_refused_in_words(
    mail_forms: Forms, tmp_path: Path
) -> None:
    before = dump(mail_forms.db)
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("not a certificate")
    for cafile in (tmp_path / "missing.pem", not_pem):
        with smtp_server(tmp_path) as box, mail_forms.db.session() as session:
            server = SmtpServer("127.0.0.1", box.port, "starttls", USER, str(cafile))
            with pytest.raises(SendError, match="Không dùng được tệp chứng thư của tổ chức cấp"):
                sending.send(session, mail_forms.year_uuid, server, PASSWORD)
        assert box.messages == []
    assert dump(mail_forms.db) == before


def test_a_sender_or_return_address_that_is_not_one_address_is_refused(
    mail_forms: Forms, tmp_path: Path
) -> None:
    before = dump(mail_forms.db)
    with smtp_server(tmp_path) as box, mail_forms.db.session() as session:
        for options in ({"sender": "Văn thư <x@y.vn>"}, {"send_to": "a@b.vn, c@d.vn"}):
            with pytest.raises(ValidationError, match="không phải là địa chỉ thư điện tử"):
                sending.send(session, mail_forms.year_uuid, server_of(box), PASSWORD, **options)
    assert box.messages == [] and dump(mail_forms.db) == before
