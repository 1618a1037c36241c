"""A decision package is checked like any file from outside: a wrong value, a decision of
another issuer, or a package about nothing here is refused, the database unchanged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import Database
from emudesk.errors import ConflictError, EmuError, FileFormatError, ValidationError
from emudesk.services.issuing import decision_package, decisions, register
from tests.conftest import dump
from tests.issuing.helpers import document, empty_pc, export, receive, rewritten


def decision_file(demo_db: Database, tmp_path: Path) -> Path:
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    with issuer.session() as session:
        register.set_series(session, "UBDT", pattern="{n}/BK-UBDT", last_paper_number=1233)
        decisions.record_decision(
            session,
            "UBDT",
            decisions.DecisionFields("123/QĐ-UBDT", dt.date(2025, 1, 24), 2024),
        )
        decision_package.export_decision(session, "UBDT", "123/QĐ-UBDT", tmp_path / "qd.zip")
    issuer.dispose()
    return tmp_path / "qd.zip"


def _set(key: str, value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        doc["items"][0][key] = value

    return change


def _other_issuer(doc: dict[str, Any]) -> None:
    doc["issuer"]["uuid"] = "00000000-0000-0000-0000-000000000001"


def _nothing_here(doc: dict[str, Any]) -> None:
    for index, item in enumerate(doc["items"]):
        item["proposal"] = f"00000000-0000-0000-0000-0000000000{index:02d}"


@pytest.mark.parametrize(
    ("change", "error", "reason"),
    [
        (_set("register_number", "1|2"), FileFormatError, "items\\[0\\]"),
        (_set("register_number", ""), FileFormatError, "items\\[0\\].register_number"),
        (_set("approved", "yes"), FileFormatError, "items\\[0\\].approved"),
        (_set("proposal", "not-a-uuid"), FileFormatError, "items\\[0\\].proposal"),
        (_other_issuer, ConflictError, "another issuer"),
        (_nothing_here, ValidationError, "concerns no proposal"),
    ],
)
def test_a_wrong_decision_package_is_refused_and_nothing_changes(
    change: Any, error: type[EmuError], reason: str, demo_db: Database, tmp_path: Path
) -> None:
    good = decision_file(demo_db, tmp_path)
    doc = document(good, "decision")
    change(doc)
    bad = rewritten(good, tmp_path / "bad.zip", {"decision.json": json.dumps(doc).encode()})
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(error, match=reason):
        decision_package.receive(session, bad, accept_unverified=True)
    assert dump(demo_db) == before


def test_an_unsigned_decision_is_refused_unless_accepted(demo_db: Database, tmp_path: Path) -> None:
    from emudesk.services.signing import packages

    good = decision_file(demo_db, tmp_path)
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(packages.UnverifiedPackageError):
        decision_package.receive(session, good)
    assert dump(demo_db) == before
    with demo_db.session() as session:
        plan = decision_package.receive(session, good, dry_run=True, accept_unverified=True).plan
    assert len(plan.changes) == 3 and dump(demo_db) == before
