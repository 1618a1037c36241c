"""The version the program reports is the one pyproject.toml declares."""

from __future__ import annotations

import tomllib
from pathlib import Path

from emudesk import __version__


def test_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert __version__ == declared
