"""The year page's to-do list follows the cycle: the commitment, its signatures, the election;
and a year holding a commitment or conference records cannot be removed."""

from __future__ import annotations

import datetime as dt

import pytest

from emudesk.db import Database
from emudesk.errors import InUseError
from emudesk.services.cycle import commitments, meetings
from emudesk.services.organisation import units, years
from tests.conftest import dump


def todo(db: Database, cluster: str, year: int) -> dict[str, str]:
    with db.session() as session:
        overview = years.overview(session, years.get_year(session, cluster, year).uuid)
    return {item.key: item.text for item in overview.todo}


def test_the_commitment_is_asked_for_then_its_missing_signatures(demo_db: Database) -> None:
    # GIVEN UBDT-C4 2025, which has no commitment yet THEN drawing one up is on the list
    assert "commitment" in todo(demo_db, "UBDT-C4", 2025)
    # WHEN it is drawn up THEN the signatures still to collect are counted
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2025)
        commitments.save_commitment(
            session,
            year.uuid,
            commitments.CommitmentFields(
                "Giao ước thi đua năm 2025",
                items=(commitments.ItemFields("Hoàn thành 100% chỉ tiêu", "100", "%"),),
            ),
        )
    items = todo(demo_db, "UBDT-C4", 2025)
    assert "commitment" not in items
    assert items["signatures"] == "Thu chữ ký giao ước: 0/8 đơn vị đã ký."
    # AND VHTTDL-C4 2025, signed by all five members, asks for nothing about it
    done = todo(demo_db, "VHTTDL-C4", 2025)
    assert "commitment" not in done and "signatures" not in done


def test_the_election_turns_into_opening_the_next_year(demo_db: Database) -> None:
    # GIVEN VHTTDL-C4 2025 with no election held THEN the election is on the list
    assert todo(demo_db, "VHTTDL-C4", 2025)["election"].startswith("Bầu cụm trưởng")
    # WHEN the year-end conference elects Lạng Sơn head
    with demo_db.session() as session:
        year = years.get_year(session, "VHTTDL-C4", 2025)
        meeting = meetings.save_meeting(
            session,
            year.uuid,
            meetings.MeetingFields(
                kind=meetings.MeetingKind.YEAR_END,
                held_on=dt.date(2026, 1, 15),
                place="Hà Giang",
                host_unit_uuid=units.find(session, "VHTTDL-HG").uuid,
                agenda="Tổng kết năm 2025; bầu Cụm trưởng, Cụm phó năm 2026.",
                resolutions="",
                attending=tuple((m.uuid, "") for m in year.members),
            ),
        )
        meetings.record_vote(
            session,
            meeting.uuid,
            meetings.VoteFields(
                meetings.VoteSubject.HEAD,
                meetings.VoteMethod.HANDS,
                5,
                unanimous=True,
                candidate_uuid=units.find(session, "VHTTDL-LS").uuid,
            ),
        )
    # THEN what remains is to open 2026 with the elected leaders
    assert todo(demo_db, "VHTTDL-C4", 2025)["next_year"] == (
        "Mở năm 2026 với cụm trưởng, cụm phó đã bầu tại hội nghị tổng kết."
    )


def test_a_year_with_a_commitment_or_conference_records_is_not_removed(
    demo_db: Database,
) -> None:
    # GIVEN a new year of VHTTDL-C4 holding only a commitment
    with demo_db.session() as session:
        source = years.get_year(session, "VHTTDL-C4", 2025)
        year = years.create_year(
            session, source.cluster_uuid, 2026, [m.uuid for m in source.members]
        )
        commitments.save_commitment(
            session,
            year.uuid,
            commitments.CommitmentFields(
                "Giao ước thi đua năm 2026",
                items=(commitments.ItemFields("Hoàn thành 100% chỉ tiêu", "100", "%"),),
            ),
        )
    before = dump(demo_db)
    # WHEN someone removes the year THEN it is refused, and nothing is deleted
    with demo_db.session() as session, pytest.raises(InUseError, match="giao ước"):
        years.remove_year(session, year.uuid)
    assert dump(demo_db) == before


def test_a_signature_of_a_unit_that_left_does_not_count(demo_db: Database) -> None:
    # GIVEN VHTTDL-C4 2025, signed by all five, WHEN a signer leaves and a new unit joins
    with demo_db.session() as session:
        year = years.get_year(session, "VHTTDL-C4", 2025)
        newcomer = units.create_unit(
            session,
            units.UnitFields("VHTTDL-LC"),
            official_name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
            from_year=2025,
        )
        kept = [m.uuid for m in year.members if m.code != "VHTTDL-BK"]
        years.update_year(
            session,
            year.uuid,
            [*kept, newcomer.uuid],
            leadership=years.Leadership(
                year.head.uuid if year.head else None,
                year.deputy.uuid if year.deputy else None,
                year.method,
            ),
        )
    # THEN the newcomer's signature is still to collect: four of five, not five of five
    assert todo(demo_db, "VHTTDL-C4", 2025)["signatures"] == (
        "Thu chữ ký giao ước: 4/5 đơn vị đã ký."
    )
