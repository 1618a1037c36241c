"""Whether a proposal is carried: the best recorded vote against its award's threshold.

The catalogue states each award's threshold as a share of *all* the year's members ("≥ 2/3",
"≥ 80 %", "> 1/2"); a proposal counts as voted only when a recorded vote reaches it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Proposal, Vote


def best_vote(session: Session, proposal: Proposal) -> Vote | None:
    """The conference vote on ``proposal`` with the most votes for, if one was recorded."""
    return session.scalar(
        select(Vote)
        .where(Vote.proposal_id == proposal.id)
        .order_by(Vote.votes_for.desc(), Vote.id.desc())
        .limit(1)
    )


def threshold_of(proposal: Proposal) -> rules.VoteThreshold:
    """The vote the award asks for (a broken stored text counts as a simple majority)."""
    try:
        return rules.VoteThreshold.parse(proposal.award.vote_threshold)
    except rules.RegulationError:
        return rules.VoteThreshold()


def passes(session: Session, proposal: Proposal) -> bool:
    """Whether a recorded vote reaches the award's threshold of *all* the year's members."""
    vote = best_vote(session, proposal)
    members = len(proposal.cluster_year.memberships)
    return vote is not None and threshold_of(proposal).met(vote.votes_for, members)


def refuse_unvoted(session: Session, proposal: Proposal) -> None:
    """A proposal counts as voted only when its vote met the award's threshold."""
    if passes(session, proposal):
        return
    members = len(proposal.cluster_year.memberships)
    threshold = threshold_of(proposal)
    vote = best_vote(session, proposal)
    if vote is None:
        raise ValidationError(
            _(
                "No vote on this proposal is recorded; record the conference's vote on the "
                "Meetings page ({award} needs {needed} of the {members} members).",
                award=proposal.award.name,
                needed=threshold.needed(members),
                members=members,
            )
        )
    raise ValidationError(
        _(
            "{votes} of the {members} members voted for it; {award} needs {threshold} of all "
            "members ({needed}), so the proposal is not carried.",
            votes=vote.votes_for,
            members=members,
            award=proposal.award.name,
            threshold=threshold.text(),
            needed=threshold.needed(members),
        )
    )
