"""The head's side: write a cluster-year's submission package for the issuer's office.

One file holds what the council needs to decide: the issuer and the awards asked for (as the
catalogue names them), the cluster and its members as called that year, every proposal that
went past a draft (nominee, award, reason, rank, total, the conference's vote) with its
dossier papers and their scanned files, the conference's minutes, and the whole ranking table
of the year (format 2). A later export of the
same year is a correction: the issuer's office sees what it changes before it replaces the
earlier one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Award, DossierPaper, Meeting, Proposal, Vote, YearPlan
from emudesk.services.issuing import names, package, submitted_ranking
from emudesk.services.organisation import years
from emudesk.services.scoring import locking

KIND = "submission"
FORMAT = 2  # 2: the whole ranking table (``submitted_ranking``); 1 had the nominees' ranks only
SENT = ("voted", "submitted", "approved", "rejected")  # past a draft


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _award(award: Award) -> dict[str, Any]:
    return {
        "uuid": str(award.uuid),
        "code": award.code,
        "kind": award.kind,
        "recipient": award.recipient,
        "name": award.name,
        "artefact": award.artefact,
        "template_key": award.template_key,
        "paper": award.paper,
        "grantor": award.grantor,
        "signing_mode": award.signing_mode,
        "signing_for": award.signing_for,
        "signer_title": award.signer_title,
        "money_hundredths": award.money_hundredths,
        "vote_threshold": award.vote_threshold,
        "ranking_role": award.ranking_role,
        "valid_from": _day(award.valid_from),
        "valid_until": _day(award.valid_until),
        "position": award.position,
    }


def build(
    session: Session, cluster_code: str, year: int
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The package's document and attachments for ``cluster_code``'s ``year``."""
    cluster_year = years.find(session, cluster_code, year)
    cluster = cluster_year.cluster
    issuer = cluster.issuer
    chosen = list(
        session.scalars(
            select(Proposal)
            .where(Proposal.cluster_year_id == cluster_year.id, Proposal.status.in_(SENT))
            .order_by(Proposal.position, Proposal.id)
        )
    )
    if not chosen:
        raise ValidationError(
            _(
                "{cluster} {year} has no proposal voted at the conference yet; record the vote "
                "before sending the submission.",
                cluster=cluster.code,
                year=year,
            )
        )
    unit_rows = {m.unit.uuid: m.unit for m in cluster_year.memberships}
    for proposal in chosen:
        unit_rows.setdefault(proposal.unit.uuid, proposal.unit)
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.cluster_year_id == cluster_year.id, Meeting.kind == "year_end")
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    votes: dict[int, Vote] = {}
    if meeting is not None:
        votes = {v.proposal_id: v for v in meeting.votes if v.proposal_id is not None}
    attachments: dict[str, bytes] = {}
    proposal_rows = []
    for proposal in chosen:
        papers = []
        for paper in session.scalars(
            select(DossierPaper).where(DossierPaper.proposal_id == proposal.id)
        ):
            file = None
            if paper.attachment is not None:
                found = paper.attachment
                attachments[f"attachments/{found.uuid}.bin"] = found.data
                file = {"uuid": str(found.uuid), "file_name": found.file_name}
            papers.append(
                {"uuid": str(paper.uuid), "kind": paper.kind, "ready": paper.ready, "file": file}
            )
        vote = votes.get(proposal.id)
        person = proposal.person
        proposal_rows.append(
            {
                "uuid": str(proposal.uuid),
                "nominee_kind": proposal.nominee_kind,
                "unit": str(proposal.unit.uuid),
                "collective_name": proposal.collective_name,
                "person": None
                if person is None
                else {
                    "uuid": str(person.uuid),
                    "full_name": person.full_name,
                    "honorific": person.honorific,
                    "title": person.title,
                },
                "award": str(proposal.award.uuid),
                "reason": proposal.reason,
                "rank": proposal.rank,
                "total": proposal.total,
                "position": proposal.position,
                "vote": None
                if vote is None
                else {
                    "uuid": str(vote.uuid),
                    "method": vote.method,
                    "for": vote.votes_for,
                    "against": vote.votes_against,
                    "abstentions": vote.abstentions,
                    "unanimous": vote.unanimous,
                },
                "papers": papers,
            }
        )
    plan = session.scalar(select(YearPlan).where(YearPlan.cluster_year_id == cluster_year.id))
    document = {
        "issuer": {
            "uuid": str(issuer.uuid),
            "name": names.issuer_name(issuer),
            "short_name": issuer.short_name,
            "kind": issuer.kind.value,
            "signer_title": issuer.signer_title,
            "names": names.issuer_names(issuer),
        },
        "cluster": {
            "uuid": str(cluster.uuid),
            "code": cluster.code,
            "number": cluster.number,
            "name": cluster.name,
            "kind": cluster.kind.value,
        },
        "year": {
            "uuid": str(cluster_year.uuid),
            "year": cluster_year.year,
            "head": str(cluster_year.head.uuid) if cluster_year.head else None,
            "deputy": str(cluster_year.deputy.uuid) if cluster_year.deputy else None,
            "members": [str(m.unit.uuid) for m in cluster_year.memberships],
            "deadline": _day(plan.dossier_deadline) if plan else None,
            "scores_locked": locking.is_locked(session, cluster_year),
        },
        "units": [
            {
                "uuid": str(unit.uuid),
                "code": unit.code,
                "province": unit.province,
                "official_name": names.unit_names(unit, year)[0],
                "short_name": names.unit_names(unit, year)[1],
            }
            for unit in unit_rows.values()
        ],
        "awards": [_award(a) for a in {p.award.uuid: p.award for p in chosen}.values()],
        "meeting": None
        if meeting is None
        else {
            "uuid": str(meeting.uuid),
            "held_on": meeting.held_on.isoformat(),
            "place": meeting.place,
            "chair": meeting.chair,
            "secretary": meeting.secretary,
            "agenda": meeting.agenda,
            "resolutions": meeting.resolutions,
            "present": len(meeting.attendances),
        },
        "proposals": proposal_rows,
        "ranking": submitted_ranking.document(session, cluster_year),
    }
    return document, attachments


def export_submission(session: Session, cluster_code: str, year: int, path: Path) -> int:
    """Write the submission package to ``path``; returns how many proposals it carries."""
    document, attachments = build(session, cluster_code, year)
    package.write(
        Path(path),
        KIND,
        document,
        {
            "package_uuid": str(uuid4()),
            "cluster": document["cluster"]["code"],
            "year": year,
        },
        attachments,
        version=FORMAT,
    )
    return len(document["proposals"])


def package_uuid_of(manifest: dict[str, Any]) -> UUID | None:
    try:
        return UUID(str(manifest.get("package_uuid")))
    except ValueError:
        return None
