"""The issuer's board for a year: every cluster's nominees, with what is missing, and the
caps across clusters (quota rules, kept as data per issuer and award)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import (
    Award,
    Cluster,
    ClusterYear,
    DecisionItem,
    DossierPaper,
    Proposal,
    QuotaRule,
    YearPlan,
)
from emudesk.rules import cross_cluster
from emudesk.services import audit
from emudesk.services.cycle import dossiers
from emudesk.services.issuing import names
from emudesk.services.tx import write
from emudesk.text import clean, sort_key


@dataclass(frozen=True)
class BoardRow:
    uuid: UUID  # the proposal's
    cluster: str  # code
    cluster_name: str
    unit: str  # the nominee's unit as called that year
    nominee: str
    award: str
    award_code: str
    total: int | None  # hundredths
    rank: int | None
    status: str
    decision: str
    register_number: str
    papers_missing: tuple[str, ...]  # dossier paper kinds not ready
    deadline: dt.date | None
    days_left: int | None


@dataclass(frozen=True)
class QuotaInfo:
    award_code: str
    award: str
    kind: str
    limit: str


@dataclass(frozen=True)
class Board:
    issuer: str
    year: int
    rows: tuple[BoardRow, ...]
    clusters: int  # the issuer's clusters with this year recorded
    breaches: tuple[str, ...]  # each cap gone over, in words


def _missing(session: Session, proposal: Proposal) -> tuple[str, ...]:
    ready = {
        p.kind
        for p in session.scalars(
            select(DossierPaper).where(DossierPaper.proposal_id == proposal.id)
        )
        if p.ready
    }
    return tuple(k for k in dossiers.PAPERS if k not in ready)


def _nominee(proposal: Proposal, year: int) -> str:
    unit = names.unit_name(proposal.unit, year)
    if proposal.nominee_kind == "person" and proposal.person is not None:
        return f"{proposal.person.honorific} {proposal.person.full_name}".strip()
    if proposal.nominee_kind == "collective":
        return f"{proposal.collective_name}, {unit}"
    return unit


def board(session: Session, issuer_code: str, year: int, *, today: dt.date | None = None) -> Board:
    """Every nominee of ``year`` in the issuer's clusters, ordered by cluster then rank."""
    issuer = names.find_issuer(session, issuer_code)
    today = today or dt.date.today()
    cluster_years = list(
        session.scalars(
            select(ClusterYear)
            .join(Cluster)
            .where(Cluster.issuer_id == issuer.id, ClusterYear.year == year)
        )
    )
    rows = []
    for cluster_year in sorted(
        cluster_years, key=lambda y: (y.cluster.number or 0, y.cluster.code)
    ):
        plan = session.scalar(select(YearPlan).where(YearPlan.cluster_year_id == cluster_year.id))
        deadline = plan.dossier_deadline if plan else None
        found = session.scalars(
            select(Proposal)
            .where(Proposal.cluster_year_id == cluster_year.id, Proposal.status != "draft")
            .order_by(Proposal.rank.is_(None), Proposal.rank, Proposal.position, Proposal.id)
        )
        for proposal in found:
            item = session.scalar(
                select(DecisionItem).where(DecisionItem.proposal_id == proposal.id)
            )
            rows.append(
                BoardRow(
                    uuid=proposal.uuid,
                    cluster=cluster_year.cluster.code,
                    cluster_name=cluster_year.cluster.name,
                    unit=names.unit_name(proposal.unit, year),
                    nominee=_nominee(proposal, year),
                    award=proposal.award.name,
                    award_code=proposal.award.code,
                    total=proposal.total,
                    rank=proposal.rank,
                    status=proposal.status,
                    decision=item.decision.number if item else "",
                    register_number=proposal.register_number,
                    papers_missing=_missing(session, proposal),
                    deadline=deadline,
                    days_left=(deadline - today).days if deadline else None,
                )
            )
    quotas = [
        cross_cluster.CrossQuota(q.award.code, q.kind, Decimal(q.limit))
        for q in session.scalars(select(QuotaRule).where(QuotaRule.issuer_id == issuer.id))
    ]
    nominations = [
        cross_cluster.Nomination(r.cluster, r.award_code) for r in rows if r.status != "rejected"
    ]
    breaches = tuple(
        _words(b) for b in cross_cluster.check(quotas, nominations, len(cluster_years))
    )
    return Board(names.issuer_label(issuer, year), year, tuple(rows), len(cluster_years), breaches)


def _words(breach: cross_cluster.QuotaBreach) -> str:
    quota = breach.quota
    if quota.kind == cross_cluster.PER_CLUSTER:
        return _(
            "{award}: at most {allowed} per cluster; {clusters} put forward {found}.",
            award=quota.award,
            allowed=breach.allowed,
            clusters=", ".join(breach.clusters),
            found=breach.found,
        )
    return _(
        "{award}: at most {limit} % of the clusters ({allowed}); {found} have one: {clusters}.",
        award=quota.award,
        limit=quota.limit,
        allowed=breach.allowed,
        found=breach.found,
        clusters=", ".join(breach.clusters),
    )


def set_quota(
    session: Session, issuer_code: str, award_code: str, kind: str, limit: str
) -> QuotaInfo:
    """Set (or, with an empty ``limit``, remove) a cap of the issuer on ``award_code``."""
    if kind not in cross_cluster.KINDS:
        raise ValidationError(_("Unknown kind of quota {kind}.", kind=kind))
    text = clean(limit)
    if text:
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation as exc:
            raise ValidationError(_("The quota must be a number.")) from exc
        if (
            not value.is_finite()
            or value < 0
            or value > (100 if kind != cross_cluster.PER_CLUSTER else 1000)
        ):
            raise ValidationError(
                _("The quota must be between 0 and 100 (a share) or 1000 (a count).")
            )
        if kind == cross_cluster.PER_CLUSTER and value != value.to_integral_value():
            raise ValidationError(_("A quota per cluster is a whole number."))
        text = str(value.normalize()) if kind != cross_cluster.PER_CLUSTER else str(int(value))
    with write(session):
        issuer = names.find_issuer(session, issuer_code)
        award = session.scalar(
            select(Award).where(
                Award.issuer_id == issuer.id, Award.code == clean(award_code).upper()
            )
        )
        if award is None:
            raise ValidationError(
                _(
                    "{issuer} has no award {code} in its catalogue.",
                    issuer=issuer.name,
                    code=award_code,
                )
            )
        found = session.scalar(
            select(QuotaRule).where(
                QuotaRule.issuer_id == issuer.id,
                QuotaRule.award_id == award.id,
                QuotaRule.kind == kind,
            )
        )
        old = {"limit": found.limit} if found else None
        if not text:
            if found is not None:
                session.delete(found)
        elif found is None:
            session.add(QuotaRule(issuer=issuer, award=award, kind=kind, limit=text))
        else:
            found.limit = text
        audit.record(
            session,
            action="quota_set",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=f"{award.code} {kind}: {text or '—'}",
            old=old,
            new={"award": award.code, "kind": kind, "limit": text},
        )
        return QuotaInfo(award.code, award.name, kind, text)


def list_quotas(session: Session, issuer_code: str) -> list[QuotaInfo]:
    issuer = names.find_issuer(session, issuer_code)
    found = session.scalars(select(QuotaRule).where(QuotaRule.issuer_id == issuer.id))
    return sorted(
        (QuotaInfo(q.award.code, q.award.name, q.kind, q.limit) for q in found),
        key=lambda q: (sort_key(q.award_code), q.kind),
    )
