"""The mail room: which forms and reminders went to which unit, and which returns came back.

Both belong to a cluster-year (and travel with its handover): the Returns board is read
from them. They hold what a person would note in a register of letters — when, to or from
which address, which file and its SHA-256, and what became of it — never the files.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling, utcnow
from emudesk.model.org import ClusterYear, Unit

ADDRESS = 320
SUBJECT = 300
FILE_NAME = 260


class FormDispatch(Travelling, Base):
    """A scoring form (``kind`` form) or a reminder sent to a member unit."""

    __tablename__ = "form_dispatch"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # form / reminder
    channel: Mapped[str] = mapped_column(String(20))  # draft (an .eml to send) / smtp (sent)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    address: Mapped[str] = mapped_column(String(ADDRESS), default="")
    file_name: Mapped[str] = mapped_column(String(FILE_NAME), default="")
    deadline: Mapped[dt.date | None]
    message_id: Mapped[str] = mapped_column(String(SUBJECT), default="")

    cluster_year: Mapped[ClusterYear] = relationship()
    unit: Mapped[Unit] = relationship()


class ReturnReceipt(Travelling, Base):
    """A return received from a member unit, and what the import made of it."""

    __tablename__ = "return_receipt"

    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    received_at: Mapped[dt.datetime | None]  # the e-mail's date; None for a plain file
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sender: Mapped[str] = mapped_column(String(ADDRESS), default="")
    subject: Mapped[str] = mapped_column(String(SUBJECT), default="")
    file_name: Mapped[str] = mapped_column(String(FILE_NAME), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(20))  # imported / no_changes / refused
    reason: Mapped[str] = mapped_column(Text, default="")

    cluster_year: Mapped[ClusterYear] = relationship()
    unit: Mapped[Unit] = relationship()
