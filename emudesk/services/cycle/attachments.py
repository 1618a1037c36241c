"""Files kept in the database: scanned signed copies, dossier papers.

Only PDF, JPEG and PNG are taken, recognised from their bytes (a renamed .docx is not a PDF),
checked to be complete (a truncated download or a broken scan is refused), and limited in
size so that the database and a handover file stay small enough to e-mail.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from emudesk.errors import FileFormatError, NotFoundError
from emudesk.i18n import _, decimal_mark
from emudesk.model import Attachment

MAX_BYTES = 10 * 1024 * 1024
NAME_MAX = 120  # characters of a stored file name (the column holds 260)
EXTENSIONS = {  # media type → extensions it may keep (the first is added when none fits)
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
}
_UNSAFE = re.compile(r"[^\w .()+,=@-]")  # \w: letters and digits of every script, underscore
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def safe_name(name: str, kind: str) -> str:
    """A file name that is safe to write into a folder and to open: the base name only (no
    folder, drive or ``..``), letters, digits and a few harmless signs, not a reserved
    Windows device name, ending with an extension of its sniffed ``kind`` (a ``.bat`` that
    is a PDF becomes ``….bat.pdf``). Idempotent: a safe name is kept as it is."""
    base = PurePosixPath(unicodedata.normalize("NFC", str(name)).replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(" .")
    stem_max = NAME_MAX - 5
    allowed = EXTENSIONS.get(kind, ("",))
    suffix = next((e for e in allowed if base.lower().endswith(e) and len(base) > len(e)), None)
    stem = base[: len(base) - len(suffix)] if suffix else base
    ending = base[len(stem) :] if suffix else allowed[0]  # the extension as it was written
    stem = stem[:stem_max].strip(" .") or "file"
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    return stem + ending


def checked(name: str, data: bytes) -> tuple[str, str]:
    """(safe name, media type) of a file's bytes, after the checks of an attached scan: not
    empty, at most MAX_BYTES, a complete PDF, JPEG or PNG."""
    if len(data) > MAX_BYTES:
        raise FileFormatError(
            _(
                "{file} is {size} MB; the limit is {limit} MB. Scan at a lower resolution "
                "(150–200 dpi is enough for a signed copy).",
                file=name,
                size=f"{len(data) / 1048576:.1f}".replace(".", decimal_mark()),
                limit=MAX_BYTES // 1048576,
            )
        )
    if not data:
        raise FileFormatError(_("{file}: the file is empty.", file=name))
    kind = media_type(name, data)
    return safe_name(name, kind), kind


def media_type(name: str, data: bytes) -> str:
    """The file's type from its bytes; refuses anything but a complete PDF, JPEG or PNG."""
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise FileFormatError(
                _(
                    "{file}: the PDF is incomplete (its end is missing); scan or save it again.",
                    file=name,
                )
            )
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
            raise FileFormatError(
                _("{file}: the JPEG image is incomplete; scan or save it again.", file=name)
            )
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        if b"IEND" not in data[-16:]:
            raise FileFormatError(
                _("{file}: the PNG image is incomplete; scan or save it again.", file=name)
            )
        return "image/png"
    raise FileFormatError(
        _(
            "{file} is not a PDF, JPEG or PNG file; scan the signed copy to one of these formats.",
            file=name,
        )
    )


def read_file(path: Path) -> tuple[str, bytes]:
    """A file's name and bytes, refused when unreadable or too large."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise FileFormatError(
                _(
                    "{file} is {size} MB; the limit is {limit} MB. Scan at a lower resolution "
                    "(150–200 dpi is enough for a signed copy).",
                    file=name,
                    size=f"{size / 1048576:.1f}".replace(".", decimal_mark()),
                    limit=MAX_BYTES // 1048576,
                )
            )
        return name, Path(path).read_bytes()
    except OSError as exc:
        raise FileFormatError(
            _("{file}: the file cannot be read ({reason}).", file=name, reason=exc.strerror)
        ) from exc


def make(name: str, data: bytes) -> Attachment:
    """A new attachment (not yet added to a session) after checking the bytes."""
    safe, kind = checked(name, data)
    return Attachment(
        file_name=safe,
        media_type=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )


def content(session: Session, attachment_uuid: object) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) of a stored attachment, for viewing: the bytes are
    sniffed again and the name made safe again (a database may hold what an older emudesk
    took from a handover file unchecked), so that only a PDF, JPEG or PNG under a plain name
    is ever written out and opened."""
    from sqlalchemy import select

    found = session.scalar(select(Attachment).where(Attachment.uuid == attachment_uuid))
    if found is None:
        raise NotFoundError(_("The attached file no longer exists; reload the page."))
    safe, kind = checked(safe_name(found.file_name, ""), found.data)
    return safe, kind, found.data
