"""``emudesk check`` and ``emudesk backup`` on the ministry-size database, beside SQLite alone.

Each program runs in a fresh process (the command as a user types it), alternating with its
baseline, and is measured by the kernel (``os.wait4``): wall time, CPU time (user + system)
and peak resident memory.

- check: ``emudesk --db X check`` beside a bare ``python`` running SQLite's own
  ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on the same file.
  Goal: peak memory ≤ 300 MB, time ≤ 1.5 × SQLite's checks.
- backup: ``emudesk --db X backup --out Y`` beside a bare ``python`` copying the file with
  SQLite's online backup API (``sqlite3.Connection.backup``), the same method.

The database comes from ``bench/scale.py`` (build it once, then reuse it):

    .venv/bin/python bench/scale.py --db /work/perf-data/ministry.sqlite --generate-only
    .venv/bin/python bench/check_scale.py --db /work/perf-data/ministry.sqlite [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SQLITE_CHECKS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("PRAGMA integrity_check").fetchall()
keys = conn.execute("PRAGMA foreign_key_check").fetchall()
print(rows[:3], len(keys))
"""

SQLITE_BACKUP = """
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
source.backup(target)
target.close(); source.close()
"""


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds, user + system
    peak_mb: float  # peak resident set size, 10^6 bytes


def measure(command: list[str], env: dict[str, str]) -> Sample:
    """Run ``command`` to its end; its wall time, CPU time and peak memory per the kernel."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    errors = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} failed ({child.returncode}):\n{errors[-2000:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024 / 1e6)


def median(samples: list[Sample]) -> Sample:
    return Sample(
        statistics.median(s.wall for s in samples),
        statistics.median(s.cpu for s in samples),
        max(s.peak_mb for s in samples),
    )


def show(label: str, ours: Sample, alone: Sample, goal: str) -> None:
    print(f"{label}:")
    print(
        f"  SQLite alone: {alone.wall:7.1f} s wall, {alone.cpu:7.1f} s CPU, {alone.peak_mb:6.0f} MB"
    )
    print(f"  emudesk:      {ours.wall:7.1f} s wall, {ours.cpu:7.1f} s CPU, {ours.peak_mb:6.0f} MB")
    print(
        f"  ratio: {ours.wall / alone.wall:.2f} wall, {ours.cpu / alone.cpu:.2f} CPU; "
        f"peak memory {ours.peak_mb:.0f} MB  ({goal})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/emudesk-scale.sqlite"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--skip-backup", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist: run bench/scale.py --generate-only first")
    python = sys.executable
    env = {**os.environ, "EMUDESK_HOME": str(args.db.parent / "emudesk-bench-home")}
    env["PYTHONPATH"] = str(ROOT)
    print(f"database: {args.db} ({args.db.stat().st_size / 1e9:.2f} GB); {args.runs} run(s)")
    emudesk = [python, "-m", "emudesk", "--db", str(args.db)]
    check_alone, check_ours = [], []
    for _ in range(args.runs):
        check_alone.append(measure([python, "-c", SQLITE_CHECKS, str(args.db)], env))
        check_ours.append(measure([*emudesk, "check"], env))
    show("check", median(check_ours), median(check_alone), "goal ≤ 1.5, ≤ 300 MB")
    if args.skip_backup:
        return 0
    backup_alone, backup_ours = [], []
    with tempfile.TemporaryDirectory(dir=args.db.parent) as folder:
        target = Path(folder) / "copy.sqlite"
        for _ in range(args.runs):
            backup_alone.append(
                measure([python, "-c", SQLITE_BACKUP, str(args.db), str(target)], env)
            )
            target.unlink()
            backup_ours.append(measure([*emudesk, "backup", "--out", str(target)], env))
            target.unlink()
    show("backup", median(backup_ours), median(backup_alone), "no goal set; the same method")
    return 0


if __name__ == "__main__":
    sys.exit(main())
