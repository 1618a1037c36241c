"""Clusters and cluster-years as lists and pages show them (plain records, no ORM)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from emudesk.kinds import ClusterKind, SelectionMethod
from emudesk.records.units import UnitRef


@dataclass(frozen=True)
class ClusterFields:
    """What the user edits about a cluster."""

    code: str
    name: str
    issuer_uuid: UUID
    number: int | None = None
    kind: ClusterKind = ClusterKind.CLUSTER
    founding_decision_number: str = ""
    founding_decision_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ClusterInfo:
    uuid: UUID
    code: str
    name: str
    number: int | None
    kind: ClusterKind
    issuer_uuid: UUID
    issuer_name: str
    founding_decision_number: str
    founding_decision_date: dt.date | None
    notes: str
    years: tuple[int, ...]
    version: int

    @property
    def fields(self) -> ClusterFields:
        return ClusterFields(
            code=self.code,
            name=self.name,
            issuer_uuid=self.issuer_uuid,
            number=self.number,
            kind=self.kind,
            founding_decision_number=self.founding_decision_number,
            founding_decision_date=self.founding_decision_date,
            notes=self.notes,
        )


@dataclass(frozen=True)
class YearInfo:
    uuid: UUID
    cluster_uuid: UUID
    cluster_code: str
    cluster_name: str
    year: int
    head: UnitRef | None
    deputy: UnitRef | None
    method: SelectionMethod
    decision_number: str
    decision_date: dt.date | None
    members: tuple[UnitRef, ...]
    notes: str
    version: int
    issuer_name: str = ""
    issuer_short: str = ""  # with the cluster's name, tells apart clusters of the same name


@dataclass(frozen=True)
class TodoItem:
    """Something that remains to do in a year, for the overview page."""

    key: str
    text: str
