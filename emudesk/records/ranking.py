"""A year's ranking, its award suggestions, and one unit's score sheet, as computed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from emudesk import rules
from emudesk.records.units import UnitRef


@dataclass(frozen=True)
class RankRow:
    rank: int
    unit: UnitRef
    total: int
    section_totals: Mapping[str, int]
    bonus: int
    deduction: int
    self_total: int | None
    peer_mean_total: int | None
    decided_by: str
    explanation: str  # what placed this unit: against the unit above (the first: below)
    versus_above: str  # for lists: the one sentence about this unit and the one above it
    shared: bool
    missing: int
    excluded: str


@dataclass(frozen=True)
class Suggestion:
    unit: UnitRef
    kind: rules.AwardKind
    rank: int
    total: int
    needs_vote: bool
    reason: str


@dataclass(frozen=True)
class RankingReport:
    cluster_code: str
    cluster_name: str
    year: int
    year_uuid: UUID
    decimals: int
    sections: tuple[tuple[str, str], ...]  # (code, title) of the top-level sections
    rows: tuple[RankRow, ...]
    suggestions: tuple[Suggestion, ...]
    skipped: tuple[str, ...]
    locked: bool
    table_revision: int

    def row_of(self, unit_code: str) -> RankRow:
        for row in self.rows:
            if row.unit.code == unit_code:
                return row
        raise KeyError(unit_code)


@dataclass(frozen=True)
class SheetScorer:
    """A column of the score sheet: one scorer in one role."""

    key: str
    label: str
    role: rules.ScorerRole


@dataclass(frozen=True)
class SheetRow:
    code: str
    title: str
    kind: rules.CriterionKind
    depth: int
    max_points: int
    values: Mapping[str, int]  # scorer column key -> raw value
    final: int | None


@dataclass(frozen=True)
class ScoreSheet:
    """Everything one unit needs to defend or dispute its place."""

    cluster_code: str
    cluster_name: str
    issuer_name: str
    year: int
    unit: UnitRef
    table_title: str
    declared_total: int
    decimals: int
    scorers: tuple[SheetScorer, ...]
    rows: tuple[SheetRow, ...]
    section_totals: Mapping[str, int]
    bonus: int
    deduction: int
    total: int
    rank: int
    member_count: int
    decided_by: str
    explanation: str
    self_total: int | None
    peer_mean_total: int | None
    # (criterion code, explanation, evidence) the unit gave with its self-scores
    unit_texts: tuple[tuple[str, str, str], ...] = ()
