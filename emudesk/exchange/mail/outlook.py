"""Outlook's saved messages (``.msg``): an OLE2 file of MAPI properties, read by extract-msg.

Only what the import needs is read: sender, date, subject, message id and the attachments'
names and bytes; the body (often compressed RTF, whose decoder is the riskiest part of the
library) is never touched. A message embedded in the message is refused before the library
opens it, exactly as a forwarded e-mail inside an ``.eml`` is. The library is trusted with
nothing: whatever it raises on a damaged or hostile file becomes a refusal naming the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from emudesk.exchange.mail.reading import (
    MAX_ATTACHMENTS,
    MailRefusedError,
    check_name,
    clean_line,
    is_spreadsheet,
    nested_message,
    too_many_attachments,
)
from emudesk.exchange.mail.records import Attached, MailOrigin, Received
from emudesk.i18n import _
from emudesk.text import is_email_address

_EMBEDDED = "__substg1.0_3701000d"  # PR_ATTACH_DATA_OBJ: an attached Outlook item
_DATA_TYPE = 0  # extract_msg.enums.AttachmentType.DATA


def read_outlook(file: str, data: bytes) -> Received:
    """The ``.msg`` in ``data``; never raises for what the bytes contain."""
    import extract_msg

    try:
        message = extract_msg.openMsg(data, delayAttachments=True)
    except Exception as exc:  # a parser of hostile bytes: any failure refuses
        return Received(MailOrigin(file), problem=_damaged(file, exc))
    try:
        origin = _origin(file, message)
        workbooks, others = _attachments(file, message)
        return Received(origin, tuple(workbooks), tuple(others))
    except MailRefusedError as refused:
        return Received(MailOrigin(file), problem=refused.message)
    except Exception as exc:  # as above
        return Received(MailOrigin(file), problem=_damaged(file, exc))
    finally:
        message.close()


def _origin(file: str, message: Any) -> MailOrigin:
    from email.utils import parseaddr

    name, address = parseaddr(str(getattr(message, "sender", "") or ""))
    address = address.strip().lower()
    if not is_email_address(address):
        address = ""
    date = getattr(message, "date", None)
    if isinstance(date, dt.datetime):
        date = date.replace(tzinfo=dt.UTC) if date.tzinfo is None else date.astimezone(dt.UTC)
    else:
        date = None
    return MailOrigin(
        container=file,
        sender=address,
        sender_name=clean_line(name, 200),
        date=date,
        subject=clean_line(str(getattr(message, "subject", "") or ""), 300),
        message_id=clean_line(str(getattr(message, "messageId", "") or ""), 300),
    )


def _attachments(file: str, message: Any) -> tuple[list[Attached], list[str]]:
    storages = [[part.lower() for part in path] for path in message.listDir(False, True)]
    if any(len(path) >= 2 and path[1] == _EMBEDDED for path in storages):
        raise nested_message(file)
    attached = sum(1 for path in storages if len(path) == 1 and path[0].startswith("__attach"))
    if attached > MAX_ATTACHMENTS:
        raise too_many_attachments(file)
    workbooks: list[Attached] = []
    others: list[str] = []
    for attachment in message.attachments:
        raw = attachment.longFilename or attachment.shortFilename or attachment.displayName
        media_type = str(attachment.mimetype or "application/octet-stream")
        if not raw:
            others.append(_("(unnamed {type})", type=media_type))
            continue
        name = check_name(file, str(raw))
        data = attachment.data if int(attachment.type) == _DATA_TYPE else None
        if isinstance(data, bytes) and is_spreadsheet(name, media_type):
            workbooks.append(Attached(name, data, media_type))
        else:
            others.append(name)
    return workbooks, others


def _damaged(file: str, exc: BaseException) -> str:
    return _(
        "{file}: the Outlook message is damaged and cannot be read ({reason}); save it again "
        "from Outlook, or save its attachment and import that.",
        file=file,
        reason=type(exc).__name__,
    )
