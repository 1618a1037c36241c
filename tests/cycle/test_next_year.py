"""Opening a cluster's next year: members (with mergers), table, regulation, leaders."""

from __future__ import annotations

import pytest

from emudesk.cli import main
from emudesk.db import Database
from emudesk.errors import ConflictError, ValidationError
from emudesk.services.organisation import next_year, units, years
from emudesk.services.scoring import regulation, tables
from tests.conftest import dump


def uuid_of(db: Database, code: str, year: int):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return years.get_year(session, code, year).uuid


def unit_uuid(db: Database, code: str):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return units.find(session, code).uuid


def test_without_the_election_the_year_is_refused_and_nothing_changes(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ValidationError, match="Chưa ghi nhận"):
        next_year.open_next_year(session, uuid_of(demo_db, "UBDT-C4", 2025))
    assert dump(demo_db) == before


def test_the_next_year_starts_from_this_one(demo_db: Database) -> None:
    source = uuid_of(demo_db, "UBDT-C4", 2025)
    head, deputy = unit_uuid(demo_db, "BDT-GL"), unit_uuid(demo_db, "BDT-LD")
    # GIVEN Phú Yên merged into Đắk Lắk from 2026, and a regulation setting changed in 2025
    with demo_db.session() as session:
        units.merge_unit(
            session, unit_uuid(demo_db, "BDT-PY"), unit_uuid(demo_db, "BDT-DLK"), year=2026
        )
        settings = regulation.get_settings(session, source)
        plan = next_year.plan(session, source)
        source_rows = tables.get_table(session, source)
    assert plan.year == 2026 and len(plan.members) == 7
    assert [(a.code, b.code) for a, b in plan.replaced] == [("BDT-PY", "BDT-DLK")]
    assert source_rows is not None and plan.table_rows == len(source_rows.criteria)
    # WHEN 2026 is opened with the leaders elected at the conference
    with demo_db.session() as session:
        created = next_year.open_next_year(session, source, head_uuid=head, deputy_uuid=deputy)
        copied = tables.get_table(session, created.uuid)
        new_settings = regulation.get_settings(session, created.uuid)
    # THEN the members, leaders, table and regulation are carried over
    assert created.year == 2026 and len(created.members) == 7
    assert "BDT-PY" not in {m.code for m in created.members}
    assert created.head is not None and created.head.code == "BDT-GL"
    assert created.deputy is not None and created.deputy.code == "BDT-LD"
    assert copied is not None and [c.code for c in copied.criteria] == [
        c.code for c in source_rows.criteria
    ]
    assert new_settings == settings
    # AND a second time is refused
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ConflictError, match="2026"):
        next_year.open_next_year(session, source, head_uuid=head)
    assert dump(demo_db) == before


def test_a_head_who_is_not_a_member_refuses_the_whole_year(demo_db: Database) -> None:
    before = dump(demo_db)
    outsider = unit_uuid(demo_db, "VHTTDL-LS")
    with demo_db.session() as session, pytest.raises(ValidationError, match="không phải"):
        next_year.open_next_year(session, uuid_of(demo_db, "UBDT-C4", 2025), head_uuid=outsider)
    assert dump(demo_db) == before


def test_open_year_from_the_command_line(demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        ["--db", str(demo_path), "open-year", "--cluster", "VHTTDL-C4", "--year", "2026",
         "--head", "VHTTDL-CB", "--deputy", "VHTTDL-HG"]
    )  # fmt: skip
    assert code == 0
    assert "Đã mở VHTTDL-C4 năm 2026 với 5 thành viên" in capsys.readouterr().out
    assert (
        main(["--db", str(demo_path), "open-year", "--cluster", "VHTTDL-C4", "--year", "2027"]) == 3
    )
