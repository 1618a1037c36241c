"""0005_papers: the fixed award codes of 0003 become each issuer's catalogue, faithfully."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from emudesk.db import open_database
from emudesk.services.cycle import proposals
from emudesk.services.database_check import check_database
from emudesk.services.organisation import issuers, years
from emudesk.services.papers import catalogue

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


def test_stored_proposals_keep_their_awards_with_the_issuers_names(tmp_path: Path) -> None:
    # GIVEN a 0003 database where one proposal asked for a title and a form at once
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "0003_cycle.sqlite", copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "UPDATE proposal SET title = 'excellent_collective' WHERE id = "
            "(SELECT p.id FROM proposal p JOIN unit u ON u.id = p.unit_id "
            "WHERE u.code = 'BDT-PY')"
        )
        before = conn.execute("SELECT count(*) FROM proposal").fetchone()[0]
        votes = conn.execute("SELECT count(*) FROM vote WHERE proposal_id IS NOT NULL").fetchone()
    # WHEN this emudesk opens it
    db = open_database(copy)
    try:
        assert check_database(db) == []
        with db.session() as session:
            found = proposals.list_proposals(session, years.get_year(session, "UBDT-C4", 2024).uuid)
            by_name = {i.name: i for i in issuers.list_issuers(session)}
            ubdt = catalogue.list_awards(session, by_name["Ủy ban Dân tộc"].uuid)
            vhttdl = catalogue.list_awards(session, by_name["Bộ Văn hóa, Thể thao và Du lịch"].uuid)
        with db.engine.connect() as conn:
            from sqlalchemy import text

            after = conn.execute(text("SELECT count(*) FROM proposal")).scalar()
            kept_votes = conn.execute(
                text("SELECT count(*) FROM vote WHERE proposal_id IS NOT NULL")
            ).scalar()
    finally:
        db.dispose()
    # THEN the title-and-form proposal became two, every vote still points to its proposal
    assert after == before + 1 and (kept_votes,) == votes
    awards = [(p.unit.code, p.award_text, p.award.artefact) for p in found]
    assert awards == [
        ("BDT-DLK", "Cờ thi đua của Ủy ban Dân tộc", "flag"),
        ("BDT-PY", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "certificate"),
        ("BDT-PY", "Tập thể lao động xuất sắc", "certificate"),
        ("BDT-BDI", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "certificate"),
    ]
    # AND the ranking's note became the sentence the certificates printed until now
    assert all(not p.reason.startswith("Xếp hạng") for p in found)
    assert found[0].reason.startswith("Đã hoàn thành xuất sắc toàn diện nhiệm vụ")
    # AND each issuer's catalogue has the flag and the certificate the suggestions ask for
    assert {a.fields.ranking_role for a in ubdt} >= {"flag", "merit_certificate"}
    assert "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch" in {a.name for a in vhttdl}
