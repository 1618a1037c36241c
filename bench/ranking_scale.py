"""Ranking one cluster-year of the ministry-size database, first call of a fresh process.

Each sample is a fresh Python process (as the window or ``emudesk ranking`` would be) that
imports emudesk, opens the database and configures the ORM's mappers (start-up work, not
timed), then times, in an order that alternates between processes:

- raw: a new ``sqlite3`` connection fetching the year's 13,200 score rows (criterion, scorer,
  assessed unit, role, value; found through the year's scoring table) — the floor of any
  ranking that reads the scores from the database;
- ranking: ``ranking.compute_for`` in a new session — the first call, with its cold caches
  (SQLAlchemy's statement cache, SQLite's page cache), as a user meets it. It reads the same
  13,200 rows, summed by SQLite per (criterion, assessed unit) into 1,200 rows.

Then, for context only (not a baseline): the ranking a second time, and SQLite summing the
same rows as the ranking has them summed (``ranking_read``'s query, on a new ``sqlite3``
connection; the C30 table has no pass/fail row and its regulation trims no extremes).

One unmeasured process first warms the operating system's file cache. The figures are the
medians over the processes and the ratio of the medians.
Goals: median ≤ 50 ms, and ≤ 1.5 × the raw fetch.

    .venv/bin/python bench/ranking_scale.py --db /work/perf-data/ministry.sqlite [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RAW = (
    "SELECT s.criterion_id, s.scorer_unit_id, s.assessed_unit_id, s.role, s.value "
    "FROM score s JOIN criterion c ON c.id = s.criterion_id "
    "JOIN scoring_table t ON t.id = c.table_id "
    "JOIN cluster_year y ON y.id = t.cluster_year_id JOIN cluster k ON k.id = y.cluster_id "
    "WHERE k.code = ? AND y.year = ?"
)


TABLE = (
    "SELECT t.id FROM scoring_table t JOIN cluster_year y ON y.id = t.cluster_year_id "
    "JOIN cluster k ON k.id = y.cluster_id WHERE k.code = ? AND y.year = ? "
    "ORDER BY t.revision DESC LIMIT 1"
)


def sample(path: str, cluster: str, year: int, raw_first: bool) -> dict[str, float]:
    """One fresh process's figures (run inside the child)."""
    import sqlite3
    import time

    from sqlalchemy.orm import configure_mappers

    from emudesk.db import open_database
    from emudesk.services.scoring import ranking, ranking_read

    db = open_database(path)
    configure_mappers()

    def raw() -> float:
        start = time.perf_counter()
        conn = sqlite3.connect(path)
        rows = conn.execute(RAW, (cluster, year)).fetchall()
        conn.close()
        assert rows
        return time.perf_counter() - start

    def ranked() -> float:
        start = time.perf_counter()
        with db.session() as session:
            report = ranking.compute_for(session, cluster, year)
        assert report.rows
        return time.perf_counter() - start

    def summed() -> float:
        start = time.perf_counter()
        conn = sqlite3.connect(path)
        table = conn.execute(TABLE, (cluster, year)).fetchone()[0]
        rows = conn.execute(str(ranking_read._SUMMED[False, False]), {"table": table}).fetchall()
        conn.close()
        assert rows
        return time.perf_counter() - start

    if raw_first:
        figures = {"raw": raw(), "ranking": ranked()}
    else:
        figures = {"ranking": ranked(), "raw": raw()}
    figures["ranking_again"] = ranked()
    figures["summed"] = summed()
    db.dispose()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/emudesk-scale.sqlite")
    parser.add_argument("--cluster", default="C30")
    parser.add_argument("--year", type=int, default=2020)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--child", choices=("raw-first", "ranking-first"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = sample(args.db, args.cluster, args.year, args.child == "raw-first")
        print(json.dumps(figures))
        return 0
    if not Path(args.db).exists():
        raise SystemExit(f"{args.db} does not exist: run bench/scale.py --generate-only first")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # An installed program runs from compiled bytecode: the unmeasured first run writes the
    # .pyc files, which PYTHONDONTWRITEBYTECODE (set in some shells) would forbid.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("EMUDESK_HOME", str(Path(args.db).parent / "emudesk-bench-home"))
    results = []
    for run in range(args.runs + 1):
        order = "raw-first" if run % 2 else "ranking-first"
        command = [sys.executable, __file__, "--db", args.db, "--cluster", args.cluster,
                   "--year", str(args.year), "--child", order]  # fmt: skip
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        if run:  # the first process only warms the file cache
            results.append(json.loads(done.stdout))
    raw = statistics.median(r["raw"] for r in results) * 1000
    first = statistics.median(r["ranking"] for r in results) * 1000
    again = statistics.median(r["ranking_again"] for r in results) * 1000
    worst = max(r["ranking"] for r in results) * 1000
    summed = statistics.median(r["summed"] for r in results) * 1000
    print(f"{args.cluster} {args.year} on {args.db}, {args.runs} fresh processes (medians):")
    print(f"  raw sqlite3 fetch of the scores: {raw:6.1f} ms")
    print(f"  ranking, first call:             {first:6.1f} ms  (slowest {worst:.1f} ms)")
    print(f"  ranking, second call:            {again:6.1f} ms")
    print(f"  (context) SQLite summing them:   {summed:6.1f} ms  (the ranking's score query)")
    print(f"  ratio first call / raw: {first / raw:.2f}  (goal ≤ 1.5; median goal ≤ 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
