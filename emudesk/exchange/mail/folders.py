"""Saved e-mail files: one ``.eml``, a Thunderbird folder (``.mbox``), an Outlook ``.msg``.

Which kind a file is comes from its first bytes where they tell (an Outlook message is an
OLE2 file; a Thunderbird folder starts with a "From " line), its name otherwise. Every size
is checked on the bytes actually read, never on what the file system or a header claims: a
file is read at most one byte past its limit. A folder is split into messages line by line
with bounded lines, so a folder of one endless line or of a million tiny messages stops at
its bound instead of filling the memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from emudesk.errors import FileFormatError
from emudesk.exchange.mail.reading import MAX_MESSAGE_BYTES, read_message
from emudesk.exchange.mail.records import MailOrigin, Received
from emudesk.i18n import _

MAIL_SUFFIXES = (".eml", ".mbox", ".msg")
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
MBOX_START = b"From "
MAX_FOLDER_BYTES = 512 * 1024 * 1024
MAX_FOLDER_MESSAGES = 5000
_LINE = 64 * 1024
# "From - Tue Nov 12 10:00:00 2024" (Thunderbird) or "From a@b.vn Tue Nov 12 10:00:00 2024"
_SEPARATOR = re.compile(rb"^From \S+ .*\d{4}\r?\n$")


def is_mail_file(path: Path) -> bool:
    """True for a file to read as saved e-mail (by its name, or a Thunderbird folder's start)."""
    if path.suffix.lower() in MAIL_SUFFIXES:
        return True
    if path.suffix:
        return False
    try:  # Thunderbird keeps its folders as files without a suffix ("Inbox", "Returns")
        with path.open("rb") as stream:
            return stream.read(len(MBOX_START)) == MBOX_START
    except OSError:
        return False


def read_mail_file(path: Path) -> Iterator[Received]:
    """Each e-mail of the saved file at ``path``, in order.

    Raises ``FileFormatError`` for a file refused as a whole (unreadable, too large, a
    ``.msg`` that is not an Outlook message); a single e-mail that is refused comes back as
    a ``Received`` with its ``problem``.
    """
    file = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(len(OLE2_MAGIC))
            stream.seek(0)
            if head.startswith(OLE2_MAGIC):
                data = _bounded(stream, file, MAX_MESSAGE_BYTES)
                yield _outlook(file, data)
                return
            if path.suffix.lower() == ".msg":
                raise FileFormatError(
                    _(
                        "{file}: this is not an Outlook message (.msg); in Outlook choose "
                        "File › Save As › Outlook Message Format, or save the e-mail as .eml.",
                        file=file,
                    )
                )
            if path.suffix.lower() == ".mbox" or head.startswith(MBOX_START):
                yield from _folder(stream, file)
                return
            yield read_message(file, _bounded(stream, file, MAX_MESSAGE_BYTES))
    except OSError as exc:
        raise FileFormatError(
            _("{file}: the file cannot be read ({reason}).", file=file, reason=exc.strerror)
        ) from exc


def _outlook(file: str, data: bytes) -> Received:
    from emudesk.exchange.mail.outlook import read_outlook

    return read_outlook(file, data)


def _bounded(stream: BinaryIO, file: str, limit: int) -> bytes:
    """The whole stream, refused when it holds more than ``limit`` bytes (read: limit + 1)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileFormatError(
            _(
                "{file}: the e-mail is too large (more than {limit} MB); a return is far "
                "smaller. Save only the e-mail that carries the workbook.",
                file=file,
                limit=limit // (1024 * 1024),
            )
        )
    return data


def _folder(stream: BinaryIO, file: str) -> Iterator[Received]:
    """Split an mbox folder into messages, reading it once, within its bounds."""
    count = 0
    for number, data in _messages(stream, file):
        count += 1
        label = _("{file} #{number}", file=file, number=number)
        if data is None:
            yield Received(
                MailOrigin(label),
                problem=_(
                    "{file}: the e-mail is too large (more than {limit} MB); it was skipped.",
                    file=label,
                    limit=MAX_MESSAGE_BYTES // (1024 * 1024),
                ),
            )
        else:
            yield read_message(label, data)
    if count == 0:
        raise FileFormatError(_("{file}: the mail folder holds no e-mail.", file=file))


def _messages(stream: BinaryIO, file: str) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) per message; bytes None when the message is over its limit."""
    total = 0
    number = 0
    lines: list[bytes] | None = None  # None: before the first "From " line
    size = 0
    too_large = False
    at_line_start = True
    previous_blank = True
    while True:
        line = stream.readline(_LINE)
        if not line:
            break
        total += len(line)
        if total > MAX_FOLDER_BYTES:
            raise _folder_too_large(file)
        starts = (
            at_line_start
            and line.startswith(MBOX_START)
            and (previous_blank or _SEPARATOR.match(line) is not None)
        )
        at_line_start = line.endswith(b"\n")
        if starts:
            if lines is not None:
                yield number, None if too_large else b"".join(lines)
            number += 1
            if number > MAX_FOLDER_MESSAGES:
                raise FileFormatError(
                    _(
                        "{file}: the mail folder holds more than {limit} e-mails; move the "
                        "returns into a folder of their own and import that.",
                        file=file,
                        limit=MAX_FOLDER_MESSAGES,
                    )
                )
            lines, size, too_large = [], 0, False
            previous_blank = False
            continue  # the "From " separator line is no part of the message
        previous_blank = line in (b"\n", b"\r\n")
        if lines is None:
            raise FileFormatError(
                _(
                    "{file}: this is not a mail folder (mbox): it does not start with an e-mail.",
                    file=file,
                )
            )
        size += len(line)
        if size > MAX_MESSAGE_BYTES:
            too_large, lines = True, []
        elif not too_large:
            lines.append(_unescape(line))
    if lines is not None:
        yield number, None if too_large else b"".join(lines)


def _unescape(line: bytes) -> bytes:
    """mboxrd quotes a body line ">From " (and ">>From "…) by one more ">"."""
    if line.startswith(b">") and line.lstrip(b">").startswith(MBOX_START):
        return line[1:]
    return line


def _folder_too_large(file: str) -> FileFormatError:
    return FileFormatError(
        _(
            "{file}: the mail folder is larger than {limit} MB; move the returns into a "
            "folder of their own and import that.",
            file=file,
            limit=MAX_FOLDER_BYTES // (1024 * 1024),
        )
    )
