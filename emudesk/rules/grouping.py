"""Checking and grouping score entries: who gave what on each (criterion, unit).

Consolidation needs the entries grouped by criterion and unit, and refuses the whole set when
any entry breaks the table or the roles. Both are done in one pass over the entries, with the
common case (a plain score within its row's range, given once, in the right role) decided by
a few comparisons; only a doubtful entry goes through ``check_value``. When anything is wrong,
the entries are checked again one by one, so the user gets every message at once, in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from emudesk.i18n import _
from emudesk.rules.checks import check_value
from emudesk.rules.errors import InvalidScoresError
from emudesk.rules.scores import ScoreEntry, ScorerRole, ScorerValue
from emudesk.rules.table import CriterionKind, CriterionSpec, TableTree

# Kinds whose valid values are the integers from 0 to the row's maximum (pass/fail: either end).
RANGED = frozenset(
    {
        CriterionKind.POINTS,
        CriterionKind.PASS_FAIL,
        CriterionKind.BONUS,
        CriterionKind.DEDUCTION,
    }
)
# Counts and quantities have no maximum; larger values are merely checked the slow way.
_LARGE = 2**62


class Given:
    """Raw values given for one (unit, criterion), by role."""

    __slots__ = ("head", "head_scorer", "peers", "self_value")

    def __init__(self) -> None:
        self.self_value: int | None = None
        self.peers: dict[str, int] = {}
        self.head: int | None = None
        self.head_scorer = ""

    def counted_peers(self, trim: int) -> tuple[int, int, int]:
        """How many peers scored; the sum and count of the values that count, the lowest and
        the highest dropped when ``trim`` (0: never) or more peers scored."""
        peers = self.peers
        if trim and len(peers) >= trim:
            counted = sorted(peers.values())[1:-1]
            return len(peers), sum(counted), len(counted)
        return len(peers), sum(peers.values()), len(peers)

    def scorers_known(self) -> bool:
        """Whether each value is known with its scorer (not only summed by the database)."""
        return True


# criterion key -> assessed unit key -> values given
Grouped = dict[str, dict[str, Given]]


def group_entries(
    tree: TableTree, leaves: list[CriterionSpec], entries: list[ScoreEntry]
) -> Grouped:
    """Group the entries by criterion and unit; raise ``InvalidScoresError`` if any is wrong."""
    tops = {spec.key: spec.max_points if spec.kind in RANGED else _LARGE for spec in leaves}
    binary = {spec.key for spec in leaves if spec.kind is CriterionKind.PASS_FAIL}
    grouped: Grouped = {}
    peer, own = ScorerRole.PEER, ScorerRole.SELF
    last_unit = last_key = None
    given = Given()
    top: int | None = None
    either_end = False
    for entry in entries:
        unit = entry.assessed_unit_key
        key = entry.criterion_key
        if key != last_key or unit != last_unit:  # entries usually come in runs of one row
            by_unit = grouped.get(key)
            if by_unit is None:
                by_unit = grouped[key] = {}
            found = by_unit.get(unit)
            if found is None:
                found = by_unit[unit] = Given()
            given, last_unit, last_key = found, unit, key
            top, either_end = tops.get(key), key in binary
        value = entry.value
        if (
            top is None
            or type(value) is not int
            or not 0 <= value <= top
            or (either_end and 0 < value < top)
        ):
            spec = tree.by_key.get(key)
            if spec is None or check_value(spec, value) is not None:
                return _refuse(tree, entries)
        role = entry.role
        scorer = entry.scorer_unit_key
        if role is peer:
            peers = given.peers
            if scorer == unit or scorer in peers:
                return _refuse(tree, entries)
            peers[scorer] = value
        elif role is own:
            if scorer != unit or given.self_value is not None:
                return _refuse(tree, entries)
            given.self_value = value
        else:
            if given.head is not None:
                return _refuse(tree, entries)
            given.head = value
            given.head_scorer = scorer
    return grouped


def _refuse(tree: TableTree, entries: list[ScoreEntry]) -> Grouped:
    """Raise with every message; a set that is odd but allowed is grouped the plain way."""
    _check_entries(tree, entries)
    grouped: Grouped = {}
    for entry in entries:
        by_unit = grouped.setdefault(entry.criterion_key, {})
        given = by_unit.setdefault(entry.assessed_unit_key, Given())
        if entry.role is ScorerRole.SELF:
            given.self_value = entry.value
        elif entry.role is ScorerRole.PEER:
            given.peers[entry.scorer_unit_key] = entry.value
        else:
            given.head = entry.value
            given.head_scorer = entry.scorer_unit_key
    return grouped


def _check_entries(tree: TableTree, entries: list[ScoreEntry]) -> None:
    messages: list[str] = []
    seen: set[tuple[str, ScorerRole, str, str]] = set()
    heads: dict[tuple[str, str], str] = {}
    for entry in entries:
        who = {"scorer": entry.scorer_unit_key, "unit": entry.assessed_unit_key}
        spec = tree.by_key.get(entry.criterion_key)
        if spec is None:
            messages.append(
                _(
                    "Score by {scorer} for {unit}: criterion {code} is not in the scoring table",
                    code=entry.criterion_key,
                    **who,
                )
            )
            continue
        problem = check_value(spec, entry.value)
        if problem is not None:
            messages.append(
                _("Score by {scorer} for {unit}: {problem}", problem=problem.message, **who)
            )
        if entry.role is ScorerRole.SELF and entry.scorer_unit_key != entry.assessed_unit_key:
            messages.append(
                _(
                    "Score by {scorer} for {unit}: a self-score must be entered by the scored "
                    "unit itself",
                    **who,
                )
            )
        if entry.role is ScorerRole.PEER and entry.scorer_unit_key == entry.assessed_unit_key:
            messages.append(
                _("Score by {scorer} for {unit}: a unit does not peer-score itself", **who)
            )
        identity = (entry.scorer_unit_key, entry.role, entry.assessed_unit_key, spec.key)
        if identity in seen:
            messages.append(
                _(
                    "Score by {scorer} for {unit}: criterion {code} is entered twice",
                    code=spec.code,
                    **who,
                )
            )
        seen.add(identity)
        if entry.role is ScorerRole.HEAD:
            head = heads.setdefault((entry.assessed_unit_key, spec.key), entry.scorer_unit_key)
            if head != entry.scorer_unit_key:
                messages.append(
                    _(
                        "Score by {scorer} for {unit}: criterion {code} has reviews by two "
                        "cluster heads",
                        code=spec.code,
                        **who,
                    )
                )
    if messages:
        raise InvalidScoresError(messages)


class ScorerValues(Mapping[str, tuple[ScorerValue, ...]]):
    """Every scorer's raw input per leaf of one unit, as the score sheet shows them.

    Read-only and built on first use: only the score sheet of one unit reads these, while a
    ranking consolidates every unit, so building them all up front would be wasted work.
    Each row lists the self-score, then the peers by unit key, then the head's review.
    """

    __slots__ = ("_built", "_grouped", "_leaves", "_unit")

    def __init__(self, unit: str, leaves: list[CriterionSpec], grouped: Grouped) -> None:
        self._unit = unit
        self._leaves = leaves
        self._grouped = grouped
        self._built: dict[str, tuple[ScorerValue, ...]] | None = None

    def _values(self) -> dict[str, tuple[ScorerValue, ...]]:
        built = self._built
        if built is None:
            built = {}
            unit = self._unit
            for spec in self._leaves:
                given = self._grouped.get(spec.key, {}).get(unit)
                if given is None:
                    continue
                if not given.scorers_known():
                    raise LookupError("the scores were read summed: read them one by one")
                rows: list[ScorerValue] = []
                if given.self_value is not None:
                    rows.append(ScorerValue(unit, ScorerRole.SELF, given.self_value))
                rows.extend(
                    ScorerValue(k, ScorerRole.PEER, v) for k, v in sorted(given.peers.items())
                )
                if given.head is not None:
                    rows.append(ScorerValue(given.head_scorer, ScorerRole.HEAD, given.head))
                built[spec.key] = tuple(rows)
            self._built = built
        return built

    def __getitem__(self, key: str) -> tuple[ScorerValue, ...]:
        return self._values()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __repr__(self) -> str:
        return repr(self._values())

    def __reduce__(self) -> tuple[object, ...]:
        return dict, (self._values(),)
