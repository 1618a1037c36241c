"""The decision package (issuer → heads): the decision and, per proposal, approved or not
(with the reason) and the register number; imported on a head's PC, whole or not at all.

Only the proposals this PC holds are touched; the package must name the issuer they were
submitted to. Importing it twice changes nothing; a dry run says what would change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import AuditEntry, Proposal
from emudesk.services import audit, backups
from emudesk.services.issuing import decisions, names, package
from emudesk.services.issuing.values import Reader
from emudesk.services.signing import packages
from emudesk.services.tx import write
from emudesk.signing.package import PackageCheck

KIND = "decision"
MAX_ITEMS = 5000


def export_decision(session: Session, issuer_code: str, number: str, path: Path) -> int:
    """Write decision ``number``'s package to ``path``; returns how many proposals it settles."""
    decision = decisions.load(session, issuer_code, number)
    issuer = decision.issuer
    document = {
        "issuer": {"uuid": str(issuer.uuid), "name": names.issuer_name(issuer)},
        "decision": {
            "uuid": str(decision.uuid),
            "number": decision.number,
            "signed_on": decision.signed_on.isoformat(),
            "year": decision.year,
            "signer_name": decision.signer_name,
            "signer_title": decision.signer_title,
            "signing_mode": decision.signing_mode,
            "signing_for": decision.signing_for,
        },
        "items": [
            {
                "proposal": str(item.proposal.uuid),
                "cluster_year": str(item.proposal.cluster_year.uuid),
                "approved": item.approved,
                "reason": item.reason,
                "register_number": item.register_number,
            }
            for item in decision.items
        ],
    }
    package.write(Path(path), KIND, document, {"issuer": issuer.name, "number": decision.number})
    return len(decision.items)


@dataclass(frozen=True)
class Outcome:
    proposal: UUID
    cluster_year: UUID
    approved: bool
    reason: str
    register_number: str


@dataclass(frozen=True)
class DecisionData:
    file: str
    sha256: str
    issuer: UUID
    issuer_name: str
    uuid: UUID
    number: str
    signed_on: dt.date
    year: int
    created: dt.datetime  # when the issuer wrote the package: a later one corrects it
    items: tuple[Outcome, ...]


@dataclass(frozen=True)
class DecisionPlan:
    number: str
    here: int  # proposals of the package this PC holds
    changes: tuple[str, ...]

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Received:
    check: PackageCheck
    plan: DecisionPlan


def read_decision(path: Path) -> DecisionData:
    found = package.read(Path(path), KIND, attachments=False)
    file = Path(path).name
    manifest = Reader(found.manifest, "manifest", file)
    root = Reader(found.document, "", file)
    issuer = root.required_child("issuer")
    decision = root.required_child("decision")
    items = []
    seen: set[UUID] = set()
    numbers: set[str] = set()
    for item in root.items("items", MAX_ITEMS):
        approved = item.flag("approved")
        outcome = Outcome(
            item.required_uuid("proposal"),
            item.required_uuid("cluster_year"),
            approved,
            item.text("reason", 4000, lines=True),
            item.text("register_number", 80, required=approved),
        )
        if outcome.proposal in seen or "|" in outcome.register_number:
            raise item.bad("proposal")
        if outcome.register_number in numbers:  # one register number, one award
            raise item.bad("register_number")
        seen.add(outcome.proposal)
        if outcome.register_number:
            numbers.add(outcome.register_number)
        items.append(outcome)
    return DecisionData(
        file=file,
        sha256=found.sha256,
        issuer=issuer.required_uuid("uuid"),
        issuer_name=issuer.text("name", 300, required=True),
        uuid=decision.required_uuid("uuid"),
        number=decision.text("number", 80, required=True),
        signed_on=decision.date("signed_on", optional=False) or dt.date(2000, 1, 1),
        year=decision.integer("year", 2000, 2100) or 0,
        created=package.created(manifest),
        items=tuple(items),
    )


class _RollbackError(Exception):
    def __init__(self, plan: DecisionPlan) -> None:
        super().__init__()
        self.plan = plan


