"""The Quyết định and its annex (the awardees), in the state's form, as DOCX or PDF.

Built from the recorded decision with the papers' machinery (``printing.official``): the
issuer's own award names from its catalogue, each award's legal basis, the signer's block
with its signing mode, and the annex listing every awardee with its register number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import _, vietnamese_documents
from emudesk.model import Award, Decision, DecisionItem
from emudesk.printing.official import (
    Annex,
    Block,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_words,
    short_date,
)
from emudesk.services.issuing import decisions, names
from emudesk.services.papers.output import write_document

_NUMBER = re.compile(r"^(\d{1,9})/(.+)$")
LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"


def _split(number: str) -> tuple[int | None, str]:
    found = _NUMBER.match(number)
    return (int(found.group(1)), found.group(2)) if found else (None, number)


def _groups(items: Sequence[DecisionItem]) -> list[tuple[Award, list[DecisionItem]]]:
    groups: dict[int, tuple[Award, list[DecisionItem]]] = {}
    for item in items:
        groups.setdefault(item.proposal.award.id, (item.proposal.award, []))[1].append(item)
    return sorted(groups.values(), key=lambda g: g[0].position)


def _nominee(item: DecisionItem, year: int) -> str:
    proposal = item.proposal
    unit = names.unit_name(proposal.unit, year)
    if proposal.nominee_kind == "person" and proposal.person is not None:
        return f"{proposal.person.honorific} {proposal.person.full_name}, {unit}".strip()
    if proposal.nominee_kind == "collective":
        return f"{proposal.collective_name}, {unit}"
    return unit


def build(decision: Decision) -> OfficialDocument:
    """The decision as a paper; refused when it awards nothing."""
    approved = [i for i in decision.items if i.approved]
    if not approved:
        raise ValidationError(_("Decision {number} awards nothing.", number=decision.number))
    issuer = decision.issuer
    issuer_name = names.issuer_name_on(issuer, decision.signed_on).upper()
    year = decision.year
    groups = _groups(approved)
    number, symbol = _split(decision.number)
    # the authority that decides: the issuer's head, whoever signs for them (KT. …)
    authority = clean_upper(
        names.issuer_title_on(issuer, decision.signed_on)
        or (f"{decision.signing_for} {issuer_name}" if decision.signing_for else "")
        or decision.signer_title
        or issuer_name
    )
    basis = [LAW]
    for award, _items in groups:
        for line in award.legal_basis.split("\n"):
            if line.strip() and line.strip() not in basis:
                basis.append(line.strip())
    basis.append(
        "Xét đề nghị của các Cụm thi đua và của Hội đồng Thi đua - Khen thưởng "
        f"{names.issuer_name_on(issuer, decision.signed_on)},"
    )
    body: list[Block] = [Heading(authority, align="center")]
    body += [Paragraph(line, italic=True) for line in basis]
    body.append(Heading("QUYẾT ĐỊNH:", align="center"))
    for article, (award, items) in enumerate(groups, 1):
        money = (
            f", kèm theo tiền thưởng bằng {rules.format_points(award.money_hundredths)} lần "
            "mức lương cơ sở"
            if award.money_hundredths
            else ""
        )
        body.append(
            Paragraph(
                f"Điều {article}. Tặng {award.name} cho {len(items):02d} tập thể có tên tại "
                "Phụ lục kèm theo, đã có thành tích xuất sắc trong phong trào thi đua "
                f"năm {year}{money}."
            )
        )
    body.append(
        Paragraph(
            f"Điều {len(groups) + 1}. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng cơ quan "
            "thường trực Hội đồng Thi đua - Khen thưởng, các Cụm trưởng Cụm thi đua và các tập thể "
            "có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này."
        )
    )
    rows = tuple(
        (
            str(index),
            _nominee(item, year),
            item.proposal.award.name,
            item.proposal.cluster_year.cluster.name,
            item.register_number,
        )
        for index, item in enumerate(approved, 1)
    )
    annex = Annex(
        title="DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG",
        subtitle=(
            f"(Kèm theo Quyết định số {decision.number} ngày {short_date(decision.signed_on)} "
            f"của {names.issuer_name_on(issuer, decision.signed_on)})"
        ),
        body=(
            Table(
                ("STT", "Tên tập thể", "Hình thức khen thưởng", "Cụm thi đua", "Số sổ"),
                rows,
                (0.07, 0.33, 0.27, 0.13, 0.20),
            ),
        ),
    )
    return OfficialDocument(
        superior="",
        issuer=issuer_name,
        kind="QUYẾT ĐỊNH",
        summary=f"Về việc khen thưởng phong trào thi đua năm {year}",
        place=decision.place,
        date=decision.signed_on,
        number=number,
        symbol=symbol,
        body=tuple(body),
        signatures=(
            Signature(
                title=decision.signer_title or names.issuer_title_on(issuer, decision.signed_on),
                mode=decision.signing_mode,
                on_behalf=decision.signing_for,
                name=decision.signer_name,
                key="signer",
            ),
        ),
        recipients=("Như Điều " + str(len(groups) + 1) + ";", "Lưu: VT, TĐKT."),
        annexes=(annex,),
        title=f"Quyết định {decision.number} — {date_words(decision.signed_on)}",
    )


def clean_upper(text: str) -> str:
    return " ".join(text.split()).upper()


def write_decision(session: Session, issuer_code: str, number: str, path: Path) -> Path:
    """Write decision ``number`` to ``path`` (.docx or .pdf)."""
    decision = decisions.load(session, issuer_code, number)
    with vietnamese_documents():
        return write_document(build(decision), path)
