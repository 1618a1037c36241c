"""What every paper of a cluster-year draws on: names on the paper's date, the wording,
the proposals it carries, and how a vote is written ("8/8 thành viên (100 %)")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.model import ClusterYear, Meeting, Proposal, Vote
from emudesk.printing.official import Signature, recipients_lines, short_date
from emudesk.services.cycle import meetings, proposals
from emudesk.services.cycle.proposals import ProposalStatus
from emudesk.services.papers import wording
from emudesk.services.papers.names import issuer_name, unit_ref

CARRIED = (ProposalStatus.VOTED, ProposalStatus.SUBMITTED, ProposalStatus.APPROVED)
"""Proposals a dossier carries: voted at the conference, and what followed."""


@dataclass(frozen=True)
class PaperContext:
    cluster_year: ClusterYear
    wording: wording.Wording
    on: dt.date | None  # the paper's date: names are those valid on it
    names_on: dt.date | None = None  # a paper about a past year: names of that year's end

    @property
    def year(self) -> int:
        return self.cluster_year.year

    @property
    def issuer(self) -> str:
        return issuer_name(self.cluster_year.cluster.issuer, self.naming_day, self.year)

    @property
    def naming_day(self) -> dt.date | None:
        return self.names_on or self.on

    @property
    def cluster(self) -> str:
        return self.cluster_year.cluster.name

    def values(self, **extra: object) -> dict[str, object]:
        head = self.cluster_year.head
        return {
            "cluster": self.cluster,
            "cluster_code": self.cluster_year.cluster.code,
            "issuer": self.issuer,
            "year": self.year,
            "next_year": self.year + 1,
            "head": unit_ref(head, self.naming_day, self.year).name if head is not None else "",
            "office": self.wording.office_symbol,
            **extra,
        }

    def text(self, paper: str, block: str, **extra: object) -> str:
        return self.wording.text(paper, block, **self.values(**extra))

    def lines(self, paper: str, block: str, **extra: object) -> list[str]:
        return [line for line in self.text(paper, block, **extra).split("\n") if line.strip()]

    def recipients(self, paper: str, **extra: object) -> tuple[str, ...]:
        return tuple(recipients_lines(self.lines(paper, "recipients", **extra)))

    def head_signature(self, paper: str) -> Signature:
        """ "TM. CỤM THI ĐUA" / "CỤM TRƯỞNG" as the cluster's wording has it."""
        mode = self.text(paper, "sign_mode")
        return Signature(
            title=self.text(paper, "sign_title"),
            mode=mode,
            on_behalf=self.text(paper, "sign_for") if mode else "",
            name=self.text(paper, "sign_name"),
            key="head",
        )

    def unit_name(self, proposal: Proposal) -> str:
        return unit_ref(proposal.unit, self.on, self.year).name


def context(
    session: Session,
    cluster_year: ClusterYear,
    on: dt.date | None,
    *,
    names_on: dt.date | None = None,
) -> PaperContext:
    return PaperContext(
        cluster_year, wording.wording_of(session, cluster_year.cluster), on, names_on
    )


def carried(session: Session, cluster_year: ClusterYear) -> list[Proposal]:
    """The year's proposals a dossier carries, in their order."""
    return list(
        session.scalars(
            select(Proposal)
            .where(
                Proposal.cluster_year_id == cluster_year.id,
                Proposal.status.in_([s.value for s in CARRIED]),
            )
            .order_by(Proposal.position, Proposal.id)
        )
    )


def year_end_meeting(session: Session, cluster_year: ClusterYear) -> Meeting | None:
    """The year-end conference (the latest other meeting if there is none)."""
    found = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.cluster_year_id == cluster_year.id)
            .order_by(Meeting.held_on, Meeting.id)
        )
    )
    year_end = [m for m in found if m.kind == meetings.MeetingKind.YEAR_END.value]
    chosen = year_end or found
    return chosen[-1] if chosen else None


def percent(part: int, whole: int, *, column: bool = False) -> str:
    """ "100", "87,5", "66,67": a share in per cent as Vietnamese write it; in a table's
    ``column`` always two decimals ("95,60"), so the figures line up."""
    if whole <= 0:
        return "0,00" if column else "0"
    value = (Decimal(part) * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{value:f}" if column else f"{value:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def share_text(votes_for: int, members: int) -> str:
    """ "8/8 thành viên (100 %)": the votes for among *all* members, as the award asks."""
    return f"{votes_for}/{members} thành viên ({percent(votes_for, members)} %)"


def vote_of(session: Session, proposal: Proposal) -> Vote | None:
    from emudesk.services.cycle import voting

    return voting.best_vote(session, proposal)


def nominee(proposal: Proposal) -> str:
    return proposals.info(proposal).nominee


def decision_text(proposal: Proposal) -> str:
    parts = [proposal.decision_number]
    if proposal.decision_date is not None:
        parts.append(f"ngày {short_date(proposal.decision_date)}")
    return " ".join(p for p in parts if p)
