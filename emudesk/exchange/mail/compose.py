"""Drafts out: an e-mail built with the standard library, as an ``.eml`` file or for SMTP.

A draft file carries ``X-Unsent: 1``, which makes Outlook open it as a new message ready to
send (Thunderbird offers "Edit as new"), with the recipient, subject, text and the form
already in place. Non-ASCII text is encoded the standard way (RFC 2047 in headers, RFC 2231
for attachment names), lines end in CRLF as mail programs write them, and an address that
would not survive as one header (a comma, a line break) is refused rather than sent on.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from emudesk.errors import ValidationError
from emudesk.exchange.mail.records import Draft
from emudesk.i18n import _
from emudesk.text import is_email_address

if TYPE_CHECKING:
    from email.message import Message

DRAFT_SUFFIX = ".eml"
ID_DOMAIN = "emudesk.invalid"  # never looked up: make_msgid would ask the DNS for our name


def build_message(draft: Draft, *, unsent: bool, now: dt.datetime | None = None) -> Message:
    """The e-mail of ``draft``; ``unsent`` marks it as a draft for a mail program to open.

    Built with the classic API (``email.mime``, ``email.header.Header``): the newer policy
    machinery folds a long Vietnamese subject into encoded words and loses the space between
    two of them ("thi đuanăm") on the Pythons emudesk supports.
    """
    from email.header import Header
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.utils import format_datetime, make_msgid

    message = MIMEMultipart()
    if draft.sender:
        message["From"] = _address(draft.sender, draft.sender_name)
    if draft.to:
        message["To"] = _address(draft.to, draft.to_name)
    message["Subject"] = Header(_one_line(draft.subject), "utf-8")  # type: ignore[assignment]
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    domain = draft.sender.rpartition("@")[2] if draft.sender else ID_DOMAIN
    message["Message-ID"] = make_msgid(domain=domain or ID_DOMAIN)
    if draft.in_reply_to:
        message["In-Reply-To"] = _one_line(draft.in_reply_to)
        message["References"] = _one_line(draft.in_reply_to)
    if unsent:
        message["X-Unsent"] = "1"
    message["X-Mailer"] = "emudesk"
    message.attach(MIMEText(draft.body, "plain", "utf-8"))
    for attached in draft.attachments:
        _maintype, _slash, subtype = attached.media_type.partition("/")
        part = MIMEApplication(attached.data, subtype or "octet-stream")
        name = attached.name if attached.name.isascii() else ("utf-8", "", attached.name)
        part.add_header("Content-Disposition", "attachment", filename=name)
        message.attach(part)
    return message


def _address(address: str, name: str) -> str:
    """``Name <address>`` for a header, the name encoded; refused when it is no address."""
    from email.utils import formataddr

    spec = address.strip()
    if not is_email_address(spec):
        raise ValidationError(
            _(
                "“{address}” cannot be used as an e-mail address; correct it on the Units page.",
                address=address[:100],
            )
        )
    return formataddr((_one_line(name), spec), charset="utf-8")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def message_bytes(message: Message) -> bytes:
    """The message as it is written to a file or handed to an SMTP server (CRLF lines)."""
    from email.policy import compat32

    return message.as_bytes(policy=compat32.clone(linesep="\r\n"))
