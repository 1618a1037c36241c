"""What the signing tests share: running a command, asking pdfsig, changing one byte."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from emudesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """A command, with its messages in English (the language is then as it was)."""
    from emudesk import i18n

    before = i18n.language()
    try:
        code = main(["--language", "en", *argv])
    finally:
        i18n.set_language(before)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdfsig(path: Path, nssdb: str) -> str:
    """poppler's verdict (it exits 0 even for a broken signature: read its text)."""
    result = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nssdb}", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def change_one_byte(path: Path, marker: bytes, target: Path) -> Path:
    """A copy of ``path`` with one byte inside the signed content changed."""
    data = bytearray(path.read_bytes())
    index = data.index(marker) + 1
    data[index] ^= 0x01
    target.write_bytes(bytes(data))
    return target
