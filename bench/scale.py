"""A ministry-sized database, and how emudesk's window copes with it.

Generates (bulk inserts, not the services: the point is the size) 60 clusters × 10 units ×
10 years × a 120-criterion table × 11 scorers per unit (self, 9 peers, the head's review) —
7,920,000 scores, a 1.57 GB file — into a fresh SQLite file, then measures the main window on
it (window shown / data shown, medians of 5 fresh processes) and, with ``--with-import``, the
import of 100 returns into it. Ranking, check and backup at this size have their own benches,
which reuse the file: ``bench/ranking_scale.py`` and ``bench/check_scale.py``.

    .venv/bin/python bench/scale.py [--clusters 60] [--units 10] [--years 10] [--criteria 120]
                                    [--db /tmp/emudesk-scale.sqlite] [--keep] [--generate-only]
                                    [--with-import]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SECTIONS = 6


def generate(path: Path, clusters: int, units: int, years: int, criteria: int) -> int:
    """Fill ``path`` (migrated first) and return the number of scores."""
    from emudesk.db import open_database

    db = open_database(path, create=True)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-11-24 00:00:00.000000"
    rng = random.Random(2026)

    def u() -> str:
        return uuid.uuid4().hex

    travel = (1, now, "bench")
    conn.execute(
        "INSERT INTO issuer (name, short_name, kind, signer_title, uuid, version, updated_at, "
        "updated_by) VALUES (?, ?, 'ministry', ?, ?, ?, ?, ?)",
        ("Bộ Thử nghiệm quy mô", "BTN", "BỘ TRƯỞNG BỘ THỬ NGHIỆM", u(), *travel),
    )
    issuer_id = conn.execute("SELECT max(id) FROM issuer").fetchone()[0]
    per_section = criteria // SECTIONS
    scores = 0
    for c in range(clusters):
        conn.execute(
            "INSERT INTO cluster (code, number, name, kind, issuer_id, founding_decision_number, "
            "notes, uuid, version, updated_at, updated_by) "
            "VALUES (?, ?, ?, 'cluster', ?, '', '', ?, ?, ?, ?)",
            (f"C{c:02d}", c + 1, f"Cụm thi đua số {c + 1}", issuer_id, u(), *travel),
        )
        cluster_id = conn.execute("SELECT max(id) FROM cluster").fetchone()[0]
        unit_ids = []
        for i in range(units):
            conn.execute(
                "INSERT INTO unit (code, province, contact_person, email, phone, uuid, version, "
                "updated_at, updated_by) VALUES (?, '', '', '', '', ?, ?, ?, ?)",
                (f"C{c:02d}-U{i:02d}", u(), *travel),
            )
            unit_id = conn.execute("SELECT max(id) FROM unit").fetchone()[0]
            conn.execute(
                "INSERT INTO unit_name (unit_id, valid_from, official_name, short_name, "
                "decision_number) VALUES (?, '2015-01-01', ?, ?, '')",
                (unit_id, f"Sở thử nghiệm {c}-{i}", f"Sở {c}-{i}"),
            )
            unit_ids.append(unit_id)
        for y in range(years):
            year = 2016 + y
            head, deputy = unit_ids[y % units], unit_ids[(y + 1) % units]
            conn.execute(
                "INSERT INTO cluster_year (cluster_id, year, head_unit_id, deputy_unit_id, "
                "selection_method, recognition_decision_number, notes, uuid, version, "
                "updated_at, updated_by) VALUES (?, ?, ?, ?, 'rotation', '', '', ?, ?, ?, ?)",
                (cluster_id, year, head, deputy, u(), *travel),
            )
            year_id = conn.execute("SELECT max(id) FROM cluster_year").fetchone()[0]
            conn.executemany(
                "INSERT INTO membership (cluster_year_id, unit_id) VALUES (?, ?)",
                [(year_id, unit) for unit in unit_ids],
            )
            conn.execute(
                "INSERT INTO scoring_table (cluster_year_id, revision, title, declared_total, "
                "is_example, created_at, uuid, version, updated_at, updated_by) "
                "VALUES (?, 1, ?, ?, 0, ?, ?, ?, ?, ?)",
                (year_id, f"Bảng điểm {year}", per_section * SECTIONS * 100, now, u(), *travel),
            )
            table_id = conn.execute("SELECT max(id) FROM scoring_table").fetchone()[0]
            leaves = []
            position = 0
            for s in range(SECTIONS):
                conn.execute(
                    "INSERT INTO criterion (table_id, parent_id, position, code, title, guidance, "
                    "kind, max_points, params, uuid, version, updated_at, updated_by) "
                    "VALUES (?, NULL, ?, ?, ?, '', 'section', ?, '{}', ?, ?, ?, ?)",
                    (table_id, position, f"S{s + 1}", f"Mục {s + 1}", per_section * 100, u(),
                     *travel),
                )  # fmt: skip
                position += 1
                section_id = conn.execute("SELECT max(id) FROM criterion").fetchone()[0]
                for k in range(per_section):
                    conn.execute(
                        "INSERT INTO criterion (table_id, parent_id, position, code, title, "
                        "guidance, kind, max_points, params, uuid, version, updated_at, "
                        "updated_by) VALUES (?, ?, ?, ?, ?, '', 'points', 100, '{}', ?, ?, ?, ?)",
                        (table_id, section_id, position, f"{s + 1}.{k + 1}",
                         f"Tiêu chí {s + 1}.{k + 1}", u(), *travel),
                    )  # fmt: skip
                    position += 1
                    leaves.append(conn.execute("SELECT max(id) FROM criterion").fetchone()[0])
            rows = []
            for assessed in unit_ids:
                for scorer in unit_ids:
                    role = "self" if scorer == assessed else "peer"
                    rows += [
                        (u(), 1, leaf, scorer, assessed, role, rng.randint(50, 100), "", "",
                         "draft", now, "bench")
                        for leaf in leaves
                    ]  # fmt: skip
                rows += [
                    (u(), 1, leaf, head, assessed, "head", rng.randint(50, 100), "", "", "draft",
                     now, "bench")
                    for leaf in leaves
                ]  # fmt: skip
            conn.executemany(
                "INSERT INTO score (uuid, version, criterion_id, scorer_unit_id, "
                "assessed_unit_id, role, value, note, evidence, status, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            scores += len(rows)
        conn.commit()
        print(f"  cluster {c + 1}/{clusters}: {scores:,} scores", file=sys.stderr)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return scores


def time_window(path: Path, flag: str, runs: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EMUDESK_HOME": "/tmp/emudesk-scale-home"}
    command = [sys.executable, "-m", "emudesk", "--db", str(path), flag]
    samples = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples[1:])


def time_import(path: Path, cluster: str, rounds: int = 10) -> tuple[float, float, float]:
    """Export one cluster-year's forms, fill them in ``rounds`` rounds and import all of them:
    (openpyxl alone, emudesk check, emudesk commit) in seconds."""
    import importlib.util
    import tempfile

    from emudesk.db import open_database
    from emudesk.services.exchange import form_export
    from emudesk.services.organisation import years

    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    assert spec is not None and spec.loader is not None
    bench_import = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_import)
    db = open_database(path)
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            with db.session() as session:
                year = years.get_year(session, cluster, 2020)
                forms = form_export.export_forms(session, year.uuid, folder)
            batches = []
            for r in range(rounds):
                target = folder / f"round{r}"
                target.mkdir()
                batches.append([target / f.name for f in forms])
                for form, returned in zip(forms, batches[-1], strict=True):
                    bench_import.fill(form, returned, r)
            alone = bench_import.openpyxl_alone([f for batch in batches for f in batch])
            checking, committing, _stored = bench_import.emudesk_import(db, batches)
        return alone, checking, committing
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--units", type=int, default=10)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--criteria", type=int, default=120)
    parser.add_argument("--db", type=Path, default=Path("/tmp/emudesk-scale.sqlite"))
    parser.add_argument("--keep", action="store_true", help="reuse an existing --db")
    parser.add_argument(
        "--generate-only", action="store_true", help="build --db (unless kept) and stop"
    )
    parser.add_argument("--with-import", action="store_true", help="also import 100 returns")
    args = parser.parse_args()
    os.environ.setdefault("EMUDESK_HOME", "/tmp/emudesk-scale-home")
    if not (args.keep and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        count = generate(args.db, args.clusters, args.units, args.years, args.criteria)
        print(f"generated {count:,} scores in {time.perf_counter() - start:.0f} s")
    if args.generate_only:
        return 0
    size = args.db.stat().st_size / 1e9
    shown = time_window(args.db, "--quit-after-shown")
    ready = time_window(args.db, "--quit-after-ready")
    print(f"database: {size:.2f} GB")
    print(f"main window: shown {shown:.3f} s, data shown {ready:.3f} s (medians of 5)")
    if args.with_import:
        alone, checking, committing = time_import(args.db, f"C{args.clusters // 2 + 1:02d}")
        print(
            f"import of 100 returns into it: openpyxl alone {alone:.2f} s, emudesk check "
            f"{checking:.2f} s + commit {committing:.2f} s = "
            f"{(checking + committing) / alone:.2f}x"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
