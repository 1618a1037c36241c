"""The issuer's emulation council (Hội đồng Thi đua – Khen thưởng): a meeting on a year's
proposals, its members, a vote per nominee against the catalogue's threshold, the result.

The decision takes the result: a nominee the council did not carry is not approved, with
the vote as the reason (``decisions.record_decision``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import CouncilMeeting, CouncilVote, Issuer, Proposal
from emudesk.services import audit, checks
from emudesk.services.issuing import names
from emudesk.services.tx import write
from emudesk.text import clean

DEFAULT_THRESHOLD = "> 1/2"


@dataclass(frozen=True)
class VoteResult:
    uuid: UUID  # the proposal's
    cluster: str
    unit_code: str
    nominee: str
    award: str
    threshold: str  # as the catalogue writes it
    votes_for: int | None  # None: not voted yet
    votes_against: int
    abstentions: int
    needed: int
    passed: bool


@dataclass(frozen=True)
class CouncilInfo:
    issuer: str
    year: int
    held_on: dt.date
    place: str
    chair: str
    secretary: str
    members: tuple[str, ...]
    members_total: int
    results: tuple[VoteResult, ...]


def find_meeting(session: Session, issuer: Issuer, year: int) -> CouncilMeeting | None:
    return session.scalar(
        select(CouncilMeeting)
        .where(CouncilMeeting.issuer_id == issuer.id, CouncilMeeting.year == year)
        .order_by(CouncilMeeting.held_on.desc())
    )


def load(session: Session, issuer_code: str, year: int) -> CouncilMeeting:
    issuer = names.find_issuer(session, issuer_code)
    found = find_meeting(session, issuer, year)
    if found is None:
        raise NotFoundError(
            _("{issuer}'s council has not met on {year} yet.", issuer=issuer.name, year=year)
        )
    return found


def threshold_of(proposal: Proposal) -> rules.VoteThreshold:
    return rules.VoteThreshold.parse(proposal.award.vote_threshold or DEFAULT_THRESHOLD)


def result_of(proposal: Proposal, vote: CouncilVote | None, members: int) -> VoteResult:
    threshold = threshold_of(proposal)
    year = proposal.cluster_year.year
    return VoteResult(
        uuid=proposal.uuid,
        cluster=proposal.cluster_year.cluster.code,
        unit_code=proposal.unit.code,
        nominee=names.unit_name(proposal.unit, year),
        award=proposal.award.name,
        threshold=threshold.text(),
        votes_for=vote.votes_for if vote else None,
        votes_against=vote.votes_against if vote else 0,
        abstentions=vote.abstentions if vote else 0,
        needed=threshold.needed(members),
        passed=vote is not None and threshold.met(vote.votes_for, members),
    )


def _proposals(session: Session, issuer: Issuer, year: int) -> list[Proposal]:
    from emudesk.services.issuing import decisions

    return decisions.pending(session, issuer, year)


def info(session: Session, meeting: CouncilMeeting) -> CouncilInfo:
    votes = {v.proposal_id: v for v in meeting.votes}
    shown = _proposals(session, meeting.issuer, meeting.year)
    shown += [v.proposal for v in meeting.votes if v.proposal not in shown]
    return CouncilInfo(
        issuer=names.issuer_label(meeting.issuer),
        year=meeting.year,
        held_on=meeting.held_on,
        place=meeting.place,
        chair=meeting.chair,
        secretary=meeting.secretary,
        members=tuple(line for line in meeting.members.split("\n") if line),
        members_total=meeting.members_total,
        results=tuple(result_of(p, votes.get(p.id), meeting.members_total) for p in shown),
    )


def get_council(session: Session, issuer_code: str, year: int) -> CouncilInfo:
    return info(session, load(session, issuer_code, year))


def save_meeting(
    session: Session,
    issuer_code: str,
    year: int,
    *,
    held_on: dt.date,
    members: Sequence[str],
    members_total: int | None = None,
    place: str = "",
    chair: str = "",
    secretary: str = "",
) -> CouncilInfo:
    """Record (or correct) the council's meeting on ``year``."""
    listed = [checks.name(m, _("Member"), max_len=300) for m in members if clean(m)]
    total = members_total if members_total is not None else len(listed)
    if not 1 <= total <= 500 or total < len(listed):
        raise ValidationError(
            _("The council needs at least one member, and at least as many as are listed.")
        )
    with write(session):
        issuer = names.find_issuer(session, issuer_code)
        meeting = find_meeting(session, issuer, year)
        if meeting is None:
            meeting = CouncilMeeting(issuer=issuer, year=year, held_on=held_on)
            session.add(meeting)
        meeting.held_on = held_on
        meeting.place = checks.name(place, _("Place"), required=False, max_len=200)
        meeting.chair = checks.name(chair, _("Chair"), required=False, max_len=200)
        meeting.secretary = checks.name(secretary, _("Secretary"), required=False, max_len=200)
        meeting.members = "\n".join(listed)
        meeting.members_total = total
        session.flush()
        audit.record(
            session,
            action="council_meeting_saved",
            entity="council_meeting",
            entity_uuid=meeting.uuid,
            summary=f"{names.issuer_label(issuer)} {year}: {held_on.isoformat()}",
            new={"members_total": total, "members": listed},
        )
        return info(session, meeting)


