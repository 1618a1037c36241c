"""The lean ranking path (plain SQL into plain records) gives what the ORM path gave.

``ranking_orm_reference`` is the ORM path as it stood before; both apply the same rules, so
any difference comes from reading the inputs. Compared on every cluster-year of the demo (the
2025 reorganised years with their mergers and renames included) and on a generated database
built for ties (shared ranks, tie-breaks by section, votes and the previous year's rank).
"""

from __future__ import annotations

import random
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.db import Database
from emudesk.errors import EmuError
from emudesk.services.organisation import clusters, issuers, years
from emudesk.services.organisation import units as unit_service
from emudesk.services.scoring import (
    ranking,
    ranking_read,
    regulation,
    scores,
    table_edit,
    tables,
)
from emudesk.services.tx import batch
from tests.services import ranking_orm_reference as reference


def _outcome(compute: object, session: Session, year_uuid: UUID, document: bool) -> object:
    try:
        return compute(session, year_uuid, document=document)  # type: ignore[operator]
    except EmuError as exc:
        return (type(exc).__name__, str(exc))


def _compare_every_year(database: Database) -> int:
    compared = 0
    with database.session() as s:
        for cluster in clusters.list_clusters(s):
            for year in years.list_years(s, cluster.uuid):
                for document in (False, True):
                    lean = _outcome(ranking.compute, s, year.uuid, document)
                    orm = _outcome(reference.compute, s, year.uuid, document)
                    assert lean == orm, (cluster.code, year.year, document)
                    compared += not isinstance(lean, tuple)
                lean_for = (
                    ranking.compute_for(s, cluster.code.lower(), year.year)
                    if (not isinstance(lean, tuple))
                    else None
                )
                if lean_for is not None:
                    assert lean_for == reference.compute_for(s, cluster.uuid, year.year)
    return compared


def test_the_lean_path_ranks_every_demo_year_as_the_orm_path(
    reorganised_db: Database, entries_read: list[int]
) -> None:
    assert _compare_every_year(reorganised_db) >= 4
    assert not entries_read  # the demo's scores were consolidated from their sums


def test_the_lean_path_refuses_as_the_orm_path(demo_db: Database) -> None:
    with demo_db.session() as s:
        with pytest.raises(EmuError) as lean:
            ranking.compute_for(s, "NO-SUCH", 2024)
        with pytest.raises(EmuError) as orm:
            reference.compute_for(s, "NO-SUCH", 2024)
        assert str(lean.value) == str(orm.value)
        with pytest.raises(EmuError) as lean:
            ranking.compute_for(s, "UBDT-C4", 2099)
        with pytest.raises(EmuError) as orm:
            reference.compute_for(s, "UBDT-C4", 2099)
        assert str(lean.value) == str(orm.value)
        with pytest.raises(EmuError) as lean:
            ranking.compute(s, UUID(int=7))
        with pytest.raises(EmuError) as orm:
            reference.compute(s, UUID(int=7))
        assert str(lean.value) == str(orm.value)


def _tied_database(s: Session) -> list[UUID]:
    """Seven units over two years, built for ties: in 2023 the first two units score alike
    (a shared rank); in 2024 the units score alike in pairs, which the votes (a pair), the
    previous year's rank (a pair even in votes, a pair without) decide; the seventh unit
    stays unscored."""
    rng = random.Random(19)
    with batch(s):
        issuer = issuers.create_issuer(s, issuers.IssuerFields(name="Bộ thử hòa điểm"))
        cluster = clusters.create_cluster(
            s, clusters.ClusterFields(code="TIES", name="Cụm hòa", issuer_uuid=issuer.uuid)
        )
        members = [
            unit_service.create_unit(
                s,
                unit_service.UnitFields(code=f"T{i}"),
                official_name=f"Đơn vị {i}",
                from_year=2023,
            ).uuid
            for i in range(7)
        ]
    made = []
    for year_number in (2023, 2024):
        year = years.create_year(
            s,
            cluster.uuid,
            year_number,
            members,
            leadership=years.Leadership(members[0], members[1]),
        )
        table = tables.create_table(s, year.uuid, declared_total=600)
        rows = []
        for section in ("I", "II"):
            rows.append(
                table_edit.NewRow(
                    tables.CriterionFields(section, section, rules.CriterionKind.SECTION, 300)
                )
            )
            rows += [
                table_edit.NewRow(
                    tables.CriterionFields(f"{section}.{n}", "x", rules.CriterionKind.POINTS, 100),
                    parent_code=section,
                )
                for n in (1, 2, 3)
            ]
        table = table_edit.add_rows(s, table.uuid, rows)
        chain: tuple[rules.TieBreak, ...] = (rules.TieBreak.section("II"),)
        if year_number == 2024:
            chain += (
                rules.TieBreak(rules.TieBreakKind.VOTES),
                rules.TieBreak(rules.TieBreakKind.PREVIOUS_RANK),
            )
        regulation.set_settings(
            s,
            year.uuid,
            rules.RegulationSettings(
                tie_breaks=chain, quotas=rules.AwardQuotas(flag_count=2, merit_certificates=2)
            ),
        )
        inputs = []
        draws = {
            (a, leaf.uuid): rng.choice((0, 50, 100)) for a in range(6) for leaf in table.leaves()
        }
        for index, assessed in enumerate(members[:6]):  # the seventh stays unscored
            alike = index // 2 * 2 if year_number == 2024 else max(index, 1)
            for leaf in table.leaves():
                for scorer in members:
                    role = rules.ScorerRole.SELF if scorer == assessed else rules.ScorerRole.PEER
                    value = draws[(alike, leaf.uuid)]
                    inputs.append(scores.ScoreInput(scorer, assessed, leaf.uuid, role, value))
        scores.set_scores(s, year.uuid, inputs)
        if year_number == 2024:
            regulation.set_votes(s, year.uuid, {members[2]: 4, members[3]: 4, members[4]: 1})
            regulation.set_exclusion(
                s, year.uuid, members[5], rules.ExclusionReason.INSPECTION, "thanh tra"
            )
        made.append(year.uuid)
    return made


