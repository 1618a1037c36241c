"""The README lists every command of the program, each as the program accepts it."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from emudesk.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> list[str]:
    """The lines of the README's command-line block that run emudesk."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.startswith("emudesk ")]


def words(line: str) -> list[str]:
    """A README line as arguments: the comment and the optional [parts] left out."""
    line = re.sub(r"\s+#\s.*$", "", line)
    line = re.sub(r"\[[^\]]*\]", "", line)
    return shlex.split(line)[1:]


def program_commands() -> set[str]:
    """Every command the program's own parser knows, with the sub-commands of a group."""
    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    nested = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
                    if nested:
                        walk(sub, f"{prefix}{name} ")
                    if not nested or sub.get_default("handler") is not None:
                        found.add(f"{prefix}{name}")  # a group can be a command too (history)

    walk(build_parser(), "")
    return found


def listed_command(arguments: list[str]) -> str | None:
    """The command a README line runs ("handover export"), past the global options."""
    known = program_commands()
    rest = list(arguments)
    while rest and rest[0].startswith("--"):
        rest = rest[2:] if rest[0] in ("--db", "--language") else rest[1:]
    for size in (2, 1):
        candidate = " ".join(rest[:size])
        if candidate in known:
            return candidate
    return None


def test_the_readme_lists_every_command() -> None:
    # GIVEN the program's own list of commands and the README's examples
    examples = [words(line) for line in readme_commands()]
    listed = {listed_command(arguments) for arguments in examples if arguments != ["--version"]}
    # THEN every command of the program has an example, and every example is a command
    assert program_commands() - listed == set()
    assert None not in listed


@pytest.mark.parametrize("line", readme_commands())
def test_each_readme_example_is_accepted_by_the_program(line: str) -> None:
    # GIVEN an example of the README WHEN the program parses it THEN it is accepted as written
    arguments = words(line)
    if arguments == ["--version"]:
        return  # prints and exits
    build_parser().parse_args(arguments)
