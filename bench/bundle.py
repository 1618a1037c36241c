"""The PyInstaller bundle's budgets: its size, and how fast it starts.

Size: every file under ``dist/emudesk`` (goal ≤ 120 MB), with the ten largest listed.
Start-up: ``dist/emudesk/emudesk --db <demo> --quit-after-shown`` (the window painted) and
``--quit-after-ready`` (the demo database's data shown), medians of N runs after one
warm-up, offscreen (goal: the window within 1.5 s).

Build first with ``make bundle``.

    .venv/bin/python bench/bundle.py [--runs 10] [--dist dist/emudesk]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_of(folder: Path) -> tuple[int, list[tuple[int, str]]]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    sizes = sorted(((p.stat().st_size, str(p.relative_to(folder))) for p in files), reverse=True)
    return sum(size for size, _ in sizes), sizes[:10]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}\n{done.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "emudesk")
    args = parser.parse_args()
    # Windows: emudesk.exe is the windowed program, emudesk-cli.exe the console one
    windows = sys.platform == "win32"
    program = args.dist / ("emudesk.exe" if windows else "emudesk")
    console = args.dist / ("emudesk-cli.exe" if windows else "emudesk")
    if not program.exists():
        print(f"{program} is missing: run `make bundle` first", file=sys.stderr)
        return 1
    total, largest = size_of(args.dist)
    print(f"bundle {args.dist}: {total / 1e6:.1f} MB (goal ≤ 120 MB); largest files:")
    for size, name in largest:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EMUDESK_HOME": f"{folder}/home"}
        demo = f"{folder}/demo.sqlite"
        timed([str(console), "--db", demo, "demo"], env)
        results = {}
        for flag in ("--quit-after-shown", "--quit-after-ready"):
            command = [str(program), "--db", demo, flag]
            timed(command, env)  # warm-up: file cache
            results[flag] = statistics.median(timed(command, env) for _ in range(args.runs))
    print(f"start-up, median of {args.runs} runs, offscreen:")
    print(f"  window shown: {results['--quit-after-shown']:.3f} s (goal ≤ 1.5 s)")
    print(f"  data shown:   {results['--quit-after-ready']:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
