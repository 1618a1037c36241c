"""Award proposals: a nominee, an award (title and form kept apart), status and decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling
from emudesk.model.org import ClusterYear, Person, Unit


class Proposal(Travelling, Base):
    """A nominee proposed for an award in a cluster-year.

    The nominee is a member unit, a collective inside a unit (``collective_name``), or a
    person. ``title`` (danh hiệu, e.g. Cờ thi đua) and ``form`` (hình thức, e.g. Bằng khen) are
    separate codes, as in the national personnel database; a proposal has one or both.
    """

    __tablename__ = "proposal"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    nominee_kind: Mapped[str] = mapped_column(String(12))  # unit / collective / person
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    collective_name: Mapped[str] = mapped_column(String(300), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(40), default="")
    form: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    rank: Mapped[int | None]
    total: Mapped[int | None]  # hundredths, as ranked when proposed
    status: Mapped[str] = mapped_column(String(12), default="draft")
    decision_number: Mapped[str] = mapped_column(String(80), default="")
    decision_date: Mapped[dt.date | None]
    decision_is_example: Mapped[bool] = mapped_column(default=False)
    # Why it was approved while the year's scores were still open to change (empty when they
    # were locked): the issuer's deadline can come before the head locks the scores.
    unlocked_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0)

    cluster_year: Mapped[ClusterYear] = relationship()
    unit: Mapped[Unit] = relationship()
    person: Mapped[Person | None] = relationship()