def test_the_lean_path_breaks_ties_as_the_orm_path(db: Database, entries_read: list[int]) -> None:
    with db.session() as s:
        made = _tied_database(s)
        for year_uuid in made:
            for document in (False, True):
                lean = ranking.compute(s, year_uuid, document=document)
                assert lean == reference.compute(s, year_uuid, document=document)
        first, second = (ranking.compute(s, year_uuid) for year_uuid in made)
    assert first.rows[0].shared or first.rows[1].shared
    assert {"votes", "previous_rank"} <= {row.decided_by for row in second.rows}
    assert _compare_every_year(db) == 4
    assert not entries_read


# --- the scores summed by the database (``rules.consolidate_summaries``) ---------------------


@pytest.fixture
def entries_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the reads of the scores one by one (the summed read's fallback)."""
    calls: list[int] = []
    read_entries = ranking_read._entries

    def spy(*args: Any) -> tuple[rules.ScoreEntry, ...]:
        calls.append(1)
        return read_entries(*args)

    monkeypatch.setattr(ranking_read, "_entries", spy)
    return calls


def _kinds_database(s: Session) -> tuple[UUID, list[UUID]]:
    """Five units, one year, a table with every kind of row, scored so that every rule of
    consolidation has something to decide: a pass/fail row only self-scored (no peer
    scores), a unit only self-scored, a unit unscored on the quantity row, the head's
    reviews on one row (the head's own by the deputy), means of thirds and halves that
    round differently at each precision, bonus and deduction over their caps."""
    K = rules.CriterionKind
    rng = random.Random(1919)
    with batch(s):
        issuer = issuers.create_issuer(s, issuers.IssuerFields(name="Bộ thử mọi loại dòng"))
        cluster = clusters.create_cluster(
            s, clusters.ClusterFields(code="KINDS", name="Cụm mọi loại", issuer_uuid=issuer.uuid)
        )
        members = [
            unit_service.create_unit(
                s,
                unit_service.UnitFields(code=f"K{i}"),
                official_name=f"Đơn vị {i}",
                from_year=2024,
            ).uuid
            for i in range(5)
        ]
    year = years.create_year(
        s, cluster.uuid, 2024, members, leadership=years.Leadership(members[0], members[1])
    )
    table = tables.create_table(s, year.uuid, declared_total=1000)
    rows = [
        table_edit.NewRow(tables.CriterionFields("I", "I", K.SECTION, 1000)),
        table_edit.NewRow(tables.CriterionFields("1", "x", K.POINTS, 301), parent_code="I"),
        table_edit.NewRow(tables.CriterionFields("2", "x", K.PASS_FAIL, 100), parent_code="I"),
        table_edit.NewRow(
            tables.CriterionFields(
                "3", "x", K.PER_OCCURRENCE, 200, params={"points_per_occurrence": 35}
            ),
            parent_code="I",
        ),
        table_edit.NewRow(
            tables.CriterionFields("4", "x", K.QUANTITATIVE, 399, params={"target": 9000}),
            parent_code="I",
        ),
        table_edit.NewRow(tables.CriterionFields("T", "x", K.BONUS, 100)),
        table_edit.NewRow(tables.CriterionFields("D", "x", K.DEDUCTION, 100)),
    ]
    table = table_edit.add_rows(s, table.uuid, rows)
    leaves = {leaf.code: leaf.uuid for leaf in table.leaves()}
    draws = {"1": range(302), "3": range(9), "4": range(8000, 10001, 7), "T": range(101)}
    draws["D"] = draws["T"]
    inputs = []
    for assessed in members:
        for code, leaf in leaves.items():
            if code == "4" and assessed == members[3]:
                continue  # unscored on the quantity row
            for scorer in members:
                own = scorer == assessed
                if not own and (code == "2" or assessed == members[4]):
                    continue  # the pass/fail row and the fifth unit: self-scores only
                role = rules.ScorerRole.SELF if own else rules.ScorerRole.PEER
                value = 100 * rng.randint(0, 1) if code == "2" else rng.choice(draws[code])
                inputs.append(scores.ScoreInput(scorer, assessed, leaf, role, value))
        reviewer = members[1] if assessed == members[0] else members[0]
        inputs.append(
            scores.ScoreInput(reviewer, assessed, leaves["1"], rules.ScorerRole.HEAD, 151)
        )
    scores.set_scores(s, year.uuid, inputs)
    return year.uuid, members


def _settings_to_try() -> list[rules.RegulationSettings]:
    return [
        rules.RegulationSettings(
            combine=method,
            trim_extremes=trim,
            trim_min_peers=3,
            decimals=decimals,
            bonus_cap=50 if decimals == 1 else None,
            deduction_cap=30 if decimals == 1 else None,
        )
        for method in rules.CombineMethod
        for trim in (False, True)
        for decimals in (0, 1, 2)
    ]


def test_the_summed_scores_rank_as_the_orm_path_under_every_rule(
    db: Database, entries_read: list[int]
) -> None:
    with db.session() as s:
        year_uuid, members = _kinds_database(s)
        for settings in _settings_to_try():
            regulation.set_settings(s, year_uuid, settings)
            summed = ranking.compute(s, year_uuid)
            assert summed == reference.compute(s, year_uuid), settings
            assert len(summed.rows) == len(members)
        assert not entries_read  # each ranking above consolidated the sums
        sheet = ranking.score_sheet(s, "KINDS", 2024, "K2")
    assert entries_read  # a score sheet shows every scorer's value: read one by one
    assert any(len(row.values) > 1 for row in sheet.rows)


_ODD_SCORES = {
    "a value above its row's maximum": "UPDATE score SET value = 302 WHERE id = :id",
    "a negative value": "UPDATE score SET value = -1 WHERE id = :id",
    "a peer scoring itself": "UPDATE score SET scorer_unit_id = assessed_unit_id WHERE id = :id",
    "a self-score by another unit": (
        "UPDATE score SET role = 'self' WHERE id = :id"  # a peer's row turned into a self-score
    ),
    "two heads' reviews": "UPDATE score SET role = 'head' WHERE id = :id",
}


@pytest.mark.parametrize("odd", sorted(_ODD_SCORES))
def test_scores_the_check_must_see_are_read_one_by_one(
    db: Database, entries_read: list[int], odd: str
) -> None:
    with db.session() as s:
        year_uuid, _members = _kinds_database(s)
        peer_row = s.execute(
            text(
                "SELECT s.id FROM score s JOIN criterion c ON c.id = s.criterion_id "
                "JOIN unit u ON u.id = s.assessed_unit_id "
                "WHERE c.code = '1' AND s.role = 'peer' AND u.code = 'K2' ORDER BY s.id DESC LIMIT 1"
            )
        ).scalar_one()
        s.execute(text(_ODD_SCORES[odd]), {"id": peer_row})
        s.commit()
        lean = _outcome(ranking.compute, s, year_uuid, False)
        assert lean == _outcome(reference.compute, s, year_uuid, False)
    assert isinstance(lean, tuple)  # refused, with the entries' own words
    assert entries_read


def test_a_pass_fail_value_between_the_ends_is_read_one_by_one(
    db: Database, entries_read: list[int]
) -> None:
    with db.session() as s:
        year_uuid, _members = _kinds_database(s)
        s.execute(
            text(
                "UPDATE score SET value = 40 WHERE id = (SELECT MIN(s.id) FROM score s "
                "JOIN criterion c ON c.id = s.criterion_id WHERE c.code = '2')"
            )
        )
        s.commit()
        lean = _outcome(ranking.compute, s, year_uuid, False)
        assert lean == _outcome(reference.compute, s, year_uuid, False)
    assert isinstance(lean, tuple)
    assert entries_read


@pytest.mark.sqlite_only  # PostgreSQL's column holds no such values, and its sums are NUMERIC
def test_counts_whose_sum_overflows_sqlite_are_read_one_by_one(
    db: Database, entries_read: list[int]
) -> None:
    with db.session() as s:
        year_uuid, _members = _kinds_database(s)
        s.execute(
            text(
                "UPDATE score SET value = 4611686018427387904 WHERE criterion_id = "
                "(SELECT id FROM criterion WHERE code = '3') AND role = 'peer'"
            )
        )
        s.commit()
        lean = _outcome(ranking.compute, s, year_uuid, False)
        assert lean == _outcome(reference.compute, s, year_uuid, False)
    assert entries_read
