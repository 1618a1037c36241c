"""The handover file itself: its members, the manifest and its checksums, read safely."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from emudesk.errors import FileFormatError
from emudesk.i18n import _

FORMAT = 1


MAX_MEMBER_BYTES = 200 * 1024 * 1024


MAX_TOTAL_BYTES = 1024 * 1024 * 1024


_MEMBER = re.compile(
    r"^(manifest\.json|signature\.p7s|tables/[a-z_]+\.json|attachments/[0-9a-f-]{36}\.bin)$"
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


def read_file(
    path: Path, *, content: bytes | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the checked members of a handover file (``content``: its bytes,
    already read)."""
    file = Path(path).name
    try:
        archive = zipfile.ZipFile(path if content is None else io.BytesIO(content))
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError, RuntimeError) as exc:
        raise damaged(file, _("not a zip archive, or truncated")) from exc
    with archive:
        infos = archive.infolist()
        total = 0
        for info in infos:
            if not _MEMBER.match(info.filename) or ".." in info.filename:
                raise damaged(file, _("unexpected member {name}", name=info.filename))
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise damaged(file, _("a member is too large"))
        try:
            data = {info.filename: archive.read(info) for info in infos}
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            zlib_error(),
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise damaged(file, _("a member cannot be read")) from exc
    if "manifest.json" not in data:
        raise damaged(file, _("no manifest"))
    try:
        manifest = json.loads(data.pop("manifest.json"))
        checksums = dict(manifest["sha256"])
        version = int(manifest["format"])
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged(file, _("the manifest is damaged")) from exc
    if version > FORMAT:
        raise FileFormatError(
            _(
                "{file} was made by a newer emudesk (handover format {version}); update "
                "emudesk to read it.",
                file=file,
                version=version,
            )
        )
    data.pop(SIGNATURE, None)  # the signature signs the manifest: it has no checksum in it
    if set(checksums) != set(data):
        raise damaged(file, _("members are missing or extra"))
    for name, member in data.items():
        if hashlib.sha256(member).hexdigest() != checksums[name]:
            raise damaged(file, _("{name} does not match its checksum", name=name))
    return manifest, data


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
