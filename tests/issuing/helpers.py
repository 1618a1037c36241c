"""Shared by the issuer's tests: packages rewritten by hand, fresh PCs, the CLI."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from emudesk.cli import main
from emudesk.db import Database, open_database
from emudesk.services.issuing import submission_export, submission_import

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rewritten(
    file: Path, target: Path, change: dict[str, bytes | None], *, reseal: bool = True
) -> Path:
    """``file`` with members changed (None: removed), checksums recomputed when ``reseal``."""
    with zipfile.ZipFile(file) as source:
        members = {name: source.read(name) for name in source.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    if reseal:
        manifest = json.loads(members["manifest.json"])
        for name in change:
            if name in members and name != "manifest.json":
                manifest["sha256"][name] = hashlib.sha256(members[name]).hexdigest()
        members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return target


def document(file: Path, kind: str = "submission") -> Any:
    with zipfile.ZipFile(file) as archive:
        return json.loads(archive.read(f"{kind}.json"))


def export(db: Database, cluster: str, path: Path, year: int = 2024) -> Path:
    with db.session() as session:
        submission_export.export_submission(session, cluster, year, path)
    return path


def receive(db: Database, path: Path, **options: Any) -> submission_import.Received:
    with db.session() as session:
        return submission_import.receive(session, path, accept_unverified=True, **options)


def empty_pc(tmp_path: Path, name: str) -> Database:
    return open_database(tmp_path / f"{name}.sqlite", create=True)
