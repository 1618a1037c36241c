"""The shape of the code: the import contract holds and bites, and modules stay small."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "emudesk"
MAX_LINES = 500
# Written by tools, not by hand: Qt Designer's compiled forms and Alembic's migrations.
GENERATED = (PACKAGE / "ui" / "generated", PACKAGE / "db" / "migrations")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` with the project's contracts, on the ``emudesk`` found in ``root``."""
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def copy_package(target: Path) -> Path:
    shutil.copytree(PACKAGE, target / "emudesk", ignore=shutil.ignore_patterns("__pycache__"))
    return target / "emudesk"


def test_the_layers_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # an upward import, even one made only for the type checker
        (
            "rules/upward.py",
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from emudesk.services.scoring import ranking\n",
            "Layers: imports point down only",
        ),
        # a writer taking its input type from the services again, even for typing only
        (
            "exchange/upward.py",
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from emudesk.services.scoring.ranking import ScoreSheet\n",
            "Layers: imports point down only",
        ),
        # the records reaching for a database library
        (
            "records/upward.py",
            "import sqlalchemy\n",
            "Rules and records are pure Python: no Qt, database, workbook or PDF",
        ),
        # a writer of papers reaching for the services
        (
            "printing/upward.py",
            "def f():\n    from emudesk.services.organisation import units\n",
            "Layers: imports point down only",
        ),
        # the signing layer reaching for the services, or for its sibling printing
        (
            "signing/upward.py",
            "def f():\n    from emudesk.services.signing import trust\n",
            "Layers: imports point down only",
        ),
        (
            "signing/sideways.py",
            "def f():\n    from emudesk.printing import fonts\n",
            "Layers: imports point down only",
        ),
        # the window signing by itself instead of through the services
        (
            "ui/crypto.py",
            "def f():\n    import pyhanko\n",
            "The window reaches the database, workbooks and PDFs only through the services",
        ),
        # Qt below the window
        ("services/qt.py", "from PySide6.QtCore import QObject\n", "Only the window uses Qt"),
        # SQL in the window
        (
            "ui/sql.py",
            "from sqlalchemy import select\n",
            "The window reaches the database, workbooks and PDFs only through the services",
        ),
    ],
)
def test_the_contract_fails_on_a_forbidden_import(
    tmp_path: Path, module: str, line: str, broken: str
) -> None:
    # GIVEN a copy of the package with one forbidden import added
    package = copy_package(tmp_path)
    (package / module).write_text(f'"""A deliberate breach."""\n{line}', encoding="utf-8")
    # WHEN the contracts are checked, as `make lint` does
    result = lint_imports(tmp_path)
    # THEN the check fails and names the contract and the module
    assert result.returncode != 0
    assert f"{broken} BROKEN" in result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if not any(folder in path.parents for folder in GENERATED)
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def test_the_readme_draws_every_package() -> None:
    """The README's picture of the code names every package and group of services."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    picture = readme[readme.index("```\nemudesk/") : readme.index("```", readme.index("emudesk/"))]
    packages = [
        p.name
        for folder in (PACKAGE, PACKAGE / "services")
        for p in folder.iterdir()
        if (p / "__init__.py").exists()
    ]
    missing = [name for name in packages if f"{name}/" not in picture]
    assert not missing, f"README.md's 'How it is built' lacks {missing}"
