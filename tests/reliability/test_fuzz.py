"""Hostile and broken files: mutated returns and handover files never crash emudesk and never
leave half a write. 50 cases each here; ``bench/fuzz.py`` runs thousands."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emudesk.db import Database
from emudesk.errors import EmuError
from emudesk.exchange.report import FileStatus
from emudesk.services.exchange import return_import
from emudesk.services.handover import export, merge
from tests.conftest import dump
from tests.exchange.corpus import Forms, exported_fixture, forms_fixture  # noqa: F401
from tests.reliability.fuzz import mutate

CASES = int(os.environ.get("EMUDESK_FUZZ_CASES", "50"))


@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_a_mutated_return_is_refused_or_read_never_crashes(
    forms: Forms, tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    source = forms.path()
    target = folder / source.name
    target.write_bytes(mutate(source.read_bytes(), seed))
    before = dump(forms.db)
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [target])
        assert report.refused == bool(report.problems)
        if report.status is FileStatus.READY:
            try:
                return_import.commit(session, [report])
            except EmuError:
                assert dump(forms.db) == before  # refused at commit: nothing written
    if report.status is not FileStatus.READY:
        assert dump(forms.db) == before


@pytest.fixture(scope="module")
def handover_file(tmp_path_factory: pytest.TempPathFactory, _demo_template: Path) -> Path:
    from emudesk.db import open_database

    folder = tmp_path_factory.mktemp("handover")
    copy = folder / "demo.sqlite"
    shutil.copyfile(_demo_template, copy)
    db = open_database(copy)
    try:
        with db.session() as session:
            export.export_cluster(session, "VHTTDL-C4", folder / "h.emudesk")
    finally:
        db.dispose()
    return folder / "h.emudesk"


@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_a_mutated_handover_file_is_refused_never_half_merged(
    db: Database, handover_file: Path, tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    bad = tmp_path_factory.mktemp("hbad") / "bad.emudesk"
    bad.write_bytes(mutate(handover_file.read_bytes(), seed))
    before = dump(db)
    try:
        with db.session() as session:
            merge.merge(session, bad)
    except EmuError:
        assert dump(db) == before
