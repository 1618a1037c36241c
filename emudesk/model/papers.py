"""Official papers: each cluster's document numbers and the wording of its papers.

Numbers follow Nghị định 30/2020/NĐ-CP: one series per office and calendar year, starting at
01; a number is given to one paper once and is never invented silently (the user takes it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emudesk.model.base import Base, Travelling
from emudesk.model.org import Cluster, ClusterYear


class DocumentNumber(Travelling, Base):
    """The date of a paper of a cluster-year, and the number it took in its office's series."""

    __tablename__ = "document_number"
    __table_args__ = (
        UniqueConstraint("cluster_id", "year", "number", name="uq_document_number_number"),
        UniqueConstraint("cluster_year_id", "paper", name="uq_document_number_paper"),
    )

    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"))
    year: Mapped[int | None]  # the year of issue, whose series the number belongs to
    number: Mapped[int | None]  # None: the paper has its date but no number yet
    symbol: Mapped[str] = mapped_column(String(60))  # "TTr-CTĐ4"
    cluster_year_id: Mapped[int] = mapped_column(
        ForeignKey("cluster_year.id", ondelete="CASCADE"), index=True
    )
    paper: Mapped[str] = mapped_column(String(80))  # "submission", "report:<proposal uuid>"…
    issued_on: Mapped[dt.date | None]

    cluster: Mapped[Cluster] = relationship()
    cluster_year: Mapped[ClusterYear] = relationship()


class PaperWording(Travelling, Base):
    """A cluster's own wording of its papers: the office symbol and edited text blocks.

    ``texts`` maps a paper ("submission", "minutes"…) to its edited blocks; a block not
    there takes the built-in wording.
    """

    __tablename__ = "paper_wording"

    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), unique=True
    )
    office_symbol: Mapped[str] = mapped_column(String(40), default="")
    texts: Mapped[dict[str, Any]] = mapped_column(default=dict)

    cluster: Mapped[Cluster] = relationship()
