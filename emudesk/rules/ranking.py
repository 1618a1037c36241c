"""Ranking by total with the regulation's tie-break chain, and why each place was decided.

At the review conference every unit asks "why are we below them?", so the ranking keeps, for
each pair of neighbours, the rule that separated them and both values, and can say it in the
user's language (Vietnamese by default). Units share a rank only when the total and every rule
of the chain are equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from emudesk.i18n import _
from emudesk.rules.errors import RegulationError
from emudesk.rules.points import local_points
from emudesk.rules.scores import UnitResult


class TieBreakKind(StrEnum):
    """A rule that orders units of equal total."""

    SECTION_TOTAL = "section_total"
    FEWER_DEDUCTIONS = "fewer_deductions"
    MORE_BONUS = "more_bonus"
    VOTES = "votes"
    PREVIOUS_RANK = "previous_rank"


@dataclass(frozen=True)
class TieBreak:
    """One link of the tie-break chain; SECTION_TOTAL names a top-level section by its code."""

    kind: TieBreakKind
    section_code: str | None = None

    def __post_init__(self) -> None:
        if self.kind is TieBreakKind.SECTION_TOTAL:
            if not (self.section_code or "").strip():
                raise RegulationError(
                    _(
                        "The tie-break “higher score in a section” needs a section code, "
                        "for example I"
                    ),
                    field="tie_breaks",
                )
        elif self.section_code is not None:
            raise RegulationError(
                _("The tie-break “{kind}” takes no section code", kind=self.kind.value),
                field="tie_breaks",
            )

    @classmethod
    def section(cls, code: str) -> TieBreak:
        """Higher total in the top-level section ``code`` wins."""
        return cls(TieBreakKind.SECTION_TOTAL, code)

    def missing_section_error(self) -> RegulationError:
        """The refusal for a section tie-break whose section the table does not have."""
        code = self.section_code
        return RegulationError(
            _(
                "The tie-break “higher score in section {code}”: the scoring table has no "
                "top-level section {code}",
                code=code,
            ),
            field="tie_breaks",
        )

    @property
    def decided_by(self) -> str:
        """Short machine-readable name: "section:I", "fewer_deductions", "votes"…"""
        if self.kind is TieBreakKind.SECTION_TOTAL:
            return f"section:{self.section_code}"
        return self.kind.value


class RankRule(StrEnum):
    """What separated two neighbours when it was not a tie-break: the total, or nothing."""

    TOTAL = "total"
    SHARED = "shared"


@dataclass(frozen=True)
class Decision:
    """Why ``upper_key`` stands above ``lower_key`` (or shares its rank).

    ``upper_value`` and ``lower_value`` are the two units' values under ``rule``: hundredths of
    a point for totals, sections, bonus and deductions; plain numbers for votes and previous
    ranks (None for a unit without a previous rank). ``total`` is the upper unit's total, which
    is also the lower unit's whenever a tie-break or nothing decided.
    """

    upper_key: str
    lower_key: str
    rule: RankRule | TieBreak
    upper_value: int | None
    lower_value: int | None
    total: int

    @property
    def decided_by(self) -> str:
        """Short machine-readable name of the rule, for CSV output.

        One of "total", "section:<code>", "fewer_deductions", "more_bonus", "votes",
        "previous_rank" or "shared".
        """
        return self.rule.value if isinstance(self.rule, RankRule) else self.rule.decided_by


@dataclass(frozen=True)
class RankedUnit:
    """One row of the ranking.

    ``decided_by`` is "shared" when the unit shares its rank; otherwise it names the decision
    against the unit above (for the first unit: against the unit below), so a CSV row says
    what placed the unit where it is.
    """

    unit_key: str
    rank: int
    total: int
    decided_by: str
    shared: bool


@dataclass(frozen=True)
class Ranking:
    """Rows best first, and ``decisions[i]`` between ``rows[i]`` and ``rows[i + 1]``."""

    rows: tuple[RankedUnit, ...]
    decisions: tuple[Decision, ...]

    def rank_of(self, unit_key: str) -> int:
        """Rank of ``unit_key`` (1 is best); KeyError when the unit was not ranked."""
        for row in self.rows:
            if row.unit_key == unit_key:
                return row.rank
        raise KeyError(unit_key)

    @property
    def keys(self) -> list[str]:
        """Unit keys in ranking order."""
        return [row.unit_key for row in self.rows]


_RuleValue = int | None


def rank_units(
    results: Iterable[UnitResult] | Mapping[str, UnitResult],
    chain: Sequence[TieBreak],
    votes: Mapping[str, int] | None = None,
    previous_ranks: Mapping[str, int] | None = None,
) -> Ranking:
    """Rank by total (highest first), then by each tie-break of ``chain`` in order.

    Ranks follow standard competition ranking (1, 1, 3). Within a shared rank the order is by
    unit key, which only makes the output reproducible and decides nothing. Missing ``votes``
    (the vote has not been held yet) or ``previous_ranks`` split nobody; a unit absent from a
    given ``votes`` mapping has zero votes, and one without a previous rank loses to one with.
    """
    units = list(results.values()) if isinstance(results, Mapping) else list(results)
    if len({unit.unit_key for unit in units}) != len(units):
        raise ValueError("a unit appears twice in the results")
    _check_inputs(units, chain, votes, previous_ranks)

    def values(unit: UnitResult) -> list[_RuleValue]:
        return [_rule_value(rule, unit, votes, previous_ranks) for rule in chain]

    def order_key(unit: UnitResult) -> tuple[object, ...]:
        keys = [_sort_value(rule, value) for rule, value in zip(chain, values(unit), strict=True)]
        return (-unit.total, *keys, unit.unit_key)

    units.sort(key=order_key)
    decisions = [
        _decide(upper, lower, chain, values(upper), values(lower))
        for upper, lower in pairwise(units)
    ]
    rows: list[RankedUnit] = []
    for index, unit in enumerate(units):
        above = decisions[index - 1] if index > 0 else None
        below = decisions[index] if index < len(decisions) else None
        shared_above = above is not None and above.rule is RankRule.SHARED
        shared_below = below is not None and below.rule is RankRule.SHARED
        rank = rows[-1].rank if shared_above else index + 1
        shared = shared_above or shared_below
        reason = above or below
        if shared:
            decided_by = RankRule.SHARED.value
        else:
            decided_by = reason.decided_by if reason is not None else RankRule.TOTAL.value
        rows.append(RankedUnit(unit.unit_key, rank, unit.total, decided_by, shared))
    return Ranking(tuple(rows), tuple(decisions))


def _check_inputs(
    units: list[UnitResult],
    chain: Sequence[TieBreak],
    votes: Mapping[str, int] | None,
    previous_ranks: Mapping[str, int] | None,
) -> None:
    for rule in chain:
        if rule.kind is TieBreakKind.SECTION_TOTAL:
            lacking = [u.unit_key for u in units if rule.section_code not in u.section_totals]
            if lacking:
                raise rule.missing_section_error()
    if votes is not None and any(count < 0 for count in votes.values()):
        raise RegulationError(_("The number of votes cannot be negative"), field="votes")
    if previous_ranks is not None and any(rank < 1 for rank in previous_ranks.values()):
        raise RegulationError(
            _("The previous year's rank must be 1 or more"), field="previous_ranks"
        )


def _rule_value(
    rule: TieBreak,
    unit: UnitResult,
    votes: Mapping[str, int] | None,
    previous_ranks: Mapping[str, int] | None,
) -> _RuleValue:
    kind = rule.kind
    if kind is TieBreakKind.SECTION_TOTAL:
        return unit.section_totals[str(rule.section_code)]
    if kind is TieBreakKind.FEWER_DEDUCTIONS:
        return unit.deduction_total
    if kind is TieBreakKind.MORE_BONUS:
        return unit.bonus_total
    if kind is TieBreakKind.VOTES:
        return None if votes is None else votes.get(unit.unit_key, 0)
    return None if previous_ranks is None else previous_ranks.get(unit.unit_key)


def _sort_value(rule: TieBreak, value: _RuleValue) -> tuple[int, int]:
    """A key where smaller sorts first (is better); (1, 0) puts "no previous rank" last."""
    if rule.kind is TieBreakKind.PREVIOUS_RANK:
        return (0, value) if value is not None else (1, 0)
    if value is None:
        return (0, 0)
    if rule.kind is TieBreakKind.FEWER_DEDUCTIONS:
        return (0, value)
    return (0, -value)


def _decide(
    upper: UnitResult,
    lower: UnitResult,
    chain: Sequence[TieBreak],
    upper_values: list[_RuleValue],
    lower_values: list[_RuleValue],
) -> Decision:
    keys = (upper.unit_key, lower.unit_key)
    if upper.total != lower.total:
        return Decision(*keys, RankRule.TOTAL, upper.total, lower.total, upper.total)
    for rule, up, low in zip(chain, upper_values, lower_values, strict=True):
        if _sort_value(rule, up) != _sort_value(rule, low):
            return Decision(*keys, rule, up, low, upper.total)
    return Decision(*keys, RankRule.SHARED, upper.total, lower.total, upper.total)


def explain(decision: Decision, upper_name: str, lower_name: str, decimals: int = 2) -> str:
    """Say why one unit stands above its neighbour, or why they share a rank.

    The sentence is in the user's language; in Vietnamese, for example
    "Đắk Lắk trên Phú Yên: cùng tổng 95,50; mục I 40,00 so với 38,50".
    """

    def points(value: int | None) -> str:
        return local_points(value, decimals) if value is not None else _("none")

    rule = decision.rule
    names = {"upper": upper_name, "lower": lower_name}
    total = points(decision.total)
    if rule is RankRule.SHARED:
        return _(
            "{upper} and {lower} share the rank: same total {total} and no tie-break "
            "separates them",
            total=total,
            **names,
        )
    up, low = decision.upper_value, decision.lower_value
    if rule is RankRule.TOTAL:
        return _(
            "{upper} above {lower}: total {upper_value} against {lower_value}",
            upper_value=points(up),
            lower_value=points(low),
            **names,
        )
    assert isinstance(rule, TieBreak)
    values = {"upper_value": points(up), "lower_value": points(low)}
    if rule.kind is TieBreakKind.SECTION_TOTAL:
        detail = _(
            "section {code} {upper_value} against {lower_value}", code=rule.section_code, **values
        )
    elif rule.kind is TieBreakKind.FEWER_DEDUCTIONS:
        detail = _("deductions {upper_value} against {lower_value}", **values)
    elif rule.kind is TieBreakKind.MORE_BONUS:
        detail = _("bonus {upper_value} against {lower_value}", **values)
    elif rule.kind is TieBreakKind.VOTES:
        detail = _("votes {upper_value} against {lower_value}", upper_value=up, lower_value=low)
    else:
        lower_rank = str(low) if low is not None else _("not ranked")
        detail = _(
            "previous year's rank {upper_value} against {lower_value}",
            upper_value=up,
            lower_value=lower_rank,
        )
    return _(
        "{upper} above {lower}: same total {total}; {detail}", total=total, detail=detail, **names
    )
