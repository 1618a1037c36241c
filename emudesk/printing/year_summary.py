"""The year in tables, for the head's summary report: members and leaders, the commitment's
signatures, the ranking, the proposals and their decisions."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emudesk.printing.commitment import heading
from emudesk.printing.document import A4_PORTRAIT, MM, Writer, build_pdf

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass(frozen=True)
class YearSummary:
    """Plain text cells, prepared by ``services.year_summary``."""

    issuer_name: str
    cluster_code: str
    cluster_name: str
    year: int
    head: str
    deputy: str
    members: Sequence[str]
    signing: Sequence[tuple[str, str]]  # (unit, "signed on …" / "not signed")
    ranking: Sequence[tuple[str, str, str]]  # (rank, unit, total)
    proposals: Sequence[tuple[str, str, str, str]]  # (nominee, award, status, decision)


def _table(writer: Writer, header: Sequence[str], rows: Sequence[Sequence[str]],
           widths: Sequence[float]) -> Flowable:  # fmt: skip
    from reportlab.platypus import Table, TableStyle

    data: list[list[Any]] = [[writer.para(h, "center", bold=True, fontSize=11) for h in header]]
    data += [[writer.para(cell, "body", fontSize=11) for cell in row] for row in rows]
    width = A4_PORTRAIT.frame_width
    table = Table(data, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )
    return table


def write_year_summary_pdf(summary: YearSummary, path: str | os.PathLike[str]) -> None:
    from reportlab.platypus import Spacer

    writer = Writer(base_size=12)
    story: list[Flowable] = heading(writer, summary.issuer_name, summary.cluster_name, "")
    story += [
        Spacer(1, 6 * MM),
        writer.para(
            f"TỔNG HỢP KẾT QUẢ THI ĐUA NĂM {summary.year}", "title", fontSize=14, leading=18
        ),
        writer.para(f"{summary.cluster_name} ({summary.cluster_code})", "center", italic=True),
        Spacer(1, 5 * MM),
    ]

    def section(title: str) -> None:
        story.extend([Spacer(1, 4 * MM), writer.para(title, "body", bold=True, fontSize=12.5)])

    section(f"1. Đơn vị thành viên ({len(summary.members)}); Cụm trưởng, Cụm phó")
    story.append(
        writer.para(
            f"Cụm trưởng: {summary.head or '—'}. Cụm phó: {summary.deputy or '—'}.",
            "body",
            fontSize=12,
        )
    )
    story.append(
        _table(writer, ("STT", "Đơn vị"), [(str(i), m) for i, m in enumerate(summary.members, 1)],
               (0.1, 0.9))
    )  # fmt: skip
    section("2. Ký kết giao ước thi đua")
    if summary.signing:
        story.append(_table(writer, ("Đơn vị", "Tình trạng"), summary.signing, (0.6, 0.4)))
    else:
        story.append(writer.para("Chưa có giao ước thi đua của năm.", "body", italic=True))
    section("3. Kết quả chấm điểm, xếp hạng")
    if summary.ranking:
        story.append(
            _table(writer, ("Hạng", "Đơn vị", "Tổng điểm"), summary.ranking, (0.12, 0.66, 0.22))
        )
    else:
        story.append(writer.para("Chưa có kết quả chấm điểm.", "body", italic=True))
    section("4. Đề nghị khen thưởng và quyết định")
    if summary.proposals:
        story.append(
            _table(writer, ("Đơn vị/cá nhân", "Hình thức", "Tình trạng", "Quyết định"),
                   summary.proposals, (0.32, 0.3, 0.14, 0.24))
        )  # fmt: skip
    else:
        story.append(writer.para("Chưa có đề nghị khen thưởng.", "body", italic=True))
    build_pdf(
        path,
        story,
        A4_PORTRAIT,
        title=f"Tổng hợp kết quả thi đua năm {summary.year} — {summary.cluster_name}",
        subject=summary.cluster_name,
        footer=f"Tổng hợp năm {summary.year} — {summary.cluster_code}",
        writer=writer,
    )
