"""The emulation commitment (giao ước thi đua) as an administrative paper for signature:
the preamble and numbered items, then one signature block per member unit in a grid."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.printing.official import Block, OfficialDocument, Paragraph, Signature
from emudesk.services.cycle import commitments
from emudesk.services.cycle.commitments import CommitmentInfo
from emudesk.services.organisation import years
from emudesk.services.papers.names import issuer_name
from emudesk.services.papers.output import write_document


def document(info: CommitmentInfo, issuer: str) -> OfficialDocument:
    body: list[Block] = []
    if info.preamble:
        body += [Paragraph(line) for line in info.preamble.split("\n") if line.strip()]
    body.append(
        Paragraph("Các đơn vị thành viên thống nhất ký kết giao ước thi đua với các nội dung sau:")
    )
    for number, item in enumerate(info.items, start=1):
        target = ""
        if item.target:
            target = f" — Chỉ tiêu: {item.target}"
            if item.unit_of_measure:
                target += f" {item.unit_of_measure}"
        body.append(Paragraph(f"{number}. {item.content}{target}.".replace("..", ".")))
    signed = {s.unit.uuid: s for s in info.signatures}
    signatures = tuple(
        Signature(
            title=signed[member.uuid].signer_title if member.uuid in signed else "",
            on_behalf=member.name,
            name=signed[member.uuid].signer_name if member.uuid in signed else "",
            key=member.code,
        )
        for member in info.members
    )
    return OfficialDocument(
        superior=issuer,
        issuer=info.cluster_name,
        kind=info.title,
        summary="",
        place=info.signing_place,
        date=info.signing_date,
        numbered=False,
        body=tuple(body),
        signatures=signatures,
        signatures_caption="ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
        title=f"{info.title} — {info.cluster_name} {info.year}",
    )


def write_commitment(session: Session, year_uuid: UUID, out: Path) -> CommitmentInfo:
    """Write the year's commitment for signature (.pdf or .docx) and note that it was printed."""
    cluster_year = years.load(session, year_uuid)
    info = commitments.require(session, cluster_year.cluster.uuid, cluster_year.year)
    issuer = issuer_name(cluster_year.cluster.issuer, info.signing_date)
    write_document(document(info, issuer), out)
    commitments.mark_printed(session, year_uuid)
    return info
