"""Drafts out: an e-mail built with the standard library, as an ``.eml`` file or for SMTP.

A draft file carries ``X-Unsent: 1``, which makes Outlook open it as a new message ready to
send (Thunderbird offers "Edit as new"), with the recipient, subject, text and the form
already in place. Non-ASCII text is encoded the standard way (RFC 2047 in headers, RFC 2231
for attachment names), lines end in CRLF as mail programs write them, and an address that
would not survive as one header (a comma, a line break) is refused rather than sent on.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from emudesk.errors import ValidationError
from emudesk.exchange.mail.records import Draft
from emudesk.i18n import _

if TYPE_CHECKING:
    from email.headerregistry import Address
    from email.message import EmailMessage

DRAFT_SUFFIX = ".eml"
ID_DOMAIN = "emudesk.invalid"  # never looked up: make_msgid would ask the DNS for our name


def build_message(draft: Draft, *, unsent: bool, now: dt.datetime | None = None) -> EmailMessage:
    """The e-mail of ``draft``; ``unsent`` marks it as a draft for a mail program to open."""
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime, make_msgid

    message = EmailMessage(policy=SMTP)
    if draft.sender:
        message["From"] = _address(draft.sender, draft.sender_name)
    if draft.to:
        message["To"] = _address(draft.to, draft.to_name)
    message["Subject"] = _one_line(draft.subject)
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    domain = draft.sender.rpartition("@")[2] if draft.sender else ID_DOMAIN
    message["Message-ID"] = make_msgid(domain=domain or ID_DOMAIN)
    if draft.in_reply_to:
        message["In-Reply-To"] = _one_line(draft.in_reply_to)
        message["References"] = _one_line(draft.in_reply_to)
    if unsent:
        message["X-Unsent"] = "1"
    message["X-Mailer"] = "emudesk"
    message.set_content(draft.body, cte="quoted-printable")
    for attached in draft.attachments:
        maintype, _slash, subtype = attached.media_type.partition("/")
        message.add_attachment(
            attached.data, maintype=maintype, subtype=subtype or "octet-stream",
            filename=attached.name,
        )  # fmt: skip
    return message


def _address(address: str, name: str) -> Address:
    from email.headerregistry import Address

    try:
        return Address(display_name=_one_line(name), addr_spec=address.strip())
    except (ValueError, IndexError, TypeError) as exc:
        raise ValidationError(
            _(
                "“{address}” cannot be used as an e-mail address; correct it on the Units page.",
                address=address[:100],
            )
        ) from exc


def _one_line(text: str) -> str:
    return " ".join(text.split())


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it is written to a file or handed to an SMTP server (CRLF lines)."""
    from email.policy import SMTP

    return message.as_bytes(policy=SMTP)


def write_draft(draft: Draft, path: str | os.PathLike[str]) -> EmailMessage:
    """Write ``draft`` at ``path`` as an unsent ``.eml``, replacing it in one step."""
    from pathlib import Path

    from emudesk.printing.output import atomic_output

    message = build_message(draft, unsent=True)
    with atomic_output(path) as temporary:
        Path(temporary).write_bytes(message_bytes(message))
    return message
