"""SQLAlchemy entities, nothing else."""

from emudesk.model.audit import AuditEntry
from emudesk.model.base import Base
from emudesk.model.org import (
    Cluster,
    ClusterKind,
    ClusterYear,
    Issuer,
    IssuerKind,
    Membership,
    Person,
    SelectionMethod,
    Unit,
    UnitName,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Cluster",
    "ClusterKind",
    "ClusterYear",
    "Issuer",
    "IssuerKind",
    "Membership",
    "Person",
    "SelectionMethod",
    "Unit",
    "UnitName",
]
