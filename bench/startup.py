"""Start-up time of emudesk's main window against a bare PySide6 window.

Each sample is the wall time from just before the process is started to its exit, for a
process that quits as soon as its main window has been shown and painted once:

- emudesk shown: ``python -m emudesk --db <demo> --quit-after-shown`` on a demo database
  created first (``python -m emudesk --db <demo> demo``) in a temporary folder — the main
  window's first paint (menus, toolbar, empty tree; the database opens just after);
- emudesk data shown: the same with ``--quit-after-data`` — the window painted with its first
  data: the navigation tree and the clusters page, read from the file with Python's
  ``sqlite3`` (read-only) before SQLAlchemy is imported, when the file is an SQLite database
  of the current schema (otherwise the same as ready);
- emudesk ready: the same with ``--quit-after-ready`` — the window painted again with the
  database opened (SQLAlchemy imported, the file checked) and attached, the tree and the
  clusters page filled in from it;
- baseline: a script that opens an empty ``QMainWindow`` and quits after its first paint.

Both run on the same Qt platform (offscreen unless ``--platform`` says otherwise), alternated,
after one unmeasured warm-up each (file cache). The ratio of the medians is the figure to watch:
it cancels most of the machine's speed. See bench/README.md.

Usage: python bench/startup.py [--runs N] [--platform NAME] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1024, 700)
quitter = QuitAfterFirstPaint()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def time_command(command: list[str], env: dict[str, str]) -> float:
    """Seconds from just before start to exit; raise with its output if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {proc.returncode}\n{proc.stdout}{proc.stderr}"
        )
    return elapsed


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs of each (10)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen)")
    parser.add_argument("--python", default=sys.executable, help="interpreter to start")
    parser.add_argument("--db", type=Path, help="existing database instead of a fresh demo")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    with tempfile.TemporaryDirectory(prefix="emudesk-bench-") as tmp:
        tmp_dir = Path(tmp)
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = args.platform
        env["EMUDESK_HOME"] = str(tmp_dir / "home")  # never the user's data
        # An installed program runs from compiled bytecode: the unmeasured first run writes the
        # .pyc files, which PYTHONDONTWRITEBYTECODE (set in some shells) would forbid.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        bare_script = tmp_dir / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")

        database = args.db
        demo_seconds = None
        if database is None:
            database = tmp_dir / "demo.sqlite"
            demo_seconds = time_command(
                [args.python, "-m", "emudesk", "--db", str(database), "demo"], env
            )
        commands = {
            "bare": [args.python, str(bare_script)],
            "emudesk": [
                args.python,
                "-m",
                "emudesk",
                "--db",
                str(database),
                "--quit-after-shown",
            ],
            "data": [
                args.python,
                "-m",
                "emudesk",
                "--db",
                str(database),
                "--quit-after-data",
            ],
            "ready": [
                args.python,
                "-m",
                "emudesk",
                "--db",
                str(database),
                "--quit-after-ready",
            ],
        }
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: file cache, .pyc files
            time_command(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(time_command(command, env))

    python_version = subprocess.run(
        [args.python, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    figures = {name: summary(values) for name, values in samples.items()}
    ratio = figures["emudesk"]["median"] / figures["bare"]["median"]
    data_ratio = figures["data"]["median"] / figures["bare"]["median"]
    ready_ratio = figures["ready"]["median"] / figures["bare"]["median"]
    report = {
        "runs": args.runs,
        "platform": args.platform,
        "python": python_version,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "demo_database_seconds": demo_seconds,
        "bare": figures["bare"],
        "emudesk": figures["emudesk"],
        "ratio": ratio,
        "data": figures["data"],
        "data_ratio": data_ratio,
        "ready": figures["ready"],
        "ready_ratio": ready_ratio,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"Start-up to first paint, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}, "
        f"Python {report['python']}, {report['machine']}"
    )
    if demo_seconds is not None:
        print(f"  (demo database created in {demo_seconds:.2f} s)")
    labels = (
        ("bare", "bare PySide6 window"),
        ("emudesk", "emudesk window shown"),
        ("data", "emudesk data shown"),
        ("ready", "emudesk db open, shown"),
    )
    for name, label in labels:
        f = figures[name]
        print(
            f"  {label:<22} median {f['median']:.3f} s   (min {f['min']:.3f}, max {f['max']:.3f})"
        )
    print(f"  {'ratio shown / bare':<22} {ratio:.2f}")
    print(f"  {'ratio data / bare':<22} {data_ratio:.2f}")
    print(f"  {'ratio open / bare':<22} {ready_ratio:.2f}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
