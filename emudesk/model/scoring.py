"""Scoring tables (versioned trees of criteria), scores, the regulation and explanations.

Kinds, roles and statuses are stored as short strings whose values are defined by
``emudesk.rules`` (the regulation as code); the services convert them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling, utcnow
from emudesk.model.org import ClusterYear, Unit


class ScoringTable(Travelling, Base):
    """One version of a cluster-year's scoring table.

    Once scores exist, editing makes a new version; old scores stay tied to the version (and
    so to the criteria) they were given against. The year uses its highest version.
    """

    __tablename__ = "scoring_table"
    __table_args__ = (UniqueConstraint("cluster_year_id", "revision"),)

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(300), default="")
    declared_total: Mapped[int]  # hundredths: 100 points = 10000
    is_example: Mapped[bool] = mapped_column(default=False)
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("scoring_table.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    cluster_year: Mapped[ClusterYear] = relationship()
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="table",
        cascade="all, delete-orphan",
        order_by="Criterion.position",
        foreign_keys="Criterion.table_id",
    )


class Criterion(Travelling, Base):
    """A row of a scoring table: a section or a leaf with its maximum (hundredths)."""

    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("table_id", "code"),)

    table_id: Mapped[int] = mapped_column(
        ForeignKey("scoring_table.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    max_points: Mapped[int] = mapped_column(default=0)
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)

    table: Mapped[ScoringTable] = relationship(back_populates="criteria", foreign_keys=[table_id])
    parent: Mapped[Criterion | None] = relationship(remote_side="Criterion.id")


class Score(Base):
    """One scorer's value for one assessed unit on one leaf criterion.

    ``value`` is the raw input as an integer: hundredths of a point (or of a quantity), or a
    count of occurrences — see ``emudesk.rules.CriterionKind``.
    """

    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("criterion_id", "scorer_unit_id", "assessed_unit_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[UUID] = mapped_column(unique=True, default=uuid4)
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="RESTRICT"), index=True
    )
    scorer_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    assessed_unit_id: Mapped[int] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(10))
    value: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    criterion: Mapped[Criterion] = relationship()
    scorer: Mapped[Unit] = relationship(foreign_keys=[scorer_unit_id])
    assessed: Mapped[Unit] = relationship(foreign_keys=[assessed_unit_id])


class Regulation(Base):
    """The regulation's settings for one cluster-year (``RegulationSettings.to_dict()``)."""

    __tablename__ = "regulation"

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), unique=True
    )
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)


class YearScoring(Base):
    """The scoring state of a cluster-year: locked or not, by whom, and the votes for ties."""

    __tablename__ = "year_scoring"

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), unique=True
    )
    locked: Mapped[bool] = mapped_column(default=False)
    locked_at: Mapped[dt.datetime | None]
    locked_by: Mapped[str] = mapped_column(String(200), default="")


class AwardExclusion(Base):
    """A unit that may not receive an award this year, and why (discipline, inspection…)."""

    __tablename__ = "award_exclusion"
    __table_args__ = (UniqueConstraint("cluster_year_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship()


class TieVote(Base):
    """Votes a unit received at the conference, used by the VOTES tie-break."""

    __tablename__ = "tie_vote"
    __table_args__ = (UniqueConstraint("cluster_year_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    votes: Mapped[int] = mapped_column(default=0)


class Explanation(Base):
    """A message in the explanation thread (giải trình) about one unit's score on one row."""

    __tablename__ = "explanation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[UUID] = mapped_column(unique=True, default=uuid4)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="RESTRICT"), index=True
    )
    assessed_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    author_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    resolves: Mapped[bool] = mapped_column(default=False)

    criterion: Mapped[Criterion] = relationship()
    author_unit: Mapped[Unit | None] = relationship(foreign_keys=[author_unit_id])
