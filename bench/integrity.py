"""What checking a database before writing costs, on the ministry-sized file of bench/scale.py.

Measures, on an existing database (make it first: ``bench/scale.py``):

- SQLite's whole ``PRAGMA quick_check`` (what a small file gets before every write);
- emudesk's bounded check (``emudesk.db.integrity.quick_check``), which a large file gets
  instead, and which tables it leaves to ``emudesk check`` and the checked backups;
- the quick check of a backup copy (``backup`` and every automatic backup verify theirs).

    .venv/bin/python bench/integrity.py [--db /tmp/emudesk-scale.sqlite] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(action: object, runs: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/emudesk-scale.sqlite"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("EMUDESK_HOME", "/tmp/emudesk-scale-home")
    if not args.db.exists():
        print(f"{args.db} does not exist: run bench/scale.py first", file=sys.stderr)
        return 2
    from emudesk.db import connect
    from emudesk.db.integrity import quick_check

    size = args.db.stat().st_size
    print(f"{args.db}: {size / 1e9:.2f} GB")
    raw = sqlite3.connect(args.db)
    whole, rows = timed(lambda: raw.execute("PRAGMA quick_check").fetchall(), args.runs)
    raw.close()
    print(f"whole quick_check: median {whole:.2f} s ({rows})")
    db = connect(args.db, create=False)
    bounded, found = timed(lambda: quick_check(db), args.runs)
    db.dispose()
    print(f"bounded check: median {bounded * 1000:.0f} ms; unchecked: {found.unchecked}")  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
