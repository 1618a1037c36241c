"""Issuers: the ministries, committees and provinces that form clusters and grant awards."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, InUseError, NotFoundError
from emudesk.i18n import _
from emudesk.model import Cluster, Issuer, IssuerKind, PastAward
from emudesk.services import audit, checks
from emudesk.services.common import check_version
from emudesk.services.tx import write
from emudesk.text import sort_key


@dataclass(frozen=True)
class IssuerFields:
    """What the user edits about an issuer."""

    name: str
    short_name: str = ""
    kind: IssuerKind = IssuerKind.MINISTRY
    signer_title: str = ""


@dataclass(frozen=True)
class IssuerInfo:
    uuid: UUID
    name: str
    short_name: str
    kind: IssuerKind
    signer_title: str
    cluster_count: int
    version: int


def _info(session: Session, issuer: Issuer) -> IssuerInfo:
    count = session.scalar(select(func.count()).where(Cluster.issuer_id == issuer.id)) or 0
    return IssuerInfo(
        uuid=issuer.uuid,
        name=issuer.name,
        short_name=issuer.short_name,
        kind=issuer.kind,
        signer_title=issuer.signer_title,
        cluster_count=count,
        version=issuer.version,
    )


def _clean(fields: IssuerFields) -> IssuerFields:
    return IssuerFields(
        name=checks.name(fields.name, _("Issuer name")),
        short_name=checks.name(fields.short_name, _("Short name"), required=False, max_len=40),
        kind=IssuerKind(fields.kind),
        signer_title=checks.name(fields.signer_title, _("Signer's title"), required=False),
    )


def load(session: Session, issuer_uuid: UUID) -> Issuer:
    """The issuer with this UUID, or a NotFoundError."""
    issuer = session.scalar(select(Issuer).where(Issuer.uuid == issuer_uuid))
    if issuer is None:
        raise NotFoundError(_("The issuer no longer exists; reload the list."))
    return issuer


def _refuse_duplicate(session: Session, name: str, own_id: int | None = None) -> None:
    for other in session.scalars(select(Issuer)):
        if other.id != own_id and other.name.casefold() == name.casefold():
            raise ConflictError(
                _("An issuer named \u201c{name}\u201d exists already.", name=other.name)
            )


def list_issuers(session: Session) -> list[IssuerInfo]:
    """All issuers in Vietnamese alphabetical order."""
    issuers = session.scalars(select(Issuer)).all()
    return sorted((_info(session, i) for i in issuers), key=lambda i: sort_key(i.name))


def create_issuer(session: Session, fields: IssuerFields) -> IssuerInfo:
    """Add an issuer."""
    fields = _clean(fields)
    with write(session):
        _refuse_duplicate(session, fields.name)
        issuer = Issuer(**asdict(fields))
        session.add(issuer)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=fields.name,
            new=asdict(fields),
        )
        return _info(session, issuer)


def update_issuer(
    session: Session,
    issuer_uuid: UUID,
    fields: IssuerFields,
    expected_version: int | None = None,
) -> IssuerInfo:
    """Change an issuer's names, kind and signer title."""
    fields = _clean(fields)
    with write(session):
        issuer = load(session, issuer_uuid)
        check_version(issuer, expected_version, issuer.name)
        _refuse_duplicate(session, fields.name, issuer.id)
        old = IssuerFields(issuer.name, issuer.short_name, issuer.kind, issuer.signer_title)
        for key, value in asdict(fields).items():
            setattr(issuer, key, value)
        session.flush()
        if old == fields:
            return _info(session, issuer)
        audit.record(
            session,
            action="update",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=fields.name,
            old=asdict(old),
            new=asdict(fields),
        )
        return _info(session, issuer)


def remove_issuer(session: Session, issuer_uuid: UUID) -> None:
    """Delete an issuer that no cluster belongs to."""
    with write(session):
        issuer = load(session, issuer_uuid)
        if session.scalar(select(PastAward.id).where(PastAward.issuer_id == issuer.id).limit(1)):
            raise InUseError(
                _(
                    "\u201c{name}\u201d has past awards in the award history and cannot be "
                    "removed.",
                    name=issuer.name,
                )
            )
        if issuer.clusters:
            raise InUseError(
                _(
                    "\u201c{name}\u201d still has {count} cluster(s); move or remove them first.",
                    name=issuer.name,
                    count=len(issuer.clusters),
                )
            )
        audit.record(
            session,
            action="remove",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=issuer.name,
            old={"name": issuer.name, "short_name": issuer.short_name},
        )
        session.delete(issuer)
