"""The emulation commitment (giao ước thi đua) as an A4 document for wet signature.

Administrative layout: the issuer and cluster top left, the national header top right, the
place and date, the title, the preamble and numbered items, then one signature block per
member unit in a grid — two columns up to four units, three above — each with the unit's
name, room for the signature and seal, and the signer's title and name when recorded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from emudesk.printing.document import A4_PORTRAIT, MM, Writer, build_pdf, centred_rule

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from emudesk.services.cycle.commitments import CommitmentInfo

SIGNATURE_SPACE = 24 * MM


def date_words(day: Any) -> str:
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def heading(writer: Writer, issuer: str, cluster: str, place_date: str) -> list[Flowable]:
    """The two-column administrative header, then the place and date on the right."""
    from reportlab.platypus import Table, TableStyle

    width = A4_PORTRAIT.frame_width
    agency = [
        writer.para(issuer.upper(), "center", fontSize=11, leading=14),
        writer.para(cluster.upper(), "center", bold=True, fontSize=11, leading=14),
        centred_rule(0.35),
    ]
    nation = [
        writer.para(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", bold=True, fontSize=11, leading=14
        ),
        writer.para("Độc lập - Tự do - Hạnh phúc", "center", bold=True, fontSize=12, leading=15),
        centred_rule(0.45),
    ]
    rows: list[list[Any]] = [[agency, nation]]
    if place_date:
        rows.append(["", writer.para(place_date, "center", italic=True, fontSize=12, leading=15)])
    block = Table(rows, colWidths=[width * 0.45, width * 0.55])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [block]


def signature_grid(writer: Writer, blocks: Sequence[tuple[str, str, str]]) -> Flowable:
    """(unit, signer title, signer name) per block, laid out for 3 to 15 units."""
    from reportlab.platypus import Spacer, Table, TableStyle

    columns = 2 if len(blocks) <= 4 else 3
    width = A4_PORTRAIT.frame_width / columns
    cells = []
    for unit, title, name in blocks:
        cells.append(
            [
                writer.para(unit, "center", bold=True, fontSize=11.5, leading=14),
                writer.para(title or "(Chức vụ)", "center", bold=bool(title), fontSize=11),
                writer.para("(Ký tên, đóng dấu)", "center", italic=True, fontSize=10),
                Spacer(1, SIGNATURE_SPACE),
                writer.para(name or "……………………………", "center", bold=True, fontSize=12),
            ]
        )
    rows: list[list[Any]] = []
    for first in range(0, len(cells), columns):
        row: list[Any] = list(cells[first : first + columns])
        missing = columns - len(row)  # a short last row is centred
        rows.append([""] * (missing // 2) + row + [""] * (missing - missing // 2))
    table = Table(rows, colWidths=[width] * columns)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * MM),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * MM),
    ]
    table.setStyle(TableStyle(style))
    return table


def write_commitment_pdf(info: CommitmentInfo, path: str | os.PathLike[str]) -> None:
    from reportlab.platypus import CondPageBreak, Spacer

    writer = Writer(base_size=13)
    place_date = ""
    if info.signing_date is not None:
        place = f"{info.signing_place}, " if info.signing_place else ""
        place_date = place + date_words(info.signing_date)
    story: list[Flowable] = heading(writer, info.issuer_name, info.cluster_name, place_date)
    story += [
        Spacer(1, 8 * MM),
        writer.para(info.title.upper(), "title", fontSize=15, leading=19),
        writer.para(
            f"{info.cluster_name} — {info.issuer_name} — năm {info.year}",
            "center",
            italic=True,
            fontSize=12,
        ),
        Spacer(1, 6 * MM),
    ]
    if info.preamble:
        story += [writer.para(info.preamble, "body", fontSize=13, leading=17), Spacer(1, 3 * MM)]
    story.append(
        writer.para(
            "Các đơn vị thành viên thống nhất ký kết giao ước thi đua với các nội dung sau:",
            "body",
            fontSize=13,
            leading=17,
        )
    )
    for number, item in enumerate(info.items, start=1):
        target = ""
        if item.target:
            target = f" — Chỉ tiêu: {item.target}"
            if item.unit_of_measure:
                target += f" {item.unit_of_measure}"
        story.append(
            writer.para(
                f"{number}. {item.content}{target}.".replace("..", "."),
                "body",
                fontSize=13,
                leading=17,
                leftIndent=6 * MM,
                firstLineIndent=-6 * MM,
                spaceBefore=2 * MM,
            )
        )
    signed = {s.unit.uuid: s for s in info.signatures}
    blocks = [
        (
            member.name,
            signed[member.uuid].signer_title if member.uuid in signed else "",
            signed[member.uuid].signer_name if member.uuid in signed else "",
        )
        for member in info.members
    ]
    story += [
        Spacer(1, 6 * MM),
        CondPageBreak(70 * MM),
        writer.para("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC", "center", bold=True, fontSize=13),
        signature_grid(writer, blocks),
    ]
    build_pdf(
        path,
        story,
        A4_PORTRAIT,
        title=f"{info.title} — {info.cluster_name} {info.year}",
        subject=info.cluster_name,
        footer=f"{info.title} — {info.cluster_code} {info.year}",
        writer=writer,
    )
