"""The bundled font draws all of Vietnamese, and anything it cannot draw is refused by name."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from emudesk import i18n
from emudesk.paths import resources_dir
from emudesk.printing import fonts
from emudesk.printing.errors import FontError, MissingGlyphError

# Every letter of the Vietnamese alphabet in both cases with all five tone marks, plus the
# punctuation the documents use.
_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VIETNAMESE = (
    "".join(
        unicodedata.normalize("NFC", base + tone)
        for base in _BASES + _BASES.upper()
        for tone in _TONES
    )
    + "ĐđBCDGHKLMNPQRSTVXbcdghklmnpqrstvx0123456789"
    + "“”‘’–—…%/()[],.;:!?"
)


@pytest.fixture
def vietnamese_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in Vietnamese whatever an earlier test switched to."""
    monkeypatch.setattr(i18n._State, "language", "vi")


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget that the fonts were registered, so the next document registers them again."""
    monkeypatch.setattr(fonts, "_REGISTRY", fonts._Registry())


@pytest.mark.parametrize("style", fonts.SERIF.styles)
def test_every_style_draws_the_whole_vietnamese_alphabet(style: str) -> None:
    assert len(VIETNAMESE) > 150
    assert fonts.missing_glyphs(VIETNAMESE, style) == ()


def test_decomposed_text_is_drawn_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Đắk Lắk, Khánh Hòa, Thừa Thiên Huế")
    assert decomposed != unicodedata.normalize("NFC", decomposed)

    fonts.check_glyphs(decomposed)  # every combined letter has its own glyph

    assert fonts.printable(decomposed) == "Đắk Lắk, Khánh Hòa, Thừa Thiên Huế"


def test_invisible_formatting_characters_are_dropped() -> None:
    pasted = "\ufeffBan\u200b Dân\u00ad tộc"
    assert fonts.printable(pasted) == "Ban Dân tộc"
    fonts.check_glyphs(pasted)


@pytest.mark.usefixtures("vietnamese_messages")
def test_a_character_outside_the_font_is_refused_by_name() -> None:
    with pytest.raises(MissingGlyphError) as caught:
        fonts.check_glyphs("Đơn vị 𝔸 đạt 😀, lại 𝔸")

    error = caught.value
    assert error.characters == ("𝔸", "😀")
    assert "Phông Liberation Serif không có ký tự “𝔸” (U+1D538), “😀” (U+1F600)" in str(error)
    assert isinstance(error, FontError)


def test_layout_characters_need_no_glyph() -> None:
    fonts.check_glyphs("Dòng một\nDòng hai\tcột\r\n")


def test_the_licence_ships_with_the_fonts() -> None:
    folder = resources_dir() / "fonts"
    licence = (folder / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright (c) 2012 Red Hat, Inc. with Reserved Font Name Liberation." in licence
    for style in fonts.SERIF.styles:
        assert (folder / f"{style}.ttf").stat().st_size > 100_000


@pytest.mark.usefixtures("vietnamese_messages")
def test_a_missing_font_file_is_named(tmp_path: Path) -> None:
    for style in fonts.SERIF.styles[1:]:
        (tmp_path / f"{style}.ttf").write_bytes(b"")

    with pytest.raises(FontError) as caught:
        fonts.load_fonts(tmp_path)

    expected = tmp_path / "LiberationSerif-Regular.ttf"
    assert caught.value.path == expected
    assert str(caught.value) == (
        f"Không tìm thấy tệp phông chữ {expected}; hãy cài đặt lại emudesk."
    )


@pytest.mark.usefixtures("vietnamese_messages")
def test_a_damaged_font_file_is_named(tmp_path: Path) -> None:
    source = resources_dir() / "fonts"
    for style in fonts.SERIF.styles:
        (tmp_path / f"{style}.ttf").write_bytes((source / f"{style}.ttf").read_bytes())
    (tmp_path / "LiberationSerif-Bold.ttf").write_bytes(b"\x00\x01\x00\x00 not a font")

    with pytest.raises(FontError) as caught:
        fonts.load_fonts(tmp_path)

    assert caught.value.path == tmp_path / "LiberationSerif-Bold.ttf"
    assert "LiberationSerif-Bold.ttf" in str(caught.value)
    assert "bị hỏng" in str(caught.value)


@pytest.mark.usefixtures("vietnamese_messages")
@pytest.mark.parametrize("kept", [1_000, 50_000, 300_000])
def test_a_truncated_font_file_is_named(tmp_path: Path, kept: int) -> None:
    # GIVEN an installation whose bold font was cut short (a copy that did not finish)
    source = resources_dir() / "fonts"
    for style in fonts.SERIF.styles:
        (tmp_path / f"{style}.ttf").write_bytes((source / f"{style}.ttf").read_bytes())
    bold = tmp_path / "LiberationSerif-Bold.ttf"
    bold.write_bytes(bold.read_bytes()[:kept])
    # THEN loading names the file and says to reinstall (reportlab fails in several ways)
    with pytest.raises(FontError, match="cài đặt lại emudesk"):
        fonts.load_fonts(tmp_path)


@pytest.mark.usefixtures("fresh_registry")
def test_registration_happens_once_across_threads() -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        families = list(pool.map(lambda _: fonts.register_fonts(), range(32)))
    assert {id(f) for f in families} == {id(fonts.SERIF)}


@pytest.mark.usefixtures("fresh_registry")
def test_a_broken_installation_fails_cleanly_and_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "font_dir", lambda: tmp_path)
    with pytest.raises(FontError):
        fonts.register_fonts()
    assert fonts._REGISTRY.family is None  # nothing half-registered

    monkeypatch.setattr(fonts, "font_dir", lambda: resources_dir() / "fonts")
    assert fonts.register_fonts() is fonts.SERIF


def test_importing_the_writers_loads_no_heavy_module() -> None:
    code = (
        "import sys, emudesk.printing.scoresheet, emudesk.exchange.scoresheet\n"
        "heavy = ('reportlab', 'openpyxl', 'PySide6', 'emudesk.services', 'sqlalchemy')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or "
        "m.startswith('emudesk.services')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
