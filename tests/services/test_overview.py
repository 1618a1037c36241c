"""The plain-SQL overview that ``emudesk info`` prints says what the ORM services say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.services.organisation import clusters, overview, years


@pytest.mark.parametrize("query", ["", "vhttdl", "bộ", "nothing-matches"])
def test_overview_matches_the_cluster_and_year_services(demo_db: Database, query: str) -> None:
    with demo_db.session() as session:
        lean = overview.clusters_overview(session, query)
        found = clusters.list_clusters(session, query)
        assert [c.code for c in lean] == [c.code for c in found]
        for line, cluster in zip(lean, found, strict=True):
            assert (line.name, line.issuer_name) == (cluster.name, cluster.issuer_name)
            assert line.founding_decision_number == cluster.founding_decision_number
            assert line.founding_decision_date == cluster.founding_decision_date
            listed = years.list_years(session, cluster.uuid)
            assert [y.year for y in line.years] == [y.year for y in listed]
            for mine, theirs in zip(line.years, listed, strict=True):
                assert mine.head == (theirs.head.short_name if theirs.head else None)
                assert mine.deputy == (theirs.deputy.short_name if theirs.deputy else None)
                assert [(m.code, m.name) for m in mine.members] == [
                    (m.code, m.name) for m in theirs.members
                ]


def test_info_maps_no_orm_class(demo_path: Path) -> None:
    # GIVEN a fresh interpreter WHEN info runs THEN the model was never imported (its mapping
    # costs more than the rest of the command)
    code = (
        "import sys; from emudesk.cli import main; "
        f"main(['--db', {str(demo_path)!r}, 'info']); "
        "print('MODEL' if 'emudesk.model' in sys.modules else 'LEAN', file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("LEAN"), done.stderr
    assert "VHTTDL-C4" in done.stdout
