"""Award proposals: from the ranking's suggestions or by hand; status and the decision."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import Award, ClusterYear, Person, Proposal
from emudesk.records.proposals import (
    AwardRef,
    NomineeKind,
    ProposalFields,
    ProposalInfo,
    ProposalStatus,
)
from emudesk.services import audit, checks
from emudesk.services.common import check_version
from emudesk.services.cycle import voting
from emudesk.services.organisation import units, years
from emudesk.services.scoring import locking, ranking
from emudesk.services.tx import write
from emudesk.text import clean_multiline

# Allowed moves; a step back is allowed to correct a mistake.
TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.DRAFT: frozenset({ProposalStatus.VOTED}),
    ProposalStatus.VOTED: frozenset({ProposalStatus.DRAFT, ProposalStatus.SUBMITTED}),
    ProposalStatus.SUBMITTED: frozenset(
        {ProposalStatus.VOTED, ProposalStatus.APPROVED, ProposalStatus.REJECTED}
    ),
    ProposalStatus.APPROVED: frozenset({ProposalStatus.SUBMITTED}),
    ProposalStatus.REJECTED: frozenset({ProposalStatus.SUBMITTED}),
}


def award_ref(award: Award) -> AwardRef:
    return AwardRef(award.uuid, award.name, award.kind, award.artefact, award.ranking_role)


def info(proposal: Proposal) -> ProposalInfo:
    year = proposal.cluster_year.year
    unit = units.ref(proposal.unit, year)
    kind = NomineeKind(proposal.nominee_kind)
    person = proposal.person
    if kind is NomineeKind.PERSON and person is not None:
        nominee = f"{person.honorific} {person.full_name}".strip()
    elif kind is NomineeKind.COLLECTIVE:
        nominee = f"{proposal.collective_name}, {unit.name}"
    else:
        nominee = unit.name
    return ProposalInfo(
        uuid=proposal.uuid,
        nominee_kind=kind,
        unit=unit,
        nominee=nominee,
        collective_name=proposal.collective_name,
        person_name=person.full_name if person else "",
        person_honorific=person.honorific if person else "",
        person_title=person.title if person else "",
        award=award_ref(proposal.award),
        award_text=proposal.award.name,
        reason=proposal.reason,
        rank=proposal.rank,
        total=proposal.total,
        status=ProposalStatus(proposal.status),
        decision_number=proposal.decision_number,
        decision_date=proposal.decision_date,
        decision_is_example=proposal.decision_is_example,
        unlocked_reason=proposal.unlocked_reason,
        version=proposal.version,
    )


def load(session: Session, proposal_uuid: UUID) -> Proposal:
    found = session.scalar(select(Proposal).where(Proposal.uuid == proposal_uuid))
    if found is None:
        raise NotFoundError(_("The proposal no longer exists; reload the list."))
    return found


def list_proposals(session: Session, year_uuid: UUID) -> list[ProposalInfo]:
    cluster_year = years.load(session, year_uuid)
    rows = session.scalars(
        select(Proposal)
        .where(Proposal.cluster_year_id == cluster_year.id)
        .order_by(Proposal.position, Proposal.id)
    )
    return [info(p) for p in rows]


def _clean(fields: ProposalFields) -> ProposalFields:
    kind = NomineeKind(fields.nominee_kind)
    if fields.award_uuid is None:
        raise ValidationError(_("Choose the award proposed, from the issuer's catalogue."))
    collective = checks.name(
        fields.collective_name, _("Collective name"), required=kind is NomineeKind.COLLECTIVE
    )
    person = checks.name(fields.person_name, _("Full name"), required=kind is NomineeKind.PERSON)
    honorific = checks.name(fields.person_honorific, _("Honorific"), required=False, max_len=10)
    return ProposalFields(
        nominee_kind=kind,
        unit_uuid=fields.unit_uuid,
        award_uuid=fields.award_uuid,
        collective_name=collective if kind is NomineeKind.COLLECTIVE else "",
        person_name=person if kind is NomineeKind.PERSON else "",
        person_honorific=honorific if kind is NomineeKind.PERSON else "",
        person_title=checks.name(fields.person_title, _("Position"), required=False)
        if kind is NomineeKind.PERSON
        else "",
        reason=clean_multiline(fields.reason),
    )


def _apply(session: Session, proposal: Proposal, fields: ProposalFields, year: ClusterYear) -> None:
    unit = units.load(session, fields.unit_uuid)
    if unit.id not in {m.unit_id for m in year.memberships}:
        raise ValidationError(
            _("The unit is not a member of the cluster in {year}.", year=year.year)
        )
    proposal.unit = unit
    proposal.nominee_kind = fields.nominee_kind.value
    proposal.collective_name = fields.collective_name
    proposal.award = _award(session, year, fields.award_uuid)
    proposal.reason = fields.reason
    if fields.nominee_kind is NomineeKind.PERSON:
        person = proposal.person or Person(full_name="")
        person.full_name = fields.person_name
        person.honorific = fields.person_honorific
        person.title = fields.person_title
        person.unit = unit
        proposal.person = person
    else:
        proposal.person = None


def _award(session: Session, year: ClusterYear, award_uuid: UUID | None) -> Award:
    from emudesk.services.papers import catalogue

    if award_uuid is None:
        raise ValidationError(_("Choose the award proposed, from the issuer's catalogue."))
    award = catalogue.load(session, award_uuid)
    if award.issuer_id != year.cluster.issuer_id:
        raise ValidationError(
            _(
                "{award} is not in the catalogue of {issuer}, which this cluster proposes to.",
                award=award.name,
                issuer=year.cluster.issuer.name,
            )
        )
    return award


def _snapshot(proposal: Proposal) -> dict[str, object]:
    data = info(proposal)
    return {
        "nominee": data.nominee,
        "award": data.award_text,
        "status": data.status.value,
        "decision_number": data.decision_number,
        "decision_date": data.decision_date,
        "reason": data.reason,
        "unlocked_reason": data.unlocked_reason,
    }


def add_proposal(session: Session, year_uuid: UUID, fields: ProposalFields) -> ProposalInfo:
    """Add a proposal by hand (a collective or a person, or a unit outside the suggestions)."""
    fields = _clean(fields)
    with write(session):
        cluster_year = years.load(session, year_uuid)
        count = len(list_proposals(session, year_uuid))
        proposal = Proposal(cluster_year=cluster_year, position=count)
        _apply(session, proposal, fields, cluster_year)
        session.add(proposal)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=info(proposal).nominee,
            new=_snapshot(proposal),
        )
        return info(proposal)


def update_proposal(
    session: Session,
    proposal_uuid: UUID,
    fields: ProposalFields,
    expected_version: int | None = None,
) -> ProposalInfo:
    fields = _clean(fields)
    with write(session):
        proposal = load(session, proposal_uuid)
        check_version(proposal, expected_version, info(proposal).nominee)
        if ProposalStatus(proposal.status) in (ProposalStatus.APPROVED, ProposalStatus.REJECTED):
            raise ConflictError(_("A decided proposal cannot be edited; move it back first."))
        old = _snapshot(proposal)
        _apply(session, proposal, fields, proposal.cluster_year)
        session.flush()
        audit.record(
            session,
            action="update",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=info(proposal).nominee,
            old=old,
            new=_snapshot(proposal),
        )
        return info(proposal)


def remove_proposal(session: Session, proposal_uuid: UUID) -> None:
    """Delete a proposal still in draft."""
    with write(session):
        proposal = load(session, proposal_uuid)
        if ProposalStatus(proposal.status) is not ProposalStatus.DRAFT:
            raise ConflictError(
                _("Only a draft proposal can be removed; this one is past the vote.")
            )
        audit.record(
            session,
            action="remove",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=info(proposal).nominee,
            old=_snapshot(proposal),
        )
        session.delete(proposal)


def from_suggestions(session: Session, year_uuid: UUID) -> list[ProposalInfo]:
    """Turn the ranking's award suggestions into draft proposals (skipping those that exist).

    Each asks for the catalogue's award of its suggestion (the flag for the leading units,
    the certificate for the next ones); its reason is the achievement sentence the papers and
    the certificate print, in Vietnamese, which the user can edit.
    """
    from emudesk.services.papers import catalogue

    report = ranking.compute(session, year_uuid, document=True)
    with write(session):
        cluster_year = years.load(session, year_uuid)
        existing = {
            (p.unit_id, p.award_id)
            for p in session.scalars(
                select(Proposal).where(
                    Proposal.cluster_year_id == cluster_year.id,
                    Proposal.nominee_kind == NomineeKind.UNIT.value,
                )
            )
        }
        created: list[ProposalInfo] = []
        position = len(list_proposals(session, year_uuid))
        for suggestion in report.suggestions:
            unit = units.load(session, suggestion.unit.uuid)
            award = catalogue.for_role(session, cluster_year, suggestion.kind)
            if (unit.id, award.id) in existing:
                continue
            proposal = Proposal(
                cluster_year=cluster_year,
                nominee_kind=NomineeKind.UNIT.value,
                unit=unit,
                award=award,
                reason=achievement(suggestion.kind, cluster_year),
                rank=suggestion.rank,
                total=suggestion.total,
                position=position,
            )
            position += 1
            session.add(proposal)
            session.flush()
            audit.record(
                session,
                action="create",
                entity="proposal",
                entity_uuid=proposal.uuid,
                summary=info(proposal).nominee,
                new=_snapshot(proposal),
                source="ranking",
            )
            created.append(info(proposal))
        return created


def achievement(kind: rules.AwardKind, cluster_year: ClusterYear) -> str:
    """The usual achievement sentence of a ranking's suggestion (papers are Vietnamese)."""
    year = cluster_year.year
    if kind is rules.AwardKind.FLAG:
        return (
            f"Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác năm {year}, "
            f"dẫn đầu phong trào thi đua {cluster_year.cluster.name}"
        )
    return f"Đã có thành tích xuất sắc trong phong trào thi đua năm {year}"


