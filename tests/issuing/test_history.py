"""Award history: found without marks, across clusters, by any of a unit's names."""

from __future__ import annotations

import pytest

from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.services.issuing import history
from emudesk.services.organisation import units


def test_history_ignores_marks_and_follows_renames(demo_db: Database) -> None:
    with demo_db.session() as session:
        found = history.history(session, "DAK LAK")
        assert [(r.year, r.unit_code, r.award, r.example) for r in found] == [
            (2024, "BDT-DLK", "Cờ thi đua của Ủy ban Dân tộc", True)
        ]
        assert [r.cluster for r in history.history(session, "sở vhttdl")] == ["VHTTDL-C4"] * 2
        # GIVEN Phú Yên renamed from 2025 on, THEN its 2024 award is found by either name
        unit = units.find(session, "BDT-PY")
        units.rename_unit(
            session, unit.uuid, from_year=2025, official_name="Sở Dân tộc và Tôn giáo tỉnh Phú Yên"
        )
        assert [r.unit for r in history.history(session, "ton giao phu yen")] == [
            "Ban Dân tộc tỉnh Phú Yên"
        ]
        with pytest.raises(ValidationError):
            history.history(session, " ")
