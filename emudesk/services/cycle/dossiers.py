"""Proposal dossiers: the papers each nominee needs, and the year's submission deadline.

Every proposal sent to the issuer's council goes with a submission (tờ trình), the meeting's
minutes (biên bản) and an achievement report (báo cáo thành tích). The year overview shows
the deadline, the days left and which papers are still missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import DossierPaper, Proposal, YearPlan
from emudesk.services import audit
from emudesk.services.cycle import attachments, proposals
from emudesk.services.organisation import years
from emudesk.services.tx import write

PAPERS = ("submission", "minutes", "achievement_report")
PAPER_VI = {
    "submission": "Tờ trình",
    "minutes": "Biên bản họp",
    "achievement_report": "Báo cáo thành tích",
}


@dataclass(frozen=True)
class PaperInfo:
    kind: str
    label: str
    ready: bool
    file_name: str
    attachment_uuid: UUID | None


@dataclass(frozen=True)
class DeadlineInfo:
    deadline: dt.date | None
    days_left: int | None  # negative once passed
    missing: tuple[tuple[str, str], ...]  # (nominee, paper kind) of every paper not ready


def _papers(proposal: Proposal, session: Session) -> dict[str, DossierPaper]:
    rows = session.scalars(select(DossierPaper).where(DossierPaper.proposal_id == proposal.id))
    return {p.kind: p for p in rows}


def checklist(session: Session, proposal_uuid: UUID) -> list[PaperInfo]:
    proposal = proposals.load(session, proposal_uuid)
    found = _papers(proposal, session)
    result = []
    for kind in PAPERS:
        paper = found.get(kind)
        attachment = paper.attachment if paper is not None else None
        result.append(
            PaperInfo(
                kind,
                PAPER_VI[kind],
                bool(paper and paper.ready),
                attachment.file_name if attachment else "",
                attachment.uuid if attachment else None,
            )
        )
    return result


def set_paper(
    session: Session, proposal_uuid: UUID, kind: str, *, ready: bool, file: Path | None = None
) -> list[PaperInfo]:
    """Tick a paper as ready (attaching its file if given), or untick it."""
    if kind not in PAPERS:
        raise ValidationError(_("Unknown dossier paper {kind}.", kind=kind))
    attachment = None
    if file is not None:
        name, data = attachments.read_file(file)
        attachment = attachments.make(name, data)
    with write(session):
        proposal = proposals.load(session, proposal_uuid)
        paper = _papers(proposal, session).get(kind)
        if paper is None:
            paper = DossierPaper(proposal=proposal, kind=kind)
            session.add(paper)
        paper.ready = ready or attachment is not None
        if attachment is not None:
            session.add(attachment)
            paper.attachment = attachment
        session.flush()
        audit.record(
            session,
            action="dossier",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=f"{PAPER_VI[kind]}: {'ready' if paper.ready else 'missing'}",
            source=attachment.file_name if attachment else audit.TYPED,
            source_sha256=attachment.sha256 if attachment else "",
        )
    return checklist(session, proposal_uuid)


def set_deadline(session: Session, year_uuid: UUID, deadline: dt.date | None) -> None:
    with write(session):
        cluster_year = years.load(session, year_uuid)
        plan = session.scalar(select(YearPlan).where(YearPlan.cluster_year_id == cluster_year.id))
        if plan is None:
            plan = YearPlan(cluster_year_id=cluster_year.id)
            session.add(plan)
        old = plan.dossier_deadline
        plan.dossier_deadline = deadline
        audit.record(
            session,
            action="dossier_deadline",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}",
            old={"deadline": old},
            new={"deadline": deadline},
        )


def deadline_status(
    session: Session, year_uuid: UUID, today: dt.date | None = None
) -> DeadlineInfo:
    """The deadline, the days left until it and every paper still missing."""
    cluster_year = years.load(session, year_uuid)
    plan = session.scalar(select(YearPlan).where(YearPlan.cluster_year_id == cluster_year.id))
    deadline = plan.dossier_deadline if plan is not None else None
    today = today or dt.date.today()
    missing: list[tuple[str, str]] = []
    found = session.scalars(
        select(Proposal)
        .where(
            Proposal.cluster_year_id == cluster_year.id,
            Proposal.status != proposals.ProposalStatus.REJECTED.value,
        )
        .order_by(Proposal.position, Proposal.id)
    )
    for proposal in found:
        papers = _papers(proposal, session)
        nominee = proposals.info(proposal).nominee
        for kind in PAPERS:
            paper = papers.get(kind)
            if paper is None or not paper.ready:
                missing.append((nominee, kind))
    days_left = (deadline - today).days if deadline is not None else None
    return DeadlineInfo(deadline, days_left, tuple(missing))
