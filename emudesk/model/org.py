"""Issuers and units (names valid from dates), clusters, cluster-years, memberships, persons."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.kinds import ClusterKind, IssuerKind, SelectionMethod
from emudesk.model.base import Base, Travelling

__all__ = [
    "Cluster",
    "ClusterKind",
    "ClusterYear",
    "Issuer",
    "IssuerKind",
    "IssuerName",
    "Membership",
    "Person",
    "SelectionMethod",
    "Unit",
    "UnitName",
]

NAME = 300
CODE = 40


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by value as a short string, portable to both databases."""
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Issuer(Travelling, Base):
    """The body that forms clusters and grants awards (a ministry, a committee, a province)."""

    __tablename__ = "issuer"

    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    short_name: Mapped[str] = mapped_column(String(CODE), default="")
    kind: Mapped[IssuerKind] = mapped_column(_enum(IssuerKind), default=IssuerKind.MINISTRY)
    # The head of the issuer as printed on certificates, e.g. "BỘ TRƯỞNG BỘ VĂN HÓA, …".
    signer_title: Mapped[str] = mapped_column(String(NAME), default="")

    clusters: Mapped[list[Cluster]] = relationship(back_populates="issuer")
    # The columns above mirror the latest entry; papers ask for the name valid on their date.
    names: Mapped[list[IssuerName]] = relationship(
        back_populates="issuer", order_by="IssuerName.valid_from", cascade="all, delete-orphan"
    )


class IssuerName(Base):
    """An issuer's name (and its head's printed title) valid from a date until the next entry."""

    __tablename__ = "issuer_name"
    __table_args__ = (UniqueConstraint("issuer_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[dt.date]
    name: Mapped[str] = mapped_column(String(NAME))
    short_name: Mapped[str] = mapped_column(String(CODE), default="")
    signer_title: Mapped[str] = mapped_column(String(NAME), default="")
    decision_number: Mapped[str] = mapped_column(String(CODE * 2), default="")
    decision_date: Mapped[dt.date | None]

    issuer: Mapped[Issuer] = relationship(back_populates="names")


class Cluster(Travelling, Base):
    """An emulation cluster or block under an issuer."""

    __tablename__ = "cluster"

    code: Mapped[str] = mapped_column(String(CODE), unique=True)
    number: Mapped[int | None]
    name: Mapped[str] = mapped_column(String(NAME))
    kind: Mapped[ClusterKind] = mapped_column(_enum(ClusterKind), default=ClusterKind.CLUSTER)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    founding_decision_number: Mapped[str] = mapped_column(String(CODE * 2), default="")
    founding_decision_date: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    issuer: Mapped[Issuer] = relationship(back_populates="clusters")
    years: Mapped[list[ClusterYear]] = relationship(
        back_populates="cluster", order_by="ClusterYear.year"
    )


class Unit(Travelling, Base):
    """A member agency; its names live in ``UnitName``, each valid from a date."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(String(CODE), unique=True)
    province: Mapped[str] = mapped_column(String(NAME), default="")
    contact_person: Mapped[str] = mapped_column(String(NAME), default="")
    email: Mapped[str] = mapped_column(String(NAME), default="")
    phone: Mapped[str] = mapped_column(String(CODE), default="")
    # A unit merged into another points to its successor; it exists until the day before
    # ``merged_on``.
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    merged_on: Mapped[dt.date | None]

    names: Mapped[list[UnitName]] = relationship(
        back_populates="unit", order_by="UnitName.valid_from", cascade="all, delete-orphan"
    )
    successor: Mapped[Unit | None] = relationship(remote_side="Unit.id")


class UnitName(Base):
    """A unit's official and short name valid from ``valid_from`` until the next entry."""

    __tablename__ = "unit_name"
    __table_args__ = (UniqueConstraint("unit_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[dt.date]
    official_name: Mapped[str] = mapped_column(String(NAME))
    short_name: Mapped[str] = mapped_column(String(NAME), default="")
    decision_number: Mapped[str] = mapped_column(String(CODE * 2), default="")
    decision_date: Mapped[dt.date | None]

    unit: Mapped[Unit] = relationship(back_populates="names")

    @property
    def from_year(self) -> int:
        """The year the name took effect (lists that show years only)."""
        return self.valid_from.year


class ClusterYear(Travelling, Base):
    """One year of a cluster: its members, head and deputy, and everything scored in it."""

    __tablename__ = "cluster_year"
    __table_args__ = (
        UniqueConstraint("cluster_id", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
        CheckConstraint(
            "head_unit_id IS NULL OR deputy_unit_id IS NULL OR head_unit_id <> deputy_unit_id",
            name="head_not_deputy",
        ),
    )

    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"))
    year: Mapped[int]
    head_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    deputy_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    selection_method: Mapped[SelectionMethod] = mapped_column(
        _enum(SelectionMethod), default=SelectionMethod.UNSET
    )
    recognition_decision_number: Mapped[str] = mapped_column(String(CODE * 2), default="")
    recognition_decision_date: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    cluster: Mapped[Cluster] = relationship(back_populates="years")
    head: Mapped[Unit | None] = relationship(foreign_keys=[head_unit_id])
    deputy: Mapped[Unit | None] = relationship(foreign_keys=[deputy_unit_id])
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="cluster_year", cascade="all, delete-orphan"
    )


class Membership(Base):
    """A unit's membership of a cluster in one year (as it stands now; who left is an event)."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("cluster_year_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    joined_on: Mapped[dt.date | None]  # None: from the start of the year

    cluster_year: Mapped[ClusterYear] = relationship(back_populates="memberships")
    unit: Mapped[Unit] = relationship()


class Person(Travelling, Base):
    """A person who can be proposed for an individual award."""

    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(NAME))
    honorific: Mapped[str] = mapped_column(String(10), default="")  # "Ông" / "Bà"
    title: Mapped[str] = mapped_column(String(NAME), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))

    unit: Mapped[Unit | None] = relationship()
