"""Consolidating the entries summed per (criterion, unit) gives what the entries give.

The database sums the entries (``services.scoring.ranking_read``); here the sums are made in
Python the same way (``_summed``), so the rules are compared on many random sets: every
combine method, with and without trimming, every precision, every kind of row. Sets that the
entries' check would look at closely are answered None, never consolidated.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from emudesk.rules import (
    CombineMethod,
    RegulationSettings,
    ScoreEntry,
    ScorerRole,
    ScoreSummary,
    consolidate,
    consolidate_summaries,
)
from emudesk.rules import summaries as codes
from tests.rules.sample import K, table_100

UNITS = [f"u{i}" for i in range(6)]


def _summed(entries: list[ScoreEntry], trimmed: bool) -> list[ScoreSummary]:
    """What the summary query answers for these entries."""
    groups: dict[tuple[str, str], list[ScoreEntry]] = defaultdict(list)
    for entry in entries:
        groups[(entry.criterion_key, entry.assessed_unit_key)].append(entry)
    rows = []
    for (criterion, unit), given in groups.items():
        values = [e.value for e in given]
        roles = 0
        for e in given:
            own = e.scorer_unit_key == unit
            if e.role is ScorerRole.SELF:
                roles += codes.OWN_SELF if own else codes.FOREIGN_SELF
            elif e.role is ScorerRole.HEAD:
                roles += codes.HEAD
            else:
                roles += codes.ODD if own else codes.PEER
        peers = [e.value for e in given if e.role is ScorerRole.PEER]
        selfs = [e.value for e in given if e.role is ScorerRole.SELF]
        heads = [e.value for e in given if e.role is ScorerRole.HEAD]
        rows.append(
            ScoreSummary(
                criterion,
                unit,
                len(given),
                sum(values),
                min(values),
                max(values),
                sum(v * v for v in values),
                roles,
                max(selfs) if selfs else None,
                max(heads) if heads else None,
                min(peers) if trimmed and peers else None,
                max(peers) if trimmed and peers else None,
            )
        )
    return rows


def _entries(rng: random.Random) -> list[ScoreEntry]:
    """A random, valid set: some units unscored on some rows, some rows without peers or
    self-scores, the head's reviews here and there."""
    made = []
    for spec in table_100():
        if not spec.kind.is_leaf:
            continue
        top = spec.max_points if spec.kind is not K.PER_OCCURRENCE else 9
        if spec.kind is K.QUANTITATIVE:
            top = 12000
        for unit in UNITS:
            if rng.random() < 0.1:
                continue  # unscored on this row
            for scorer in UNITS:
                if rng.random() < 0.25:
                    continue
                role = ScorerRole.SELF if scorer == unit else ScorerRole.PEER
                value = rng.choice((0, top)) if spec.kind is K.PASS_FAIL else rng.randint(0, top)
                made.append(ScoreEntry(scorer, role, unit, spec.key, value))
            if rng.random() < 0.3:
                value = rng.choice((0, top)) if spec.kind is K.PASS_FAIL else rng.randint(0, top)
                made.append(ScoreEntry("u0", ScorerRole.HEAD, unit, spec.key, value))
    return made


@pytest.mark.parametrize("seed", range(12))
def test_the_sums_consolidate_as_the_entries(seed: int) -> None:
    rng = random.Random(seed)
    entries = _entries(rng)
    table = table_100()
    for method in CombineMethod:
        for trim in (False, True):
            for decimals in (0, 1, 2):
                settings = RegulationSettings(
                    combine=method,
                    trim_extremes=trim,
                    trim_min_peers=rng.choice((3, 4)),
                    decimals=decimals,
                    bonus_cap=rng.choice((None, 300)),
                    deduction_cap=rng.choice((None, 500)),
                )
                expected = consolidate(table, entries, settings, units=[*UNITS, "u9"])
                summed = consolidate_summaries(
                    table, _summed(entries, trim), settings, units=[*UNITS, "u9"]
                )
                assert summed is not None
                assert summed.keys() == expected.keys()
                for unit, result in expected.items():
                    mine = summed[unit]
                    assert (
                        mine.total,
                        mine.section_totals,
                        mine.points,
                        mine.self_total,
                        mine.peer_mean_total,
                        mine.missing,
                        mine.bonus_before_cap,
                        mine.deduction_before_cap,
                    ) == (
                        result.total,
                        result.section_totals,
                        result.points,
                        result.self_total,
                        result.peer_mean_total,
                        result.missing,
                        result.bonus_before_cap,
                        result.deduction_before_cap,
                    ), (seed, method, trim, decimals, unit)


def _one_row(**changes: object) -> list[ScoreEntry]:
    leaf = next(s for s in table_100() if s.kind is K.POINTS)
    made = [
        ScoreEntry("u1", ScorerRole.SELF, "u1", leaf.key, 500),
        ScoreEntry("u2", ScorerRole.PEER, "u1", leaf.key, 700),
        ScoreEntry("u3", ScorerRole.PEER, "u1", leaf.key, 800),
    ]
    if changes:
        made.append(made[1]._replace(**changes))  # type: ignore[arg-type]
    return made


@pytest.mark.parametrize(
    "odd",
    [
        {"value": 1001},  # above the row's maximum
        {"value": -1},
        {"value": 7.5},  # not an integer
        {"scorer_unit_key": "u1"},  # a peer scoring itself
        {"scorer_unit_key": "u4", "role": ScorerRole.SELF},  # a self-score by another unit
        {"scorer_unit_key": "u4", "role": ScorerRole.HEAD, "value": 1},  # with the next
    ],
)
def test_what_the_entries_check_must_see_is_not_consolidated_from_sums(
    odd: dict[str, object],
) -> None:
    entries = _one_row(**odd)
    if odd.get("role") is ScorerRole.HEAD:  # two heads' reviews
        entries.append(entries[-1]._replace(scorer_unit_key="u5"))
    assert consolidate_summaries(table_100(), _summed(entries, False), RegulationSettings()) is None
    assert consolidate_summaries(table_100(), _summed(_one_row(), False), RegulationSettings())


def test_a_pass_fail_value_between_the_ends_is_not_consolidated_from_sums() -> None:
    leaf = next(s for s in table_100() if s.kind is K.PASS_FAIL)
    entries = [
        ScoreEntry("u1", ScorerRole.SELF, "u1", leaf.key, 0),
        ScoreEntry("u2", ScorerRole.PEER, "u1", leaf.key, leaf.max_points),
    ]
    settings = RegulationSettings()
    assert consolidate_summaries(table_100(), _summed(entries, False), settings) is not None
    middle = [*entries, ScoreEntry("u3", ScorerRole.PEER, "u1", leaf.key, 1)]
    assert consolidate_summaries(table_100(), _summed(middle, False), settings) is None


def test_a_summary_of_a_section_is_not_consolidated() -> None:
    section = next(s for s in table_100() if s.kind is K.SECTION)
    entries = [ScoreEntry("u1", ScorerRole.SELF, "u1", section.key, 0)]
    assert consolidate_summaries(table_100(), _summed(entries, False), RegulationSettings()) is None


def test_the_scorers_of_summed_values_cannot_be_read() -> None:
    results = consolidate_summaries(table_100(), _summed(_one_row(), False), RegulationSettings())
    assert results is not None
    with pytest.raises(LookupError):
        dict(results["u1"].scorer_values)
    assert consolidate(table_100(), _one_row(), RegulationSettings())["u1"].scorer_values
