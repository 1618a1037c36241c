"""The issuer's office: received submissions, its register's numbering, its decisions, quotas.

A submission package from a cluster head lands as ordinary rows (issuer, cluster, units,
cluster-year, proposals…) keyed by their UUIDs; ``Submission`` remembers which package
brought them. The issuer's register numbers are formatted per ``RegisterSeries``; a
``Decision`` lists each proposal decided with ``DecisionItem`` (approved or not, the reason,
the register number it gave).
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.awards import Award, Proposal
from emudesk.model.base import Base, Travelling
from emudesk.model.org import ClusterYear, Issuer, Unit


class Submission(Travelling, Base):
    """The submission package a cluster-year's proposals came in (the latest one received)."""

    __tablename__ = "submission"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), unique=True
    )
    package_uuid: Mapped[UUID]
    created_at: Mapped[dt.datetime]  # when the head's office wrote it
    received_at: Mapped[dt.datetime]
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    signer: Mapped[str] = mapped_column(String(300), default="")  # "" when not signed
    revision: Mapped[int] = mapped_column(default=1)  # 2 after one correction…
    # The cluster-year's whole ranking table as sent (JSON, services.issuing.submitted_ranking);
    # "" when the package had none (format 1).
    ranking: Mapped[str] = mapped_column(Text, default="", server_default="")

    cluster_year: Mapped[ClusterYear] = relationship()


class RegisterSeries(Travelling, Base):
    """How the issuer numbers one award's register (``award_id`` None: every other award).

    ``pattern`` holds ``{n}`` where the running number goes ("{n}/BK-BDTTG"); numbering
    continues after ``last_paper_number``, the last number written in the paper register
    before emudesk, and ``last_number``, the last one emudesk gave.
    """

    __tablename__ = "register_series"
    __table_args__ = (UniqueConstraint("issuer_id", "award_id", name="uq_register_series_award"),)

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="CASCADE"), index=True)
    award_id: Mapped[int | None] = mapped_column(ForeignKey("award.id", ondelete="CASCADE"))
    pattern: Mapped[str] = mapped_column(String(80), default="{n}")
    last_paper_number: Mapped[int] = mapped_column(default=0)
    last_number: Mapped[int] = mapped_column(default=0)

    issuer: Mapped[Issuer] = relationship()
    award: Mapped[Award | None] = relationship()


class Decision(Travelling, Base):
    """The issuer's decision (Quyết định) on a year's proposals: number, date, signer."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("issuer_id", "number", name="uq_decision_number"),)

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    year: Mapped[int]
    number: Mapped[str] = mapped_column(String(80))
    signed_on: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signing_mode: Mapped[str] = mapped_column(String(6), default="")  # "", "KT.", "TM."…
    signing_for: Mapped[str] = mapped_column(String(200), default="")

    issuer: Mapped[Issuer] = relationship()
    items: Mapped[list[DecisionItem]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="DecisionItem.position"
    )


class DecisionItem(Travelling, Base):
    """One proposal as the decision settled it."""

    __tablename__ = "decision_item"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="RESTRICT"), unique=True
    )
    approved: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text, default="")  # why not (or a note)
    register_number: Mapped[str] = mapped_column(String(80), default="")
    position: Mapped[int] = mapped_column(default=0)

    decision: Mapped[Decision] = relationship(back_populates="items")
    proposal: Mapped[Proposal] = relationship()


class QuotaRule(Travelling, Base):
    """A cap the issuer puts on an award across its clusters, as data.

    ``kind`` "per_cluster": at most ``limit`` nominees of one cluster; "share_of_clusters":
    at most ``limit`` percent of the clusters (rounded down) may have one.
    """

    __tablename__ = "quota_rule"

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="CASCADE"), index=True)
    award_id: Mapped[int] = mapped_column(ForeignKey("award.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    limit: Mapped[str] = mapped_column(String(12))

    issuer: Mapped[Issuer] = relationship()
    award: Mapped[Award] = relationship()


class CouncilMeeting(Travelling, Base):
    """A meeting of the issuer's emulation council (Hội đồng Thi đua – Khen thưởng) on a year.

    ``members`` lists the members, one per line ("Họ tên — chức vụ"); ``members_total`` is
    the council's size, which each vote's threshold is a share of.
    """

    __tablename__ = "council_meeting"

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    year: Mapped[int]
    held_on: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    members: Mapped[str] = mapped_column(Text, default="")
    members_total: Mapped[int] = mapped_column(default=0)

    issuer: Mapped[Issuer] = relationship()
    votes: Mapped[list[CouncilVote]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="CouncilVote.id"
    )


class CouncilVote(Travelling, Base):
    """The council's vote on one proposal."""

    __tablename__ = "council_vote"
    __table_args__ = (UniqueConstraint("meeting_id", "proposal_id", name="uq_council_vote"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("council_meeting.id", ondelete="CASCADE"), index=True
    )
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"))
    votes_for: Mapped[int] = mapped_column(default=0)
    votes_against: Mapped[int] = mapped_column(default=0)
    abstentions: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[CouncilMeeting] = relationship(back_populates="votes")
    proposal: Mapped[Proposal] = relationship()


class PastAward(Travelling, Base):
    """An award decided before emudesk, typed from the paper decision into a template.

    The recipient is a unit (``nominee_kind`` "unit", ``nominee_name`` empty), a collective
    inside a unit, or a person of a unit (``position`` their post). ``recipient_key`` (the
    kind, the unit's UUID and the folded name) with the decision's number and date and the
    award identify the row, so importing the same workbook twice adds nothing.
    """

    __tablename__ = "past_award"
    __table_args__ = (
        UniqueConstraint(
            "issuer_id",
            "decision_number",
            "decision_date",
            "award_id",
            "recipient_key",
            name="uq_past_award_identity",
        ),
    )

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int]
    decision_number: Mapped[str] = mapped_column(String(80))
    decision_date: Mapped[dt.date]
    signer: Mapped[str] = mapped_column(String(200), default="")
    award_id: Mapped[int] = mapped_column(ForeignKey("award.id", ondelete="RESTRICT"))
    nominee_kind: Mapped[str] = mapped_column(String(12))  # unit / collective / person
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    nominee_name: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    register_number: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recipient_key: Mapped[str] = mapped_column(String(400))
    source_file: Mapped[str] = mapped_column(String(260), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")

    issuer: Mapped[Issuer] = relationship()
    award: Mapped[Award] = relationship()
    unit: Mapped[Unit] = relationship()
