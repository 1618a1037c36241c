"""Outlook messages (.msg) made for the tests, since none may be downloaded.

A .msg is an OLE2 compound file of MAPI properties (MS-OXMSG): the top-level
``__properties_version1.0`` stream lists fixed-size properties inline and variable-size ones
by length, each of which has its own ``__substg1.0_<id><type>`` stream; recipients and
attachments are storages of the same shape. The OLE2 container is written by the OLE writer
that ships with extract-msg (the library emudesk reads .msg files with), so the bytes are a
genuine compound file; the MAPI layer is written here, property by property, as Outlook
does. ``python -m tests.mail.msg_builder OUT.msg FILE…`` writes one by hand.
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_BINARY = 0x0102
READABLE_WRITABLE = 0x00000006

_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


@dataclass
class MsgAttachment:
    name: str
    data: bytes
    mime: str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    embedded: bool = False  # an attached Outlook item (a message inside the message)


@dataclass
class MsgMessage:
    subject: str
    sender_name: str
    sender_address: str
    sent: dt.datetime
    body: str = ""
    to: str = "cum-truong@example.vn"
    attachments: Sequence[MsgAttachment] = field(default_factory=tuple)


def _filetime(moment: dt.datetime) -> int:
    return int((moment - _FILETIME_EPOCH).total_seconds() * 10_000_000)


class _Properties:
    """One ``__properties_version1.0`` stream and the substreams of its variable values."""

    def __init__(self) -> None:
        self.entries: list[bytes] = []
        self.streams: dict[str, bytes] = {}

    def fixed(self, prop_id: int, prop_type: int, value: int) -> None:
        tag = (prop_id << 16) | prop_type
        self.entries.append(struct.pack("<IIQ", tag, READABLE_WRITABLE, value))

    def text(self, prop_id: int, value: str) -> None:
        data = value.encode("utf-16-le")
        self._variable(prop_id, PT_UNICODE, data, len(data) + 2)

    def binary(self, prop_id: int, data: bytes) -> None:
        self._variable(prop_id, PT_BINARY, data, len(data))

    def _variable(self, prop_id: int, prop_type: int, data: bytes, size: int) -> None:
        tag = (prop_id << 16) | prop_type
        self.entries.append(struct.pack("<IIII", tag, READABLE_WRITABLE, size, 0))
        self.streams[f"__substg1.0_{prop_id:04X}{prop_type:04X}"] = data

    def stream(self, header: bytes) -> bytes:
        return header + b"".join(self.entries)


def build_msg(message: MsgMessage) -> bytes:
    """The .msg file of ``message`` as bytes."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    top = _Properties()
    top.text(0x001A, "IPM.Note")
    top.text(0x0037, message.subject)
    top.text(0x0C1A, message.sender_name)
    top.text(0x5D01, message.sender_address)
    top.text(0x0C1F, message.sender_address)
    top.text(0x0E04, message.to)
    top.text(0x1000, message.body)
    top.fixed(0x0039, PT_SYSTIME, _filetime(message.sent))
    top.fixed(0x0E06, PT_SYSTIME, _filetime(message.sent))
    top.fixed(0x0E07, PT_LONG, 0x1)  # MSGFLAG_READ: a received, sent message
    count = len(message.attachments)
    header = struct.pack("<8sIIII8s", b"\0" * 8, 1, count, 1, count, b"\0" * 8)
    writer.addEntry("__properties_version1.0", top.stream(header))
    for name, data in top.streams.items():
        writer.addEntry(name, data)
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    recipient = _Properties()
    recipient.text(0x3001, message.to)
    recipient.text(0x3003, message.to)
    recipient.fixed(0x0C15, PT_LONG, 1)  # MAPI_TO
    _storage(writer, "__recip_version1.0_#00000000", recipient)
    for number, attachment in enumerate(message.attachments):
        props = _Properties()
        props.fixed(0x0E21, PT_LONG, number)
        props.text(0x3001, attachment.name)
        props.text(0x3707, attachment.name)
        props.text(0x3704, attachment.name[:12])
        props.text(0x3703, Path(attachment.name).suffix)
        props.text(0x370E, attachment.mime)
        folder = f"__attach_version1.0_#{number:08X}"
        if attachment.embedded:
            props.fixed(0x3705, PT_LONG, 5)  # ATTACH_EMBEDDED_MSG
            _storage(writer, folder, props)
            inner = f"{folder}/__substg1.0_3701000D"
            writer.addEntry(inner, storage=True)
            nested = _Properties()
            nested.text(0x001A, "IPM.Note")
            nested.text(0x0037, "Fwd: " + message.subject)
            writer.addEntry(f"{inner}/__properties_version1.0", nested.stream(b"\0" * 24))
            for name, data in nested.streams.items():
                writer.addEntry(f"{inner}/{name}", data)
        else:
            props.fixed(0x3705, PT_LONG, 1)  # ATTACH_BY_VALUE
            props.binary(0x3701, attachment.data)
            _storage(writer, folder, props)
    return _written(writer)


def _storage(writer: object, folder: str, props: _Properties) -> None:
    add = writer.addEntry  # type: ignore[attr-defined]
    add(folder, storage=True)
    add(f"{folder}/__properties_version1.0", props.stream(b"\0" * 8))
    for name, data in props.streams.items():
        add(f"{folder}/{name}", data)


def _written(writer: object) -> bytes:
    import io

    buffer = io.BytesIO()
    writer.write(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


if __name__ == "__main__":
    target, *files = sys.argv[1:]
    msg = MsgMessage(
        subject="Biểu chấm điểm thi đua",
        sender_name="Văn thư",
        sender_address="vanthu@example.vn",
        sent=dt.datetime.now(dt.UTC),
        attachments=[MsgAttachment(Path(f).name, Path(f).read_bytes()) for f in files],
    )
    Path(target).write_bytes(build_msg(msg))
