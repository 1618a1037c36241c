"""What ranking one cluster-year reads from the database, as plain records (no ORM entities).

``services.scoring.ranking_read`` fills them with a handful of plain SQL queries; the ranking
(``services.scoring.ranking``) computes from them alone. Plain rows are what keeps the first
ranking of a process fast: no ORM statement to compile, no entity to load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from emudesk import rules
from emudesk.records.units import UnitRef


@dataclass(frozen=True)
class NameOnDate:
    """One of a unit's names, valid from ``valid_from`` until the next one."""

    valid_from: dt.date
    official_name: str
    short_name: str


@dataclass(frozen=True)
class Member:
    """A member unit of the year with its names' history."""

    unit_id: int
    uuid: UUID
    code: str
    names: tuple[NameOnDate, ...]  # by valid_from

    @property
    def key(self) -> str:
        return str(self.uuid)

    def ref_on(self, on: dt.date) -> UnitRef:
        """The unit as called on ``on`` (as ``names_on_dates.unit_ref_on``): the last name
        valid by then, or the first one when none is yet."""
        chosen = self.names[0]
        for entry in self.names:
            if entry.valid_from <= on:
                chosen = entry
        return UnitRef(
            self.uuid, self.code, chosen.official_name, chosen.short_name or chosen.official_name
        )


@dataclass(frozen=True)
class OfferedAward:
    """An award of the issuer's catalogue valid at the year's end (only what caps quotas)."""

    ranking_role: str
    quota_count: int | None
    quota_percent: str
    quota_rounding: str


@dataclass(frozen=True)
class YearScores:
    """One cluster-year's scoring: its current table, settings, members, scores and votes."""

    year_id: int
    year: int
    table_id: int
    table_revision: int
    criteria: tuple[rules.CriterionSpec, ...]  # the table's rows, by position
    settings: rules.RegulationSettings
    members: tuple[Member, ...]
    entries: tuple[rules.ScoreEntry, ...]  # empty when read summed
    votes: Mapping[str, int] | None  # None: no vote recorded
    summaries: tuple[rules.ScoreSummary, ...] | None = None  # the entries summed, if so read


@dataclass(frozen=True)
class RankingInputs:
    """Everything ranking one cluster-year reads."""

    year_uuid: UUID
    cluster_code: str
    cluster_name: str
    scores: YearScores
    previous: YearScores | None  # the year before, when a tie-break asks for its ranks
    exclusions: Mapping[str, tuple[rules.ExclusionReason, str]]  # unit key -> reason, note
    awards: tuple[OfferedAward, ...]  # the catalogue's awards valid at the year's end
    locked: bool
