"""Meetings of a cluster-year: who came, the votes on proposals and on next year's leaders.

The year-end conference elects next year's head and deputy; ``election_result`` reads that
election so that opening the next year needs no retyping. A vote cannot count more voters
than units attended, and "unanimous" means every attending unit voted for.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import Attendance, ClusterYear, Meeting, Proposal, Unit, Vote
from emudesk.services import audit, checks
from emudesk.services.cycle import proposals, voting
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import issuer_name_on
from emudesk.services.organisation.units import UnitRef
from emudesk.services.tx import write
from emudesk.text import sort_key


class MeetingKind(enum.StrEnum):
    LAUNCH = "launch"
    MID_YEAR = "mid_year"
    YEAR_END = "year_end"


# Printed papers are Vietnamese whatever the interface language (keys: the stored values).
KIND_VI = {
    "launch": "Hội nghị phát động thi đua",
    "mid_year": "Hội nghị sơ kết giữa năm",
    "year_end": "Hội nghị tổng kết",
}
METHOD_VI = {"hands": "biểu quyết giơ tay", "secret": "bỏ phiếu kín"}


class VoteSubject(enum.StrEnum):
    PROPOSAL = "proposal"
    HEAD = "head"
    DEPUTY = "deputy"


class VoteMethod(enum.StrEnum):
    HANDS = "hands"
    SECRET = "secret"


@dataclass(frozen=True)
class MeetingFields:
    kind: MeetingKind
    held_on: dt.date
    place: str = ""
    host_unit_uuid: UUID | None = None
    agenda: str = ""
    resolutions: str = ""
    attending: tuple[tuple[UUID, str], ...] = ()  # (unit, persons who came)
    chair: str = ""  # who chaired: "Ông …, Trưởng Ban Dân tộc tỉnh …"
    secretary: str = ""


@dataclass(frozen=True)
class VoteFields:
    subject: VoteSubject
    method: VoteMethod
    votes_for: int
    votes_against: int = 0
    abstentions: int = 0
    unanimous: bool = False
    proposal_uuid: UUID | None = None
    candidate_uuid: UUID | None = None


@dataclass(frozen=True)
class VoteInfo:
    subject: VoteSubject
    what: str  # the proposal's nominee and award, or the candidate unit
    method: VoteMethod
    votes_for: int
    votes_against: int
    abstentions: int
    unanimous: bool
    proposal_uuid: UUID | None = None
    candidate_uuid: UUID | None = None


@dataclass(frozen=True)
class MeetingInfo:
    uuid: UUID
    year_uuid: UUID
    cluster_code: str
    cluster_name: str
    issuer_name: str
    year: int
    kind: MeetingKind
    held_on: dt.date
    place: str
    host: UnitRef | None
    agenda: str
    resolutions: str
    attending: tuple[tuple[UnitRef, str], ...]
    votes: tuple[VoteInfo, ...]
    chair: str = ""
    secretary: str = ""
    member_count: int = 0


class Election(NamedTuple):
    head: Unit
    deputy: Unit | None
    meeting_uuid: UUID


def _vote_info(vote: Vote, year: int) -> VoteInfo:
    subject = VoteSubject(vote.subject)
    if subject is VoteSubject.PROPOSAL and vote.proposal is not None:
        info = proposals.info(vote.proposal)
        what = f"{info.nominee}: {info.award_text}"
    elif vote.candidate is not None:
        what = units.ref(vote.candidate, year + 1).name
    else:
        what = ""
    return VoteInfo(
        subject,
        what,
        VoteMethod(vote.method),
        vote.votes_for,
        vote.votes_against,
        vote.abstentions,
        vote.unanimous,
        vote.proposal.uuid if vote.proposal is not None else None,
        vote.candidate.uuid if vote.candidate is not None else None,
    )


def info(meeting: Meeting) -> MeetingInfo:
    cluster_year = meeting.cluster_year
    year = cluster_year.year
    return MeetingInfo(
        uuid=meeting.uuid,
        year_uuid=cluster_year.uuid,
        cluster_code=cluster_year.cluster.code,
        cluster_name=cluster_year.cluster.name,
        issuer_name=issuer_name_on(cluster_year.cluster.issuer, meeting.held_on),
        year=year,
        kind=MeetingKind(meeting.kind),
        held_on=meeting.held_on,
        place=meeting.place,
        host=units.ref(meeting.host_unit, year) if meeting.host_unit else None,
        agenda=meeting.agenda,
        resolutions=meeting.resolutions,
        attending=tuple(
            (units.ref(a.unit, year), a.persons)
            for a in sorted(
                meeting.attendances, key=lambda a: sort_key(units.ref(a.unit, year).name)
            )
        ),
        votes=tuple(_vote_info(v, year) for v in meeting.votes),
        chair=meeting.chair,
        secretary=meeting.secretary,
        member_count=len(cluster_year.memberships),
    )


def list_meetings(session: Session, year_uuid: UUID) -> list[MeetingInfo]:
    cluster_year = years.load(session, year_uuid)
    found = session.scalars(
        select(Meeting)
        .where(Meeting.cluster_year_id == cluster_year.id)
        .order_by(Meeting.held_on, Meeting.id)
    )
    return [info(m) for m in found]


def load(session: Session, meeting_uuid: UUID) -> Meeting:
    found = session.scalar(select(Meeting).where(Meeting.uuid == meeting_uuid))
    if found is None:
        raise NotFoundError(_("The meeting no longer exists; reload the page."))
    return found


def _members(cluster_year: ClusterYear) -> dict[UUID, Unit]:
    return {m.unit.uuid: m.unit for m in cluster_year.memberships}


def _member(cluster_year: ClusterYear, unit_uuid: UUID) -> Unit:
    found = _members(cluster_year).get(unit_uuid)
    if found is None:
        raise ValidationError(
            _(
                "This unit is not a member of {cluster} in {year}.",
                cluster=cluster_year.cluster.code,
                year=cluster_year.year,
            )
        )
    return found


def save_meeting(
    session: Session, year_uuid: UUID, fields: MeetingFields, meeting_uuid: UUID | None = None
) -> MeetingInfo:
    """Record a new meeting (or correct one): date, place, host, attendance, agenda."""
    place = checks.name(fields.place, _("Place"), required=False, max_len=200)
    agenda = checks.text(fields.agenda, _("Agenda"))
    resolutions = checks.text(fields.resolutions, _("Resolutions"))
    chair = checks.name(fields.chair, _("Chair"), required=False, max_len=200)
    secretary = checks.name(fields.secretary, _("Secretary"), required=False, max_len=200)
    attending = {
        unit: checks.text(persons, _("Delegates"), max_len=500)
        for unit, persons in dict(fields.attending).items()
    }
    with write(session):
        cluster_year = years.load(session, year_uuid)
        meeting = load(session, meeting_uuid) if meeting_uuid else None
        if meeting is None:
            meeting = Meeting(cluster_year=cluster_year, kind=MeetingKind(fields.kind).value,
                              held_on=fields.held_on)  # fmt: skip
            session.add(meeting)
        meeting.kind = MeetingKind(fields.kind).value
        meeting.held_on = fields.held_on
        meeting.place = place
        meeting.host_unit = (
            _member(cluster_year, fields.host_unit_uuid) if fields.host_unit_uuid else None
        )
        meeting.agenda = agenda
        meeting.resolutions = resolutions
        meeting.chair, meeting.secretary = chair, secretary
        _attend(meeting, cluster_year, attending)
        session.flush()
        audit.record(
            session,
            action="meeting",
            entity="meeting",
            entity_uuid=meeting.uuid,
            summary=" ".join(
                (cluster_year.cluster.code, KIND_VI[MeetingKind(fields.kind)], str(fields.held_on))
            ),
        )
        return info(meeting)


def _attend(meeting: Meeting, cluster_year: ClusterYear, attending: dict[UUID, str]) -> None:
    """Set who attended, correcting the stored rows in place.

    A unit that stays keeps its row (and its identity for a handover); replacing every row
    would insert a unit's new row before deleting its old one, which the one-row-per-unit
    rule of the table refuses. The votes already counted must still fit the attendance.
    """
    stored = {a.unit.uuid: a for a in meeting.attendances}
    rows = []
    for unit_uuid, persons in attending.items():
        row = stored.get(unit_uuid)
        if row is None:
            row = Attendance(unit=_member(cluster_year, unit_uuid), persons=persons)
        else:
            _member(cluster_year, unit_uuid)
            if row.persons != persons:
                row.persons = persons
        rows.append(row)
    present = len(rows)
    for vote in meeting.votes:
        counted = vote.votes_for + vote.votes_against + vote.abstentions
        if counted > present or (vote.unanimous and vote.votes_for != present):
            raise ValidationError(
                _(
                    "A vote of this meeting was counted with {counted} unit(s) voting; with "
                    "{present} unit(s) ticked as attending it no longer adds up. Tick the "
                    "units that attended the vote.",
                    counted=vote.votes_for if vote.unanimous else counted,
                    present=present,
                )
            )
    if set(stored) != set(attending):
        meeting.attendances = rows


def record_vote(session: Session, meeting_uuid: UUID, fields: VoteFields) -> MeetingInfo:
    """Add a vote's result; refused when it counts more voters than units attended."""
    counts = (fields.votes_for, fields.votes_against, fields.abstentions)
    if any(c < 0 for c in counts):
        raise ValidationError(_("Vote counts cannot be negative."))
    with write(session):
        meeting = load(session, meeting_uuid)
        cluster_year = meeting.cluster_year
        present = len(meeting.attendances)
        if present == 0:
            raise ValidationError(_("Record who attended the meeting before its votes."))
        if sum(counts) > present:
            raise ValidationError(
                _(
                    "{total} votes were counted but only {present} unit(s) attended; check "
                    "the counts.",
                    total=sum(counts),
                    present=present,
                )
            )
        if fields.unanimous and (fields.votes_for != present or counts[1] + counts[2]):
            raise ValidationError(
                _(
                    "A unanimous vote needs all {present} attending unit(s) for, none against "
                    "and no abstention.",
                    present=present,
                )
            )
        vote = Vote(
            subject=VoteSubject(fields.subject).value,
            method=VoteMethod(fields.method).value,
            votes_for=fields.votes_for,
            votes_against=fields.votes_against,
            abstentions=fields.abstentions,
            unanimous=fields.unanimous,
        )
        if VoteSubject(fields.subject) is VoteSubject.PROPOSAL:
            if fields.proposal_uuid is None:
                raise ValidationError(_("Choose the proposal that was voted on."))
            proposal = proposals.load(session, fields.proposal_uuid)
            if proposal.cluster_year_id != cluster_year.id:
                raise ValidationError(_("The proposal belongs to another year."))
            vote.proposal = proposal
            meeting.votes.append(vote)
            session.flush()
            _carry(session, proposal)
        else:
            if fields.candidate_uuid is None:
                raise ValidationError(_("Choose the unit that was elected."))
            vote.candidate = _member(cluster_year, fields.candidate_uuid)
            meeting.votes.append(vote)
            session.flush()
        audit.record(
            session,
            action="vote",
            entity="meeting",
            entity_uuid=meeting.uuid,
            summary=f"{fields.subject}: " + "/".join(str(c) for c in counts),
        )
        return info(meeting)


