"""Checks shared by the services: names, codes, years, e-mail addresses."""

from __future__ import annotations

import re

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.text import clean, clean_multiline, control_characters, is_email_address

MIN_YEAR = 2000
MAX_YEAR = 2100
NAME_MAX = 300
CODE_MAX = 40
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def name(value: str | None, label: str, *, required: bool = True, max_len: int = NAME_MAX) -> str:
    """NFC-clean a name; refuse it empty (when required) or longer than ``max_len``."""
    text = clean(value)
    if required and not text:
        raise ValidationError(_("{label} must not be empty.", label=label), field=label)
    return _within(text, label, max_len)


def _within(text: str, label: str, max_len: int, *, keep: str = "") -> str:
    """``text`` when it has at most ``max_len`` characters and no control character (but
    those in ``keep``); otherwise refused, saying so."""
    controls = control_characters(text, keep=keep)
    if controls:
        raise ValidationError(
            _(
                "{label} contains control characters ({codes}), which no name or text may "
                "hold; retype it.",
                label=label,
                codes=", ".join(controls[:5]),
            ),
            field=label,
        )
    if len(text) > max_len:
        raise ValidationError(
            _(
                "{label} is too long ({length} characters; at most {limit}).",
                label=label,
                length=len(text),
                limit=max_len,
            ),
            field=label,
        )
    return text


def code(value: str | None, label: str) -> str:
    """A short ASCII code (used in file names): letters, digits, dot, dash, underscore."""
    text = clean(value).upper()
    if not text:
        raise ValidationError(_("{label} must not be empty.", label=label), field=label)
    if len(text) > CODE_MAX:
        raise ValidationError(
            _(
                "{label} is too long ({length} characters; at most {limit}).",
                label=label,
                length=len(text),
                limit=CODE_MAX,
            ),
            field=label,
        )
    if not _CODE.match(text):
        raise ValidationError(
            _(
                "{label} \u201c{value}\u201d may only contain letters A–Z without marks, "
                "digits, dot, dash and underscore.",
                label=label,
                value=text,
            ),
            field=label,
        )
    return text


def year(value: int, label: str | None = None) -> int:
    """A year between 2000 and 2100."""
    if not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise ValidationError(
            _(
                "The year {year} is outside {first}–{last}.",
                year=value,
                first=MIN_YEAR,
                last=MAX_YEAR,
            ),
            field=label or "year",
        )
    return value


def email(value: str | None, label: str = "email") -> str:
    """An optional e-mail address: empty, or one address (``text.is_email_address``)."""
    text = clean(value)
    if text and not is_email_address(text):
        raise ValidationError(
            _("\u201c{value}\u201d is not an e-mail address.", value=text[:200]), field=label
        )
    return text


def text(value: str | None, label: str, *, max_len: int = 10_000) -> str:
    """NFC-clean a text of several lines (may be empty); refuse it longer than ``max_len``:
    a page of a printed paper holds a few thousand characters, and a pasted file would make
    printing crawl."""
    return _within(clean_multiline(value or ""), label, max_len, keep="\n\t")
