"""The year's emulation commitment: its text and items, who signed it, who has not yet."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Commitment, CommitmentItem, Signature, Unit
from emudesk.model.base import utcnow
from emudesk.services import audit, checks
from emudesk.services.cycle import attachments
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import issuer_name_on, year_end
from emudesk.services.organisation.units import UnitRef
from emudesk.services.tx import write
from emudesk.text import clean, clean_multiline, sort_key


class CommitmentStatus(enum.StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    PARTLY_SIGNED = "partly_signed"
    SIGNED = "signed"


@dataclass(frozen=True)
class ItemFields:
    content: str
    target: str = ""
    unit_of_measure: str = ""


@dataclass(frozen=True)
class CommitmentFields:
    title: str
    preamble: str = ""
    items: tuple[ItemFields, ...] = ()
    signing_date: dt.date | None = None
    signing_place: str = ""
    host_unit_uuid: UUID | None = None


@dataclass(frozen=True)
class SignatureInfo:
    unit: UnitRef
    signer_name: str
    signer_title: str
    signed_on: dt.date | None
    sealed: bool
    scan_uuid: UUID | None
    scan_name: str


@dataclass(frozen=True)
class CommitmentInfo:
    uuid: UUID
    year_uuid: UUID
    cluster_code: str
    cluster_name: str
    issuer_name: str
    year: int
    title: str
    preamble: str
    items: tuple[ItemFields, ...]
    signing_date: dt.date | None
    signing_place: str
    host: UnitRef | None
    members: tuple[UnitRef, ...]
    signatures: tuple[SignatureInfo, ...]
    missing: tuple[UnitRef, ...]
    status: CommitmentStatus
    version: int


def _info(commitment: Commitment) -> CommitmentInfo:
    cluster_year = commitment.cluster_year
    year = cluster_year.year
    members = sorted(
        (units.ref(m.unit, year) for m in cluster_year.memberships), key=lambda u: sort_key(u.name)
    )
    signed = {s.unit.uuid: s for s in commitment.signatures}
    signatures = tuple(
        SignatureInfo(
            unit=units.ref(s.unit, year),
            signer_name=s.signer_name,
            signer_title=s.signer_title,
            signed_on=s.signed_on,
            sealed=s.sealed,
            scan_uuid=s.attachment.uuid if s.attachment else None,
            scan_name=s.attachment.file_name if s.attachment else "",
        )
        for s in sorted(commitment.signatures, key=lambda s: sort_key(units.ref(s.unit, year).name))
    )
    missing = tuple(m for m in members if m.uuid not in signed)
    if signed and not missing:
        status = CommitmentStatus.SIGNED
    elif signed:
        status = CommitmentStatus.PARTLY_SIGNED
    elif commitment.printed_at is not None:
        status = CommitmentStatus.PRINTED
    else:
        status = CommitmentStatus.DRAFT
    return CommitmentInfo(
        uuid=commitment.uuid,
        year_uuid=cluster_year.uuid,
        cluster_code=cluster_year.cluster.code,
        cluster_name=cluster_year.cluster.name,
        issuer_name=issuer_name_on(cluster_year.cluster.issuer, year_end(year)),
        year=year,
        title=commitment.title,
        preamble=commitment.preamble,
        items=tuple(ItemFields(i.content, i.target, i.unit_of_measure) for i in commitment.items),
        signing_date=commitment.signing_date,
        signing_place=commitment.signing_place,
        host=units.ref(commitment.host_unit, year) if commitment.host_unit else None,
        members=tuple(members),
        signatures=signatures,
        missing=missing,
        status=status,
        version=commitment.version,
    )


def _find(session: Session, cluster_year: ClusterYear) -> Commitment | None:
    return session.scalar(select(Commitment).where(Commitment.cluster_year_id == cluster_year.id))


def get_commitment(session: Session, year_uuid: UUID) -> CommitmentInfo | None:
    found = _find(session, years.load(session, year_uuid))
    return _info(found) if found is not None else None


def require(session: Session, cluster_key: UUID | str, year: int) -> CommitmentInfo:
    cluster_year = years.find(session, cluster_key, year)
    found = _find(session, cluster_year)
    if found is None:
        raise NotFoundError(
            _(
                "{cluster} {year} has no commitment yet; write it on the year's Commitment page.",
                cluster=cluster_year.cluster.code,
                year=year,
            )
        )
    return _info(found)


def _member(cluster_year: ClusterYear, unit_uuid: UUID) -> Unit:
    for membership in cluster_year.memberships:
        if membership.unit.uuid == unit_uuid:
            return membership.unit
    raise ValidationError(
        _(
            "This unit is not a member of {cluster} in {year}; only members sign its commitment.",
            cluster=cluster_year.cluster.code,
            year=cluster_year.year,
        )
    )


def save_commitment(session: Session, year_uuid: UUID, fields: CommitmentFields) -> CommitmentInfo:
    """Create or replace the year's commitment text and items (signatures stay)."""
    title = checks.name(fields.title, _("Title"), max_len=300)
    items = [
        ItemFields(
            checks.text(i.content, _("An item of the commitment"), max_len=2_000),
            checks.name(i.target, _("Target"), required=False, max_len=100),
            checks.name(i.unit_of_measure, _("Unit of measure"), required=False, max_len=100),
        )
        for i in fields.items
        if clean_multiline(i.content)
    ]
    preamble = checks.text(fields.preamble, _("Preamble"))
    if not items:
        raise ValidationError(_("A commitment needs at least one item."))
    with write(session):
        cluster_year = years.load(session, year_uuid)
        commitment = _find(session, cluster_year)
        old = _snapshot(commitment) if commitment is not None else None
        if commitment is None:
            commitment = Commitment(cluster_year=cluster_year, title=title)
            session.add(commitment)
        host = None
        if fields.host_unit_uuid is not None:
            host = _member(cluster_year, fields.host_unit_uuid)
        commitment.title = title
        commitment.preamble = preamble
        commitment.signing_date = fields.signing_date
        commitment.signing_place = clean(fields.signing_place)
        commitment.host_unit = host
        _set_items(commitment, items)
        session.flush()
        audit.record(
            session,
            action="commitment",
            entity="commitment",
            entity_uuid=commitment.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}",
            old=old,
            new=_snapshot(commitment),
        )
        return _info(commitment)


