"""The rules an issuer's award catalogue states as data: quotas and vote thresholds.

An issuer caps each award per cluster either as a count ("1 flag per cluster") or as a share
of the members ("at most 30 % of the member units"), with its own rounding; and it asks that
a proposal be carried by a share of *all* members ("at least 2/3", "80 %", "more than half").
Both are written and read as short texts a user types, so that they stay data, never code.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from emudesk.i18n import _
from emudesk.rules.errors import RegulationError


class Rounding(enum.StrEnum):
    """How a share of the members becomes a whole number of places."""

    DOWN = "down"
    UP = "up"
    HALF_UP = "half_up"


_ROUNDING = {
    Rounding.DOWN: ROUND_FLOOR,
    Rounding.UP: ROUND_CEILING,
    Rounding.HALF_UP: ROUND_HALF_UP,
}


@dataclass(frozen=True)
class QuotaRule:
    """At most ``count`` places, or ``percent`` % of the members rounded by ``rounding``.

    Neither set means "no cap from the catalogue".
    """

    count: int | None = None
    percent: Decimal | None = None
    rounding: Rounding = Rounding.DOWN

    def __post_init__(self) -> None:
        if self.count is not None and self.percent is not None:
            raise RegulationError(
                _("Give the quota either as a number or as a share of the members, not both"),
                field="quota",
            )
        if self.count is not None and not 0 <= self.count <= 1000:
            raise RegulationError(_("The quota must be from 0 to 1000 places"), field="quota")
        if self.percent is not None:
            try:
                valid = self.percent.is_finite() and 0 <= self.percent <= 100
            except InvalidOperation:
                valid = False
            if not valid:
                raise RegulationError(
                    _("The share of the members must be from 0 to 100 %"), field="quota"
                )
        object.__setattr__(self, "rounding", Rounding(self.rounding))

    @property
    def capped(self) -> bool:
        return self.count is not None or self.percent is not None

    def places(self, members: int) -> int | None:
        """The number of places for a cluster of ``members`` units (None: no cap)."""
        if self.count is not None:
            return self.count
        if self.percent is None:
            return None
        exact = Decimal(members) * self.percent / 100
        return int(exact.quantize(Decimal(1), rounding=_ROUNDING[self.rounding]))

    def text(self) -> str:
        """The rule in Vietnamese, as the catalogue and the papers show it."""
        if self.count is not None:
            return f"tối đa {self.count}"
        if self.percent is None:
            return ""
        rounding = {
            Rounding.DOWN: "làm tròn xuống",
            Rounding.UP: "làm tròn lên",
            Rounding.HALF_UP: "làm tròn",
        }[self.rounding]
        return f"tối đa {_number(self.percent)} % số đơn vị thành viên ({rounding})"


@dataclass(frozen=True)
class VoteThreshold:
    """A proposal passes when its votes for reach ``share`` of all members.

    ``strict`` means "more than" (a simple majority is "> 1/2"); otherwise "at least".
    """

    share: Fraction = Fraction(1, 2)
    strict: bool = True
    as_percent: bool = False  # how the user wrote it: "80 %" rather than "4/5"

    def __post_init__(self) -> None:
        if not 0 <= self.share <= 1:
            raise RegulationError(
                _("A vote threshold must be a share from 0 to 1 of the members"),
                field="vote_threshold",
            )

    def met(self, votes_for: int, members: int) -> bool:
        if members <= 0:
            return False
        reached = Fraction(votes_for, members)
        return reached > self.share if self.strict else reached >= self.share

    def needed(self, members: int) -> int:
        """The least number of votes for that passes among ``members``."""
        return next(n for n in range(members + 2) if n > members or self.met(n, members))

    def _share_text(self) -> str:
        if not self.as_percent and self.share.denominator in _FRACTIONS:
            return f"{self.share.numerator}/{self.share.denominator}"
        percent = Decimal(self.share.numerator) * 100 / self.share.denominator
        return f"{_number(percent)} %"

    def text(self) -> str:
        """The canonical spelling, which ``parse`` reads back: "> 1/2", "≥ 2/3", "≥ 80 %"."""
        return f"{'>' if self.strict else '≥'} {self._share_text()}"

    def words(self) -> str:
        """The threshold in Vietnamese words, for the minutes."""
        if self.share == Fraction(1, 2) and self.strict:
            return "trên một nửa tổng số thành viên"
        lead = "trên" if self.strict else "ít nhất"
        return f"{lead} {self._share_text()} tổng số thành viên"

    @classmethod
    def parse(cls, text: str) -> VoteThreshold:
        """Read "> 1/2", ">= 2/3", "≥ 80 %", "2/3" (at least), "80%"; empty: more than half."""
        clean = text.strip().replace(" ", "").replace(",", ".")
        if not clean:
            return cls()
        match = _THRESHOLD.fullmatch(clean)
        if match is None:
            raise RegulationError(
                _(
                    "The vote threshold “{text}” is not understood; write for example "
                    "“> 1/2”, “≥ 2/3” or “≥ 80 %”",
                    text=text,
                ),
                field="vote_threshold",
            )
        sign, numerator, denominator, percent = match.groups()
        try:
            if percent is not None:
                share = Fraction(Decimal(percent)) / 100
            else:
                share = Fraction(int(numerator), int(denominator))
        except (ZeroDivisionError, InvalidOperation, ValueError):
            raise RegulationError(
                _("The vote threshold “{text}” is not a share of the members", text=text),
                field="vote_threshold",
            ) from None
        return cls(share, strict=sign == ">", as_percent=percent is not None)


_THRESHOLD = re.compile(r"(>|>=|≥)?(?:(\d{1,3})/(\d{1,3})|(\d{1,3}(?:\.\d{1,2})?)%)")


_FRACTIONS = frozenset({2, 3, 4, 5})


def _number(value: Decimal) -> str:
    """A percentage as Vietnamese write it: "66,67", "80"."""
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
    return text.rstrip("0").rstrip(".").replace(".", ",")


def parse_quota(count: int | None, percent: str | None, rounding: str) -> QuotaRule:
    """A quota rule from stored values; a malformed percentage is refused by name."""
    share: Decimal | None = None
    if percent not in (None, ""):
        try:
            share = Decimal(str(percent).strip().replace(",", ".").rstrip("%").strip())
        except InvalidOperation:
            raise RegulationError(
                _("The share of the members “{value}” is not a number", value=percent),
                field="quota",
            ) from None
    try:
        chosen = Rounding(rounding or Rounding.DOWN)
    except ValueError:
        raise RegulationError(
            _("The rounding “{value}” is not known", value=rounding), field="quota"
        ) from None
    return QuotaRule(count, share, chosen)
