"""The audit trail: who changed what, when, from which value to which, and from where."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emudesk.model.base import Base, utcnow


class AuditEntry(Base):
    """One recorded change. ``source`` is "typed" or the imported file's name; never edited."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[UUID] = mapped_column(unique=True, default=uuid4)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_uuid: Mapped[UUID | None] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    old_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(500), default="typed")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    # Recorded by another office and received in its handover file (that file's name and
    # SHA-256); empty for this office's own entries.
    imported_from: Mapped[str] = mapped_column(String(500), default="", server_default="")
    imported_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