def _set_items(commitment: Commitment, items: list[ItemFields]) -> None:
    """Rewrite the items position by position: an item typed the same stays the same row."""
    stored = list(commitment.items)
    for position, item in enumerate(items):
        if position < len(stored):
            row = stored[position]
            for name, value in (
                ("position", position),
                ("content", item.content),
                ("target", item.target),
                ("unit_of_measure", item.unit_of_measure),
            ):
                if getattr(row, name) != value:
                    setattr(row, name, value)
        else:
            commitment.items.append(
                CommitmentItem(position=position, content=item.content, target=item.target,
                               unit_of_measure=item.unit_of_measure)
            )  # fmt: skip
    del commitment.items[len(items) :]


def _snapshot(commitment: Commitment) -> dict[str, object]:
    return {
        "title": commitment.title,
        "items": [i.content for i in commitment.items],
        "signing_date": commitment.signing_date,
        "signing_place": commitment.signing_place,
    }


def mark_printed(session: Session, year_uuid: UUID) -> None:
    with write(session):
        commitment = _find(session, years.load(session, year_uuid))
        if commitment is not None and commitment.printed_at is None:
            commitment.printed_at = utcnow()


@dataclass(frozen=True)
class SignatureFields:
    unit_uuid: UUID
    signer_name: str
    signer_title: str = ""
    signed_on: dt.date | None = None
    sealed: bool = False
    scan: Path | None = None  # the scanned signed copy


def sign(session: Session, year_uuid: UUID, fields: SignatureFields) -> CommitmentInfo:
    """Record (or correct) one member's signature, with its scanned copy if given."""
    signer = checks.name(fields.signer_name, _("Signer's name"), max_len=200)
    scan = None
    if fields.scan is not None:
        name, data = attachments.read_file(fields.scan)
        scan = attachments.make(name, data)
    with write(session):
        cluster_year = years.load(session, year_uuid)
        commitment = _find(session, cluster_year)
        if commitment is None:
            raise ValidationError(
                _("Write the commitment before recording signatures."),
            )
        unit = _member(cluster_year, fields.unit_uuid)
        signature = next((s for s in commitment.signatures if s.unit is unit), None)
        old = None
        if signature is None:
            signature = Signature(unit=unit, signer_name=signer)
            commitment.signatures.append(signature)
        else:
            old = {"signer": signature.signer_name, "signed_on": signature.signed_on}
        signature.signer_name = signer
        signature.signer_title = clean(fields.signer_title)
        signature.signed_on = fields.signed_on
        signature.sealed = fields.sealed
        if scan is not None:
            session.add(scan)
            signature.attachment = scan
        session.flush()
        audit.record(
            session,
            action="signature",
            entity="commitment",
            entity_uuid=commitment.uuid,
            summary=units.ref(signature.unit, cluster_year.year).name,
            old=old,
            new={
                "signer": signer,
                "signed_on": fields.signed_on,
                "sealed": fields.sealed,
                "scan_sha256": scan.sha256 if scan is not None else None,
            },
            source=scan.file_name if scan is not None else audit.TYPED,
            source_sha256=scan.sha256 if scan is not None else "",
        )
        return _info(commitment)


def remove_signature(session: Session, year_uuid: UUID, unit_uuid: UUID) -> CommitmentInfo:
    with write(session):
        cluster_year = years.load(session, year_uuid)
        commitment = _find(session, cluster_year)
        if commitment is None:
            raise NotFoundError(_("The commitment no longer exists; reload the page."))
        kept = [s for s in commitment.signatures if s.unit.uuid != unit_uuid]
        if len(kept) != len(commitment.signatures):
            commitment.signatures = kept
            audit.record(
                session,
                action="signature_removed",
                entity="commitment",
                entity_uuid=commitment.uuid,
                summary=str(unit_uuid),
            )
        return _info(commitment)


def signing_register(session: Session, year_uuid: UUID, path: Path) -> Path:
    """The signing register as a workbook: one row per member, signed or not."""
    from emudesk.exchange.signing import SigningRegister, SigningRow, write_signing_register

    info = get_commitment(session, year_uuid)
    if info is None:
        raise NotFoundError(_("This year has no commitment yet."))
    signed = {s.unit.uuid: s for s in info.signatures}
    rows = []
    for member in info.members:
        signature = signed.get(member.uuid)
        if signature is None:
            rows.append(SigningRow(member.name))
            continue
        rows.append(
            SigningRow(
                member.name,
                signature.signer_name,
                signature.signer_title,
                signature.signed_on,
                signature.sealed,
                signature.scan_name,
            )
        )
    register = SigningRegister(info.title, info.cluster_name, info.issuer_name, info.year, rows)
    write_signing_register(register, path)
    return path


def missing_units(session: Session, year_uuid: UUID) -> Sequence[UnitRef]:
    info = get_commitment(session, year_uuid)
    return info.missing if info is not None else ()
