"""Plain data of scoring: who scored what, and the consolidated result of one unit.

These types sit apart from the functions that compute them so that the regulation settings,
the consolidation and the ranking can all import them without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class ScorerRole(StrEnum):
    """In which capacity a unit scored: itself, a fellow member, or the cluster head's review."""

    SELF = "self"
    PEER = "peer"
    HEAD = "head"


class HeadReviewer(StrEnum):
    """Who gives the reviewed score of the head's own unit: a unit should not review itself.

    DEPUTY: the year's deputy reviews the head; HEAD: the head reviews itself as well (only
    where the regulation says so).
    """

    DEPUTY = "deputy"
    HEAD = "head"


class CombineMethod(StrEnum):
    """How the regulation turns several scorers' values into one value per criterion.

    HEAD_ELSE_PEER_MEAN decides per criterion: the head's reviewed value where the head gave
    one, otherwise the mean of the peers. MEAN_OF_ALL is the mean of the self-score and the
    peer scores (the head's review is not part of it).
    """

    HEAD_ELSE_PEER_MEAN = "head_else_peer_mean"
    PEER_MEAN = "peer_mean"
    HEAD_ONLY = "head_only"
    SELF_ONLY = "self_only"
    MEAN_OF_ALL = "mean_of_all"


class ScoreEntry(NamedTuple):
    """One value given by one scorer for one unit on one leaf; ``value`` is the raw input.

    A named tuple rather than a frozen dataclass: a large cluster-year loads tens of thousands
    of them for each ranking, and a tuple is several times cheaper to build.
    """

    scorer_unit_key: str
    role: ScorerRole
    assessed_unit_key: str
    criterion_key: str
    value: int


@dataclass(frozen=True)
class ScorerValue:
    """One scorer's raw input on one criterion, as shown on the score sheet."""

    scorer_unit_key: str
    role: ScorerRole
    value: int


@dataclass(frozen=True)
class UnitResult:
    """The consolidated score of one unit; every amount is in hundredths of a point.

    ``total`` = sum of ``section_totals`` + ``bonus_total`` - ``deduction_total``, exactly.
    ``section_totals`` is keyed by the code of each top-level row and leaves out bonus and
    deduction rows, which count only through their own totals (after the regulation's caps).
    ``points`` holds the final value of each leaf that has one; leaves of the table without a
    value from any counted scorer are listed in ``missing`` and count as zero (bonus and
    deduction rows are never "missing": no entry simply means none). ``self_total`` and
    ``peer_mean_total`` are the totals the unit would have by its own score only, or by its
    peers' mean only (None when nobody scored it in that role), for "self vs peers" charts.
    """

    unit_key: str
    total: int
    section_totals: Mapping[str, int]
    bonus_total: int
    deduction_total: int
    points: Mapping[str, int]
    scorer_values: Mapping[str, tuple[ScorerValue, ...]] = field(default_factory=dict)
    self_total: int | None = None
    peer_mean_total: int | None = None
    missing: tuple[str, ...] = ()
    bonus_before_cap: int = 0
    deduction_before_cap: int = 0
