"""The bundled Liberation Serif family: registration with reportlab and glyph checks.

Vietnamese administrative documents are set in Times New Roman; Liberation Serif 2.x has the
same metrics and every Vietnamese letter, and its licence lets us ship it, so documents look
the same on every office PC whatever fonts Windows has. Registration happens once, on the
first document, under a lock because batches of certificates are drawn off the GUI thread.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk.i18n import _
from emudesk.paths import resources_dir
from emudesk.printing.errors import FontError, MissingGlyphError

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

# Characters that lay out text but are never drawn, so the font need not have them.
_LAYOUT = frozenset("\n\r\t")


@dataclass(frozen=True)
class FontFamily:
    """A family as reportlab knows it: one registered font name per style."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    @property
    def styles(self) -> tuple[str, str, str, str]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


SERIF = FontFamily(
    family="Liberation Serif",
    regular="LiberationSerif-Regular",
    bold="LiberationSerif-Bold",
    italic="LiberationSerif-Italic",
    bold_italic="LiberationSerif-BoldItalic",
)
"""The family of every printed document; each style's file is ``<name>.ttf``."""


def font_dir() -> Path:
    """The folder of the bundled font files (inside the PyInstaller bundle too)."""
    return resources_dir() / "fonts"


def load_fonts(folder: Path, family: FontFamily = SERIF) -> list[TTFont]:
    """Read every style of ``family`` from ``folder`` without registering anything.

    All files are read before any is registered, so a broken installation leaves reportlab's
    registry as it was and the next attempt (after a repair) starts clean.
    """
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    fonts = []
    for name in family.styles:
        path = folder / f"{name}.ttf"
        if not path.is_file():
            raise FontError(
                _("The font file {path} is missing; reinstall emudesk.", path=path), path=path
            )
        try:
            fonts.append(TTFont(name, str(path)))
        except (OSError, TTFError, struct.error, ValueError, IndexError, KeyError) as exc:
            # a truncated font file makes reportlab's parser fail in any of these ways
            raise FontError(
                _(
                    "The font file {path} cannot be read or is damaged; reinstall emudesk.",
                    path=path,
                ),
                path=path,
            ) from exc
    return fonts


class _Registry:
    """What has been registered with reportlab's process-wide font registry."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.family: FontFamily | None = None


_REGISTRY = _Registry()


def register_fonts() -> FontFamily:
    """Register the bundled family with reportlab once and return its style names."""
    registry = _REGISTRY
    family = registry.family
    if family is not None:
        return family
    with registry.lock:
        if registry.family is None:
            from reportlab.pdfbase import pdfmetrics

            for font in load_fonts(font_dir(), SERIF):
                pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                SERIF.regular,
                normal=SERIF.regular,
                bold=SERIF.bold,
                italic=SERIF.italic,
                boldItalic=SERIF.bold_italic,
            )
            registry.family = SERIF
        return registry.family


def printable(text: str) -> str:
    """Text as it must be drawn: NFC, without invisible formatting characters.

    Text pasted from Word or a PDF arrives decomposed (NFD) or carrying zero-width spaces,
    byte-order marks and soft hyphens (Unicode category Cf). NFC gives each Vietnamese letter
    its one precomposed glyph; the invisible characters would otherwise print as boxes.
    """
    composed = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in composed if unicodedata.category(ch) != "Cf")


def missing_glyphs(text: str, font: str = SERIF.regular) -> tuple[str, ...]:
    """The characters of ``text`` (after ``printable``) that ``font`` cannot draw, in order."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    seen: dict[str, None] = {}
    for ch in printable(text):
        if ch not in _LAYOUT and ord(ch) not in cmap:
            seen.setdefault(ch, None)
    return tuple(seen)


def check_glyphs(text: str, font: str = SERIF.regular) -> None:
    """Refuse ``text`` when ``font`` lacks a character of it, naming every such character."""
    missing = missing_glyphs(text, font)
    if missing:
        raise glyph_error(missing, font)


def glyph_error(characters: tuple[str, ...], font: str = SERIF.regular) -> MissingGlyphError:
    """The error for ``characters`` missing from ``font``, e.g. “𝔸” (U+1D538)."""
    family = _family_name(font)
    listed = ", ".join(f"“{ch}” (U+{ord(ch):04X})" for ch in characters)
    return MissingGlyphError(
        _(
            "The font {font} has no character {characters}; remove or replace it before printing.",
            font=family,
            characters=listed,
        ),
        font=family,
        characters=characters,
    )


def _family_name(font: str) -> str:
    for family in (SERIF,):
        if font in family.styles:
            return family.family
    return font
