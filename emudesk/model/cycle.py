"""The year's cycle: the signed commitment, meetings with their votes, dossier papers.

Attachments (a scanned signed commitment, a dossier paper) are stored in the database with
their SHA-256, so that a handover file carries them and a copy can be checked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from emudesk.model.awards import Proposal
from emudesk.model.base import Base, Travelling
from emudesk.model.org import ClusterYear, Unit


class Attachment(Travelling, Base):
    """A file kept in the database: a PDF, JPEG or PNG, checked when it was attached."""

    __tablename__ = "attachment"

    file_name: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))  # loaded only when opened


class Commitment(Travelling, Base):
    """The year's emulation commitment (giao ước thi đua) of a cluster."""

    __tablename__ = "commitment"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(300))
    preamble: Mapped[str] = mapped_column(Text, default="")
    signing_date: Mapped[dt.date | None]
    signing_place: Mapped[str] = mapped_column(String(200), default="")
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    printed_at: Mapped[dt.datetime | None]

    cluster_year: Mapped[ClusterYear] = relationship()
    host_unit: Mapped[Unit | None] = relationship()
    items: Mapped[list[CommitmentItem]] = relationship(
        back_populates="commitment",
        cascade="all, delete-orphan",
        order_by="CommitmentItem.position",
    )
    signatures: Mapped[list[Signature]] = relationship(
        back_populates="commitment", cascade="all, delete-orphan"
    )


class CommitmentItem(Travelling, Base):
    __tablename__ = "commitment_item"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    content: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(40), default="")  # "100", "≥ 95" …
    unit_of_measure: Mapped[str] = mapped_column(String(40), default="")

    commitment: Mapped[Commitment] = relationship(back_populates="items")


class Signature(Travelling, Base):
    """One member unit's signature of the commitment, with its scanned copy if attached."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("commitment_id", "unit_id", name="uq_signature_unit"),)

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[dt.date | None]
    sealed: Mapped[bool] = mapped_column(default=False)
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )

    commitment: Mapped[Commitment] = relationship(back_populates="signatures")
    unit: Mapped[Unit] = relationship()
    attachment: Mapped[Attachment | None] = relationship()


class Meeting(Travelling, Base):
    """A meeting of the cluster: the launch, a mid-year review, the year-end conference."""

    __tablename__ = "meeting"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # launch / mid_year / year_end
    held_on: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(200), default="")
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    agenda: Mapped[str] = mapped_column(Text, default="")
    resolutions: Mapped[str] = mapped_column(Text, default="")
    chair: Mapped[str] = mapped_column(String(200), default="")  # "Ông …, Trưởng Ban …"
    secretary: Mapped[str] = mapped_column(String(200), default="")

    cluster_year: Mapped[ClusterYear] = relationship()
    host_unit: Mapped[Unit | None] = relationship()
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    votes: Mapped[list[Vote]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Vote.id"
    )


class Attendance(Travelling, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "unit_id", name="uq_attendance_unit"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    persons: Mapped[str] = mapped_column(Text, default="")  # who came, as the minutes list them

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    unit: Mapped[Unit] = relationship()


class Vote(Travelling, Base):
    """A vote at a meeting: on a proposal, or electing next year's head or deputy."""

    __tablename__ = "vote"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(20))  # proposal / head / deputy
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"))
    candidate_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT")
    )
    method: Mapped[str] = mapped_column(String(12))  # hands / secret
    votes_for: Mapped[int] = mapped_column(default=0)
    votes_against: Mapped[int] = mapped_column(default=0)
    abstentions: Mapped[int] = mapped_column(default=0)
    unanimous: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="votes")
    proposal: Mapped[Proposal | None] = relationship()
    candidate: Mapped[Unit | None] = relationship()


class YearPlan(Travelling, Base):
    """Dates of a cluster-year that are not part of its leadership: the dossier deadline."""

    __tablename__ = "year_plan"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), unique=True
    )
    dossier_deadline: Mapped[dt.date | None]


class DossierPaper(Travelling, Base):
    """A paper of a proposal's dossier (tờ trình, biên bản, báo cáo thành tích)."""

    __tablename__ = "dossier_paper"
    __table_args__ = (UniqueConstraint("proposal_id", "kind", name="uq_dossier_paper_kind"),)

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    ready: Mapped[bool] = mapped_column(default=False)
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )

    proposal: Mapped[Proposal] = relationship()
    attachment: Mapped[Attachment | None] = relationship()
