"""The issuer's decision on a year's proposals: number, date, signer; each proposal approved
(taking the issuer's next register number) or not, with the reason.

Recording the decision is one transaction: the decision and its items, each proposal's
status, decision and register number, the register's counters and the audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import Cluster, ClusterYear, Decision, DecisionItem, Issuer, Proposal
from emudesk.printing.official import SIGNING_MODES
from emudesk.services import audit, checks
from emudesk.services.issuing import council, names, register
from emudesk.services.tx import write
from emudesk.text import clean, clean_multiline


@dataclass(frozen=True)
class DecisionFields:
    number: str  # "123/QĐ-UBDT"
    signed_on: dt.date
    year: int  # the emulation year decided
    signer_name: str = ""
    signer_title: str = ""
    signing_mode: str = ""
    signing_for: str = ""
    place: str = ""


@dataclass(frozen=True)
class ItemInfo:
    proposal_uuid: UUID
    cluster: str
    unit_code: str
    nominee: str
    award: str
    approved: bool
    reason: str
    register_number: str


@dataclass(frozen=True)
class DecisionInfo:
    uuid: UUID
    issuer: str
    number: str
    signed_on: dt.date
    year: int
    signer_name: str
    items: tuple[ItemInfo, ...]

    @property
    def approved(self) -> tuple[ItemInfo, ...]:
        return tuple(i for i in self.items if i.approved)


def _item_info(
    proposal: Proposal, year: int, approved: bool, reason: str, register_number: str
) -> ItemInfo:
    return ItemInfo(
        proposal_uuid=proposal.uuid,
        cluster=proposal.cluster_year.cluster.code,
        unit_code=proposal.unit.code,
        nominee=names.unit_name(proposal.unit, year)
        if proposal.nominee_kind == "unit"
        else proposal.collective_name or (proposal.person.full_name if proposal.person else ""),
        award=proposal.award.name,
        approved=approved,
        reason=reason,
        register_number=register_number,
    )


def info(decision: Decision) -> DecisionInfo:
    year = decision.year
    return DecisionInfo(
        uuid=decision.uuid,
        issuer=names.issuer_label(decision.issuer),
        number=decision.number,
        signed_on=decision.signed_on,
        year=year,
        signer_name=decision.signer_name,
        items=tuple(
            _item_info(item.proposal, year, item.approved, item.reason, item.register_number)
            for item in decision.items
        ),
    )


def load(session: Session, issuer_code: str, number: str) -> Decision:
    issuer = names.find_issuer(session, issuer_code)
    found = session.scalar(
        select(Decision).where(Decision.issuer_id == issuer.id, Decision.number == clean(number))
    )
    if found is None:
        raise NotFoundError(
            _("{issuer} has no decision {number} here.", issuer=issuer.name, number=number)
        )
    return found


def get_decision(session: Session, issuer_code: str, number: str) -> DecisionInfo:
    return info(load(session, issuer_code, number))


def pending(session: Session, issuer: Issuer, year: int) -> list[Proposal]:
    """The issuer's proposals of ``year`` submitted and not yet decided, cluster by cluster."""
    decided = select(DecisionItem.proposal_id)
    return list(
        session.scalars(
            select(Proposal)
            .join(ClusterYear)
            .join(Cluster)
            .where(
                Cluster.issuer_id == issuer.id,
                ClusterYear.year == year,
                Proposal.status == "submitted",
                Proposal.id.not_in(decided),
            )
            .order_by(Cluster.number, Cluster.code, Proposal.rank, Proposal.position, Proposal.id)
        )
    )


def _fields(fields: DecisionFields) -> DecisionFields:
    number = checks.name(fields.number, _("Decision number"), max_len=80)
    if fields.signing_mode not in SIGNING_MODES:
        raise ValidationError(_("Unknown signing mode {mode}.", mode=fields.signing_mode))
    if not 2000 <= fields.year <= 2100:
        raise ValidationError(_("{year} is not a year.", year=fields.year))
    return DecisionFields(
        number=number,
        signed_on=fields.signed_on,
        year=fields.year,
        signer_name=checks.name(fields.signer_name, _("Signer"), required=False, max_len=200),
        signer_title=checks.name(fields.signer_title, _("Title"), required=False, max_len=200),
        signing_mode=fields.signing_mode,
        signing_for=checks.name(fields.signing_for, _("Signing for"), required=False, max_len=200),
        place=checks.name(fields.place, _("Place"), required=False, max_len=200),
    )


