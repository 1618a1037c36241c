"""Scoring tables, scores, locking, ranking and proposals through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from emudesk import rules
from emudesk.db import Database
from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.rules import CriterionKind as K
from emudesk.rules import ScorerRole as R
from emudesk.services.cycle import meetings, proposals
from emudesk.services.organisation import units, years
from emudesk.services.papers import catalogue
from emudesk.services.scoring import (
    explanations,
    locking,
    ranking,
    regulation,
    scores,
    table_edit,
    tables,
)
from tests.conftest import dump


def year_of(s, code: str = "UBDT-C4", year: int = 2024) -> years.YearInfo:
    return years.get_year(s, code, year)


def test_demo_reproduces_the_reported_ranking(demo_db: Database) -> None:
    with demo_db.session() as s:
        ubdt = ranking.compute_for(s, "UBDT-C4", 2024)
        vh = ranking.compute_for(s, "VHTTDL-C4", 2024)
    assert [r.unit.code for r in ubdt.rows[:3]] == ["BDT-DLK", "BDT-PY", "BDT-BDI"]
    assert [(x.unit.code, x.kind) for x in ubdt.suggestions] == [
        ("BDT-DLK", rules.AwardKind.FLAG),
        ("BDT-PY", rules.AwardKind.MERIT_CERTIFICATE),
        ("BDT-BDI", rules.AwardKind.MERIT_CERTIFICATE),
    ]
    assert [x.unit.code for x in vh.suggestions] == ["VHTTDL-LS", "VHTTDL-TQ"]
    # The demo shows a tie decided by the chain: Kon Tum and Đắk Nông share a total.
    dak_nong = ubdt.row_of("BDT-DNO")
    assert ubdt.row_of("BDT-KT").total == dak_nong.total
    assert dak_nong.decided_by == "section:I" and dak_nong.rank == 8
    assert dak_nong.explanation == (
        "Ban Dân tộc Kon Tum trên Ban Dân tộc Đắk Nông: cùng tổng 84,48; mục I 43,31 so với 42,61"
    )
    assert ubdt.locked


def test_demo_proposals_are_approved_with_example_decisions(demo_db: Database) -> None:
    with demo_db.session() as s:
        found = proposals.list_proposals(s, year_of(s).uuid)
    assert [p.unit.code for p in found] == ["BDT-DLK", "BDT-PY", "BDT-BDI"]
    assert all(p.status is proposals.ProposalStatus.APPROVED for p in found)
    assert all(p.decision_is_example for p in found)
    # the issuer's own names, from its catalogue: never the law's generic categories
    assert found[0].award_text == "Cờ thi đua của Ủy ban Dân tộc"
    assert found[0].award.artefact == "flag"
    assert found[1].award_text == "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    assert found[1].award.artefact == "certificate"


def _open_2025(s) -> tuple[years.YearInfo, tables.TableInfo]:
    y = year_of(s, "UBDT-C4", 2025)
    table = tables.get_table(s, y.uuid)
    assert table is not None
    return y, table


def _input(
    y: years.YearInfo,
    table: tables.TableInfo,
    code: str,
    value: int | None,
    scorer: str = "BDT-GL",
    assessed: str = "BDT-PY",
    role: R = R.PEER,
) -> scores.ScoreInput:
    members = {m.code: m.uuid for m in y.members}
    criterion = next(c for c in table.criteria if c.code == code)
    return scores.ScoreInput(members[scorer], members[assessed], criterion.uuid, role, value)


def test_scores_round_trip_and_preview(demo_db: Database) -> None:
    with demo_db.session() as s:
        y, table = _open_2025(s)
        summary = scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 450)])
        assert summary.count("new") == 1
        again = scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 450)])
        assert not again.changed_anything
        changed = scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 475)])
        assert [(c.old, c.new, c.kind) for c in changed.changes] == [(450, 475, "changed")]
        stored = scores.list_scores(s, y.uuid)
    assert [x.value for x in stored] == [475]


@pytest.mark.parametrize(
    ("code", "value", "message"),
    [
        ("1.1", 501, "vượt quá"),
        ("1.1", -25, None),
        ("3.1", 200, None),  # pass/fail: only 0 or the maximum
        ("Đ1", 600, None),  # deduction above its cap
        ("I", 100, "mục tổng hợp"),
    ],
)
def test_impossible_scores_are_refused(
    demo_db: Database, code: str, value: int, message: str | None
) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y, table = _open_2025(s)
        good = _input(y, table, "1.2", 400)
        with pytest.raises(ValidationError, match=message or "giá trị sai"):
            scores.set_scores(s, y.uuid, [good, _input(y, table, code, value)])
    assert dump(demo_db) == before


def test_roles_and_membership_are_checked(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y, table = _open_2025(s)
        outsider = units.create_unit(
            s, units.UnitFields(code="NGOAI"), official_name="Đơn vị ngoài cụm", from_year=2025
        )
        after_unit = dump(demo_db)
        bad = scores.ScoreInput(outsider.uuid, outsider.uuid, table.leaves()[0].uuid, R.SELF, 100)
        with pytest.raises(ValidationError, match="không phải thành viên"):
            scores.set_scores(s, y.uuid, [bad])
        with pytest.raises(ValidationError, match="không chấm chéo cho chính mình"):
            scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 100, "BDT-PY", "BDT-PY", R.PEER)])
        with pytest.raises(ValidationError, match="Chỉ cụm trưởng"):
            scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 100, "BDT-GL", "BDT-KT", R.HEAD)])
        assert dump(demo_db) == after_unit
    assert before != after_unit


def test_every_wrong_input_is_named_once_in_order_whatever_it_shares_with_others(
    demo_db: Database,
) -> None:
    # GIVEN one batch in which several inputs share a scorer, an assessed unit and a role
    # (the planner checks such a pair once), each input wrong in its own way
    from uuid import uuid4

    from emudesk.i18n import _

    before = dump(demo_db)
    with demo_db.session() as s:
        y, table = _open_2025(s)
        self_peer = _input(y, table, "1.1", 100, "BDT-PY", "BDT-PY", R.PEER)
        batch = [
            self_peer,
            _input(y, table, "1.2", 100, "BDT-PY", "BDT-PY", R.PEER),
            self_peer._replace(criterion_uuid=uuid4()),  # no such criterion, same pair
            _input(y, table, "I", 100, "BDT-PY", "BDT-PY", R.PEER),  # a section, same pair
            self_peer._replace(scorer_uuid=uuid4()),  # a scorer outside the cluster
            _input(y, table, "1.1", 501, "BDT-PY", "BDT-PY", R.SELF),  # above the maximum
            _input(y, table, "1.2", 400, "BDT-PY", "BDT-PY", R.SELF),  # right
        ]
        # WHEN they are stored
        with pytest.raises(ValidationError) as refused:
            scores.set_scores(s, y.uuid, batch)
    # THEN each wrong input is named once, in the inputs' order: its criterion before who
    # scores whom, its value last; and nothing is stored
    lines = [line for line in refused.value.message.splitlines() if line.startswith("• ")]
    peer_self = "• " + _("A unit cannot give itself a peer score; use the self-score.")
    assert lines[:5] == [
        peer_self,
        peer_self,
        "• " + _("The criterion is not part of the current scoring table."),
        "• " + _("{code} is a section: score its criteria instead.", code="I"),
        "• " + _("The scoring unit is not a member of the cluster in {year}.", year=2025),
    ]
    assert len(lines) == 6 and ("501" in lines[5] or "5,01" in lines[5])
    assert dump(demo_db) == before


def test_locked_scores_cannot_be_edited_until_unlocked_with_reason(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s)
        table = tables.get_table(s, y.uuid)
        assert table is not None
        before = dump(demo_db)
        with pytest.raises(ConflictError, match="đã khóa"):
            scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 100)])
        with pytest.raises(ConflictError, match="đã khóa"):
            table_edit.update_criterion(s, table.criteria[1].uuid, table.criteria[1].fields)
        with pytest.raises(ValidationError, match="lý do"):
            locking.unlock_year(s, y.uuid, " ")
        assert dump(demo_db) == before
        locking.unlock_year(s, y.uuid, "Đơn vị Gia Lai giải trình bổ sung minh chứng")
        summary = scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 100)])
    assert summary.count("changed") == 1


def test_editing_a_scored_table_makes_a_new_version_and_carries_scores(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s)
        locking.unlock_year(s, y.uuid, "Sửa điểm tối đa tiêu chí 1.2 theo góp ý")
        old = tables.get_table(s, y.uuid)
        assert old is not None and old.revision == 1
        before_total = ranking.compute_for(s, "UBDT-C4", 2024).row_of("BDT-DLK").total
        changed_max = next(c for c in old.criteria if c.code == "1.2")
        newer = table_edit.update_criterion(
            s, changed_max.uuid, tables.CriterionFields("1.2", "Kế hoạch", K.POINTS, 600)
        )
        revisions = tables.list_revisions(s, y.uuid)
    assert newer.revision == 2
    assert [r.revision for r in revisions] == [1, 2]
    assert revisions[0].score_count == old.score_count  # the old version keeps its scores
    assert 0 < revisions[1].score_count < revisions[0].score_count  # 1.2's stay behind
    assert before_total == 9812
    assert any("Mục" in p or "mục" in p for p in newer.problems)


def test_table_building_and_validation(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = years.create_year(s, "UBDT-C4", 2026, [m.uuid for m in year_of(s).members])
        table = tables.create_table(s, y.uuid, declared_total=1000)
        table = table_edit.add_criterion(
            s, table.uuid, tables.CriterionFields("I", "Mục I", K.SECTION, 600)
        )
        section = table.criteria[0].uuid
        table = table_edit.add_criterion(
            s,
            table.uuid,
            tables.CriterionFields("1", "Tiêu chí 1", K.POINTS, 500),
            parent_uuid=section,
        )
        assert table.problems  # 500 ≠ 600 and 600 ≠ 1000
        with pytest.raises(ConflictError, match="Mã 1 đã có"):
            table_edit.add_criterion(
                s,
                table.uuid,
                tables.CriterionFields("1", "Trùng", K.POINTS, 100),
                parent_uuid=section,
            )
        leaf = table.criteria[1].uuid
        with pytest.raises(ValidationError, match="mục hoặc nhóm"):
            table_edit.add_criterion(
                s, table.uuid, tables.CriterionFields("1.1", "X", K.POINTS, 100), parent_uuid=leaf
            )
        with pytest.raises(ValidationError, match="dưới chính nó"):
            table_edit.move_criterion(s, section, parent_uuid=section, position=0)
        with pytest.raises(ValidationError, match="điểm tối đa quá lớn"):  # not a SQL overflow
            table_edit.update_criterion(
                s, leaf, tables.CriterionFields("1", "Tiêu chí 1", K.POINTS, 10**20)
            )
        table = table_edit.update_criterion(
            s, leaf, tables.CriterionFields("1", "Tiêu chí 1", K.POINTS, 600)
        )
        table = table_edit.set_header(s, table.uuid, title="Bảng 2026", declared_total=600)
        assert table.problems == ()
        table = table_edit.remove_criterion(s, section)
        assert table.criteria == ()


def test_lock_refused_while_the_table_does_not_add_up(demo_db: Database) -> None:
    with demo_db.session() as s:
        y, table = _open_2025(s)
        row = next(c for c in table.criteria if c.code == "1.1")
        table_edit.update_criterion(s, row.uuid, tables.CriterionFields("1.1", "X", K.POINTS, 400))
        before = dump(demo_db)
        with pytest.raises(ValidationError, match="Cần sửa bảng chấm điểm"):
            locking.lock_year(s, y.uuid)
    assert dump(demo_db) == before


def test_regulation_refusals(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y = year_of(s, "UBDT-C4", 2025)
        with pytest.raises(ValidationError, match="không có mục IX"):
            regulation.set_settings(
                s, y.uuid, rules.RegulationSettings(tie_breaks=(rules.TieBreak.section("IX"),))
            )
        with pytest.raises(ValidationError, match="âm"):
            regulation.settings_from_mapping({"quotas": {"merit_certificates": -1}})
    assert dump(demo_db) == before


def test_a_tie_is_broken_by_votes_and_shared_without_them(demo_db: Database) -> None:
    with demo_db.session() as s:
        y, table = _open_2025(s)
        members = {m.code: m.uuid for m in y.members}
        leaf = next(c for c in table.criteria if c.code == "1.1")
        regulation.set_settings(
            s,
            y.uuid,
            rules.RegulationSettings(
                combine=rules.CombineMethod.SELF_ONLY,
                tie_breaks=(rules.TieBreak(rules.TieBreakKind.VOTES),),
            ),
        )
        inputs = [
            scores.ScoreInput(members[c], members[c], leaf.uuid, R.SELF, 400)
            for c in ("BDT-GL", "BDT-KH")
        ]
        scores.set_scores(s, y.uuid, inputs)
        shared = ranking.compute(s, y.uuid)
        regulation.set_votes(s, y.uuid, {members["BDT-KH"]: 5, members["BDT-GL"]: 3})
        decided = ranking.compute(s, y.uuid)
    assert [r.rank for r in shared.rows[:2]] == [1, 1]
    assert shared.rows[0].decided_by == "shared"
    assert [r.unit.code for r in decided.rows[:2]] == ["BDT-KH", "BDT-GL"]
    assert decided.rows[1].decided_by == "votes"
    assert "số phiếu 5 so với 3" in decided.rows[1].explanation


def test_proposal_workflow_and_refusals(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s, "UBDT-C4", 2025)
        gia_lai = next(m for m in y.members if m.code == "BDT-GL")
        # GIVEN the 2025 catalogue (the committee became a ministry on 1/3/2025)
        offered = {a.fields.code: a for a in catalogue.offered_for_year(s, y.uuid)}
        assert offered["BANG-KHEN"].name == "Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo"
        fields = proposals.ProposalFields(
            nominee_kind=proposals.NomineeKind.PERSON,
            unit_uuid=gia_lai.uuid,
            award_uuid=offered["BANG-KHEN"].uuid,
            person_name="Nguyễn Văn A",
            person_honorific="Ông",
            person_title="Phó Trưởng ban",
            reason="Có thành tích xuất sắc",
        )
        p = proposals.add_proposal(s, y.uuid, fields)
        assert p.nominee == "Ông Nguyễn Văn A"
        with pytest.raises(ValidationError, match="Chọn khen thưởng đề nghị"):
            proposals.add_proposal(
                s, y.uuid, proposals.ProposalFields(proposals.NomineeKind.UNIT, gia_lai.uuid)
            )
        with pytest.raises(ValidationError, match="không thể chuyển"):
            proposals.set_status(s, p.uuid, proposals.ProposalStatus.APPROVED)
        # WHEN no vote is recorded THEN it is not voted
        with pytest.raises(ValidationError, match="Chưa ghi kết quả biểu quyết"):
            proposals.set_status(s, p.uuid, proposals.ProposalStatus.VOTED)
        meeting = meetings.save_meeting(
            s,
            y.uuid,
            meetings.MeetingFields(
                meetings.MeetingKind.YEAR_END,
                dt.date(2025, 12, 19),
                attending=tuple((m.uuid, "") for m in y.members),
            ),
        )
        meetings.record_vote(
            s,
            meeting.uuid,
            meetings.VoteFields(
                meetings.VoteSubject.PROPOSAL, meetings.VoteMethod.HANDS, 6, proposal_uuid=p.uuid
            ),
        )
        # 6 of 8 members reach "≥ 2/3": the vote carried it
        assert proposals.list_proposals(s, y.uuid)[-1].status is proposals.ProposalStatus.VOTED
        proposals.set_status(s, p.uuid, proposals.ProposalStatus.SUBMITTED)
        with pytest.raises(ValidationError, match="số và ngày"):
            proposals.set_status(s, p.uuid, proposals.ProposalStatus.APPROVED)
        with pytest.raises(ValidationError, match="chưa khóa"):  # 2025's scores are open
            proposals.set_status(
                s,
                p.uuid,
                proposals.ProposalStatus.APPROVED,
                decision_number="12/QĐ-TEST",
                decision_date=dt.date(2026, 1, 5),
            )
        done = proposals.set_status(
            s,
            p.uuid,
            proposals.ProposalStatus.APPROVED,
            decision_number="12/QĐ-TEST",
            decision_date=dt.date(2026, 1, 5),
            unlocked_reason="Hạn của Bộ trước khi khóa điểm",
        )
        assert done.status is proposals.ProposalStatus.APPROVED
        assert done.unlocked_reason == "Hạn của Bộ trước khi khóa điểm"
        with pytest.raises(ConflictError):
            proposals.remove_proposal(s, p.uuid)
        with pytest.raises(NotFoundError):
            proposals.remove_proposal(s, units.find(s, "BDT-GL").uuid)


def test_explanation_thread(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s)
        table = tables.get_table(s, y.uuid)
        assert table is not None
        unit = next(m for m in y.members if m.code == "BDT-PY")
        leaf = next(c for c in table.criteria if c.code == "2.1")
        explanations.add_explanation(
            s, y.uuid, unit.uuid, leaf.uuid, "Bổ sung minh chứng", author_unit_uuid=unit.uuid
        )
        thread = explanations.list_explanations(s, y.uuid, unit.uuid, leaf.uuid)
        with pytest.raises(ValidationError):
            explanations.add_explanation(s, y.uuid, unit.uuid, leaf.uuid, "  ")
    assert [e.text for e in thread] == ["Bổ sung minh chứng"]
    assert thread[0].author_unit == "Ban Dân tộc Phú Yên"


def test_score_sheet_has_every_scorer(demo_db: Database) -> None:
    with demo_db.session() as s:
        sheet = ranking.score_sheet(s, "UBDT-C4", 2024, "dak lak")
        with pytest.raises(ValidationError, match="không phải thành viên"):
            ranking.score_sheet(s, "UBDT-C4", 2024, "VHTTDL-LS")
    assert sheet.unit.code == "BDT-DLK" and sheet.rank == 1 and sheet.member_count == 8
    roles = [c.role for c in sheet.scorers]
    assert roles.count(R.SELF) == 1 and roles.count(R.PEER) == 7 and roles.count(R.HEAD) == 1
    assert sheet.total == 9812


def test_score_sheet_sections_add_up_and_peers_sort_in_vietnamese(demo_db: Database) -> None:
    with demo_db.session() as s:
        sheet = ranking.score_sheet(s, "UBDT-C4", 2024, "BDT-PY")
    by_code = {r.code: r for r in sheet.rows}
    assert by_code["I"].final == sheet.section_totals["I"]
    assert by_code["1"].final == sum(by_code[c].final or 0 for c in ("1.1", "1.2", "1.3"))
    peers = [c.label for c in sheet.scorers if c.role is R.PEER]
    assert peers.index("Ban Dân tộc Đắk Nông") < peers.index("Ban Dân tộc Gia Lai")


def test_wording_changes_do_not_make_a_new_version(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s)
        locking.unlock_year(s, y.uuid, "Sửa lỗi chính tả trong bảng điểm")
        table = tables.get_table(s, y.uuid)
        assert table is not None
        row = next(c for c in table.criteria if c.code == "1.1")
        fields = tables.CriterionFields(
            "1.1", "Tham mưu ban hành văn bản (đã sửa chính tả)", K.POINTS, 500, "Hướng dẫn mới"
        )
        edited = table_edit.update_criterion(s, row.uuid, fields)
        renamed = table_edit.set_header(s, table.uuid, title="Bảng điểm 2024", declared_total=10000)
    assert edited.revision == renamed.revision == 1
    assert edited.score_count == table.score_count


def test_locked_year_protects_its_regulation(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y = year_of(s)
        member = y.members[0].uuid
        with pytest.raises(ConflictError, match="đã khóa"):
            regulation.set_settings(s, y.uuid, rules.RegulationSettings())
        with pytest.raises(ConflictError, match="đã khóa"):
            regulation.set_votes(s, y.uuid, {member: 3})
        with pytest.raises(ConflictError, match="đã khóa"):
            regulation.set_exclusion(s, y.uuid, member, next(iter(rules.ExclusionReason)))
    assert dump(demo_db) == before


def test_exclusions_are_stored_together_or_not_at_all(demo_db: Database) -> None:
    with demo_db.session() as s:
        y = year_of(s)
        locking.unlock_year(s, y.uuid, "Bổ sung danh sách đơn vị không xét khen thưởng")
        first, second = y.members[0].uuid, y.members[1].uuid
        outsider = year_of(s, "VHTTDL-C4").members[0].uuid
    before = dump(demo_db)
    reason = next(iter(rules.ExclusionReason))
    # WHEN one of three changes names a unit that is not a member
    with demo_db.session() as s, pytest.raises(ValidationError, match="không phải thành viên"):
        regulation.set_exclusions(
            s,
            y.uuid,
            [
                regulation.ExclusionChange(first, reason, "Bị kỷ luật"),
                regulation.ExclusionChange(outsider, reason),
                regulation.ExclusionChange(second, reason),
            ],
        )
    # THEN none of them is stored
    assert dump(demo_db) == before
    # AND without it, both are
    with demo_db.session() as s:
        regulation.set_exclusions(
            s,
            y.uuid,
            [
                regulation.ExclusionChange(first, reason, "Bị kỷ luật"),
                regulation.ExclusionChange(second, reason),
            ],
        )
        stored = {e.unit.uuid: e.note for e in regulation.list_exclusions(s, y.uuid)}
    assert stored == {first: "Bị kỷ luật", second: ""}


def test_the_head_does_not_review_its_own_scores_the_regulation_says_who_does(
    demo_db: Database,
) -> None:
    # GIVEN 2025: Phú Yên is head, Gia Lai deputy; the regulation keeps the default (deputy)
    with demo_db.session() as s:
        y, table = _open_2025(s)
        assert y.head is not None and y.head.code == "BDT-PY"
        before = dump(demo_db)
        # WHEN the head reviews itself THEN it is refused, naming who reviews it
        with pytest.raises(ValidationError, match="BDT-GL thẩm định"):
            scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 400, "BDT-PY", "BDT-PY", R.HEAD)])
    assert dump(demo_db) == before
    with demo_db.session() as s:
        # the deputy's review of the head is stored, and shown in the head's grid
        scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 400, "BDT-GL", "BDT-PY", R.HEAD)])
        from emudesk.services import ui_queries

        grid = ui_queries.score_grid(s, y.uuid, y.head.uuid)
        assert grid is not None
        assert [g.unit.code for g in grid.scorers if g.role is R.HEAD] == ["BDT-GL"]
        # the deputy reviews only the head: the others are the head's to review
        with pytest.raises(ValidationError, match="Chỉ cụm trưởng"):
            scores.set_scores(s, y.uuid, [_input(y, table, "1.1", 400, "BDT-GL", "BDT-LD", R.HEAD)])
        # WHEN the regulation lets the head review itself THEN it may
        settings = regulation.get_settings(s, y.uuid)
        regulation.set_settings(
            s, y.uuid, rules.RegulationSettings(**{**vars(settings), "head_reviewer": "head"})
        )
        scores.set_scores(s, y.uuid, [_input(y, table, "1.2", 400, "BDT-PY", "BDT-PY", R.HEAD)])
