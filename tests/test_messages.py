"""Every message of the non-GUI layers has a Vietnamese translation with the same fields.

The catalogue is ``resources/locale/vi/LC_MESSAGES/emudesk.po`` (gettext, maintained with
Babel by ``tools/po.py``); the program reads its compiled ``.mo``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "emudesk"
sys.path.insert(0, str(ROOT / "tools"))

import po  # noqa: E402 - tools/ is not a package


def test_every_message_is_a_literal() -> None:
    """Babel can extract only literals: ``_(variable)`` would never be translated."""
    for path in po.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path}:{node.lineno}: _() needs a literal string"
                )


def test_the_catalogue_matches_the_code() -> None:
    """Translated, none left over or fuzzy, the same placeholders (``make i18n-check``)."""
    problems = po.check()
    assert not problems, "\n".join(problems[:30])


def test_the_compiled_catalogue_is_current() -> None:
    """The program reads the ``.mo``: it must say what the ``.po`` says (``make qm``)."""
    from emudesk import i18n

    catalogue = po.read(po.po_path("vi"))
    compiled = i18n.catalogue("vi")
    stale = [m.id for m in catalogue if m.id and compiled.gettext(m.id) != m.string]
    assert not stale, f"run `make qm`: {stale[:5]}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_switching_language(language: str) -> None:
    from emudesk import i18n

    i18n.set_language(language)
    try:
        text = i18n._(
            "The year {year} is outside {first}–{last}.", year=1999, first=2000, last=2100
        )
    finally:
        i18n.set_language("vi")
    assert ("1999" in text) and (("Năm" in text) == (language == "vi"))


def test_documents_stay_vietnamese_in_the_english_interface() -> None:
    from emudesk import i18n

    source = "The year {year} is outside {first}–{last}."
    i18n.set_language("en")
    try:
        with i18n.vietnamese_documents():
            inside = i18n._(source, year=1999, first=2000, last=2100)
        outside = i18n._(source, year=1999, first=2000, last=2100)
    finally:
        i18n.set_language("vi")
    assert inside.startswith("Năm 1999") and outside.startswith("The year 1999")


def test_fill_translates_only_the_empty_entries(tmp_path: Path) -> None:
    # GIVEN a catalogue with one translated, one empty and one plural entry
    from babel.messages.catalog import Catalog

    catalogue = Catalog(locale="vi", domain=po.DOMAIN)
    catalogue.add("Kept", "Giữ nguyên")
    catalogue.add("Empty")
    catalogue.add(("{count} file", "{count} files"))
    path = po.po_path("vi", tmp_path)
    po.write(catalogue, path)
    # WHEN a fill file offers translations for all three
    wanted = {"Kept": "Khác", "Empty": "Trống", "{count} file": ["{count} tệp"]}
    filled = po.fill(wanted, tmp_path)
    # THEN the empty and the plural entries are filled; a translation already there stays
    assert filled == 2
    result = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in po.read(path) if m.id}
    assert result == {"Kept": "Giữ nguyên", "Empty": "Trống", "{count} file": ("{count} tệp",)}
