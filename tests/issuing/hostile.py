"""Shared by the hostile-package tests: the two package kinds built once, forged zips, and the
proof that a refusal left the database exactly as it was (rows and file bytes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import Database, open_database
from emudesk.errors import EmuError
from emudesk.services.issuing import decision_package, decisions, register, submission_import
from tests.conftest import dump
from tests.issuing.helpers import empty_pc, export, receive


@dataclass(frozen=True)
class Kind:
    """One package kind: its good file and the database it is imported into."""

    name: str  # "submission" / "decision"
    good: Path
    target: Path  # the database file a copy of which receives the package

    @property
    def document(self) -> str:
        return f"{self.name}.json"

    def receive(self, db: Database, path: Path, *, dry_run: bool = False) -> Any:
        with db.session() as session:
            module: Any = submission_import if self.name == "submission" else decision_package
            return module.receive(session, path, dry_run=dry_run, accept_unverified=True)


def build_kinds(demo_template: Path, folder: Path) -> dict[str, Kind]:
    """The demo head's UBDT-C4 submission (into an empty issuer PC) and the UBDT decision
    on it (into the head's demo database)."""
    head_path = folder / "head.sqlite"
    shutil.copyfile(demo_template, head_path)
    head = open_database(head_path)
    submission = export(head, "UBDT-C4", folder / "submission.zip")
    empty = empty_pc(folder, "empty")
    empty.dispose()
    issuer = empty_pc(folder, "issuer")
    receive(issuer, export(head, "UBDT-C4", folder / "s.zip"))
    with issuer.session() as session:
        register.set_series(session, "UBDT", pattern="{n}/BK-UBDT", last_paper_number=1233)
        decisions.record_decision(
            session, "UBDT", decisions.DecisionFields("123/QĐ-UBDT", dt.date(2025, 1, 24), 2024)
        )
        decision_package.export_decision(session, "UBDT", "123/QĐ-UBDT", folder / "qd.zip")
    issuer.dispose()
    head.dispose()
    return {
        "submission": Kind("submission", submission, folder / "empty.sqlite"),
        "decision": Kind("decision", folder / "qd.zip", head_path),
    }


def state(path: Path, db: Database) -> tuple[list[str], dict[str, str]]:
    """Every row, and the bytes of the database's files: what a refusal must not change."""
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.glob(path.name + "*"))
        if p.name.endswith((".sqlite", "-wal"))
    }
    return dump(db), files


def refused(kind: Kind, target: Path, bad: Path, expected: str) -> None:
    """``bad`` refused by ``kind``'s import into ``target``, dry run and real, with a message
    matching ``expected``; the database byte for byte as it was."""
    db = open_database(target)
    before = state(target, db)
    try:
        for dry_run in (True, False):
            with pytest.raises(EmuError, match=expected):
                kind.receive(db, bad, dry_run=dry_run)
        assert state(target, db) == before
    finally:
        db.dispose()


def members_of(file: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(file) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def write_zip(target: Path, members: list[tuple[str, bytes]]) -> Path:
    """A zip of exactly ``members`` (names may repeat)."""
    import warnings

    with (
        warnings.catch_warnings(),
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        warnings.simplefilter("ignore")
        for name, data in members:
            out.writestr(name, data)
    return target


def resealed(good: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """``good`` with its members changed by ``change`` and the manifest's checksums
    recomputed for every member but the manifest (and a signature)."""
    members = dict(members_of(good))
    change(members)
    manifest = json.loads(members["manifest.json"])
    if isinstance(manifest, dict) and isinstance(manifest.get("sha256"), dict):
        manifest["sha256"] = {
            name: hashlib.sha256(data).hexdigest()
            for name, data in members.items()
            if name not in ("manifest.json", "signature.p7s")
        }
        members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return write_zip(target, list(members.items()))


def with_document(good: Path, target: Path, kind: str, edit: Callable[[Any], Any]) -> Path:
    """``good`` whose JSON document is ``edit(document)`` (or the document edited in place
    when ``edit`` returns None), resealed."""

    def change(members: dict[str, bytes]) -> None:
        doc = json.loads(members[f"{kind}.json"])
        result = edit(doc)
        doc = doc if result is None else result
        members[f"{kind}.json"] = doc if isinstance(doc, bytes) else json.dumps(doc).encode()

    return resealed(good, target, change)


def with_manifest(good: Path, target: Path, edit: Callable[[dict[str, Any]], Any]) -> Path:
    """``good`` whose manifest is ``edit(manifest)`` (bytes, or an object dumped), unsealed."""
    members = members_of(good)
    out = []
    for name, data in members:
        if name == "manifest.json":
            manifest = json.loads(data)
            result = edit(manifest)
            value = manifest if result is None else result
            out.append((name, value if isinstance(value, bytes) else json.dumps(value).encode()))
        else:
            out.append((name, data))
    return write_zip(target, out)


def patched_name(good: Path, target: Path, old: str, new: bytes) -> Path:
    """``good`` with the member name ``old`` overwritten by ``new`` (same length) in the raw
    bytes: what a zip tool other than Python's could write (a NUL, a backslash…)."""
    data = good.read_bytes()
    encoded = old.encode()
    assert len(new) == len(encoded) and data.count(encoded) == 2
    target.write_bytes(data.replace(encoded, new))
    return target
