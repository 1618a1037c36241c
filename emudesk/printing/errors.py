"""Errors of the PDF layer that the user can act on."""

from __future__ import annotations

from pathlib import Path

from emudesk.errors import EmuError, OutputError

__all__ = ["FontError", "MissingGlyphError", "OutputError"]


class FontError(EmuError):
    """A bundled font file is missing or damaged: the installation needs repairing."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class MissingGlyphError(FontError):
    """Text holds characters the font cannot draw.

    Raised instead of printing, because reportlab would silently draw an empty box and a
    certificate or score sheet with a blank where a letter should be is worse than none.
    """

    def __init__(self, message: str, *, font: str, characters: tuple[str, ...]) -> None:
        super().__init__(message)
        self.font = font
        self.characters = characters
