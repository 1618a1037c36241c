"""The issuers' award catalogues, and award proposals: a nominee, an award, status, decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling
from emudesk.model.org import ClusterYear, Issuer, Person, Unit


class Award(Travelling, Base):
    """One award of an issuer's catalogue, valid between two dates, as its papers name it.

    ``kind`` keeps titles (danh hiệu, e.g. Cờ thi đua) and forms (hình thức, e.g. Bằng khen)
    apart, as the national personnel database does; ``name`` is printed as it stands ("Cờ thi
    đua của Ủy ban Dân tộc"). ``artefact`` says what the award is made into: a satin flag, a
    certificate on ``template_key`` (printed on plain paper or onto pre-printed blanks), or
    nothing. The signature is ``signing_mode`` ("KT.", "TM."…) ``signing_for`` over
    ``signer_title``. Money is a multiple of the base salary in hundredths (150 = 1.5×); the
    quota per cluster is a count or a share of the members with its rounding; the vote
    threshold is a text such as "≥ 2/3" (``rules.VoteThreshold``). ``ranking_role`` names
    the ranking's suggestion this award answers ("flag" for the leading units,
    "merit_certificate" for the next ones, "" for none).
    """

    __tablename__ = "award"

    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))  # title / form
    recipient: Mapped[str] = mapped_column(String(12))  # collective / individual
    name: Mapped[str] = mapped_column(String(300))
    artefact: Mapped[str] = mapped_column(String(12))  # flag / certificate / none
    template_key: Mapped[str] = mapped_column(String(60), default="")
    paper: Mapped[str] = mapped_column(String(12), default="plain")  # plain / blank
    grantor: Mapped[str] = mapped_column(String(300), default="")
    signing_mode: Mapped[str] = mapped_column(String(6), default="")
    signing_for: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    money_hundredths: Mapped[int | None]
    quota_count: Mapped[int | None]
    quota_percent: Mapped[str] = mapped_column(String(12), default="")
    quota_rounding: Mapped[str] = mapped_column(String(10), default="down")
    vote_threshold: Mapped[str] = mapped_column(String(20), default="")
    ranking_role: Mapped[str] = mapped_column(String(20), default="")
    valid_from: Mapped[dt.date | None]
    valid_until: Mapped[dt.date | None]
    position: Mapped[int] = mapped_column(default=0)

    issuer: Mapped[Issuer] = relationship()


class Proposal(Travelling, Base):
    """A nominee proposed for one award of the issuer's catalogue in a cluster-year.

    The nominee is a member unit, a collective inside a unit (``collective_name``), or a
    person. ``reason`` is the achievement sentence the certificate and the papers print.
    """

    __tablename__ = "proposal"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    nominee_kind: Mapped[str] = mapped_column(String(12))  # unit / collective / person
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    collective_name: Mapped[str] = mapped_column(String(300), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    award_id: Mapped[int] = mapped_column(ForeignKey("award.id", ondelete="RESTRICT"))
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
    # The issuer's register number (given by its decision) and, when not approved, why.
    register_number: Mapped[str] = mapped_column(String(80), default="", server_default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0)

    cluster_year: Mapped[ClusterYear] = relationship()
    unit: Mapped[Unit] = relationship()
    person: Mapped[Person | None] = relationship()
    award: Mapped[Award] = relationship()
