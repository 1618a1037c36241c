"""Every schema version ever released opens in this emudesk, data intact.

``tests/data/schemas/<revision>.sqlite`` is a demo database as the program of that revision
wrote it; add one whenever a migration is added. Opening it runs the migrations (after an
automatic backup when there is anything to upgrade) and must keep what it holds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emudesk.db import open_database
from emudesk.db.backup import list_backups
from emudesk.db.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision
from emudesk.services.database_check import check_database
from emudesk.services.organisation import clusters, years
from emudesk.services.scoring import ranking

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


def test_a_database_is_kept_for_every_revision() -> None:
    kept = sorted(p.stem for p in SCHEMAS.glob("*.sqlite"))
    assert kept == sorted(KNOWN_REVISIONS)


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_old_database_upgrades_with_data_intact(revision: str, tmp_path: Path) -> None:
    copy = tmp_path / f"{revision}.sqlite"
    shutil.copyfile(SCHEMAS / f"{revision}.sqlite", copy)
    db = open_database(copy)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        if revision != SCHEMA_HEAD:
            assert list_backups(db), "an upgrade must be preceded by a backup"
        assert check_database(db) == []
        with db.session() as session:
            codes = [c.code for c in clusters.list_clusters(session)]
            assert sorted(codes) == ["UBDT-C4", "VHTTDL-C4"]  # listed by issuer name
            assert len(years.get_year(session, "UBDT-C4", 2024).members) == 8
            report = ranking.compute_for(session, "UBDT-C4", 2024)
        assert report.rows[0].unit.code == "BDT-DLK"
    finally:
        db.dispose()
