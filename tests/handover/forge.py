"""Forging handover files as a hostile sender would: rows changed, checksums made to match
again (the manifest's hashes are no authentication), members added or inflated."""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Members = dict[str, bytes]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def members_of(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write(members: Members, target: Path, *, extra: list[tuple[str, bytes]] = ()) -> Path:  # type: ignore[assignment]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, data in extra:  # written as they are (a second copy of a name, say)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": meant
                archive.writestr(name, data)
    return target


def manifest(members: Members) -> dict[str, Any]:
    return json.loads(members["manifest.json"])


def rows(members: Members, table: str) -> list[dict[str, Any]]:
    return json.loads(members.get(f"tables/{table}.json", b"[]"))


def reseal(members: Members, *, counts: bool = True) -> Members:
    """Checksums (and row counts) that match the members again."""
    found = manifest(members)
    found["sha256"] = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in members.items()
        if name not in ("manifest.json", "signature.p7s")
    }
    if counts:
        for name, data in members.items():
            if name.startswith("tables/"):
                found["counts"][name[7:-5]] = len(json.loads(data))
    members = {k: v for k, v in members.items() if k != "signature.p7s"}
    return {**members, "manifest.json": json.dumps(found, ensure_ascii=False).encode()}


def edit(members: Members, table: str, change: Callable[[list[dict[str, Any]]], object]) -> Members:
    """``table``'s rows changed by ``change`` (in place), resealed."""
    found = rows(members, table)
    change(found)
    changed = {**members, f"tables/{table}.json": json.dumps(found, ensure_ascii=False).encode()}
    return reseal(changed)


def with_scan(
    members: Members, data: bytes, name: str, media_type: str = "application/pdf"
) -> Members:
    """The first signature of the commitment with a scanned copy attached."""
    uuid = "0f0f0f0f-0000-4000-8000-000000000001"
    attachment = {
        "file_name": name,
        "media_type": media_type,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "data": {"file": f"attachments/{uuid}.bin"},
        "uuid": uuid,
        "version": 1,
        "updated_at": "2026-01-05T10:00:00",
        "updated_by": "khác",
    }
    members = {**members, f"attachments/{uuid}.bin": data}
    members = edit(members, "attachment", lambda found: found.append(attachment))
    return edit(members, "signature", lambda found: found[0].update(attachment_id=[uuid]))
