"""Exact points: parsing, formatting and the one rounding rule.

Scores are integers in hundredths of a point (9.5 points = 950) so that sums, means and
comparisons are exact; binary floats never enter the rules. Every place that rounds calls
``round_half_up`` so the regulation's rounding rule lives in exactly one function.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from emudesk.i18n import _, decimal_mark

SCALE = 100
"""Hundredths per point: the fixed scale of every stored score."""

MAX_DECIMALS = 2
"""Most decimal places a score can carry (the storage scale)."""

_STEPS = {decimals: 10 ** (MAX_DECIMALS - decimals) for decimals in range(MAX_DECIMALS + 1)}
"""Hundredths per rounding step, by number of decimals kept."""

MAX_VALUE = 10**12
"""The largest value stored, in hundredths (ten billion points, results or counts): far
beyond any real score, and far inside the database's 64-bit integers."""

# Digits are ASCII on purpose: ``\d`` would accept Arabic-Indic or full-width digits. At most
# ten whole digits: a longer text is refused as no score before it is turned into a number.
_POINTS = re.compile(r"([+-]?)([0-9]{1,10})(?:[.,]([0-9]+))?")


class PointsFormatError(ValueError):
    """A text that is not a score; the message is in the user's language, shown as is."""

    def __init__(self, text: str, message: str) -> None:
        super().__init__(message)
        self.text = text
        self.message = message


def parse_points(text: str) -> int:
    """Read a score typed by a person ("9,5", "9.5", "10") and return hundredths.

    Both separators are accepted because Excel and keyboards disagree, but at most two decimal
    digits are: in Vietnamese "1.000" is one thousand, so three digits after a separator are
    ambiguous and refused rather than guessed. Exponents, NaN and infinity are refused too.
    """
    cleaned = text.strip()
    if not cleaned:
        raise PointsFormatError(text, _("No score entered"))
    match = _POINTS.fullmatch(cleaned)
    if match is None:
        raise PointsFormatError(
            text,
            _("“{text}” is not a score; enter a number, for example 9,5 or 10", text=cleaned),
        )
    sign, whole, fraction = match.groups()
    fraction = fraction or ""
    if len(fraction) > MAX_DECIMALS:
        raise PointsFormatError(
            text,
            _(
                "The score “{text}” has more than {decimals} decimal places; the comma is the "
                "decimal separator, and no thousands separator is used",
                text=cleaned,
                decimals=MAX_DECIMALS,
            ),
        )
    hundredths = int(whole) * SCALE + int(fraction.ljust(MAX_DECIMALS, "0"))
    return -hundredths if sign == "-" else hundredths


def format_points(hundredths: int, decimals: int = MAX_DECIMALS, *, mark: str = ",") -> str:
    """Write hundredths the Vietnamese way: comma decimal, no thousands separator ("95,50").

    Fewer decimals round with ``round_half_up``, so a printed score is the same number the
    ranking used when the regulation rounds to that precision. Papers and workbooks use this
    form; what the user reads on screen or in a message uses ``local_points``.
    """
    _check_decimals(decimals)
    rounded = round_half_up(hundredths, decimals)
    sign = "-" if rounded < 0 else ""
    whole, rest = divmod(abs(rounded), SCALE)
    if decimals == 0:
        return f"{sign}{whole}"
    digits = f"{rest:02d}"[:decimals]
    return f"{sign}{whole}{mark}{digits}"


def local_points(hundredths: int, decimals: int = MAX_DECIMALS) -> str:
    """``format_points`` with the decimal mark of the user's language ("95,50" / "95.50")."""
    return format_points(hundredths, decimals, mark=decimal_mark())


def round_half_up(hundredths: Fraction | Decimal | int, decimals: int, denominator: int = 1) -> int:
    """Round an exact amount of hundredths to ``decimals`` places of points; return hundredths.

    Halves go away from zero, exactly as ``decimal.ROUND_HALF_UP`` does (for the non-negative
    amounts of scoring this is plain "half up"). Floats are refused because they cannot hold
    0.1 exactly: the caller must decide how its number became exact.
    Example: ``round_half_up(Fraction(1905, 2), 2) == 953`` (9.525 points → 9.53).

    ``denominator`` divides the amount first, so a mean can be rounded from its integer sum
    and count without building a Fraction: ``round_half_up(1905, 2, 2) == 953`` too. The
    arithmetic is on integers only, which is both exact and fast.
    """
    step = _STEPS.get(decimals)
    if step is None:
        _check_decimals(decimals)
        raise TypeError(f"decimals must be an integer, not {decimals!r}")
    if type(hundredths) is int and type(denominator) is int and denominator > 0:
        if denominator == 1 and step == 1:
            return hundredths  # whole hundredths at full precision: nothing to round
        numerator = hundredths
    else:
        numerator, denominator = _ratio(hundredths, denominator)
    scaled = denominator * step
    # floor(|n| / d + 1/2) with d = denominator * step, in integers: (2|n| + d) // 2d.
    magnitude = (2 * abs(numerator) + scaled) // (2 * scaled)
    return (magnitude if numerator >= 0 else -magnitude) * step


def _ratio(hundredths: Fraction | Decimal | int, denominator: int) -> tuple[int, int]:
    """``hundredths / denominator`` as integers (numerator, positive denominator), checked."""
    if isinstance(hundredths, bool) or not isinstance(hundredths, Fraction | Decimal | int):
        raise TypeError(f"round_half_up needs an exact number, not {type(hundredths).__name__}")
    if isinstance(denominator, bool) or not isinstance(denominator, int):
        raise TypeError(f"the denominator must be an integer, not {type(denominator).__name__}")
    if denominator == 0:
        raise ZeroDivisionError("round_half_up: the denominator is zero")
    if isinstance(hundredths, Decimal) and not hundredths.is_finite():
        raise ValueError(f"cannot round {hundredths}")
    exact = Fraction(hundredths)  # exact for Decimal and Fraction alike
    numerator, divisor = exact.numerator, exact.denominator * denominator
    return (numerator, divisor) if divisor > 0 else (-numerator, -divisor)


def _check_decimals(decimals: int) -> None:
    if not 0 <= decimals <= MAX_DECIMALS:
        raise ValueError(f"decimals must be between 0 and {MAX_DECIMALS}, not {decimals}")
