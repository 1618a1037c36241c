"""Every message of the non-GUI layers has a Vietnamese translation with the same fields."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from emudesk.locale.vi import MESSAGES

PACKAGE = Path(__file__).resolve().parent.parent / "emudesk"


def extract_messages() -> dict[str, str]:
    """Every literal passed to ``_()`` outside the GUI, mapped to where it occurs."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
            ):
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise AssertionError(f"{path}:{node.lineno}: _() needs a literal string")
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_is_translated() -> None:
    missing = {src: where for src, where in extract_messages().items() if src not in MESSAGES}
    assert not missing, "untranslated messages:\n" + "\n".join(
        f"  {where}: {src!r}" for src, where in missing.items()
    )


def test_translations_keep_the_placeholders() -> None:
    wrong = [src for src, vi in MESSAGES.items() if fields(src) != fields(vi)]
    assert not wrong, f"placeholders differ: {wrong}"


def test_no_translation_is_left_over() -> None:
    used = extract_messages()
    stale = [src for src in MESSAGES if src not in used]
    assert not stale, f"translations no longer used: {stale}"


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
