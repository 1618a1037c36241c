"""Is a returned file an ordinary .xlsx workbook, safe to hand to openpyxl?

Returns arrive by e-mail from people who save "as" whatever their program offers, so the
file name's suffix proves nothing: the first bytes do. Each kind of wrong file gets a
message saying what it is and what the sender should do instead.

A hostile or broken file must be refused *before* openpyxl parses it:

- size and archive limits come from the ZIP directory without extracting anything. The
  declared sizes are trustworthy enough, because ``zipfile`` stops reading a member at its
  declared size (and then fails its CRC check), so a lying header cannot make openpyxl
  unpack more than was checked here;
- every XML part's prolog is parsed with defusedxml: a DTD can only appear before the root
  element, so a part whose root element starts without one cannot declare entities (the
  "billion laughs" attack) or reach outside the file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from emudesk.errors import FileFormatError
from emudesk.i18n import _, decimal_mark

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # smaller members may compress as well as they like
_CHUNK = 64 * 1024

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_XML_SUFFIXES = (".xml", ".rels", ".vml")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
MACRO_TYPE = b"application/vnd.ms-excel.sheet.macroEnabled"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", decimal_mark())


def read_file(path: Path) -> bytes:
    """The file's bytes; a file over the size limit is refused before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileFormatError(
                _(
                    "{file}: the file is too large ({size} MB); a scoring form is well under 1 MB.",
                    file=path.name,
                    size=_mb(size),
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise FileFormatError(
            _("{file}: the file cannot be read ({reason}).", file=path.name, reason=exc.strerror)
        ) from exc


def check_file(file: str, data: bytes) -> None:
    """Refuse (``FileFormatError``) anything that is not a sane .xlsx workbook."""
    if not data:
        raise FileFormatError(
            _("{file}: the file is empty (0 bytes); ask the unit to send it again.", file=file)
        )
    if len(data) > MAX_FILE_BYTES:
        raise FileFormatError(
            _(
                "{file}: the file is too large ({size} MB); a scoring form is well under 1 MB.",
                file=file,
                size=_mb(len(data)),
            )
        )
    if data.startswith(OLE2_MAGIC):
        _refuse_ole2(file, data)
    if not data.startswith(ZIP_MAGIC):
        _refuse_other(file, data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise FileFormatError(
            _(
                "{file}: the file is damaged (its ZIP container cannot be read); ask the unit "
                "to send it again.",
                file=file,
            )
        ) from exc
    with archive:
        try:
            _check_kind(file, archive)
            _check_limits(file, archive)
            _check_xml(file, archive)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise FileFormatError(
                _(
                    "{file}: the file is damaged (its ZIP container cannot be read); ask the "
                    "unit to send it again.",
                    file=file,
                )
            ) from exc


def _refuse_ole2(file: str, data: bytes) -> None:
    """An OLE2 container: an Excel 97–2003 workbook, or an .xlsx encrypted with a password."""
    if any(marker in data for marker in _ENCRYPTED_MARKERS):
        raise FileFormatError(
            _(
                "{file}: the workbook is protected with a password (encrypted). Open it in "
                "Excel, save it as .xlsx without a password and send it again.",
                file=file,
            )
        )
    if file.lower().endswith(".xlsx"):
        raise FileFormatError(
            _(
                "{file}: this is an old Excel 97–2003 workbook (.xls) renamed to .xlsx. Open "
                "it in Excel or LibreOffice, save it as Excel workbook (.xlsx) and send it "
                "again; better still, fill in the form as it was sent.",
                file=file,
            )
        )
    raise FileFormatError(
        _(
            "{file}: this is an old Excel 97–2003 workbook (.xls). Open it in Excel or "
            "LibreOffice, save it as Excel workbook (.xlsx) and send it again; better still, "
            "fill in the form as it was sent.",
            file=file,
        )
    )


def _refuse_other(file: str, data: bytes) -> None:
    head = data[:1024]
    if head.startswith(b"%PDF"):
        raise FileFormatError(
            _(
                "{file}: this is a PDF document, not the workbook; ask the unit to send the "
                "filled-in .xlsx file itself.",
                file=file,
            )
        )
    lowered = head.lower()
    if b"mime-version:" in lowered and b"multipart/related" in lowered:
        raise FileFormatError(
            _(
                "{file}: this is a single file web page (.mht, .mhtml) saved from Excel, not "
                "an Excel workbook, whatever its name says. Open it in Excel, choose File › "
                "Save As, type “Excel Workbook (.xlsx)”, and send that file; better still, "
                "fill in the form as it was sent.",
                file=file,
            )
        )
    if lowered.lstrip().startswith((b"<!doctype html", b"<html")):
        raise FileFormatError(
            _(
                "{file}: this is a web page (HTML) saved from a spreadsheet, not an Excel "
                "workbook. Open it in Excel, save it as Excel Workbook (.xlsx) and send that "
                "file; better still, fill in the form as it was sent.",
                file=file,
            )
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and (text.lstrip().startswith("<") or "\x00" in text):
        text = ""
    if text:
        raise FileFormatError(
            _(
                "{file}: this is a text (CSV) file, not an Excel workbook; the form must come "
                "back as the .xlsx file that was sent.",
                file=file,
            )
        )
    raise FileFormatError(
        _(
            "{file}: this is not an Excel workbook (.xlsx); ask the unit to send the "
            "filled-in form as it was sent.",
            file=file,
        )
    )


def _check_kind(file: str, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    small = "mimetype" in names and archive.getinfo("mimetype").file_size < 200
    if small and archive.read("mimetype").startswith(ODS_MIME):
        raise FileFormatError(
            _(
                "{file}: this is an OpenDocument spreadsheet (.ods). In LibreOffice choose "
                "File › Save As, type “Excel 2007-365 (.xlsx)”, and send that file.",
                file=file,
            )
        )
    if "[Content_Types].xml" not in names:
        raise FileFormatError(
            _(
                "{file}: this is a ZIP archive but not an Excel workbook (.xlsx); send the "
                "filled-in form itself, not a compressed folder.",
                file=file,
            )
        )
    if "xl/workbook.bin" in names:
        raise FileFormatError(
            _(
                "{file}: this is an Excel binary workbook (.xlsb); save it as Excel workbook "
                "(.xlsx) and send it again.",
                file=file,
            )
        )
    if "xl/workbook.xml" not in names:
        raise FileFormatError(
            _(
                "{file}: this Office file is not an Excel workbook (perhaps a Word or "
                "PowerPoint file); send the filled-in scoring form.",
                file=file,
            )
        )
    info = archive.getinfo("[Content_Types].xml")
    types = archive.read(info) if info.file_size < 1024 * 1024 else b""
    macros = any(name.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for name in names)
    if macros or MACRO_TYPE in types or b"vbaProject" in types:  # an .xlsm renamed, however
        raise FileFormatError(
            _(
                "{file}: this is a macro-enabled workbook (.xlsm); save it as Excel workbook "
                "(.xlsx) without macros and send it again.",
                file=file,
            )
        )


def _check_limits(file: str, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise FileFormatError(
            _(
                "{file}: refused: the workbook has {count} parts (at most {limit} are accepted).",
                file=file,
                count=len(members),
                limit=MAX_MEMBERS,
            )
        )
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise FileFormatError(
                _(
                    "{file}: the workbook is protected with a password (encrypted). Open it "
                    "in Excel, save it as .xlsx without a password and send it again.",
                    file=file,
                )
            )
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise FileFormatError(
                _(
                    "{file}: refused as a possible “zip bomb”: the part {part} would unpack "
                    "to {size} MB from {packed} KB. A genuine scoring form never does this.",
                    file=file,
                    part=member.filename,
                    size=_mb(member.file_size),
                    packed=max(1, member.compress_size // 1024),
                )
            )
    if total > MAX_UNPACKED_BYTES:
        raise FileFormatError(
            _(
                "{file}: refused: its parts would unpack to {size} MB in all (the limit is "
                "{limit} MB).",
                file=file,
                size=_mb(total),
                limit=MAX_UNPACKED_BYTES // (1024 * 1024),
            )
        )


class _RootReached(Exception):  # noqa: N818 - a signal, not an error
    """The root element started: the prolog, where a DTD would be, is behind us."""


class _StopAtRoot:
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached

    def close(self) -> None:
        return None


def _check_xml(file: str, archive: zipfile.ZipFile) -> None:
    for member in archive.infolist():
        if member.filename.lower().endswith(_XML_SUFFIXES):
            with archive.open(member) as stream:
                _check_prolog(file, member.filename, stream)


def _check_prolog(file: str, part: str, stream: IO[bytes]) -> None:
    parser = DefusedXMLParser(
        target=_StopAtRoot(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        while chunk := stream.read(_CHUNK):
            parser.feed(chunk)
        parser.close()
    except _RootReached:
        return
    except DefusedXmlException as exc:
        raise FileFormatError(
            _(
                "{file}: refused: the part {part} declares a DTD or XML entities, which "
                "genuine workbooks never do (a possible “billion laughs” attack).",
                file=file,
                part=part,
            )
        ) from exc
    except (ParseError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise FileFormatError(
            _(
                "{file}: the part {part} is damaged ({reason}); ask the unit to send the "
                "file again.",
                file=file,
                part=part,
                reason=exc,
            )
        ) from exc
    raise FileFormatError(
        _(
            "{file}: the part {part} is damaged ({reason}); ask the unit to send the file again.",
            file=file,
            part=part,
            reason="no root element",
        )
    )
