"""The award catalogue as data: edited per issuer, used by proposals, votes, quotas and
certificates, carried by the handover."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from emudesk import rules
from emudesk.db import Database
from emudesk.errors import InUseError, ValidationError
from emudesk.services.cycle import meetings, proposals
from emudesk.services.handover import export, merge
from emudesk.services.organisation import issuers, years
from emudesk.services.papers import catalogue
from emudesk.services.papers.catalogue import Artefact, AwardFields, AwardType
from emudesk.services.scoring import ranking, regulation
from tests.conftest import dump

NONE = Artefact.NONE


def issuer_uuid(session, name: str = "Ủy ban Dân tộc"):  # type: ignore[no-untyped-def]
    return next(i.uuid for i in issuers.list_issuers(session) if i.name == name)


def test_the_demo_catalogues_name_the_issuers_awards_with_their_dates(demo_db: Database) -> None:
    with demo_db.session() as session:
        ubdt = catalogue.list_awards(session, issuer_uuid(session))
        y2024 = catalogue.offered_for_year(session, years.get_year(session, "UBDT-C4", 2024).uuid)
        y2025 = catalogue.offered_for_year(session, years.get_year(session, "UBDT-C4", 2025).uuid)
    assert [a.name for a in ubdt] == [
        "Cờ thi đua của Ủy ban Dân tộc",
        "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
        "Cờ thi đua của Bộ Dân tộc và Tôn giáo",
        "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo",
    ]
    # the committee's awards until it became a ministry (1/3/2025), the ministry's after
    assert [a.name for a in y2024] == [a.name for a in ubdt[:2]]
    assert [a.name for a in y2025] == [a.name for a in ubdt[2:]]
    flag, merit = ubdt[:2]
    assert flag.artefact is Artefact.FLAG and flag.fields.kind is AwardType.TITLE
    assert merit.fields.signing_mode == "KT." and merit.fields.signing_for == "BỘ TRƯỞNG, CHỦ NHIỆM"
    assert merit.fields.valid_until == dt.date(2025, 2, 28)
    assert "98/2023/NĐ-CP" in merit.fields.legal_basis
    assert merit.threshold.text() == "≥ 2/3" and merit.quota.places(8) == 2


def test_an_award_is_edited_checked_and_kept_on_the_issuers_catalogue(demo_db: Database) -> None:
    with demo_db.session() as session:
        issuer = issuer_uuid(session)
        fields = AwardFields(
            code="tt-ldxs",
            name="Tập thể lao động xuất sắc",
            kind=AwardType.TITLE,
            artefact=Artefact.CERTIFICATE,
            template_key="bang-khen-bo-truong",
            money_multiple="1,5",
            quota_percent="20",
            quota_rounding=rules.Rounding.UP,
            vote_threshold=">=80%",
            signing_mode="kt",
            signing_for="Bộ trưởng",
            signer_title="Thứ trưởng",
        )
        saved = catalogue.save_award(session, issuer, fields)
    # money is a multiple of the base salary, the quota a share rounded as asked
    assert saved.fields.code == "TT-LDXS" and saved.money == Decimal("1.5")
    assert saved.quota.places(8) == 2 and saved.threshold.text() == "≥ 80 %"
    assert (saved.fields.signing_mode, saved.fields.signing_for) == ("KT.", "BỘ TRƯỞNG")
    before = dump(demo_db)
    bad = [
        (AwardFields("X", "X", artefact=NONE, vote_threshold="most"), "ngưỡng biểu quyết"),
        (AwardFields("X", "X", artefact=NONE, signing_mode="PP"), "Thể thức ký"),
        (AwardFields("X", "X", artefact=NONE, signing_mode="KT."), "ký thay cho ai"),
        (AwardFields("X", "X", artefact=NONE, quota_count=1, quota_percent="20"), "không cả hai"),
        (AwardFields("X", "X", template_key="none"), "mẫu bằng"),
        (AwardFields("X", "X", artefact=NONE, money_multiple="nhiều"), "lương cơ sở"),
        (
            AwardFields(
                code="BANG-KHEN",
                name="Bằng khen khác",
                template_key="bang-khen-bo-truong",
                valid_until=dt.date(2024, 12, 31),
            ),
            "đã có khen thưởng mã BANG-KHEN",
        ),
    ]
    for fields, reason in bad:
        with demo_db.session() as session, pytest.raises(ValidationError, match=reason):
            catalogue.save_award(session, issuer_uuid(session), fields)
    assert dump(demo_db) == before
    # an award that proposals ask for is ended with a date, never removed
    with demo_db.session() as session, pytest.raises(InUseError, match="hết hiệu lực"):
        catalogue.remove_award(
            session, catalogue.list_awards(session, issuer_uuid(session))[0].uuid
        )
    assert dump(demo_db) == before


def test_a_proposal_counts_as_voted_only_when_its_vote_reaches_the_threshold(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2025)
        merit = next(
            a
            for a in catalogue.offered_for_year(session, year.uuid)
            if a.fields.code == "BANG-KHEN"
        )
        proposal = proposals.add_proposal(
            session,
            year.uuid,
            proposals.ProposalFields(
                proposals.NomineeKind.UNIT, year.members[0].uuid, merit.uuid, reason="Xuất sắc"
            ),
        )
        meeting = meetings.save_meeting(
            session,
            year.uuid,
            meetings.MeetingFields(
                meetings.MeetingKind.YEAR_END,
                dt.date(2025, 12, 19),
                attending=tuple((m.uuid, "") for m in year.members[:6]),
            ),
        )
        # WHEN 5 of the 8 members vote for it (2/3 of 8 needs 6)
        meetings.record_vote(
            session,
            meeting.uuid,
            meetings.VoteFields(
                meetings.VoteSubject.PROPOSAL,
                meetings.VoteMethod.SECRET,
                5,
                1,
                proposal_uuid=proposal.uuid,
            ),
        )
        # THEN it is not carried, even though 5 of the 6 present voted for it
        assert (
            proposals.list_proposals(session, year.uuid)[0].status is proposals.ProposalStatus.DRAFT
        )
        with pytest.raises(ValidationError, match=r"5/8 thành viên tán thành.*≥ 2/3"):
            proposals.set_status(session, proposal.uuid, proposals.ProposalStatus.VOTED)


def test_quotas_never_exceed_the_catalogues_share_of_members(demo_db: Database) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        merit = catalogue.list_awards(session, issuer_uuid(session))[1]
        # GIVEN the regulation asks for 2 certificates, the catalogue allows 12.5 % of 8
        assert regulation.get_settings(session, year.uuid).quotas.merit_certificates == 2
        catalogue.save_award(
            session,
            issuer_uuid(session),
            AwardFields(**{**vars(merit.fields), "quota_percent": "12,5"}),
            merit.uuid,
        )
        report = ranking.compute(session, year.uuid)
    # THEN 1 flag and 1 certificate are suggested: never more than the issuer allows
    kinds = [s.kind for s in report.suggestions]
    assert kinds == [rules.AwardKind.FLAG, rules.AwardKind.MERIT_CERTIFICATE]


def test_the_handover_carries_the_whole_catalogue(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    file = tmp_path / "ubdt.emudesk"
    with demo_db.session() as session:
        export.export_cluster(session, "UBDT-C4", file)
    with db.session() as session:
        merge.merge(session, file)
        awards = catalogue.list_awards(session, issuer_uuid(session))
    # every entry travels, not only the two the 2024 proposals ask for
    assert len(awards) == 4 and awards[2].name == "Cờ thi đua của Bộ Dân tộc và Tôn giáo"
