"""printing/ and exchange/ stay below the services, light to import, and small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "emudesk"
MODULES = sorted([*(PACKAGE / "printing").rglob("*.py"), *(PACKAGE / "exchange").rglob("*.py")])

# Never imported, not even lazily: these layers sit above or beside the GUI and the database.
FORBIDDEN = (
    "PySide6",
    "emudesk.ui",
    "emudesk.services",
    "emudesk.model",
    "emudesk.db",
    "sqlalchemy",
)
# Imported only inside the functions that draw or write, so the window opens fast.
HEAVY = ("reportlab", "openpyxl", "PIL", "extract_msg", "keyring", "docx", "lxml")


def _imports(tree: ast.AST) -> list[tuple[ast.stmt, str]]:
    found: list[tuple[ast.stmt, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node, node.module))
    return found


def _type_checking_blocks(tree: ast.Module) -> set[int]:
    """ids of import statements inside ``if TYPE_CHECKING:`` at module level."""
    inside: set[int] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            inside.update(id(child) for child in ast.walk(node))
    return inside


def _starts(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_and_heavy_ones_wait(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_blocks(tree)
    top_level = {id(node) for node in tree.body}
    problems = []
    for node, name in _imports(tree):
        if id(node) in typing_only:
            continue
        if _starts(name, FORBIDDEN):
            problems.append(f"line {node.lineno}: {name} (only under TYPE_CHECKING)")
        elif _starts(name, HEAVY) and id(node) in top_level:
            problems.append(f"line {node.lineno}: {name} at module level (import it lazily)")
    assert not problems


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small_and_say_why(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 400
    assert ast.get_docstring(ast.parse(text))
