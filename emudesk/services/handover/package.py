"""The handover file itself: its members, the manifest and its checksums, read safely.

A handover file comes from another office like a return: every size is checked against the
bytes actually read (a zip member's declared size can lie), reading stops as soon as a limit
is passed, a name may appear only once (zip tools disagree on which copy wins), and the JSON
is parsed with bounded nesting and no infinite numbers.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from emudesk import bounded_json
from emudesk.errors import FileFormatError
from emudesk.i18n import _
from emudesk.services.cycle.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES

FORMAT = 1

MAX_MANIFEST_BYTES = 1024 * 1024
MAX_TABLE_BYTES = 64 * 1024 * 1024  # one table's rows; a cluster's ten years of scores: ~50 MB
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # everything inflated: what the merge may hold in memory
MAX_FILE_BYTES = MAX_TOTAL_BYTES  # the file as it lies on the disk
MAX_MEMBERS = 20_000
MAX_SIGNATURE_BYTES = 256 * 1024
MAX_NESTING = 32  # JSON depth: rows hold lists of keys and small settings documents
_CHUNK = 1024 * 1024

_MEMBER = re.compile(
    r"^(manifest\.json|signature\.p7s|tables/[a-z_]{1,40}\.json|attachments/[0-9a-f-]{36}\.bin)$"
)
SIGNATURE = "signature.p7s"  # checked before merging, by services.signing.handover


def damaged(file: str, detail: str) -> FileFormatError:
    return FileFormatError(
        _(
            "{file} is not a usable handover file ({detail}); ask for the file again.",
            file=file,
            detail=detail,
        )
    )


def limit_of(name: str) -> int:
    if name == "manifest.json":
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE:
        return MAX_SIGNATURE_BYTES
    if name.startswith("attachments/"):
        return MAX_ATTACHMENT_BYTES
    return MAX_TABLE_BYTES


def read_content(path: Path) -> bytes:
    """The file's bytes, refused when unreadable or larger than any handover can be."""
    file = Path(path).name
    try:
        with Path(path).open("rb") as stream:
            content = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise damaged(file, _("the file cannot be read")) from exc
    if len(content) > MAX_FILE_BYTES:
        raise damaged(file, _("the file is too large"))
    return content


def read_file(
    path: Path, *, content: bytes | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the checked members of a handover file (``content``: its bytes,
    already read)."""
    file = Path(path).name
    if content is None:
        content = read_content(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError, RuntimeError) as exc:
        raise damaged(file, _("not a zip archive, or truncated")) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise damaged(file, _("too many members"))
        seen: set[str] = set()
        for info in infos:
            if not _MEMBER.match(info.filename) or ".." in info.filename:
                raise damaged(file, _("unexpected member {name}", name=info.filename[:80]))
            if info.filename in seen:
                raise damaged(file, _("the member {name} is there twice", name=info.filename))
            seen.add(info.filename)
        data: dict[str, bytes] = {}
        total = 0
        for info in infos:
            member = _read(archive, info, file)
            total += len(member)
            if total > MAX_TOTAL_BYTES:
                raise damaged(file, _("the members are too large together"))
            data[info.filename] = member
    if "manifest.json" not in data:
        raise damaged(file, _("no manifest"))
    manifest = loads(data.pop("manifest.json"), file, "manifest.json")
    try:
        if not isinstance(manifest, dict):
            raise TypeError(manifest)
        checksums = manifest["sha256"]
        version = manifest["format"]
        if not isinstance(checksums, dict) or not all(
            isinstance(v, str) for v in checksums.values()
        ):
            raise TypeError(checksums)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise TypeError(version)
    except (KeyError, TypeError) as exc:
        raise damaged(file, _("the manifest is damaged")) from exc
    if version > FORMAT:
        raise FileFormatError(
            _(
                "{file} was made by a newer emudesk (handover format {version}); update "
                "emudesk to read it.",
                file=file,
                version=version if version < 10**6 else "?",
            )
        )
    data.pop(SIGNATURE, None)  # the signature signs the manifest: it has no checksum in it
    if set(checksums) != set(data):
        raise damaged(file, _("members are missing or extra"))
    for name, member in data.items():
        if hashlib.sha256(member).hexdigest() != checksums[name]:
            raise damaged(file, _("{name} does not match its checksum", name=name))
    return manifest, data


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    """A member's bytes, counted while they are inflated: reading stops past its limit."""
    limit = limit_of(info.filename)
    if info.file_size > limit:
        raise damaged(file, _("{name} is too large", name=info.filename))
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise damaged(file, _("{name} is too large", name=info.filename))
                chunks.append(chunk)
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        zlib_error(),
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise damaged(file, _("a member cannot be read")) from exc
    return b"".join(chunks)


def loads(raw: bytes, file: str, name: str) -> Any:
    """JSON from a member: UTF-8, no NaN or infinite numbers (``1e999``), bounded nesting."""
    try:
        return bounded_json.parse(raw, MAX_NESTING)
    except ValueError as exc:
        raise damaged(file, _("{name} is not valid JSON", name=name)) from exc


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