def votes_from_share(percent: Decimal, members: int) -> int:
    """The votes for that ``percent`` of ``members`` stands for (the minutes often give a
    share): rounded half up; refused outside 0-100."""
    if not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError(_("A share of the votes lies between 0 and 100 %."))
    return int((percent * members / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def record_vote(
    session: Session,
    issuer_code: str,
    year: int,
    unit_code: str,
    *,
    votes_for: int,
    votes_against: int = 0,
    abstentions: int = 0,
    proposal_uuid: UUID | None = None,
) -> VoteResult:
    """The council's vote on the pending proposal of ``unit_code`` (the one of
    ``proposal_uuid`` when given, as the window names it); recording it again corrects it."""
    with write(session):
        meeting = load(session, issuer_code, year)
        if min(votes_for, votes_against, abstentions) < 0 or (
            votes_for + votes_against + abstentions > meeting.members_total
        ):
            raise ValidationError(
                _(
                    "The votes add up to more than the council's {total} members.",
                    total=meeting.members_total,
                )
            )
        proposal = _pending_one(session, meeting, year, unit_code, proposal_uuid)
        code = proposal.unit.code
        vote = next((v for v in meeting.votes if v.proposal_id == proposal.id), None)
        old = None if vote is None else [vote.votes_for, vote.votes_against, vote.abstentions]
        if vote is None:
            vote = CouncilVote(proposal=proposal)
            meeting.votes.append(vote)
        vote.votes_for, vote.votes_against, vote.abstentions = (
            votes_for,
            votes_against,
            abstentions,
        )
        session.flush()
        result = result_of(proposal, vote, meeting.members_total)
        audit.record(
            session,
            action="council_vote",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=f"{code}: {votes_for}/{meeting.members_total}",
            old={"votes": old} if old else None,
            new={"votes": [votes_for, votes_against, abstentions], "passed": result.passed},
        )
        return result


def clear_vote(
    session: Session,
    issuer_code: str,
    year: int,
    proposal_uuid: UUID | None = None,
    *,
    unit_code: str = "",
) -> VoteResult:
    """Take back the council's vote on a pending proposal (of ``proposal_uuid``, else the
    unit's only one) recorded by mistake: the nominee is "not voted yet" again; the audit
    keeps the vote taken back."""
    with write(session):
        meeting = load(session, issuer_code, year)
        proposal = _pending_one(session, meeting, year, unit_code, proposal_uuid)
        vote = next((v for v in meeting.votes if v.proposal_id == proposal.id), None)
        if vote is None:
            raise ValidationError(
                _("The council has no vote on {code} to take back.", code=proposal.unit.code)
            )
        old = [vote.votes_for, vote.votes_against, vote.abstentions]
        meeting.votes.remove(vote)
        session.delete(vote)
        session.flush()
        audit.record(
            session,
            action="council_vote_cleared",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=f"{proposal.unit.code}: {old[0]}/{meeting.members_total}",
            old={"votes": old},
        )
        return result_of(proposal, None, meeting.members_total)


def _pending_one(
    session: Session,
    meeting: CouncilMeeting,
    year: int,
    unit_code: str,
    proposal_uuid: UUID | None,
) -> Proposal:
    """The pending proposal a vote is on: by its UUID, else the unit's only one."""
    code = clean(unit_code).upper()
    pending = _proposals(session, meeting.issuer, year)
    if proposal_uuid is not None:
        found = [p for p in pending if p.uuid == proposal_uuid]
        if not found:
            raise ValidationError(
                _(
                    "That proposal is decided already or no longer pending: its vote stays "
                    "as the decision took it."
                )
            )
        return found[0]
    found = [p for p in pending if p.unit.code == code]
    if len(found) != 1:
        raise ValidationError(
            _("{code} has no single pending proposal of {year}.", code=code, year=year)
        )
    return found[0]


def refusal_reason(session: Session, issuer: Issuer, proposal: Proposal) -> str | None:
    """Why the council's vote keeps ``proposal`` from approval ("" when carried); None when
    the council has not met on the year."""
    meeting = find_meeting(session, issuer, proposal.cluster_year.year)
    if meeting is None:
        return None
    vote = next((v for v in meeting.votes if v.proposal_id == proposal.id), None)
    result = result_of(proposal, vote, meeting.members_total)
    if result.passed:
        return ""
    if vote is None:
        return "Hội đồng Thi đua - Khen thưởng chưa biểu quyết"
    return (
        f"Không đạt tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng ({vote.votes_for}/"
        f"{meeting.members_total}, cần {result.needed})"
    )