def _plan(
    session: Session,
    issuer: Issuer,
    fields: DecisionFields,
    refused: Mapping[str, str] | None,
    clusters: tuple[str, ...],
) -> list[tuple[Proposal, str]]:
    """The proposals the decision takes, each with the reason it is not approved ("" when
    approved); refuses what ``record_decision`` refuses, writing nothing."""
    refusals = {clean(k).upper(): clean_multiline(v) for k, v in (refused or {}).items()}
    if session.scalar(
        select(Decision.id).where(Decision.issuer_id == issuer.id, Decision.number == fields.number)
    ):
        raise ConflictError(_("Decision {number} is recorded already.", number=fields.number))
    chosen = pending(session, issuer, fields.year)
    if clusters:
        wanted = {clean(c).upper() for c in clusters}
        chosen = [p for p in chosen if p.cluster_year.cluster.code in wanted]
    if not chosen:
        raise ValidationError(
            _(
                "{issuer} has no submitted proposal of {year} left to decide; import the "
                "clusters' submissions first.",
                issuer=issuer.name,
                year=fields.year,
            )
        )
    keys = {p.id: (p.unit.code, str(p.uuid).upper()) for p in chosen}
    unknown = set(refusals) - {k for pair in keys.values() for k in pair}
    if unknown:
        raise ValidationError(
            _("No pending proposal of {codes}.", codes=", ".join(sorted(unknown)))
        )
    planned = []
    for proposal in chosen:
        code, uuid = keys[proposal.id]
        key = uuid if uuid in refusals else code if code in refusals else None
        if key is not None and not refusals[key]:
            raise ValidationError(_("Give the reason {code} is not awarded.", code=code))
        reason = refusals[key] if key is not None else ""
        if not reason:  # the council's vote, when it met, decides too
            reason = council.refusal_reason(session, issuer, proposal) or ""
        planned.append((proposal, reason))
    return planned


def candidates(session: Session, issuer_code: str, year: int) -> tuple[ItemInfo, ...]:
    """The year's proposals a decision would take, each with the reason the council's vote
    keeps it from approval ("" when it may be approved); no register number yet."""
    issuer = names.find_issuer(session, issuer_code)
    found = []
    for proposal in pending(session, issuer, year):
        reason = council.refusal_reason(session, issuer, proposal) or ""
        found.append(_item_info(proposal, year, not reason, reason, ""))
    return tuple(found)


def preview_decision(
    session: Session,
    issuer_code: str,
    fields: DecisionFields,
    *,
    refused: Mapping[str, str] | None = None,
    clusters: tuple[str, ...] = (),
) -> tuple[ItemInfo, ...]:
    """What ``record_decision`` would record with these arguments, register numbers
    included, or its refusal; writes nothing."""
    fields = _fields(fields)
    issuer = names.find_issuer(session, issuer_code)
    planned = _plan(session, issuer, fields, refused, clusters)
    numbers = iter(
        register.peek_numbers(session, issuer, [p.award for p, reason in planned if not reason])
    )
    return tuple(
        _item_info(p, fields.year, not reason, reason, "" if reason else next(numbers))
        for p, reason in planned
    )


def record_decision(
    session: Session,
    issuer_code: str,
    fields: DecisionFields,
    *,
    refused: Mapping[str, str] | None = None,
    clusters: tuple[str, ...] = (),
) -> DecisionInfo:
    """Decide every pending proposal of the year (of ``clusters`` only, when given):
    approved, unless its unit's code (or the proposal's UUID) is in ``refused`` (→ the
    reason) or the council, when it met on the year, did not carry it (its vote is the
    reason)."""
    fields = _fields(fields)
    with write(session):
        issuer = names.find_issuer(session, issuer_code)
        planned = _plan(session, issuer, fields, refused, clusters)
        decision = Decision(issuer=issuer, **fields.__dict__)
        session.add(decision)
        for position, (proposal, reason) in enumerate(planned):
            approved = not reason
            number = register.take_number(session, issuer, proposal.award) if approved else ""
            decision.items.append(
                DecisionItem(
                    proposal=proposal,
                    approved=approved,
                    reason=reason,
                    register_number=number,
                    position=position,
                )
            )
            apply_outcome(
                proposal,
                number=fields.number,
                signed_on=fields.signed_on,
                approved=approved,
                reason=reason,
                register_number=number,
            )
        session.flush()
        result = info(decision)
        audit.record(
            session,
            action="decision_recorded",
            entity="decision",
            entity_uuid=decision.uuid,
            summary=f"{fields.number}: {len(result.approved)}/{len(result.items)}",
            new={
                "number": fields.number,
                "signed_on": fields.signed_on,
                "items": [
                    [str(i.proposal_uuid), i.approved, i.reason, i.register_number]
                    for i in result.items
                ],
            },
        )
        return result


def apply_outcome(
    proposal: Proposal,
    *,
    number: str,
    signed_on: dt.date,
    approved: bool,
    reason: str,
    register_number: str,
) -> bool:
    """Put a decision's outcome on ``proposal``; True when anything changed."""
    values = {
        "status": "approved" if approved else "rejected",
        "decision_number": number,
        "decision_date": signed_on,
        "decision_is_example": False,
        "register_number": register_number,
        "decision_reason": reason,
    }
    changed = False
    for key, value in values.items():
        if getattr(proposal, key) != value:
            setattr(proposal, key, value)
            changed = True
    return changed


def list_decisions(session: Session, issuer_code: str) -> list[DecisionInfo]:
    issuer = names.find_issuer(session, issuer_code)
    found = session.scalars(
        select(Decision).where(Decision.issuer_id == issuer.id).order_by(Decision.signed_on)
    )
    return [info(d) for d in found]
