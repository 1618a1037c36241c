"""The submission package carries the cluster-year's whole ranking table (format 2): every
member's rank and total and the values the tie-breaks compare; the issuer keeps it as sent.
A package of format 1 (no table) still imports; a wrong table is refused whole."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from emudesk import i18n
from emudesk.db import Database
from emudesk.errors import FileFormatError, NotFoundError
from emudesk.services.issuing import submitted_ranking
from emudesk.services.scoring import ranking
from tests.conftest import dump
from tests.issuing.helpers import document, empty_pc, export, receive, rewritten


def manifest(file: Path) -> Any:
    return json.loads(zipfile.ZipFile(file).read("manifest.json"))


def test_the_whole_ranking_travels_and_the_issuer_reads_it(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN UBDT-C4's 2024 submission, exported by the head
    good = export(demo_db, "UBDT-C4", tmp_path / "s.zip")
    with demo_db.session() as session:
        report = ranking.compute_for(session, "UBDT-C4", 2024)
    assert manifest(good)["format"] == 2
    table = document(good)["ranking"]
    assert len(table["rows"]) == len(report.rows) == 8  # every member, not the nominees only
    assert [r["rank"] for r in table["rows"]] == [r.rank for r in report.rows]
    # WHEN the issuer's office imports it
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, good)
    with issuer.session() as session:
        found = submitted_ranking.get(session, "UBDT-C4", 2024)
    # THEN it reads every unit's rank, total, section totals and what placed it
    assert [(r.rank, r.unit_code, r.total) for r in found.rows] == [
        (r.rank, r.unit.code, r.total) for r in report.rows
    ]
    assert [code for code, _title in found.sections] == [c for c, _t in report.sections]
    first = found.rows[0]
    assert first.sections == tuple(report.rows[0].section_totals.get(c) for c, _t in found.sections)
    assert (first.bonus, first.deduction) == (report.rows[0].bonus, report.rows[0].deduction)
    assert [r.unit_code for r in found.rows if r.nominee] == ["BDT-DLK", "BDT-PY", "BDT-BDI"]
    # AND importing it twice changes nothing
    before = dump(issuer)
    assert not receive(issuer, good).plan.changes_anything
    assert dump(issuer) == before
    issuer.dispose()


def test_a_package_of_format_1_still_imports_without_a_table(
    demo_db: Database, tmp_path: Path
) -> None:
    good = export(demo_db, "UBDT-C4", tmp_path / "s.zip")
    doc = document(good)
    del doc["ranking"]
    old = manifest(good)
    old["format"] = 1
    old_file = rewritten(
        good,
        tmp_path / "old.zip",
        {"submission.json": json.dumps(doc).encode(), "manifest.json": json.dumps(old).encode()},
    )
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, old_file)
    with issuer.session() as session, pytest.raises(NotFoundError, match="UBDT-C4"):
        submitted_ranking.get(session, "UBDT-C4", 2024)
    # AND the same year sent again in format 2 brings the table, as a correction
    received = receive(issuer, good)
    assert received.plan.changes == (i18n._("The cluster's ranking table changes."),)
    with issuer.session() as session:
        assert len(submitted_ranking.get(session, "UBDT-C4", 2024).rows) == 8
    issuer.dispose()


def _drop_table(doc: Any) -> None:
    del doc["ranking"]


def _stranger(doc: Any) -> None:
    doc["ranking"]["rows"][0]["unit"] = "00000000-0000-0000-0000-000000000001"


def _twice(doc: Any) -> None:
    doc["ranking"]["rows"][1]["unit"] = doc["ranking"]["rows"][0]["unit"]


def _backwards(doc: Any) -> None:
    doc["ranking"]["rows"][0]["rank"] = 5


def _unknown_section(doc: Any) -> None:
    doc["ranking"]["rows"][0]["sections"]["ZZ"] = 100


def _text_total(doc: Any) -> None:
    doc["ranking"]["rows"][0]["total"] = "9550"


@pytest.mark.parametrize(
    "spoil", [_drop_table, _stranger, _twice, _backwards, _unknown_section, _text_total]
)
def test_a_wrong_ranking_table_is_refused_and_nothing_changes(
    spoil: Any, demo_db: Database, tmp_path: Path
) -> None:
    good = export(demo_db, "UBDT-C4", tmp_path / "good.zip")
    doc = document(good)
    spoil(doc)
    bad = rewritten(good, tmp_path / "bad.zip", {"submission.json": json.dumps(doc).encode()})
    issuer = empty_pc(tmp_path, "issuer")
    before = dump(issuer)
    with pytest.raises(FileFormatError, match="ranking"):
        receive(issuer, bad)
    assert dump(issuer) == before
    issuer.dispose()
