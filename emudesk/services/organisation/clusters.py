"""Emulation clusters and blocks."""

from __future__ import annotations

from dataclasses import asdict
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, InUseError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.kinds import ClusterKind
from emudesk.model import Cluster
from emudesk.records.organisation import ClusterFields, ClusterInfo
from emudesk.services import audit, checks
from emudesk.services.common import check_version
from emudesk.services.organisation import issuers
from emudesk.services.tx import write
from emudesk.text import clean_multiline, matches, sort_key


def info(cluster: Cluster) -> ClusterInfo:
    return ClusterInfo(
        uuid=cluster.uuid,
        code=cluster.code,
        name=cluster.name,
        number=cluster.number,
        kind=cluster.kind,
        issuer_uuid=cluster.issuer.uuid,
        issuer_name=cluster.issuer.name,
        founding_decision_number=cluster.founding_decision_number,
        founding_decision_date=cluster.founding_decision_date,
        notes=cluster.notes,
        years=tuple(y.year for y in cluster.years),
        version=cluster.version,
    )


def load(session: Session, key: UUID | str) -> Cluster:
    """A cluster by UUID or by code (case-insensitive), or a NotFoundError."""
    if isinstance(key, UUID):
        cluster = session.scalar(select(Cluster).where(Cluster.uuid == key))
    else:
        cluster = session.scalar(select(Cluster).where(Cluster.code == key.strip().upper()))
    if cluster is None:
        raise NotFoundError(_("No cluster with code \u201c{code}\u201d.", code=key))
    return cluster


def _clean(fields: ClusterFields) -> ClusterFields:
    number = fields.number
    if number is not None and not 0 < number < 10000:
        raise ValidationError(_("The cluster number must be a positive whole number."))
    return ClusterFields(
        code=checks.code(fields.code, _("Cluster code")),
        name=checks.name(fields.name, _("Cluster name")),
        issuer_uuid=fields.issuer_uuid,
        number=number,
        kind=ClusterKind(fields.kind),
        founding_decision_number=checks.name(
            fields.founding_decision_number, _("Decision number"), required=False, max_len=80
        ),
        founding_decision_date=fields.founding_decision_date,
        notes=clean_multiline(fields.notes),
    )


def _refuse_duplicate(session: Session, code: str, own_id: int | None = None) -> None:
    other = session.scalar(select(Cluster).where(Cluster.code == code))
    if other is not None and other.id != own_id:
        raise ConflictError(
            _(
                "The cluster code {code} is already used by \u201c{name}\u201d.",
                code=code,
                name=other.name,
            ),
            field="code",
        )


def list_clusters(session: Session, query: str = "") -> list[ClusterInfo]:
    """Clusters matching ``query`` (code, name, issuer), ordered by issuer then code."""
    result = [
        info(c)
        for c in session.scalars(select(Cluster))
        if not query or matches(query, c.code, c.name, c.issuer.name, c.issuer.short_name)
    ]
    return sorted(result, key=lambda c: (sort_key(c.issuer_name), c.number or 0, c.code))


def get_cluster(session: Session, key: UUID | str) -> ClusterInfo:
    return info(load(session, key))


def _fields_dict(fields: ClusterFields) -> dict[str, object]:
    return asdict(fields)


def create_cluster(session: Session, fields: ClusterFields) -> ClusterInfo:
    """Add a cluster under an issuer."""
    fields = _clean(fields)
    with write(session):
        _refuse_duplicate(session, fields.code)
        issuer = issuers.load(session, fields.issuer_uuid)
        values = _fields_dict(fields)
        values.pop("issuer_uuid")
        cluster = Cluster(issuer=issuer, **values)
        session.add(cluster)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="cluster",
            entity_uuid=cluster.uuid,
            summary=f"{fields.code} {fields.name}",
            new=asdict(fields),
        )
        return info(cluster)


def update_cluster(
    session: Session,
    cluster_uuid: UUID,
    fields: ClusterFields,
    expected_version: int | None = None,
) -> ClusterInfo:
    """Change a cluster's code, name, issuer, number, kind, founding decision and notes."""
    fields = _clean(fields)
    with write(session):
        cluster = load(session, cluster_uuid)
        check_version(cluster, expected_version, cluster.name)
        _refuse_duplicate(session, fields.code, cluster.id)
        old = info(cluster).fields
        cluster.issuer = issuers.load(session, fields.issuer_uuid)
        values = _fields_dict(fields)
        values.pop("issuer_uuid")
        for key, value in values.items():
            setattr(cluster, key, value)
        session.flush()
        if old == fields:
            return info(cluster)
        audit.record(
            session,
            action="update",
            entity="cluster",
            entity_uuid=cluster.uuid,
            summary=f"{fields.code} {fields.name}",
            old=asdict(old),
            new=asdict(fields),
        )
        return info(cluster)


def remove_cluster(session: Session, cluster_uuid: UUID) -> None:
    """Delete a cluster that has no years recorded."""
    with write(session):
        cluster = load(session, cluster_uuid)
        if cluster.years:
            raise InUseError(
                _(
                    "The cluster {code} has {count} year(s) recorded and cannot be removed.",
                    code=cluster.code,
                    count=len(cluster.years),
                )
            )
        audit.record(
            session,
            action="remove",
            entity="cluster",
            entity_uuid=cluster.uuid,
            summary=f"{cluster.code} {cluster.name}",
            old={"code": cluster.code, "name": cluster.name},
        )
        session.delete(cluster)
