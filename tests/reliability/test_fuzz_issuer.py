"""Submission and decision packages mutated at random: their bytes (the zip layer), and the
values of their JSON documents resealed with correct checksums (what a forger would send).
Every outcome is a clear refusal with the database unchanged, or a clean import; never an
uncaught exception. 50 cases each here; ``bench/fuzz.py`` runs thousands."""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emudesk.db import Database, open_database
from emudesk.errors import EmuError
from tests.issuing.hostile import Kind, build_kinds, state, with_document
from tests.reliability.fuzz import mutate

CASES = int(os.environ.get("EMUDESK_FUZZ_CASES", "50"))
VALUE_CASES = int(os.environ.get("EMUDESK_FUZZ_VALUE_CASES", "50"))
KINDS = ("submission", "decision")


@pytest.fixture(scope="module")
def kinds(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Kind]:
    return build_kinds(_demo_template, tmp_path_factory.mktemp("fuzz-issuer"))


@pytest.fixture(params=KINDS)
def target(
    request: pytest.FixtureRequest, kinds: dict[str, Kind], tmp_path: Path
) -> Iterator[tuple[Kind, Path, Database]]:
    kind = kinds[request.param]
    copy = tmp_path / kind.target.name
    shutil.copyfile(kind.target, copy)
    db = open_database(copy)
    yield kind, copy, db
    db.dispose()


def _attempt(kind: Kind, path: Path, db: Database, bad: Path) -> None:
    before = state(path, db)
    for dry_run in (True, False):
        try:
            kind.receive(db, bad, dry_run=dry_run)
        except EmuError:
            assert state(path, db) == before
            return
        if dry_run:
            assert state(path, db)[0] == before[0]  # a preview writes no row


@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_a_package_with_mutated_bytes_is_refused_or_read_never_crashes(
    target: tuple[Kind, Path, Database], tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    kind, path, db = target
    bad = tmp_path_factory.mktemp("bytes") / "bad.zip"
    bad.write_bytes(mutate(kind.good.read_bytes(), seed))
    _attempt(kind, path, db, bad)


_HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, -(2**63), 10**30, 1.5, -0.0, "", " ", "x" * 5000,
    "\x00", "\u202e", "\ud800", "../../etc/passwd", "=HYPERLINK(\"http://x\")", "2024",
    "2024-02-30", "00000000-0000-0000-0000-000000000000", "not-a-uuid", [], [[]], {}, {"a": 1},
    [None] * 3, "Nguyễn Văn A",
]  # fmt: skip


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:5]):
            yield from _leaves(item, (*path, index))


def _forge(doc: Any, seed: int) -> Any:
    """``doc`` with one to three values (or whole objects) replaced by hostile ones, or a key
    removed."""
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _leaves(doc) if p]
        where = rng.choice(paths)
        parent: Any = doc
        for step in where[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and rng.random() < 0.2:
            parent.pop(where[-1], None)
        else:
            parent[where[-1]] = rng.choice(_HOSTILE)
    return doc


@settings(max_examples=VALUE_CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_a_package_with_forged_values_is_refused_or_read_never_crashes(
    target: tuple[Kind, Path, Database], tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    kind, path, db = target
    bad = tmp_path_factory.mktemp("values") / "bad.zip"
    with_document(
        kind.good,
        bad,
        kind.name,
        lambda doc: json.dumps(_forge(doc, seed)).encode(),  # "\\ud800" escaped, as JSON allows
    )
    _attempt(kind, path, db, bad)
