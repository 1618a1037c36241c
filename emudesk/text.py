"""Vietnamese text on the way in, in searches and in sort order.

Text pasted from Word or a PDF often arrives decomposed (NFD); it is stored NFC so that
equal-looking names compare equal. Searching folds diacritics ("dak lak" finds "Đắk Lắk"),
and sorting follows the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …, then tones)
without needing ICU or a Qt collator in the lower layers.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Characters that drive a terminal or reorder what it shows: C0 and C1 controls (ESC starts
# the sequences that retitle a window or rewrite the screen, BEL rings), DEL, and the
# bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# One mailbox as a mail program writes it: no spaces, controls or the characters that
# separate or quote addresses in a header, one "@", and a domain of dotted labels.
_NOT_IN_ADDRESS = r"\s\x00-\x1f\x7f@<>,;:\"()\[\]\\"
_EMAIL = re.compile(rf"^[^{_NOT_IN_ADDRESS}]+@(?:[^{_NOT_IN_ADDRESS}.]+\.)+[^{_NOT_IN_ADDRESS}.]+$")
EMAIL_MAX = 254  # the longest address SMTP carries (RFC 5321: a 256-octet path, "<" ">")

# Base letters of the Vietnamese alphabet in order; letters outside it sort by code point after.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks in the conventional dictionary order: none, grave, hook, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def clean(value: str | None) -> str:
    """Return ``value`` in NFC with surrounding whitespace stripped and inner runs collapsed."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_multiline(value: str | None) -> str:
    """NFC-normalise a multi-line text, keeping its line breaks but trimming each line."""
    if not value:  # most notes are empty: an import cleans tens of thousands of them
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def control_characters(value: str, *, keep: str = "") -> list[str]:
    """The control characters in ``value`` (except those in ``keep``), as U+XXXX codes."""
    found = {ch for ch in _CONTROLS.findall(value) if ch not in keep}
    return [f"U+{ord(ch):04X}" for ch in sorted(found)]


def for_terminal(value: str) -> str:
    """``value`` with every control character shown as an escape (``\\x1b``) instead of
    acting on the terminal; line breaks stay line breaks."""
    return _CONTROLS.sub(
        lambda m: m.group() if m.group() == "\n" else ascii(m.group())[1:-1], value
    )


def is_email_address(value: str) -> bool:
    """True when ``value`` is one e-mail address (as written: trimmed, without a name).

    The one check of the program: what a unit's address may be, what a draft or a sending
    may be addressed to or from, and which sender of a received e-mail counts as known.
    ASCII only: an address with marks ("thư@…") needs SMTPUTF8, which neither the drafts
    nor the office's server can be counted on to carry.
    """
    return len(value) <= EMAIL_MAX and value.isascii() and _EMAIL.fullmatch(value) is not None


def fold(value: str) -> str:
    """Lower-case ``value`` and strip every diacritic, mapping đ to d, for searching."""
    decomposed = unicodedata.normalize("NFD", value.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, *values: str | None) -> bool:
    """True when every word of ``query`` occurs in one of ``values``, ignoring case and marks."""
    words = fold(clean(query)).split()
    haystack = " ".join(fold(v) for v in values if v)
    return all(word in haystack for word in words)


def _letter_key(ch: str) -> tuple[int, int]:
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    tone = 0
    letter = ""
    for part in decomposed:
        if part in _TONES:
            tone = _TONES[part]
        else:
            letter += part
    letter = unicodedata.normalize("NFC", letter)
    if letter in _ORDER:
        return _ORDER[letter], tone
    return len(_ALPHABET) + ord(letter[0]) if letter else 0, tone


def sort_key(value: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A key that sorts ``value`` in Vietnamese dictionary order (letters first, then tones)."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", value):
        base, tone = _letter_key(ch)
        letters.append(base)
        tones.append(tone)
    return tuple(letters), tuple(tones)
