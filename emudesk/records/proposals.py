"""An award proposal as lists, papers and workbooks show it."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from uuid import UUID

from emudesk.records.units import UnitRef


class NomineeKind(enum.StrEnum):
    UNIT = "unit"
    COLLECTIVE = "collective"
    PERSON = "person"


@dataclass(frozen=True)
class AwardRef:
    """The award a proposal asks for, as the issuer's catalogue names it."""

    uuid: UUID
    name: str
    kind: str  # catalogue.AwardType value: "title" / "form"
    artefact: str  # catalogue.Artefact value: "flag" / "certificate" / "none"
    ranking_role: str


class ProposalStatus(enum.StrEnum):
    DRAFT = "draft"
    VOTED = "voted"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ProposalFields:
    """What the user edits about a proposal."""

    nominee_kind: NomineeKind
    unit_uuid: UUID
    award_uuid: UUID | None = None
    collective_name: str = ""
    person_name: str = ""
    person_honorific: str = ""
    person_title: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ProposalInfo:
    uuid: UUID
    nominee_kind: NomineeKind
    unit: UnitRef
    nominee: str  # what is printed: the unit, the collective, or the person
    collective_name: str
    person_name: str
    person_honorific: str
    person_title: str
    award: AwardRef
    award_text: str  # the award's printed name
    reason: str  # the achievement sentence the certificate and the papers print
    rank: int | None
    total: int | None
    status: ProposalStatus
    decision_number: str
    decision_date: dt.date | None
    decision_is_example: bool
    unlocked_reason: str  # why it was approved before the year's scores were locked
    version: int

    @property
    def fields(self) -> ProposalFields:
        return ProposalFields(
            self.nominee_kind,
            self.unit.uuid,
            self.award.uuid,
            self.collective_name,
            self.person_name,
            self.person_honorific,
            self.person_title,
            self.reason,
        )
