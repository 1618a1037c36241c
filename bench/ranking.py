"""Rank a large cluster-year: 12 units x 150 criteria x 13 scorers.

Two figures: the rules alone (consolidate + rank + award suggestions on in-memory data), and
the whole service on an SQLite database (load the table, the scores and the settings, then
the same computation), which is what the ranking page and ``emudesk ranking`` pay.

    .venv/bin/python bench/ranking.py [--runs 5] [--units 12] [--criteria 150]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from emudesk import rules


def _table(criteria: int) -> tuple[list[rules.CriterionSpec], int]:

    sections = 5
    per_section = criteria // sections
    leaf_max = 100  # 1 point each
    specs = []
    for s in range(sections):
        code = ["I", "II", "III", "IV", "V"][s]
        specs.append(
            rules.CriterionSpec(
                key=f"s{s}",
                code=code,
                title=code,
                kind=rules.CriterionKind.SECTION,
                max_points=per_section * leaf_max,
                position=s,
            )
        )
        for c in range(per_section):
            specs.append(
                rules.CriterionSpec(
                    key=f"s{s}c{c}",
                    code=f"{s + 1}.{c + 1}",
                    title="x",
                    kind=rules.CriterionKind.POINTS,
                    max_points=leaf_max,
                    parent_key=f"s{s}",
                    position=c,
                )
            )
    return specs, sections * per_section * leaf_max


def bench_rules(units: int, criteria: int, runs: int) -> list[float]:
    specs, _total = _table(criteria)
    leaves = [s for s in specs if s.kind.is_leaf]
    unit_keys = [f"u{i}" for i in range(units)]
    rng = random.Random(7)
    entries = []
    for assessed in unit_keys:
        for leaf in leaves:
            for scorer in unit_keys:
                role = rules.ScorerRole.SELF if scorer == assessed else rules.ScorerRole.PEER
                entries.append(
                    rules.ScoreEntry(scorer, role, assessed, leaf.key, rng.randrange(50, 101))
                )
            entries.append(
                rules.ScoreEntry(unit_keys[0], rules.ScorerRole.HEAD, assessed, leaf.key, 90)
            )
    settings = rules.RegulationSettings(
        tie_breaks=(
            rules.TieBreak.section("I"),
            rules.TieBreak(rules.TieBreakKind.FEWER_DEDUCTIONS),
        ),
        quotas=rules.AwardQuotas(flag_count=1, merit_certificates=2),
    )
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        results = rules.consolidate(specs, entries, settings, units=unit_keys)
        ranking = rules.rank_units(results, settings.tie_breaks)
        rules.suggest_awards(ranking, settings.quotas, {}, units)
        times.append(time.perf_counter() - start)
    print(f"  score entries: {len(entries)}")
    return times


def bench_service(units: int, criteria: int, runs: int) -> list[float]:
    from emudesk.db import open_database
    from emudesk.services.organisation import clusters, issuers, years
    from emudesk.services.organisation import units as unit_service
    from emudesk.services.scoring import ranking, regulation, scores, table_edit, tables
    from emudesk.services.tx import batch

    folder = Path(tempfile.mkdtemp(prefix="emudesk-bench-"))
    os.environ["EMUDESK_HOME"] = str(folder / "home")
    db = open_database(folder / "bench.sqlite")
    specs, total = _table(criteria)
    with db.session() as s:
        with batch(s):
            issuer = issuers.create_issuer(s, issuers.IssuerFields(name="Bộ thử nghiệm"))
            cluster = clusters.create_cluster(
                s, clusters.ClusterFields(code="BENCH", name="Cụm thử", issuer_uuid=issuer.uuid)
            )
            member_uuids = [
                unit_service.create_unit(
                    s,
                    unit_service.UnitFields(code=f"U{i:02d}"),
                    official_name=f"Đơn vị {i}",
                    from_year=2024,
                ).uuid
                for i in range(units)
            ]
            year = years.create_year(
                s,
                cluster.uuid,
                2024,
                member_uuids,
                leadership=years.Leadership(member_uuids[0], member_uuids[1]),
            )
            table = tables.create_table(s, year.uuid, declared_total=total)
            table = table_edit.add_rows(
                s,
                table.uuid,
                [
                    table_edit.NewRow(
                        tables.CriterionFields(spec.code, spec.title, spec.kind, spec.max_points),
                        parent_code=next((p.code for p in specs if p.key == spec.parent_key), None),
                    )
                    for spec in specs
                ],
            )
            regulation.set_settings(
                s,
                year.uuid,
                rules.RegulationSettings(
                    tie_breaks=(rules.TieBreak.section("I"),),
                    quotas=rules.AwardQuotas(flag_count=1, merit_certificates=2),
                ),
            )
        rng = random.Random(7)
        inputs = []
        for assessed in member_uuids:
            for leaf in table.leaves():
                for scorer in member_uuids:
                    role = rules.ScorerRole.SELF if scorer == assessed else rules.ScorerRole.PEER
                    inputs.append(
                        scores.ScoreInput(scorer, assessed, leaf.uuid, role, rng.randrange(50, 101))
                    )
                inputs.append(
                    scores.ScoreInput(
                        member_uuids[0], assessed, leaf.uuid, rules.ScorerRole.HEAD, 90
                    )
                )
        start = time.perf_counter()
        scores.set_scores(s, year.uuid, inputs)
        print(f"  storing {len(inputs)} scores: {time.perf_counter() - start:.2f} s")
    times = []
    for _ in range(runs):
        with db.session() as s:
            start = time.perf_counter()
            ranking.compute(s, year.uuid)
            times.append(time.perf_counter() - start)
    db.dispose()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--units", type=int, default=12)
    parser.add_argument("--criteria", type=int, default=150)
    args = parser.parse_args()
    print(f"{args.units} units x {args.criteria} criteria x {args.units + 1} scorers")
    for label, func in (("rules only", bench_rules), ("service on SQLite", bench_service)):
        times = func(args.units, args.criteria, args.runs)
        median, best = statistics.median(times) * 1000, min(times) * 1000
        print(f"{label}: median {median:.0f} ms, best {best:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
