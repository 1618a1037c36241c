"""JSON from files that come from outside (handover files, the issuer's packages): UTF-8, no
NaN or infinite numbers (``NaN``, ``Infinity``, ``1e999``), and nesting bounded before
parsing, so that no recursion is ever deep. Anything else is a ``ValueError``."""

from __future__ import annotations

import json
import math
import re
from typing import Any

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def parse(raw: bytes, max_nesting: int) -> Any:
    """The document in ``raw``; ValueError when it is not UTF-8 JSON, holds a number that is
    not finite, or nests deeper than ``max_nesting``."""
    text = raw.decode("utf-8")  # UnicodeDecodeError is a ValueError
    if too_deep(text, max_nesting):
        raise ValueError("nesting")
    try:
        return json.loads(text, parse_constant=_refuse, parse_float=_finite)
    except RecursionError as exc:  # not reached after too_deep, kept as a guard
        raise ValueError("nesting") from exc


def too_deep(text: str, max_nesting: int) -> bool:
    """Whether brackets nest deeper than ``max_nesting`` outside strings."""
    if text.count("[") + text.count("{") <= max_nesting:
        return False
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > max_nesting:
                return True
        else:
            depth -= 1
    return False


def _refuse(constant: str) -> Any:
    raise ValueError(constant)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value
