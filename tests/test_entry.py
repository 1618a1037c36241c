"""The program's entry point answers ``--version`` itself and hands everything else to the
command line, with the same answer either way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from emudesk import __version__, entry
from emudesk.cli import main as command_line

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_the_command_lines_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--version"]) == 0
    quick = capsys.readouterr()
    with pytest.raises(SystemExit) as exited:  # argparse's version action
        command_line(["--version"])
    assert exited.value.code == 0
    full = capsys.readouterr()
    assert quick.out == full.out == f"emudesk {__version__}\n"
    assert quick.err == full.err == ""


def test_other_command_lines_go_to_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # --version among other options: argparse's
        entry.main(["--language", "en", "--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"emudesk {__version__}\n"
    with pytest.raises(SystemExit) as exited:
        entry.main(["no-such-command"])
    assert exited.value.code == 2
    assert "no-such-command" in capsys.readouterr().err


def _run(code: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def test_version_does_not_load_the_command_line() -> None:
    code = (
        "import sys; from emudesk.entry import main; status = main(); "
        "print(sorted(m for m in ('argparse', 'emudesk.cli', 'typing') if m in sys.modules))"
    )
    run = _run(code, "--version")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [f"emudesk {__version__}", "[]"]


def test_version_to_a_closed_pipe_is_quiet() -> None:
    reader, writer = os.pipe()
    os.close(reader)
    try:
        run = subprocess.run(
            [sys.executable, "-m", "emudesk", "--version"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert run.returncode == 0
    assert run.stderr == ""


def test_version_without_stdout() -> None:
    """A windowed program (emudesk.exe on Windows) has no stdout: nothing to print, no error."""
    code = "import sys; sys.stdout = None; from emudesk.entry import main; sys.exit(main())"
    run = _run(code, "--version")
    assert run.returncode == 0
    assert run.stderr == ""
