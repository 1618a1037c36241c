"""The mail room's test material: the demo's forms, units with addresses, returns as e-mails.

The forms come from ``tests.exchange.corpus`` (the demo's UBDT-C4 2024, unlocked). The
e-mails are made the way a unit's mail program makes them — Thunderbird's plain
multipart/mixed with an RFC 2231 name, Outlook's multipart/alternative with an RFC 2047 name
and the HTML text — so that the import meets what it will meet.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from emudesk.exchange.mail.records import XLSX_TYPE
from emudesk.services.organisation import units
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    forms_fixture,
    vietnamese_fixture,
)

HEAD_ADDRESS = "thidua@bdt-daklak.example.vn"


def address_of(code: str) -> str:
    """The demo unit's address in these tests (Đắk Lắk, the 2024 head, has the office's)."""
    return HEAD_ADDRESS if code == "BDT-DLK" else f"vanthu.{code.lower()}@example.vn"


def give_addresses(forms: Forms, *, skip: tuple[str, ...] = ()) -> None:
    """Record an e-mail address for every unit of the demo (except ``skip``)."""
    with forms.db.session() as session:
        for unit in units.list_units(session):
            if unit.code in skip:
                continue
            fields = units.UnitFields(
                unit.code,
                unit.province,
                unit.contact_person,
                address_of(unit.code),
                unit.phone,
            )
            units.update_unit(session, unit.uuid, fields)


@pytest.fixture(name="mail_forms")
def mail_forms_fixture(forms: Forms) -> Forms:
    """The demo with 2024 unlocked and every unit's address recorded."""
    give_addresses(forms)
    return forms


def return_email(
    workbook: Path,
    *,
    sender: str,
    subject: str = "Re: [UBDT-C4] Biểu chấm điểm thi đua năm 2024",
    name: str | None = None,
    style: str = "thunderbird",
    sent: dt.datetime | None = None,
    extra: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    """A unit's reply carrying ``workbook`` (as ``name``), as its mail program would save it."""
    message = EmailMessage(policy=SMTP)
    message["From"] = f"Văn thư <{sender}>"
    message["To"] = HEAD_ADDRESS
    message["Subject"] = subject
    moment = sent or dt.datetime(2024, 12, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    message["Date"] = moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    message["Message-ID"] = f"<{sender.split('@', maxsplit=1)[0]}.1@example.vn>"
    text = "Kính gửi cụm trưởng,\nĐơn vị gửi biểu chấm điểm đã điền.\n"
    if style == "outlook":
        message.set_content(text)
        message.add_alternative(f"<html><body><p>{text}</p></body></html>", subtype="html")
    else:
        message.set_content(text)
    data = workbook.read_bytes()
    filename = name or workbook.name
    message.add_attachment(
        data, maintype="application", subtype=XLSX_TYPE.split("/")[1], filename=filename
    )
    for extra_name, extra_data, extra_type in extra:
        maintype, subtype = extra_type.split("/")
        message.add_attachment(extra_data, maintype=maintype, subtype=subtype, filename=extra_name)
    raw = message.as_bytes()
    if style == "outlook" and name is not None:  # Outlook writes RFC 2047 words in the name
        from email.header import Header

        encoded = Header(filename, "utf-8").encode()
        raw = _rewrite_filename(raw, filename, encoded)
    return raw


def _rewrite_filename(raw: bytes, filename: str, encoded: str) -> bytes:
    """Replace the RFC 2231 parameters of ``filename`` by ``filename="<RFC 2047>"``."""
    import re

    head, _sep, _rest = raw.partition(b"filename")
    pattern = re.compile(rb"filename\*?0?\*?=[^\r\n]*(\r?\n[ \t][^\r\n]*)*")
    replaced = pattern.sub(f'filename="{encoded}"'.encode(), raw, count=1)
    assert head and replaced != raw, filename
    return replaced
