"""The zip convention of the submission and decision packages: written, and read as hostile.

A package holds ``manifest.json`` (format, kind, ``sha256`` of every other member), one JSON
document and, for a submission, ``attachments/<uuid>.bin``; ``signature.p7s`` when signed
(``emudesk.signing.package``). Reading bounds every size before a byte is unpacked, refuses
any member it does not expect, and checks every checksum; the values inside are checked by
``values.Reader`` afterwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emudesk import __version__, bounded_json
from emudesk.errors import FileFormatError
from emudesk.i18n import _
from emudesk.services.issuing.values import Reader
from emudesk.signing.package import MANIFEST, SIGNATURE

FORMAT = 1  # a kind's first format; a kind that grew says its own (``write(version=…)``)
MAX_FILE_BYTES = 600 * 1024 * 1024
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # as cycle.attachments.MAX_BYTES
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_NESTING = 32  # JSON depth: the documents nest six deep at most
CLOCK_SLACK = dt.timedelta(days=1)  # how far ahead of this PC's clock a sender's may be
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f-]{36}\.bin$")
_READ_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    KeyError,
)


@dataclass(frozen=True)
class Package:
    manifest: dict[str, Any]
    document: Any  # the JSON document, unchecked
    attachments: dict[str, bytes]  # member name → bytes (checksums checked)
    sha256: str  # of the whole file


def damaged(file: str, detail: str) -> FileFormatError:
    return FileFormatError(
        _(
            "{file} is not a usable package ({detail}); it was refused and nothing was changed. "
            "Ask for the file again.",
            file=file,
            detail=detail,
        )
    )


def write(
    path: Path,
    kind: str,
    document: dict[str, Any],
    extra: dict[str, Any],
    attachments: dict[str, bytes] | None = None,
    *,
    version: int = FORMAT,
) -> None:
    """Write a package of ``kind`` in format ``version`` to ``path`` (atomically)."""
    from emudesk.files import atomic_output

    members = {f"{kind}.json": json.dumps(document, ensure_ascii=False, indent=1).encode()}
    members.update(attachments or {})
    manifest = {
        "format": version,
        "kind": kind,
        "program": "emudesk",
        "program_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        **extra,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    with (
        atomic_output(path) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, content in members.items():
            archive.writestr(name, content)


def read(path: Path, kind: str, *, newest: int = FORMAT, attachments: bool = True) -> Package:
    """The package at ``path`` if it is a well-formed package of ``kind`` in a format up to
    ``newest`` (the newest this emudesk reads), with attachments only when the kind has
    them; else refused."""
    file = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise damaged(file, _("the file cannot be read")) from exc
    if size > MAX_FILE_BYTES:
        raise damaged(file, _("the file is too large"))
    document_name = f"{kind}.json"
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            if len(names) != len(set(names)):
                raise damaged(file, _("a member is there twice"))
            if len(infos) > MAX_MEMBERS:
                raise damaged(file, _("too many members"))
            total = 0
            for info in infos:
                name = info.filename
                if name != info.orig_filename:  # a NUL: Python reads another name than others
                    raise damaged(file, _("unexpected member {name}", name=name[:80]))
                limit = (
                    MAX_ATTACHMENT_BYTES
                    if attachments and _ATTACHMENT.fullmatch(name)
                    else MAX_DOCUMENT_BYTES
                    if name in (MANIFEST, SIGNATURE, document_name)
                    else -1
                )
                if limit < 0:
                    raise damaged(file, _("unexpected member {name}", name=name[:80]))
                total += info.file_size
                if info.file_size > limit or total > MAX_TOTAL_BYTES:
                    raise damaged(file, _("a member is too large"))
            data: dict[str, bytes] = {}
            for info in infos:
                with archive.open(info) as stream:  # the sizes above are the header's claim
                    content = stream.read(info.file_size + 1)
                if len(content) != info.file_size:
                    raise damaged(file, _("a member is not what its header says"))
                data[info.filename] = content
    except FileFormatError:
        raise
    except _READ_ERRORS as exc:
        raise damaged(file, _("not a zip archive, or truncated")) from exc
    try:
        manifest = loads(data.pop(MANIFEST))
        checksums = manifest["sha256"]
        version = manifest["format"]
        declared = manifest["kind"]
        if (
            not isinstance(checksums, dict)
            or not all(isinstance(v, str) for v in checksums.values())
            or isinstance(version, bool)
            or not isinstance(version, int)
            or version < 1
        ):
            raise TypeError(checksums)
    except (ValueError, KeyError, TypeError, RecursionError, UnicodeDecodeError) as exc:
        raise damaged(file, _("the manifest is missing or damaged")) from exc
    if declared != kind:
        raise damaged(file, _("it is not a {kind} package", kind=kind))
    if version > newest:
        raise FileFormatError(
            _(
                "{file} was made by a newer emudesk (package format {version}); update emudesk "
                "to read it.",
                file=file,
                version=version,
            )
        )
    data.pop(SIGNATURE, None)  # the signature signs the manifest; checked by services.signing
    if set(checksums) != set(data) or document_name not in data:
        raise damaged(file, _("members are missing or extra"))
    for name, member in data.items():
        if hashlib.sha256(member).hexdigest() != checksums[name]:
            raise damaged(file, _("{name} does not match its checksum", name=name))
    try:
        document = loads(data.pop(document_name))
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        raise damaged(file, _("its content is not readable")) from exc
    return Package(manifest, document, data, digest.hexdigest())


def loads(raw: bytes) -> Any:
    """JSON as this emudesk writes it: UTF-8, no NaN or infinite numbers (``1e999``), nesting
    bounded before parsing (so that no recursion is ever deep); ValueError otherwise."""
    return bounded_json.parse(raw, MAX_NESTING)


def created(manifest: Reader) -> dt.datetime:
    """When the package was made; refused when later than tomorrow here: a later package
    replaces an earlier one, so a date in the future would lock out every correct package."""
    moment = manifest.moment("created")
    if moment > dt.datetime.now(dt.UTC) + CLOCK_SLACK:
        raise FileFormatError(
            _(
                "{file} says it was made on {date}, after today's date on this computer; it was "
                "refused and nothing was changed. Check the date of both computers and ask for "
                "the file again.",
                file=manifest.file,
                date=moment.strftime("%d/%m/%Y"),
            )
        )
    return moment


def kind_of(path: Path) -> str:
    """The kind a package's manifest declares ("submission", "decision"…), or "" when the
    file is no readable package."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_DOCUMENT_BYTES:
                return ""
            manifest = loads(archive.read(info))
        kind = manifest.get("kind", "") if isinstance(manifest, dict) else ""
        return kind if isinstance(kind, str) else ""
    except (*_READ_ERRORS, RecursionError, UnicodeDecodeError):
        return ""
