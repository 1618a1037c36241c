"""The rules stay pure: standard library only, small modules, every public name documented.

The one exception is ``emudesk.i18n`` (itself standard library only): the rules' messages and
explanations are shown to the user, in the user's language.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import emudesk.rules

RULES = Path(emudesk.rules.__file__).parent
MODULES = sorted(RULES.glob("*.py"))


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module)
    return roots


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_only_the_standard_library_and_the_rules_themselves(path: Path) -> None:
    foreign = {
        name
        for name in imported_roots(path)
        if name.split(".")[0] not in sys.stdlib_module_names
        and not name.startswith("emudesk.rules")
        and name != "emudesk.i18n"
    }
    assert not foreign, f"{path.name} imports {sorted(foreign)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_modules_stay_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) < 400


def test_every_public_name_is_exported_and_documented() -> None:
    for name in emudesk.rules.__all__:
        value = getattr(emudesk.rules, name)
        if callable(value):
            assert value.__doc__, name
