"""The lean ranking path (plain SQL into plain records) gives what the ORM path gave.

``ranking_orm_reference`` is the ORM path as it stood before; both apply the same rules, so
any difference comes from reading the inputs. Compared on every cluster-year of the demo (the
2025 reorganised years with their mergers and renames included) and on a generated database
built for ties (shared ranks, tie-breaks by section, votes and the previous year's rank).
"""

from __future__ import annotations

import random
from uuid import UUID

import pytest
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.db import Database
from emudesk.errors import EmuError
from emudesk.services.organisation import clusters, issuers, years
from emudesk.services.organisation import units as unit_service
from emudesk.services.scoring import ranking, regulation, scores, table_edit, tables
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


def test_the_lean_path_ranks_every_demo_year_as_the_orm_path(reorganised_db: Database) -> None:
    assert _compare_every_year(reorganised_db) >= 4


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


def test_the_lean_path_breaks_ties_as_the_orm_path(db: Database) -> None:
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
