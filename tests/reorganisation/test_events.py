"""Events on a date: every kind, a colliding merger, a vanished head (issue 16)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from emudesk import rules
from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.model import AuditEntry, Criterion, OrgEvent, Score, ScoringTable, Unit
from emudesk.services.organisation import issuers, names_on_dates, units, years
from emudesk.services.papers import names
from emudesk.services.reorganisation import events, leaders, moves
from emudesk.services.reorganisation.events import Decision
from emudesk.services.reorganisation.merger import Choice, CollisionRule
from emudesk.services.scoring import ranking, scores
from tests.conftest import dump

MARCH = dt.date(2025, 3, 1)
JULY = dt.date(2025, 7, 1)


def _uuid(s, code: str):
    return units.find(s, code).uuid


def test_issuer_rename_keeps_earlier_papers(demo_db: Database) -> None:
    with demo_db.session() as s:
        issuer = next(i for i in issuers.list_issuers(s) if i.short_name == "UBDT")
        done = events.rename_issuer(
            s,
            issuer.uuid,
            on=MARCH,
            name="Bộ Dân tộc và Tôn giáo",
            short_name="Bộ DTTG",
            signer_title="Bộ trưởng Bộ Dân tộc và Tôn giáo",
            decision=Decision("176/2025/QH15", dt.date(2025, 2, 18)),
        )
        entity = issuers.load(s, issuer.uuid)
        assert names.issuer_name(entity, dt.date(2025, 2, 28)) == "Ủy ban Dân tộc"
        assert names.issuer_name(entity, MARCH) == "Bộ Dân tộc và Tôn giáo"
        assert names.issuer_name(entity, None, 2024) == "Ủy ban Dân tộc"
        naming = names.issuer_naming(entity, dt.date(2025, 12, 31))
        assert naming.signer_title == "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO"
        assert naming.decision_number == "176/2025/QH15"
        assert years.get_year(s, "UBDT-C4", 2024).issuer_name == "Ủy ban Dân tộc"
        assert years.get_year(s, "UBDT-C4", 2025).issuer_name == "Bộ Dân tộc và Tôn giáo"
        history = names_on_dates.issuer_history(entity)
        assert [h.name for h in history] == ["Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"]
        kept = s.scalar(select(OrgEvent).where(OrgEvent.uuid == done.uuid))
        assert kept is not None and kept.decision_number == "176/2025/QH15"
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "event_rename_issuer"))


def test_unit_rename_on_a_date(demo_db: Database) -> None:
    with demo_db.session() as s:
        events.rename_unit(
            s,
            _uuid(s, "BDT-DLK"),
            on=MARCH,
            official_name="Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk",
            short_name="Sở DTTG Đắk Lắk",
        )
        unit = units.find(s, "BDT-DLK")
        assert names_on_dates.unit_ref_on(unit, dt.date(2025, 2, 28)).name == (
            "Ban Dân tộc tỉnh Đắk Lắk"
        )
        assert names_on_dates.unit_ref_on(unit, MARCH).short_name == "Sở DTTG Đắk Lắk"
        assert "Ban Dân tộc tỉnh Đắk Lắk" in [
            m.name for m in years.get_year(s, "UBDT-C4", 2024).members
        ]
        assert "Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk" in [
            m.name for m in years.get_year(s, "UBDT-C4", 2025).members
        ]


def test_merger_mid_year_moves_the_year_and_flags_the_head(demo_db: Database) -> None:
    with demo_db.session() as s:
        year = years.get_year(s, "UBDT-C4", 2025)
        assert year.head is not None and year.head.code == "BDT-PY"
        plan = events.merge_preview(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
        assert plan.years == ["UBDT-C4/2025"]
        events.merge(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
        after = years.get_year(s, "UBDT-C4", 2025)
        codes = [m.code for m in after.members]
        assert "BDT-PY" not in codes and "BDT-DLK" in codes and len(codes) == 7
        assert [m.code for m in years.get_year(s, "UBDT-C4", 2024).members].count("BDT-PY") == 1
        flagged = leaders.vanished_leaders(s, after.uuid)
        assert [
            (v.role, v.unit.code, v.successor.code if v.successor else None) for v in flagged
        ] == [("head", "BDT-PY", "BDT-DLK")]
        assert leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 6, 30)).year.head.code == "BDT-PY"
        # one action records the successor
        done = leaders.record_successor(s, after.uuid, "head")
        assert done.head is not None and done.head.code == "BDT-DLK"
        assert leaders.vanished_leaders(s, after.uuid) == []
        before = leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 6, 30)).year
        assert before.head.code == "BDT-PY" and len(before.members) == 8
        later = leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 7, 1)).year
        assert later.head.code == "BDT-DLK" and len(later.members) == 7


def _leaf(s, cluster: str, year: int, code: str) -> Criterion:
    cluster_year = years.find(s, cluster, year)
    return s.scalar(
        select(Criterion)
        .join(ScoringTable)
        .where(ScoringTable.cluster_year_id == cluster_year.id, Criterion.code == code)
    )


def _self_score(s, unit_code: str, row: Criterion) -> Score | None:
    unit = units.find(s, unit_code)
    return s.scalar(
        select(Score).where(
            Score.criterion_id == row.id,
            Score.scorer_unit_id == unit.id,
            Score.assessed_unit_id == unit.id,
            Score.role == "self",
        )
    )


def _score_both(s, row_code: str, py: int, dlk: int) -> None:
    cluster_year = years.find(s, "UBDT-C4", 2025)
    row = _leaf(s, "UBDT-C4", 2025, row_code)
    inputs = [
        scores.ScoreInput(_uuid(s, c), _uuid(s, c), row.uuid, rules.ScorerRole.SELF, v)
        for c, v in (("BDT-PY", py), ("BDT-DLK", dlk))
    ]
    inputs.append(
        scores.ScoreInput(
            _uuid(s, "BDT-DLK"), _uuid(s, "BDT-PY"), row.uuid, rules.ScorerRole.PEER, 300
        )
    )
    scores.set_scores(s, cluster_year.uuid, inputs)


@pytest.mark.parametrize(
    ("rule", "answers", "expected"),
    [
        (CollisionRule.KEEP_SUCCESSOR, {}, 400),
        (CollisionRule.MEAN, {}, 363),  # (325 + 400) / 2 = 362.5 → 363 half up
        (CollisionRule.ASK, {"UBDT-C4/2025:1.1:BDT-DLK:self": Choice.ABSORBED}, 325),
    ],
)
def test_colliding_merger_follows_the_rule(
    demo_db: Database, rule: CollisionRule, answers: dict[str, Choice], expected: int
) -> None:
    with demo_db.session() as s:
        _score_both(s, "1.1", py=325, dlk=400)
        plan = events.merge_preview(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
        assert [c.key for c in plan.collisions] == ["UBDT-C4/2025:1.1:BDT-DLK:self"]
        assert plan.scores_dropped == 1  # Đắk Lắk's peer score of Phú Yên: now itself
        events.merge(
            s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY, rule=rule, answers=answers
        )
        row = _leaf(s, "UBDT-C4", 2025, "1.1")
        kept = _self_score(s, "BDT-DLK", row)
        assert kept is not None and kept.value == expected
        py = units.find(s, "BDT-PY")
        assert (
            s.scalar(
                select(Score).where(Score.assessed_unit_id == py.id, Score.criterion_id == row.id)
            )
            is None
        )
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "event_merge"))
        assert audit is not None and audit.new_value["rule"] == rule.value


def test_asking_without_an_answer_changes_nothing(demo_db: Database) -> None:
    with demo_db.session() as s:
        _score_both(s, "1.1", py=325, dlk=400)
    before = dump(demo_db)
    with demo_db.session() as s, pytest.raises(ValidationError, match=r"1\.1"):
        events.merge(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY, rule=CollisionRule.ASK)
    assert dump(demo_db) == before


def test_split_join_and_leave(demo_db: Database) -> None:
    with demo_db.session() as s:
        for code, name in (("NEW-A", "Sở A"), ("NEW-B", "Sở B")):
            units.create_unit(s, units.UnitFields(code=code), official_name=name, from_year=2025)
        events.split(s, _uuid(s, "BDT-KT"), [_uuid(s, "NEW-A"), _uuid(s, "NEW-B")], on=JULY)
        codes = {m.code for m in years.get_year(s, "UBDT-C4", 2025).members}
        assert {"NEW-A", "NEW-B"} <= codes and "BDT-KT" not in codes
        kon_tum = units.find(s, "BDT-KT")
        assert kon_tum.merged_on == JULY and kon_tum.successor.code == "NEW-A"
        moves.leave_cluster(s, _uuid(s, "NEW-B"), "UBDT-C4", on=dt.date(2025, 9, 1))
        assert "NEW-B" not in {m.code for m in years.get_year(s, "UBDT-C4", 2025).members}
        moves.join_cluster(s, _uuid(s, "NEW-B"), "VHTTDL-C4", on=dt.date(2025, 9, 1))
        assert "NEW-B" in {m.code for m in years.get_year(s, "VHTTDL-C4", 2025).members}
        on_aug = leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 8, 31)).year
        assert on_aug is not None and "NEW-B" in {m.code for m in on_aug.members}
        on_june = leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 6, 30)).year
        assert "BDT-KT" in {m.code for m in on_june.members}
        assert "NEW-A" not in {m.code for m in on_june.members}
        kinds = [e.kind.value for e in events.list_events(s)]
        assert kinds == ["split", "leave", "join"]


def test_a_head_cannot_leave_before_its_successor_is_recorded(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s, pytest.raises(ValidationError):
        moves.leave_cluster(s, _uuid(s, "BDT-PY"), "UBDT-C4", on=JULY)
    assert dump(demo_db) == before


def test_open_year_uses_names_and_members_of_1_january(reorganised_db: Database) -> None:
    from emudesk.services.organisation import next_year

    with reorganised_db.session() as s:
        y2025 = years.get_year(s, "UBDT-C4", 2025)
        plan = next_year.plan(s, y2025.uuid)
        assert len(plan.members) == 5
        assert all(m.name.startswith("Sở Dân tộc và Tôn giáo") for m in plan.members)
        created = next_year.open_next_year(
            s, y2025.uuid, head_uuid=_uuid(s, "BDT-GL"), deputy_uuid=_uuid(s, "BDT-LD")
        )
        assert created.issuer_name == "Bộ Dân tộc và Tôn giáo"
        assert len(created.members) == 5


def test_the_2025_ranking_of_ubdt_ranks_five_successors(reorganised_db: Database) -> None:
    with reorganised_db.session() as s:
        report = ranking.compute_for(s, "UBDT-C4", 2025)
        assert sorted(r.unit.code for r in report.rows) == [
            "BDT-DLK",
            "BDT-GL",
            "BDT-KH",
            "BDT-LD",
            "BDT-QNG",
        ]
        old = ranking.compute_for(s, "UBDT-C4", 2024)
        assert len(old.rows) == 8 and old.rows[0].unit.name == "Ban Dân tộc tỉnh Đắk Lắk"


def test_the_demo_head_vanished_and_was_replaced(reorganised_db: Database) -> None:
    with reorganised_db.session() as s:
        year = years.get_year(s, "UBDT-C4", 2025)
        assert year.head is not None and year.head.code == "BDT-DLK"
        assert leaders.vanished_leaders(s, year.uuid) == []
        phu_yen = s.scalar(select(Unit).where(Unit.code == "BDT-PY"))
        assert phu_yen.merged_on == JULY and phu_yen.successor.code == "BDT-DLK"


def test_the_regulation_says_ask_and_the_answers_are_audited(demo_db: Database) -> None:
    from emudesk.services.scoring import regulation

    with demo_db.session() as s:
        _score_both(s, "1.1", py=325, dlk=400)
        year = years.find(s, "UBDT-C4", 2025)
        settings = regulation.settings_of(s, year)
        regulation.set_settings(
            s, year.uuid, dataclasses.replace(settings, merger_collision=CollisionRule.ASK)
        )
    before = dump(demo_db)
    with demo_db.session() as s:
        plan = events.merge_preview(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
        assert plan.rule is CollisionRule.ASK
        with pytest.raises(ValidationError, match=r"1\.1"):  # the regulation's rule applies
            events.merge(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
    assert dump(demo_db) == before
    with demo_db.session() as s:
        key = "UBDT-C4/2025:1.1:BDT-DLK:self"
        events.merge(
            s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY, answers={key: Choice.MEAN}
        )
        kept = _self_score(s, "BDT-DLK", _leaf(s, "UBDT-C4", 2025, "1.1"))
        assert kept is not None and kept.value == 363
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "event_merge"))
        assert audit is not None and audit.new_value["rule"] == "ask"
        assert audit.new_value["answers"] == {key: "mean"}
