"""The plain data of the mail room: a draft to write or send, an e-mail as it was received."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Attached:
    """A file carried by an e-mail: its (safe) name, its bytes and its media type."""

    name: str
    data: bytes
    media_type: str = XLSX_TYPE


@dataclass(frozen=True)
class Draft:
    """One e-mail to write as a draft or send: to whom, from whom, what it says and carries."""

    to: str  # the address; "" leaves the recipient for the officer to fill in
    to_name: str
    subject: str
    body: str
    attachments: tuple[Attached, ...] = ()
    sender: str = ""  # the office's own address, when known
    sender_name: str = ""
    in_reply_to: str = ""  # the Message-ID answered, for a reply


@dataclass(frozen=True)
class MailOrigin:
    """Where a received workbook came from: which saved e-mail, sent by whom, when, about what."""

    container: str  # "thu.eml", or "Hop thu.mbox #12" for a message inside a folder
    sender: str = ""  # the address, lower-case
    sender_name: str = ""
    date: dt.datetime | None = None  # timezone-aware (UTC) when the e-mail said
    subject: str = ""
    message_id: str = ""

    def describe(self) -> str:
        """One line for the audit trail and the preview: sender, date and subject."""
        who = self.sender or "?"
        if self.sender_name and self.sender:
            who = f"{self.sender_name} <{self.sender}>"
        when = self.date.strftime("%d/%m/%Y %H:%M UTC") if self.date else "?"
        return f"{who}, {when}, “{self.subject}”"


@dataclass(frozen=True)
class Received:
    """One e-mail read from a saved file: its origin, its workbooks and its other attachments.

    ``problem`` refuses the whole e-mail (hostile or unreadable); ``workbooks`` are the
    attachments that claim to be spreadsheets, still unchecked; ``others`` are only named.
    """

    origin: MailOrigin
    workbooks: tuple[Attached, ...] = ()
    others: tuple[str, ...] = ()
    problem: str = ""
