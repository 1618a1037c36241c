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


def test_a_vote_given_as_a_share_is_corrected_and_taken_back_with_its_audit(
    demo_db: Database, tmp_path: Path
) -> None:
    from decimal import Decimal

    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    with issuer.session() as session:
        assert council.votes_from_share(Decimal("77.78"), 9) == 7
        assert council.votes_from_share(Decimal("66.67"), 9) == 6
        with pytest.raises(ValidationError, match="100"):
            council.votes_from_share(Decimal("101"), 9)
        council.save_meeting(session, "UBDT", 2024, held_on=dt.date(2025, 1, 20),
                             members=["A"], members_total=9)  # fmt: skip
        pending = council.get_council(session, "UBDT", 2024).results
        py = next(r for r in pending if r.unit_code == "BDT-PY")
        with pytest.raises(ValidationError, match=r"rút lại|take back"):
            council.clear_vote(session, "UBDT", 2024, py.uuid)
        council.record_vote(session, "UBDT", 2024, "", votes_for=5, proposal_uuid=py.uuid)
        assert council.record_vote(session, "UBDT", 2024, "BDT-PY", votes_for=7).passed
        cleared = council.clear_vote(session, "UBDT", 2024, py.uuid)
        assert (cleared.votes_for, cleared.passed) == (None, False)
        register.set_series(session, "UBDT", pattern="{n}/UBDT", last_paper_number=10)
        council.record_vote(session, "UBDT", 2024, "BDT-PY", votes_for=9)
        decisions.record_decision(
            session, "UBDT", decisions.DecisionFields("9/QĐ-UBDT", dt.date(2025, 1, 24), 2024)
        )
        # once decided, the vote stays as the decision took it
        with pytest.raises(ValidationError):
            council.clear_vote(session, "UBDT", 2024, py.uuid)
    issuer.dispose()


def test_the_preview_shows_what_the_decision_records_and_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    fields = decisions.DecisionFields("9/QĐ-UBDT", dt.date(2025, 1, 24), 2024)
    with issuer.session() as session:
        register.set_series(session, "UBDT", pattern="{n}/UBDT", last_paper_number=41)
        found = decisions.candidates(session, "UBDT", 2024)
        assert [(c.unit_code, c.approved) for c in found] == [
            ("BDT-DLK", True), ("BDT-PY", True), ("BDT-BDI", True)
        ]  # fmt: skip
        refused = {str(found[1].proposal_uuid): "Hồ sơ chưa đủ"}
        with pytest.raises(ValidationError, match="BDT-PY"):
            decisions.preview_decision(session, "UBDT", fields, refused={"bdt-py": ""})
        preview = decisions.preview_decision(session, "UBDT", fields, refused=refused)
        preview_again = decisions.preview_decision(session, "UBDT", fields, refused=refused)
        assert preview == preview_again  # the preview took no number
        recorded = decisions.record_decision(session, "UBDT", fields, refused=refused)
    assert recorded.items == preview
    assert [i.register_number for i in preview] == ["42/UBDT", "", "43/UBDT"]
    issuer.dispose()


def test_the_command_line_takes_a_share_and_takes_a_vote_back(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.issuing.helpers import run

    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    issuer.dispose()
    db = str(tmp_path / "issuer.sqlite")
    base = ("--language", "en", "--db", db, "council")
    where = ("--issuer", "UBDT", "--year", "2024")
    code, _out, err = run(capsys, *base, "meeting", *where, "--date", "2025-01-20",
                          "--member", "A", "--members-total", "9")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, *base, "vote", *where, "--unit", "BDT-PY", "--share", "77,78")
    assert code == 0, err
    assert (
        "Ban Dân tộc tỉnh Phú Yên — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc: 7/9" in out
    )
    with pytest.raises(SystemExit):
        run(capsys, *base, "vote", *where, "--unit", "BDT-PY", "--share", "abc")
    assert "not a share" in capsys.readouterr().err
    code, out, err = run(capsys, *base, "take-back", *where, "--unit", "BDT-PY")
    assert code == 0, err
    assert "Phú Yên — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc: —" in out
    code, _out, err = run(capsys, *base, "take-back", *where, "--unit", "BDT-PY")
    assert code != 0 and "no vote on BDT-PY" in err