def _carry(session: Session, proposal: Proposal) -> None:
    """A draft proposal whose vote reaches its award's threshold is voted from now on."""
    voted = proposals.ProposalStatus.VOTED
    if proposal.status == proposals.ProposalStatus.DRAFT.value and voting.passes(session, proposal):
        proposal.status = voted.value
        session.flush()
        audit.record(
            session,
            action="status",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=f"{proposals.info(proposal).nominee}: {proposals.status_label(voted)}",
            new={"status": voted.value},
            source="vote",
        )


def election_result(session: Session, cluster_year: ClusterYear) -> Election | None:
    """Next year's head and deputy as elected at this cluster-year's year-end meeting, or None.

    The candidate with the most votes for wins, provided more than half of the attending
    units voted for it.
    """
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.cluster_year_id == cluster_year.id,
            Meeting.kind == MeetingKind.YEAR_END.value,
        )
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    for meeting in meetings:
        present = len(meeting.attendances)

        def winner(
            subject: VoteSubject, meeting: Meeting = meeting, present: int = present
        ) -> Unit | None:
            votes = [v for v in meeting.votes if v.subject == subject.value and v.candidate]
            best = max(votes, key=lambda v: v.votes_for, default=None)
            if best is None or best.votes_for * 2 <= present:
                return None
            return best.candidate

        head = winner(VoteSubject.HEAD)
        if head is not None:
            return Election(head, winner(VoteSubject.DEPUTY), meeting.uuid)
    return None


def minutes_of(session: Session, cluster_key: UUID | str, year: int) -> MeetingInfo:
    """The year's year-end meeting (the latest other meeting if there is none)."""
    cluster_year = years.find(session, cluster_key, year)
    found = list_meetings(session, cluster_year.uuid)
    if not found:
        raise NotFoundError(
            _(
                "{cluster} {year} has no meeting recorded; record it on the year's Meetings page.",
                cluster=cluster_year.cluster.code,
                year=year,
            )
        )
    year_end = [m for m in found if m.kind is MeetingKind.YEAR_END]
    return (year_end or found)[-1]


def remove_meeting(session: Session, meeting_uuid: UUID) -> None:
    with write(session):
        meeting = load(session, meeting_uuid)
        audit.record(
            session,
            action="meeting_removed",
            entity="meeting",
            entity_uuid=meeting.uuid,
            summary=f"{meeting.kind} {meeting.held_on}",
        )
        session.delete(meeting)


def attending_units(meeting: MeetingInfo) -> Sequence[UnitRef]:
    return [unit for unit, _persons in meeting.attending]
