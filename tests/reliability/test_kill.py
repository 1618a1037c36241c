"""Power cut in the middle: a child process is killed (SIGKILL) inside a transaction, and the
database is found sound, holding the whole transaction or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from emudesk.db import open_database
from emudesk.exchange.formdata import COL_FIRST_PEER
from emudesk.services.certificates import printing, register
from emudesk.services.database_check import check_database
from emudesk.services.handover import export
from emudesk.services.organisation import years
from tests.conftest import dump
from tests.exchange.corpus import Forms, exported_fixture, forms_fixture, set_cell  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def kill_when_paused(argv: list[str], pause_at: str, home: Path) -> None:
    """Run ``emudesk argv`` until it reaches ``pause_at``, then kill it without mercy."""
    env = {**os.environ, "EMUDESK_TEST_PAUSE_AT": pause_at, "EMUDESK_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, "-m", "emudesk", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    deadline = time.monotonic() + 120
    try:
        for line in child.stderr:
            if line.startswith(f"emudesk-paused-at {pause_at}"):
                break
            assert time.monotonic() < deadline, "the child never reached its pause point"
        else:
            pytest.fail(f"the child ended without pausing (exit {child.wait()})")
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_an_import_killed_mid_commit_leaves_nothing_half_written(
    forms: Forms, demo_path: Path, private_home: Path
) -> None:
    # GIVEN eight returns, each changing a score
    paths = forms.all_2024()
    for path in paths:
        set_cell(path, "1.1", COL_FIRST_PEER, 3)
    before = dump(forms.db)
    forms.db.dispose()
    # WHEN the import is killed after half the files were written inside its transaction
    kill_when_paused(["--db", str(demo_path), "import", *map(str, paths)], "import-commit",
                     private_home)  # fmt: skip
    # THEN the database is sound and holds none of it
    db = open_database(demo_path)
    try:
        assert check_database(db) == []
        assert dump(db) == before
    finally:
        db.dispose()


def test_a_certificate_batch_killed_after_numbering_consumes_no_number(
    demo_path: Path, tmp_path: Path, private_home: Path
) -> None:
    out = tmp_path / "c.pdf"
    argv = ["--db", str(demo_path), "certificates", "--cluster", "UBDT-C4", "--year", "2024",
            "--out", str(out)]  # fmt: skip
    kill_when_paused(argv, "certificates-numbered", private_home)
    db = open_database(demo_path)
    try:
        assert check_database(db) == []
        with db.session() as session:
            assert register.search_register(session) == []
            year = years.get_year(session, "UBDT-C4", 2024)
            # the next batch starts at 1: no number was skipped
            outcome = printing.print_certificates(session, year.uuid, out)
        assert outcome.numbers == (
            "2 (ví dụ)",
            "3 (ví dụ)",
        )  # Phú Yên, Bình Định: the flag is no page
    finally:
        db.dispose()


def test_a_handover_import_killed_midway_leaves_the_database_as_it_was(
    demo_path: Path, tmp_path: Path, private_home: Path
) -> None:
    source = open_database(demo_path)
    file = tmp_path / "h.emudesk"
    with source.session() as session:
        export.export_cluster(session, "UBDT-C4", file)
    source.dispose()
    target = tmp_path / "new.sqlite"
    empty = open_database(target, create=True)
    before = dump(empty)
    empty.dispose()
    kill_when_paused(["--db", str(target), "handover", "import", str(file), "--accept-unverified"],
                     "handover-merge",
                     private_home)  # fmt: skip
    db = open_database(target)
    try:
        assert check_database(db) == []
        assert dump(db) == before
    finally:
        db.dispose()
