"""How tall a row must be for its wrapped text, since no spreadsheet program works it out.

Excel and LibreOffice both keep the default height for a row written by another program,
even when its cells wrap text, so a long criterion title or note would show one line of
itself. The height is therefore set from an estimate of the wrapped lines.
"""

from __future__ import annotations

from collections.abc import Iterable

LINE_HEIGHT = 15.0
"""Points per line of 11-point Times New Roman."""
CHARS_PER_UNIT = 1.35
"""Characters of 11-point Times New Roman per unit of column width (measured in LibreOffice)."""


def line_count(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` units wide (estimated)."""
    per_line = max(1, int(width * CHARS_PER_UNIT))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def row_height(cells: Iterable[tuple[str, float]]) -> float | None:
    """The height for a row of (text, column width) cells, or None when one line is enough."""
    lines = max((line_count(text, width) for text, width in cells if text), default=1)
    return lines * LINE_HEIGHT if lines > 1 else None
