"""Handover files whose VALUES a hostile sender changed (and resealed): each is refused with
a message, leaving the database byte for byte as it was, or merged into a database that is
still sound; never a traceback, never half a merge. A few cases here; ``bench/fuzz.py`` runs
a thousand and more."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emudesk.db import open_database
from emudesk.errors import EmuError
from emudesk.services.handover import export, merge
from tests.handover import forge
from tests.reliability.handover_values import mutate_values

CASES = int(os.environ.get("EMUDESK_FUZZ_VALUE_CASES", "20"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory, _demo_template: Path) -> dict[str, Path]:
    """The VHTTDL-C4 handover file, an empty database and the demo database to merge into."""
    folder = tmp_path_factory.mktemp("values")
    demo = folder / "demo.sqlite"
    shutil.copyfile(_demo_template, demo)
    db = open_database(demo)
    try:
        with db.session() as session:
            export.export_cluster(session, "VHTTDL-C4", folder / "h.emudesk")
    finally:
        db.dispose()
    empty = folder / "empty.sqlite"
    open_database(empty, create=True).dispose()
    return {"file": folder / "h.emudesk", "empty": empty, "demo": demo}


def _fingerprint(path: Path) -> tuple[str, list[str]]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        sorted(p.name for p in path.parent.glob(path.name + "-*")),
    )


@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1), into=st.sampled_from(["empty", "demo"]),
       theirs=st.sampled_from([None, True, False]))  # fmt: skip
def test_a_handover_with_forged_values_is_refused_whole_or_merged_soundly(
    sources: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, seed: int, into: str,
    theirs: bool | None,
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("case")
    bad = forge.write(mutate_values(forge.members_of(sources["file"]), seed), folder / "v.emudesk")
    target = folder / "target.sqlite"
    shutil.copyfile(sources[into], target)
    before = _fingerprint(target)
    db = open_database(target)
    try:
        with db.session() as session:
            merge.merge(session, bad, take_theirs=theirs)
    except EmuError as refusal:
        assert refusal.message
        db.dispose()
        assert _fingerprint(target) == before
        return
    finally:
        db.dispose()
    with sqlite3.connect(target) as check:
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
