"""The council: a nominee it did not carry is not approved, its vote being the reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.services.issuing import council, decisions, register
from tests.issuing.helpers import empty_pc, export, receive


def test_a_nominee_the_council_did_not_carry_is_not_approved(
    demo_db: Database, tmp_path: Path
) -> None:
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    with issuer.session() as session:
        register.set_series(session, "UBDT", pattern="{n}/UBDT", last_paper_number=0)
        council.save_meeting(session, "UBDT", 2024, held_on=dt.date(2025, 1, 20),
                             members=["A — Chủ tịch", "B — Ủy viên"], members_total=9)  # fmt: skip
        # the votes cannot exceed the council
        with pytest.raises(ValidationError, match="more than"):
            council.record_vote(session, "UBDT", 2024, "BDT-PY", votes_for=8, votes_against=2)
        council.record_vote(session, "UBDT", 2024, "BDT-DLK", votes_for=8)  # ≥ 80 %: 8 of 9
        council.record_vote(session, "UBDT", 2024, "BDT-PY", votes_for=5, votes_against=4)
        result = {
            r.unit_code: (r.passed, r.needed)
            for r in council.get_council(session, "UBDT", 2024).results
        }
        assert result == {"BDT-DLK": (True, 8), "BDT-PY": (False, 6), "BDT-BDI": (False, 6)}
        found = decisions.record_decision(
            session, "UBDT", decisions.DecisionFields("9/QĐ-UBDT", dt.date(2025, 1, 24), 2024)
        )
    assert [(i.unit_code, i.approved, i.register_number, i.reason) for i in found.items] == [
        ("BDT-DLK", True, "1/UBDT", ""),
        (
            "BDT-PY",
            False,
            "",
            "Không đạt tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng (5/9, cần 6)",
        ),
        ("BDT-BDI", False, "", "Hội đồng Thi đua - Khen thưởng chưa biểu quyết"),
    ]
    issuer.dispose()
