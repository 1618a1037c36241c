"""A row of the template matching a past award already stored but correcting its register
number, signer, position, achievement or note: shown old → new in the preview; refused
unless the officer chooses to update, then corrected in one audited transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.model import AuditEntry, PastAward
from emudesk.services.issuing import past_decisions
from tests.issuing.helpers import run
from tests.issuing.test_past_decisions import ROWS, _row, fill, fingerprint, template

__all__ = ["template"]  # the fixture, used by name

CORRECTED = [
    _row(register="1100a/BK-UBDT", signer="Thứ trưởng, Phó Chủ nhiệm"),
    (*ROWS[1][:8], "Trưởng ban", *ROWS[1][9:11], "Bổ sung"),
    ROWS[2],
]


def test_a_corrected_row_is_shown_refused_then_updated_on_request(
    demo_db: Database, demo_path: Path, template: Path, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        past_decisions.import_workbook(session, fill(template, tmp_path / "a.xlsx", ROWS))
    corrected = fill(template, tmp_path / "b.xlsx", CORRECTED)
    # WHEN the corrected workbook is previewed THEN the differences are shown, old → new
    with demo_db.session() as session:
        found = past_decisions.check_workbook(session, corrected)
    assert [r.status for r in found.rows] == ["changed", "changed", "present"]
    assert found.rows[0].changes == (
        ("register_number", "1100/BK-UBDT", "1100a/BK-UBDT"),
        ("signer", "Bộ trưởng, Chủ nhiệm", "Thứ trưởng, Phó Chủ nhiệm"),
    )
    assert found.rows[0].change_words() == (
        "Register number: 1100/BK-UBDT → 1100a/BK-UBDT; "
        "Signer: Bộ trưởng, Chủ nhiệm → Thứ trưởng, Phó Chủ nhiệm"
    )
    assert (
        found.rows[1].change_words() == "Position: Phó Trưởng ban → Trưởng ban; Note: — → Bổ sung"
    )
    assert not found.problems
    # WHEN it is imported without choosing to update THEN it is refused, nothing changed
    before = fingerprint(demo_db, demo_path)
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        past_decisions.import_workbook(session, corrected)
    assert "2 row(s) correct past awards already stored" in refused.value.message
    assert "b.xlsx, row 5: Register number: 1100/BK-UBDT → 1100a/BK-UBDT" in refused.value.message
    assert fingerprint(demo_db, demo_path) == before
    # WHEN the officer chooses to update THEN both are corrected, audited old and new
    with demo_db.session() as session:
        stored = past_decisions.import_workbook(session, corrected, update=True)
        assert stored.committed and stored.backup is not None
        assert (stored.count("new"), stored.count("changed")) == (0, 2)
        awards = {p.register_number: p for p in session.query(PastAward)}
        assert set(awards) == {"1100a/BK-UBDT", "1101/BK-UBDT", ""}
        first = awards["1100a/BK-UBDT"]
        assert first.signer == "Thứ trưởng, Phó Chủ nhiệm"
        person = awards["1101/BK-UBDT"]
        assert (person.position, person.note) == ("Trưởng ban", "Bổ sung")
        entry = (
            session.query(AuditEntry)
            .filter_by(action="past_decisions_imported")
            .order_by(AuditEntry.id.desc())
            .first()
        )
        assert entry is not None and entry.source == "b.xlsx"
        old, new = entry.old_value or {}, entry.new_value or {}
        assert [
            str(first.uuid),
            {"register_number": "1100/BK-UBDT", "signer": "Bộ trưởng, Chủ nhiệm"},
        ] in old["corrected"]
        assert [
            str(first.uuid),
            {"register_number": "1100a/BK-UBDT", "signer": "Thứ trưởng, Phó Chủ nhiệm"},
        ] in new["corrected"]
        assert new["rows"] == []
    # AND the same workbook again is all already here
    with demo_db.session() as session:
        again = past_decisions.check_workbook(session, corrected)
    assert [r.status for r in again.rows] == ["present"] * 3


def test_a_corrected_register_number_is_checked_like_a_new_one(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        past_decisions.import_workbook(session, fill(template, tmp_path / "a.xlsx", ROWS))
        # the person's number given to the unit's award: the register holds it already
        clash = fill(template, tmp_path / "b.xlsx", [_row(register="1101/BK-UBDT")])
        found = past_decisions.check_workbook(session, clash)
    assert [r.status for r in found.rows] == ["error"]
    assert "register number 1101/BK-UBDT is already in the register" in found.problems[0]


def test_the_command_line_shows_the_corrections_and_updates_on_request(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--language", "en", "--db", str(demo_path)]
    run(capsys, *db, "history", "template", "--issuer", "UBDT", "--out", str(tmp_path / "t.xlsx"))
    run(capsys, *db, "history", "import", str(fill(tmp_path / "t.xlsx", tmp_path / "a.xlsx", ROWS)))
    corrected = str(fill(tmp_path / "t.xlsx", tmp_path / "b.xlsx", CORRECTED))
    code, output, err = run(capsys, *db, "history", "import", corrected)
    assert code == 3 and "Traceback" not in err
    assert "  ~ 5: 2022" in output
    assert "Register number: 1100/BK-UBDT → 1100a/BK-UBDT" in output
    assert "2 row(s) correct past awards already stored (~)." in output
    assert "--update" in err and "nothing was imported" in err
    code, output, err = run(capsys, *db, "history", "import", corrected, "--update")
    assert code == 0, err
    assert "0 past award(s) added." in output and "2 past award(s) corrected." in output
    code, output, err = run(capsys, *db, "history", "import", corrected, "--update")
    assert code == 0 and "Nothing to add" in output
