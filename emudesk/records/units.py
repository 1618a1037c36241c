"""A unit as lists name it."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class UnitRef:
    """A unit as it was called in one year (for lists of members, heads, deputies)."""

    uuid: UUID
    code: str
    name: str
    short_name: str
