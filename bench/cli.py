"""``emudesk info`` on the demo database: the virtualenv's command, the bundled one, and Python.

Alternates N runs of ``python -c pass`` (the interpreter's own start), ``python -m emudesk
--db DEMO info`` and, when ``dist/emudesk`` exists, the bundled ``emudesk --db DEMO info``;
each sample is the wall time of the whole process (and its CPU time, per the kernel).
Goals: info ≤ 0.4 s here; the bundled command no slower than the virtualenv's.

    .venv/bin/python bench/cli.py [--runs 15] [--dist dist/emudesk]
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} failed ({child.returncode})")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "emudesk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="emudesk-cli-") as folder:
        env = {**os.environ, "EMUDESK_HOME": str(Path(folder) / "home")}
        # An installed program runs from compiled bytecode: the unmeasured first run writes the
        # .pyc files, which PYTHONDONTWRITEBYTECODE (set in some shells) would forbid.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = str(ROOT)
        demo = str(Path(folder) / "demo.sqlite")
        subprocess.run([sys.executable, "-m", "emudesk", "--db", demo, "demo"], env=env,
                       check=True, capture_output=True)  # fmt: skip
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "info (virtualenv)": [sys.executable, "-m", "emudesk", "--db", demo, "info"],
        }
        bundled = args.dist / "emudesk"
        if bundled.exists():
            commands["info (bundle)"] = [str(bundled), "--db", demo, "info"]
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for run in range(args.runs + 1):
            for name, command in commands.items():
                sample = timed(command, env)
                if run:  # the first round warms the file cache and the .pyc files
                    samples[name].append(sample)
    print(f"median of {args.runs} runs (wall / CPU):")
    medians = {}
    for name, values in samples.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        medians[name] = wall
        print(f"  {name:<20} {wall:6.3f} s / {cpu:6.3f} s")
    print(f"  info ≤ 0.4 s: {medians['info (virtualenv)']:.3f} s")
    if "info (bundle)" in medians:
        ratio = medians["info (bundle)"] / medians["info (virtualenv)"]
        print(f"  ratio bundle / virtualenv: {ratio:.2f}  (goal ≤ 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
