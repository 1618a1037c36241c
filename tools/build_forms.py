"""Compile the Qt Designer forms (``forms/*.ui``) into ``emudesk/ui/generated/ui_<stem>.py``.

The generated modules are committed, so the output must be byte-stable: the uic banner (which
names the uic version) is replaced by a fixed header, line endings are normalised and the
package ``__init__.py`` is written by this script. ``--check`` compiles in memory and exits 1
naming every stale, missing or orphaned file, so a test can prove the committed code is current.

Usage: python tools/build_forms.py [--check] [--root DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = Path("forms")
GENERATED_DIR = Path("emudesk/ui/generated")

HEADER = (
    "# Generated from {source} by tools/build_forms.py (pyside6-uic). Do not edit:\n"
    "# change the form in Qt Designer and run `make ui`.\n"
)
INIT_TEXT = (
    '"""Python classes generated from forms/*.ui by tools/build_forms.py (`make ui`).\n'
    "\n"
    "Never edited by hand; tests/test_tooling.py proves they match the forms.\n"
    '"""\n'
)

# Run uic through PySide6's own wrapper with the same interpreter, so the uic used always
# belongs to the PySide6 this Python imports (no reliance on PATH or on bin/ vs Scripts/).
_UIC = "import sys; from PySide6.scripts.pyside_tool import uic; sys.argv[0] = 'pyside6-uic'; uic()"


class FormError(RuntimeError):
    """uic could not compile a form."""


@dataclass(frozen=True)
class Problem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path.as_posix()}: {self.reason}"


def generated_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, root: Path = ROOT) -> str:
    """Return the normalised Python source that uic generates for ``ui_file``."""
    proc = subprocess.run(
        [sys.executable, "-c", _UIC, str(ui_file)],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip()
        raise FormError(f"pyside6-uic failed on {ui_file}: {detail}")
    return normalise(proc.stdout.decode("utf-8"), ui_file.relative_to(root).as_posix())


def normalise(code: str, source: str) -> str:
    """Replace uic's banner by a stable header; LF line endings; exactly one final newline."""
    lines = code.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # uic starts with "# -*- coding: utf-8 -*-" and a "####"/"##" banner naming its version.
    index = 0
    while index < len(lines) and (lines[index].startswith("#") or not lines[index].strip()):
        index += 1
    body = "\n".join(lines[index:]).rstrip() + "\n"
    return HEADER.format(source=source) + "\n" + body


def expected_files(root: Path = ROOT) -> dict[Path, str]:
    """Every file the generated package should contain, with its exact text."""
    forms = sorted((root / FORMS_DIR).glob("*.ui"))
    if not forms:
        return {}
    out_dir = root / GENERATED_DIR
    files = {out_dir / "__init__.py": INIT_TEXT}
    for ui_file in forms:
        files[out_dir / generated_name(ui_file)] = compile_form(ui_file, root)
    return files


def _orphans(root: Path, expected: dict[Path, str]) -> list[Path]:
    out_dir = root / GENERATED_DIR
    return [p for p in sorted(out_dir.glob("ui_*.py")) if p not in expected]


def find_problems(root: Path = ROOT) -> list[Problem]:
    """Stale, missing or orphaned generated files (empty when everything is current)."""
    expected = expected_files(root)
    problems: list[Problem] = []
    for path, text in expected.items():
        rel = path.relative_to(root)
        if not path.exists():
            problems.append(Problem(rel, "missing"))
        elif path.read_bytes() != text.encode("utf-8"):
            problems.append(Problem(rel, "stale (differs from what its form generates)"))
    problems.extend(
        Problem(p.relative_to(root), "orphaned (its form no longer exists)")
        for p in _orphans(root, expected)
    )
    return problems


def build(root: Path = ROOT) -> list[str]:
    """Write every generated file that changed and delete orphans; say what was done."""
    expected = expected_files(root)
    changed: list[str] = []
    for path, text in expected.items():
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(f"updated {path.relative_to(root).as_posix()}")
    for orphan in _orphans(root, expected):
        orphan.unlink()
        changed.append(f"removed {orphan.relative_to(root).as_posix()}")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: here)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if args.check:
            problems = find_problems(root)
            for problem in problems:
                print(f"{problem}", file=sys.stderr)
            if problems:
                print("Generated forms are out of date: run `make ui`.", file=sys.stderr)
                return 1
            print("Generated forms are current.")
            return 0
        changed = build(root)
    except FormError as exc:
        print(exc, file=sys.stderr)
        return 2
    for line in changed:
        print(line)
    if not changed:
        print("Generated forms were already current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
