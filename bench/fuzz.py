"""Fuzz the file readers: mutated returns, handover files and issuer's packages, N cases each.

Runs ``tests/reliability/test_fuzz.py`` with ``EMUDESK_FUZZ_CASES=N`` (the normal test run
uses 50): bytes of returns and handover files mutated. Then
``tests/reliability/test_fuzz_handover_values.py`` with ``EMUDESK_FUZZ_VALUE_CASES=N`` (the
normal test run uses 20): handover files whose VALUES were forged and resealed (types,
lengths, foreign keys, nesting, columns and rows), merged into an empty and into the demo
database with each conflict choice. Then ``tests/reliability/test_fuzz_issuer.py``: submission
and decision packages with mutated bytes, and with forged values resealed (the normal test run
uses 50 of each). Every mutated file must be refused with a clear message
(the database byte for byte unchanged) or read cleanly (the database still sound); an
uncaught exception or a partial write fails the run and hypothesis prints the seed that
reproduces it.

    .venv/bin/python bench/fuzz.py [--cases 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    env = {
        **os.environ,
        "EMUDESK_FUZZ_CASES": str(args.cases),
        "EMUDESK_FUZZ_VALUE_CASES": str(args.cases),
        "QT_QPA_PLATFORM": "offscreen",
    }
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "tests/reliability/test_fuzz.py",
            "tests/reliability/test_fuzz_handover_values.py",
            "tests/reliability/test_fuzz_issuer.py",
        ],
        cwd=ROOT,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - start
    verdict = "no crash, no partial write" if done.returncode == 0 else "FAILED"
    print(f"{args.cases} mutated returns + {args.cases} mutated handover files + {args.cases} "
          f"handover files with forged values + {args.cases} x 2 x 2 issuer's packages (bytes, "
          f"values): {verdict} ({elapsed:.0f} s)")  # fmt: skip
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
