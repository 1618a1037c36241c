"""Score entries summed by the database: one summary per (criterion, assessed unit).

A large cluster-year has ten or more entries per (criterion, unit): the self-score, the
peers' and the head's. Consolidation needs of them only the self value, the head's value and
the peers' sum and count (and, when the extremes are trimmed, the peers' lowest and highest
value): a database computes these in one grouped query (``SUMMARY_ROLE_CODES``), so that
Python handles one summary per row instead of every entry.

The summary also carries what the entries' check (``grouping.group_entries``) looks at:
the lowest and highest value, the sum of the squares (a pass/fail row's values are 0 or its
maximum exactly when ``max·Σv = Σv²``), and the entries counted by role and by whether the
scorer is the assessed unit. ``group_summaries`` accepts a set only when every entry would
pass that check's common case; otherwise it answers None and the caller consolidates the
entries themselves, which words every problem. The results are then the same, exactly: a
mean is ``Fraction(sum, count)`` whatever adds the values, and trimming one lowest and one
highest of ``n ≥ 3`` values removes ``min + max`` from the sum and 2 from the count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from emudesk.rules.grouping import RANGED, Given, Grouped
from emudesk.rules.table import CriterionKind, CriterionSpec

# The code each entry adds to ``ScoreSummary.roles``: four-digit fields, so the sum counts
# the entries of each kind at once (a field of 10,000 or more would carry into the next, which
# the total ``entries`` reveals). ``FOREIGN_SELF`` is a self-score entered by another unit,
# ``ODD`` a peer scoring itself or an unknown role: both are refused by the entries' check.
OWN_SELF = 1
FOREIGN_SELF = 10**4
HEAD = 10**8
PEER = 10**12
ODD = 10**16
_FIELD = 10**4


class ScoreSummary(NamedTuple):
    """The entries of one (criterion, assessed unit), summed (see the module's text)."""

    criterion_key: str
    assessed_unit_key: str
    entries: int  # how many
    total: int  # sum of every value
    low: int  # lowest value
    high: int  # highest value
    squares: int  # sum of the squares of the values
    roles: int  # sum of the role codes above
    self_value: int | None
    head_value: int | None
    peer_low: int | None = None  # read only when the extremes are trimmed
    peer_high: int | None = None


class Summed(Given):
    """Values given for one (unit, criterion) known by their sums (the peers by name unknown)."""

    __slots__ = ("peer_count", "peer_high", "peer_low", "peer_sum")

    def __init__(self, row: ScoreSummary, peer_count: int) -> None:
        super().__init__()
        own, head = row.self_value, row.head_value
        self.self_value = own
        self.head = head
        self.peer_sum = row.total - (own or 0) - (head or 0)
        self.peer_count = peer_count
        self.peer_low = row.peer_low
        self.peer_high = row.peer_high

    def counted_peers(self, trim: int) -> tuple[int, int, int]:
        count = self.peer_count
        if trim and count >= trim:
            if count <= 2:
                return count, 0, 0
            low, high = self.peer_low, self.peer_high
            if low is None or high is None:
                raise ValueError("the peers' extremes were not read")
            return count, self.peer_sum - low - high, count - 2
        return count, self.peer_sum, count

    def scorers_known(self) -> bool:
        return False


def group_summaries(
    leaves: list[CriterionSpec], summaries: Iterable[ScoreSummary]
) -> Grouped | None:
    """The summaries as consolidation groups them, or None when any entry needs the full check.

    None means that some entry is outside the common case of ``group_entries`` (a value out of
    its row's range or not an integer, a pass/fail value between the ends, a self-score by
    another unit or twice, a peer scoring itself, two heads' reviews, an unknown role, a
    criterion that is not a leaf): the caller then consolidates the entries themselves.
    """
    tops = {spec.key: spec.max_points if spec.kind in RANGED else None for spec in leaves}
    binary = {spec.key for spec in leaves if spec.kind is CriterionKind.PASS_FAIL}
    grouped: Grouped = {}
    field = _FIELD
    for row in summaries:
        key = row.criterion_key
        if key not in tops:
            return None
        total, low, high, squares = row.total, row.low, row.high, row.squares
        if not (type(total) is int and type(low) is int and type(high) is int):
            return None
        if type(squares) is not int or low < 0:
            return None
        top = tops[key]
        if top is not None and high > top:
            return None
        if key in binary and top is not None and top * total != squares:
            return None
        roles = row.roles
        own_self, foreign_self = roles % field, roles // FOREIGN_SELF % field
        heads, peers = roles // HEAD % field, roles // PEER % field
        if foreign_self or roles >= ODD or own_self > 1 or heads > 1:
            return None
        if own_self + heads + peers != row.entries:  # a field carried into the next
            return None
        own, head = row.self_value, row.head_value
        if (own is None) is bool(own_self) or (head is None) is bool(heads):
            return None
        by_unit = grouped.get(key)
        if by_unit is None:
            by_unit = grouped[key] = {}
        by_unit[row.assessed_unit_key] = Summed(row, peers)
    return grouped
