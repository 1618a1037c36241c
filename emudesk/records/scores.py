"""Score inputs and what storing them changes: for previews, reports and audit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple
from uuid import UUID

from emudesk import rules


class ScoreInput(NamedTuple):
    """One value to store; ``value`` None clears the cell. Raw integers as in ``rules``.

    A tuple, not a dataclass: an import builds tens of thousands of them.
    """

    scorer_uuid: UUID
    assessed_uuid: UUID
    criterion_uuid: UUID
    role: rules.ScorerRole
    value: int | None
    note: str = ""
    evidence: str = ""


class CellChange(NamedTuple):
    """What storing one input did (or would do): for previews and audit."""

    scorer_code: str
    assessed_code: str
    criterion_code: str
    role: rules.ScorerRole
    old: int | None
    new: int | None
    kind: str  # "new", "changed", "cleared", "unchanged"


Fingerprint = tuple[object, ...]


@dataclass(frozen=True)
class ChangeSummary:
    """What a set of inputs changes; a preview also keeps the stored cells it planned from.

    ``cells`` (aligned with ``changes``) and ``fingerprints`` (per scoring unit: its stored
    cells as they were when planned) let ``set_scores`` reuse a preview's plan when nothing of
    those units changed since, instead of planning the same thousands of cells twice.
    """

    changes: tuple[CellChange, ...]
    cells: tuple[StoredCell | None, ...] = ()
    fingerprints: Mapping[UUID, Fingerprint] = field(default_factory=dict)

    def part(self, start: int, stop: int) -> ChangeSummary:
        """The summary of inputs ``start:stop`` (one file of a whole year's preview)."""
        return ChangeSummary(
            self.changes[start:stop], self.cells[start:stop], dict(self.fingerprints)
        )

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    @property
    def changed_anything(self) -> bool:
        return any(c.kind != "unchanged" for c in self.changes)


class StoredCell(NamedTuple):
    """A stored score as the planner needs it: plain values, no ORM object to track."""

    id: int
    value: int
    note: str
    evidence: str
    status: str
