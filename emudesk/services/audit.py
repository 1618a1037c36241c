"""Write and read the audit trail."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.model import AuditEntry
from emudesk.services.tx import actor_of

TYPED = "typed"


def jsonable(value: Any) -> Any:
    """Make a value storable in the audit's JSON columns (dates, UUIDs, enums, decimals)."""
    if value is None or type(value) in (str, int, float, bool):  # the bulk of an import's cells
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, UUID | dt.date | dt.datetime | Decimal):
        return str(value)
    return value


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_uuid: UUID | None,
    summary: str,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    source: str = TYPED,
    source_sha256: str = "",
    json_ready: bool = False,
) -> None:
    """Add one audit entry to the current transaction.

    ``json_ready``: ``old`` and ``new`` hold only text keys and JSON's own values (str, int,
    float, bool, None, lists, dicts) and are stored as they are, without ``jsonable``'s walk
    through every value (an import's entry lists thousands of cells).
    """
    convert = (lambda value: value) if json_ready else jsonable
    session.add(
        AuditEntry(
            actor=actor_of(session),
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            summary=summary,
            old_value=convert(old) if old is not None else None,
            new_value=convert(new) if new is not None else None,
            source=source,
            source_sha256=source_sha256,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as the audit view shows it."""

    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_uuid: UUID | None
    summary: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    source: str
    source_sha256: str
    # Recorded by another office: the handover file it came in (and its SHA-256), or "".
    imported_from: str = ""
    imported_sha256: str = ""


def list_entries(
    session: Session, *, entity_uuid: UUID | None = None, limit: int = 500
) -> list[AuditRow]:
    """The newest entries first, optionally only those about one entity."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity_uuid is not None:
        query = query.where(AuditEntry.entity_uuid == entity_uuid)
    return [
        AuditRow(
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_uuid=e.entity_uuid,
            summary=e.summary,
            old=e.old_value,
            new=e.new_value,
            source=e.source,
            source_sha256=e.source_sha256,
            imported_from=e.imported_from,
            imported_sha256=e.imported_sha256,
        )
        for e in session.scalars(query)
    ]
