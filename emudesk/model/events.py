"""Organisation events on a date: renames, mergers, splits, joining or leaving a cluster."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling
from emudesk.model.org import CODE, NAME, Cluster, Issuer, Unit


class EventKind(enum.StrEnum):
    RENAME_ISSUER = "rename_issuer"
    RENAME = "rename"  # a unit
    MERGE = "merge"  # a unit into its successor
    SPLIT = "split"  # a unit into several
    JOIN = "join"  # a unit joins a cluster
    LEAVE = "leave"  # a unit leaves a cluster
    SUCCESSION = "succession"  # a vanished head or deputy replaced in a cluster-year


class OrgEvent(Travelling, Base):
    """What happened on ``effective_on`` and the decision that made it happen.

    The event is the record; its effects (a name, a merged unit's successor, a membership's
    dates, moved scores) are written with it in the same transaction. ``details`` keeps what
    a later reader needs and columns cannot hold (the parts of a split, what moved).
    """

    __tablename__ = "org_event"

    kind: Mapped[EventKind] = mapped_column(
        Enum(
            EventKind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        )
    )
    effective_on: Mapped[dt.date] = mapped_column(index=True)
    decision_number: Mapped[str] = mapped_column(String(CODE * 2), default="")
    decision_date: Mapped[dt.date | None]
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    other_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"))
    summary: Mapped[str] = mapped_column(String(NAME * 2), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")

    issuer: Mapped[Issuer | None] = relationship()
    unit: Mapped[Unit | None] = relationship(foreign_keys=[unit_id])
    other_unit: Mapped[Unit | None] = relationship(foreign_keys=[other_unit_id])
    cluster: Mapped[Cluster | None] = relationship()