def set_status(
    session: Session,
    proposal_uuid: UUID,
    status: ProposalStatus,
    *,
    decision_number: str = "",
    decision_date: dt.date | None = None,
    decision_is_example: bool = False,
    unlocked_reason: str = "",
) -> ProposalInfo:
    """Move a proposal along draft → voted → submitted → approved / rejected.

    Approving while the year's scores are not locked needs ``unlocked_reason``, which is kept
    with the approval (see ``locking.unlocked_reason``).
    """
    number = checks.name(decision_number, _("Decision number"), required=False, max_len=80)
    with write(session):
        proposal = load(session, proposal_uuid)
        current = ProposalStatus(proposal.status)
        status = ProposalStatus(status)
        if status not in TRANSITIONS[current]:
            raise ValidationError(
                _(
                    "A proposal cannot go from \u201c{old}\u201d to \u201c{new}\u201d.",
                    old=status_label(current),
                    new=status_label(status),
                )
            )
        if status is ProposalStatus.APPROVED and not (number and decision_date):
            raise ValidationError(_("Enter the number and date of the decision that approves it."))
        if status is ProposalStatus.VOTED and current is ProposalStatus.DRAFT:
            voting.refuse_unvoted(session, proposal)
        early = ""
        if status is ProposalStatus.APPROVED:
            early = locking.unlocked_reason(
                session, proposal.cluster_year, unlocked_reason, locking.Act.APPROVE
            )
        old = _snapshot(proposal)
        proposal.status = status.value
        proposal.unlocked_reason = early
        if status in (ProposalStatus.APPROVED, ProposalStatus.REJECTED):
            proposal.decision_number, proposal.decision_date = number, decision_date
            proposal.decision_is_example = decision_is_example
        session.flush()
        audit.record(
            session,
            action="status",
            entity="proposal",
            entity_uuid=proposal.uuid,
            summary=f"{info(proposal).nominee}: {status_label(status)}",
            old=old,
            new=_snapshot(proposal),
        )
        return info(proposal)


def status_label(status: ProposalStatus) -> str:
    return {
        ProposalStatus.DRAFT: _("draft"),
        ProposalStatus.VOTED: _("voted"),
        ProposalStatus.SUBMITTED: _("submitted"),
        ProposalStatus.APPROVED: _("approved"),
        ProposalStatus.REJECTED: _("rejected"),
    }[status]
