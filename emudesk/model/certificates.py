"""Certificates: edited template copies, the award register (sổ) and its printing log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.awards import Proposal
from emudesk.model.base import Base, Travelling
from emudesk.model.org import Issuer


class CertificateTemplate(Travelling, Base):
    """An office's copy of a template (page size, fields in mm), edited in the template editor.

    ``key`` names the built-in template it replaces, or a new one; ``definition`` is the JSON
    document of ``printing.templates``.
    """

    __tablename__ = "certificate_template"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]]


class CertificateEntry(Travelling, Base):
    """One line of an issuer's award register: a number given once, to one approved award.

    Numbers run consecutively per issuer and are taken in the transaction that records the
    first printing, so a failed or cancelled print consumes none; a reprint keeps its number.
    """

    __tablename__ = "certificate_entry"
    __table_args__ = (UniqueConstraint("issuer_id", "number", name="uq_certificate_entry_number"),)

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    number: Mapped[int]  # this office's line in its printing log
    # The number printed on the certificate: the issuer's register number.
    register_number: Mapped[str] = mapped_column(String(80), default="", server_default="")
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="RESTRICT"), unique=True
    )
    year: Mapped[int]
    recipient: Mapped[str] = mapped_column(String(300))
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    award: Mapped[str] = mapped_column(String(200))
    decision_number: Mapped[str] = mapped_column(String(80), default="")
    decision_date: Mapped[dt.date | None]
    checksum: Mapped[str] = mapped_column(String(16))
    print_count: Mapped[int] = mapped_column(default=0)
    # A copy of another office's register line, received in its handover file (that file's
    # name and SHA-256): this office cannot vouch for it. Empty for lines numbered here.
    imported_from: Mapped[str] = mapped_column(String(500), default="", server_default="")
    imported_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")

    issuer: Mapped[Issuer] = relationship()
    proposal: Mapped[Proposal] = relationship()
    prints: Mapped[list[CertificatePrint]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="CertificatePrint.id"
    )


class CertificatePrint(Travelling, Base):
    """Each time a certificate was printed (the first time, and every reprint)."""

    __tablename__ = "certificate_print"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("certificate_entry.id", ondelete="CASCADE"), index=True
    )
    printed_at: Mapped[dt.datetime]
    reprint: Mapped[bool] = mapped_column(default=False)
    mode: Mapped[str] = mapped_column(String(12))  # "full" or "overlay"
    template_key: Mapped[str] = mapped_column(String(60))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    # Why it was printed while the year's scores were still open to change (else empty).
    unlocked_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    entry: Mapped[CertificateEntry] = relationship(back_populates="prints")
