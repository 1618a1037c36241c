"""Declarative base, shared column types and the naming convention for constraints."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import JSON, DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC (stored as such on both databases)."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    """Base of every entity; maps Python types to portable SQLite/PostgreSQL column types."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        UUID: Uuid(as_uuid=True),
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
    }


class Travelling:
    """Columns of an entity that moves between offices: a UUID and an edit counter.

    The integer key stays local; the UUID is the identity that merges across databases.
    ``version`` is SQLAlchemy's version counter: an update that finds another version than
    it read fails, which the services turn into "changed meanwhile by …".
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[UUID] = mapped_column(unique=True, default=uuid4)
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class-level directive
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
