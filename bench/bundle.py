"""The PyInstaller bundle's budgets: its size, how fast it starts, and its command line.

Size: every file under ``dist/emudesk`` (goal ≤ 120 MB), with the ten largest listed.
Start-up: ``dist/emudesk/emudesk --db <demo> --quit-after-shown`` (the window painted) and
``--quit-after-ready`` (the demo database's data shown), medians of N runs after one
warm-up, offscreen (goal: the window within 1.5 s).
Command line: ``emudesk --version`` and ``emudesk --db <demo> info``, bundled and from the
virtualenv (``python -m emudesk``), alternated in one run; medians of wall and CPU time and
the ratio bundle / virtualenv (goal: ≤ 1, the bundled command no slower).

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


def timed_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``command``, per the kernel (children included)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def command_line(console: Path, demo: str, env: dict[str, str], runs: int) -> None:
    """``--version`` and ``info``, bundled and from the virtualenv, alternated run by run."""
    venv = [sys.executable, "-m", "emudesk"]
    commands = {
        "--version (virtualenv)": [*venv, "--version"],
        "--version (bundle)": [str(console), "--version"],
        "info (virtualenv)": [*venv, "--db", demo, "info"],
        "info (bundle)": [str(console), "--db", demo, "info"],
    }
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            sample = timed_cpu(command, env)
            if run:  # the first round warms the file cache and the .pyc files
                samples[name].append(sample)
    medians = {
        name: (statistics.median(w for w, _c in values), statistics.median(c for _w, c in values))
        for name, values in samples.items()
    }
    print(f"command line, median of {runs} runs (wall / CPU), alternated:")
    for name, (wall, cpu) in medians.items():
        print(f"  {name:<24} {wall:6.3f} s / {cpu:6.3f} s")
    for what in ("--version", "info"):
        bundled, venv_ = medians[f"{what} (bundle)"], medians[f"{what} (virtualenv)"]
        print(
            f"  {what}: bundle / virtualenv {bundled[0] / venv_[0]:.2f} wall, "
            f"{bundled[1] / venv_[1]:.2f} CPU  (goal ≤ 1)"
        )


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
        venv_env = {**env, "PYTHONPATH": str(ROOT)}
        # An installed program runs from compiled bytecode: the unmeasured first round writes
        # the .pyc files, which PYTHONDONTWRITEBYTECODE (set in some shells) would forbid, and
        # the virtualenv's side would compile emudesk from source on every run.
        venv_env.pop("PYTHONDONTWRITEBYTECODE", None)
        command_line(console, demo, venv_env, args.runs)
    print(f"start-up, median of {args.runs} runs, offscreen:")
    print(f"  window shown: {results['--quit-after-shown']:.3f} s (goal ≤ 1.5 s)")
    print(f"  data shown:   {results['--quit-after-ready']:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
