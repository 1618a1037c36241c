"""One saved e-mail, read down to its attachments without trusting any of it.

A return arrives as an e-mail that anyone can write by hand, so the message is read like a
hostile file: its size and its number of parts are bounded before and while it is parsed;
a message inside the message (``message/rfc822``: a forwarded e-mail, a bounce) is refused
rather than unpacked, because what it carries is not what the sender sent; an attachment's
name must decode exactly (RFC 2231 or RFC 2047, in a character set Python knows) and must
not carry a folder path or invisible control characters. Only attachments that claim to be
spreadsheets are decoded, to be checked as workbooks; the others are named and never opened.
Decoding cannot grow a part (base64 and quoted-printable only shrink), so the message's own
bound bounds every attachment too.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from emudesk.exchange.mail.records import Attached, MailOrigin, Received
from emudesk.i18n import _
from emudesk.text import is_email_address

if TYPE_CHECKING:
    from email.message import Message

MAX_MESSAGE_BYTES = 40 * 1024 * 1024
"""A 20 MB workbook in base64 with its e-mail around it; mail servers stop at 25–35 MB."""
MAX_PARTS = 200
MAX_DEPTH = 8
MAX_ATTACHMENTS = 50
MAX_NAME = 255

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")
SPREADSHEET_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
        "application/vnd.ms-excel.sheet.macroenabled.12",
        "application/vnd.ms-excel.sheet.binary.macroenabled.12",
        "application/vnd.oasis.opendocument.spreadsheet",
        "text/csv",
    }
)
_SPACES = re.compile(r"\s+")


class MailRefusedError(Exception):
    """The whole e-mail is refused; ``message`` says why, naming the file."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_line(text: str, limit: int) -> str:
    """``text`` as one storable line: NFC, no control characters, spaces collapsed, bounded."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return _SPACES.sub(" ", text).strip()[:limit]


def is_spreadsheet(name: str, media_type: str) -> bool:
    """True for an attachment that claims to be a workbook (by its name or its type)."""
    return name.lower().endswith(SPREADSHEET_SUFFIXES) or media_type.lower() in SPREADSHEET_TYPES


def read_message(container: str, data: bytes) -> Received:
    """The e-mail in ``data`` (its file is ``container``): origin, workbooks, other names.

    Never raises for what the bytes contain: a refused e-mail comes back with ``problem``.
    """
    try:
        message = _parse(container, data)
        origin = _origin(container, message)
    except MailRefusedError as refused:
        return Received(MailOrigin(container), problem=refused.message)
    try:
        workbooks, others = _attachments(container, message)
    except MailRefusedError as refused:
        return Received(origin, problem=refused.message)
    return Received(origin, tuple(workbooks), tuple(others))


def _parse(container: str, data: bytes) -> Message:
    from email import message_from_bytes
    from email.errors import MessageError
    from email.policy import compat32

    if len(data) > MAX_MESSAGE_BYTES:
        raise MailRefusedError(
            _(
                "{file}: the e-mail is too large ({size} MB; at most {limit} MB are read).",
                file=container,
                size=_mb(len(data)),
                limit=MAX_MESSAGE_BYTES // (1024 * 1024),
            )
        )
    # Counted on the raw bytes first: the parser nests one level per part and would spend
    # its time (or its stack) on a message made of thousands of them.
    if data.lower().count(b"content-type:") > MAX_PARTS:
        raise _too_many_parts(container)
    try:  # compat32 keeps headers as raw text, decoded below where each is needed
        message = message_from_bytes(data, policy=compat32)
    except (MessageError, RecursionError, ValueError, LookupError, IndexError) as exc:
        raise _malformed(container) from exc
    if not message.keys():
        raise MailRefusedError(
            _(
                "{file}: this is not a saved e-mail (it has no e-mail headers); save the "
                "message from the mail program as .eml, or save its attachment.",
                file=container,
            )
        )
    return message


def _origin(container: str, message: Message) -> MailOrigin:
    from email.utils import parseaddr, parsedate_to_datetime

    name, address = parseaddr(_header(message, "From"))
    address = address.strip().lower()
    if not is_email_address(address):
        address = ""
    date: dt.datetime | None = None
    raw_date = _header(message, "Date")
    if raw_date:
        try:
            date = parsedate_to_datetime(raw_date)
        except (TypeError, ValueError, IndexError, OverflowError):
            date = None
        if date is not None:
            date = date.replace(tzinfo=dt.UTC) if date.tzinfo is None else date.astimezone(dt.UTC)
    return MailOrigin(
        container=container,
        sender=address,
        sender_name=clean_line(name, 200),
        date=date,
        subject=clean_line(_header(message, "Subject"), 300),
        message_id=clean_line(_header(message, "Message-ID"), 300),
    )


def _header(message: Message, name: str) -> str:
    """A header decoded for display; undecodable words keep a replacement character."""
    from email.errors import HeaderParseError
    from email.header import decode_header, make_header

    value = message.get(name)
    if value is None:
        return ""
    raw = _undo_escape(str(value))
    try:
        return _undo_escape(str(make_header(decode_header(raw))))
    except (HeaderParseError, LookupError, UnicodeError, ValueError, IndexError):
        return raw


def _undo_escape(text: str) -> str:
    """Raw 8-bit bytes in a header reach Python as lone surrogates: read them as UTF-8."""
    if any("\udc80" <= c <= "\udcff" for c in text):
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def _attachments(container: str, message: Message) -> tuple[list[Attached], list[str]]:
    """Walk the parts with an explicit stack (depth and count bounded); sort the leaves."""
    workbooks: list[Attached] = []
    others: list[str] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    parts = 0
    while stack:
        part, depth = stack.pop()
        parts += 1
        if parts > MAX_PARTS:
            raise _too_many_parts(container)
        media_type = part.get_content_type()
        if media_type.startswith("message/"):
            raise nested_message(container)
        if part.is_multipart():
            payload = part.get_payload()
            if depth >= MAX_DEPTH or not isinstance(payload, list):
                raise _malformed(container)
            children = [child for child in payload if not isinstance(child, str)]
            stack.extend((child, depth + 1) for child in reversed(children))
            continue
        if part.get_content_maintype() == "multipart":  # a boundary that never comes
            raise _malformed(container)
        name = attachment_name(container, part)
        if name is None:
            continue  # the text of the e-mail
        if len(workbooks) + len(others) >= MAX_ATTACHMENTS:
            raise too_many_attachments(container)
        if is_spreadsheet(name, media_type):
            data = part.get_payload(decode=True)
            workbooks.append(Attached(name, data if isinstance(data, bytes) else b"", media_type))
        else:
            others.append(name)
    return workbooks, others


def attachment_name(container: str, part: Message) -> str | None:
    """The part's file name, decoded and checked; None for the e-mail's own text."""
    raw: Any = part.get_param("filename", header="content-disposition")
    if raw is None:
        raw = part.get_param("name")
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    if raw is None:
        if part.get_content_maintype() == "text" and disposition != "attachment":
            return None
        return _("(unnamed {type})", type=part.get_content_type())
    name = _decoded_name(container, raw)
    return check_name(container, name)


def check_name(container: str, name: str) -> str:
    """``name`` in NFC, refused when it holds a folder path or control characters."""
    name = unicodedata.normalize("NFC", name).strip()
    bad = [c for c in name if unicodedata.category(c).startswith("C")]
    if bad or "/" in name or "\\" in name or name in {".", ".."} or len(name) > MAX_NAME:
        shown = ascii(name[:80])
        raise MailRefusedError(
            _(
                "{file}: an attachment's name ({name}) holds a folder path, invisible control "
                "characters or is too long; a genuine mail program never sends such a name. "
                "Nothing was taken from this e-mail.",
                file=container,
                name=shown,
            )
        )
    return name or _("(unnamed {type})", type="?")


def _decoded_name(container: str, raw: Any) -> str:
    """RFC 2231 (``filename*=utf-8''…``) or RFC 2047 (``=?utf-8?B?…?=``), decoded exactly."""
    from email.errors import HeaderParseError
    from email.header import decode_header
    from email.utils import unquote

    try:
        if isinstance(raw, tuple):
            charset, _language, text = raw
            encoded = bytes(text, "raw-unicode-escape")
            return encoded.decode(_codec(container, charset or "us-ascii"), "strict")
        text = _undo_escape(unquote(str(raw)))
        if "=?" not in text:
            return text
        pieces = []
        for chunk, charset in decode_header(text):
            if isinstance(chunk, str):
                pieces.append(chunk)
            else:
                pieces.append(chunk.decode(_codec(container, charset or "us-ascii"), "strict"))
        return "".join(pieces)
    except (UnicodeError, HeaderParseError, ValueError, LookupError) as exc:
        raise MailRefusedError(
            _(
                "{file}: an attachment's name cannot be decoded (its character set does not "
                "match its bytes); ask the unit to send the file again.",
                file=container,
            )
        ) from exc


def _codec(container: str, charset: str) -> str:
    try:
        return codecs.lookup(charset.strip().lower()).name
    except (LookupError, ValueError, TypeError) as exc:
        raise MailRefusedError(
            _(
                "{file}: an attachment's name is written in an unknown character set "
                "({charset}); ask the unit to send the file again.",
                file=container,
                charset=ascii(charset[:40]),
            )
        ) from exc


def nested_message(container: str) -> MailRefusedError:
    return MailRefusedError(
        _(
            "{file}: the e-mail carries another e-mail inside it (forwarded as an "
            "attachment, or a delivery report). Open that e-mail and save it, or "
            "save its workbook, then import that.",
            file=container,
        )
    )


def too_many_attachments(container: str) -> MailRefusedError:
    return MailRefusedError(
        _(
            "{file}: the e-mail has more than {limit} attachments; a return has one.",
            file=container,
            limit=MAX_ATTACHMENTS,
        )
    )


def _too_many_parts(container: str) -> MailRefusedError:
    return MailRefusedError(
        _(
            "{file}: the e-mail is made of more than {limit} parts; a return has a few.",
            file=container,
            limit=MAX_PARTS,
        )
    )


def _malformed(container: str) -> MailRefusedError:
    return MailRefusedError(
        _(
            "{file}: the e-mail's structure is damaged (its parts cannot be told apart); "
            "save the message again, or save its attachment and import that.",
            file=container,
        )
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")