def _apply(session: Session, data: DecisionData) -> DecisionPlan:
    wanted = {o.proposal: o for o in data.items}
    here = list(session.scalars(select(Proposal).where(Proposal.uuid.in_(wanted))))
    if not here:
        raise ValidationError(
            _(
                "Decision {number} concerns no proposal of this database; nothing was changed.",
                number=data.number,
            )
        )
    _refuse_older(session, data)
    named = set(wanted)
    changes = []
    for proposal in sorted(here, key=lambda p: (p.cluster_year_id, p.position, p.id)):
        issuer = proposal.cluster_year.cluster.issuer
        outcome = wanted[proposal.uuid]
        if issuer.uuid != data.issuer:
            raise ConflictError(
                _(
                    "{file} is a decision of {issuer}, but {unit}'s proposal was made to "
                    "another issuer; it was refused and nothing was changed.",
                    file=data.file,
                    issuer=data.issuer_name,
                    unit=proposal.unit.code,
                )
            )
        _confine(session, data, proposal, outcome, named)
        changed = decisions.apply_outcome(
            proposal,
            number=data.number,
            signed_on=data.signed_on,
            approved=outcome.approved,
            reason=outcome.reason,
            register_number=outcome.register_number,
        )
        if changed:
            who = names.unit_name(proposal.unit, proposal.cluster_year.year)
            changes.append(
                _(
                    "{unit}: approved, register number {number}",
                    unit=who,
                    number=outcome.register_number,
                )
                if outcome.approved
                else _("{unit}: not approved ({reason})", unit=who, reason=outcome.reason or "—")
            )
    return DecisionPlan(data.number, len(here), tuple(changes))


def _refuse_older(session: Session, data: DecisionData) -> None:
    """A package of this decision older than one imported already (replayed after the
    issuer's correction) would undo the correction: refused."""
    entries = session.scalars(
        select(AuditEntry.new_value).where(
            AuditEntry.action == "decision_imported", AuditEntry.entity_uuid == data.uuid
        )
    )
    for entry in entries:
        try:
            seen = dt.datetime.fromisoformat(str((entry or {}).get("created", "")))
        except ValueError:
            continue  # imported before packages' dates were recorded
        seen = seen if seen.tzinfo else seen.replace(tzinfo=dt.UTC)
        if data.created < seen:
            raise ConflictError(
                _(
                    "{file} is older than the package of decision {number} already imported "
                    "(a corrected one); it was refused and nothing was changed.",
                    file=data.file,
                    number=data.number,
                )
            )


def _confine(
    session: Session, data: DecisionData, proposal: Proposal, outcome: Outcome, named: set[UUID]
) -> None:
    """The outcome fits the proposal here: same cluster-year and year, no register number
    of another decision overwritten, none given twice."""
    who = proposal.unit.code
    if proposal.cluster_year.uuid != outcome.cluster_year or (
        data.year and proposal.cluster_year.year != data.year
    ):
        raise ConflictError(
            _(
                "{file}: {unit}'s proposal belongs to another cluster or year here than the "
                "decision says; it was refused and nothing was changed.",
                file=data.file,
                unit=who,
            )
        )
    if (
        proposal.register_number
        and not proposal.decision_is_example
        and proposal.decision_number != data.number
    ):
        raise ConflictError(
            _(
                "{file}: {unit}'s proposal already has register number {register} of decision "
                "{number}; another decision cannot replace it. It was refused and nothing "
                "was changed.",
                file=data.file,
                unit=who,
                register=proposal.register_number,
                number=proposal.decision_number,
            )
        )
    if outcome.register_number:
        holders = session.scalars(
            select(Proposal).where(
                Proposal.register_number == outcome.register_number,
                Proposal.id != proposal.id,
                Proposal.decision_is_example.is_(False),
            )
        )  # a proposal of this package may hand its number on (renumbered by the issuer)
        holder = next((h for h in holders if h.uuid not in named), None)
        if holder is not None:
            raise ConflictError(
                _(
                    "{file}: register number {register} is already given to {unit} here; it "
                    "was refused and nothing was changed.",
                    file=data.file,
                    register=outcome.register_number,
                    unit=holder.unit.code,
                )
            )


def _run(session: Session, data: DecisionData, *, commit: bool) -> DecisionPlan:
    try:
        with write(session):
            plan = _apply(session, data)
            session.flush()
            if not commit or not plan.changes_anything:
                raise _RollbackError(plan)
            audit.record(
                session,
                action="decision_imported",
                entity="decision",
                entity_uuid=data.uuid,
                summary=f"{data.number}: {len(plan.changes)}",
                new={"changes": list(plan.changes), "created": data.created.isoformat()},
                source=data.file,
                source_sha256=data.sha256,
            )
    except _RollbackError as stop:
        session.expire_all()
        return stop.plan
    return plan


def receive(
    session: Session, path: Path, *, dry_run: bool = False, accept_unverified: bool = False
) -> Received:
    """Check and import the decision package at ``path`` (the head's PC)."""
    source = Path(path)
    with packages.trusted_copy(
        source, accept_unverified=accept_unverified, prefix="emudesk-decision-"
    ) as (copy, check):
        data = read_decision(copy)
    plan = _run(session, data, commit=False)
    if dry_run or not plan.changes_anything:
        return Received(check, plan)
    backups.before_bulk_write(session)
    plan = _run(session, data, commit=True)
    packages.record(
        session, check, source, kind="decision", accepted=accept_unverified, entity_uuid=data.uuid
    )
    return Received(check, plan)
