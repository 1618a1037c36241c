"""The award register (sổ): numbers, the QR code's text, searching and verifying a certificate."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from emudesk.i18n import _
from emudesk.model import (
    CertificateEntry,
    Issuer,
    Proposal,
)
from emudesk.services.organisation.names_on_dates import issuer_naming_on
from emudesk.text import clean, fold

QR_PREFIX = "EMUDESK1"
# A register number as an issuer's format writes it ("1234/BK-BDTTG", "BK-12", "2 (ví dụ)"):
# at most 64 characters holding a run of at most nine ASCII digits, not starting with "-".
_NUMBER = re.compile(r"(?!-)(?!.*[0-9]{10})(?=.*[0-9]).{1,64}")


def _register_number(text: str) -> bool:
    # Other digits ("²", "٣") are digits to str.isdigit but in no register.
    return bool(_NUMBER.fullmatch(text)) and not any(c.isdigit() and not c.isascii() for c in text)


@dataclass(frozen=True)
class RegisterRow:
    number: str  # the issuer's register number
    issuer: str
    recipient: str
    unit_name: str
    award: str
    year: int
    decision_number: str
    decision_date: dt.date | None
    print_count: int
    last_printed: dt.datetime | None
    # Why it was approved or printed before the year's scores were locked (if it was).
    unlocked_reasons: tuple[str, ...] = ()
    # The handover file this line was copied from (another office's register), or "".
    imported_from: str = ""


@dataclass(frozen=True)
class Verification:
    valid: bool
    message: str


def checksum(issuer: Issuer, number: str, recipient: str, proposal: Proposal) -> str:
    text = f"{issuer.uuid}|{number}|{clean(recipient)}|{proposal.uuid}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _issuer_label(entry: CertificateEntry) -> str:
    naming = issuer_naming_on(entry.issuer, entry.decision_date)
    return naming.short_name or naming.name


def qr_text(issuer: Issuer, entry: CertificateEntry | Draft) -> str:
    naming = issuer_naming_on(issuer, entry.decision_date)  # as named on the decision's day
    parts = [
        QR_PREFIX,
        naming.short_name or naming.name,
        entry.decision_number,
        entry.register_number,
        entry.recipient,
        entry.checksum,
    ]
    # "~" would start a signature (services.signing.codes); "|" separates the parts
    return "|".join(part.replace("|", "/").replace("~", "-") for part in parts)


@dataclass(frozen=True)
class Draft:
    """What a certificate shows before it has a register number (previews)."""

    register_number: str
    recipient: str
    decision_number: str
    decision_date: dt.date | None
    checksum: str


def search_register(
    session: Session,
    text: str = "",
    *,
    year: int | None = None,
    decision: str = "",
) -> list[RegisterRow]:
    """Register lines matching ``text`` (name, unit, award; marks optional), newest last."""
    query = select(CertificateEntry).order_by(CertificateEntry.issuer_id, CertificateEntry.number)
    if year is not None:
        query = query.where(CertificateEntry.year == year)
    if decision:
        query = query.where(CertificateEntry.decision_number == clean(decision))
    words = fold(clean(text)).split()
    rows = []
    for entry in session.scalars(query):
        haystack = fold(
            f"{entry.recipient} {entry.unit_name} {entry.award} {entry.register_number}"
        )
        if all(word in haystack for word in words):
            last = entry.prints[-1].printed_at if entry.prints else None
            rows.append(
                RegisterRow(
                    number=entry.register_number,
                    issuer=_issuer_label(entry),
                    recipient=entry.recipient,
                    unit_name=entry.unit_name,
                    award=entry.award,
                    year=entry.year,
                    decision_number=entry.decision_number,
                    decision_date=entry.decision_date,
                    print_count=entry.print_count,
                    last_printed=last,
                    unlocked_reasons=tuple(
                        r
                        for r in dict.fromkeys(
                            [
                                entry.proposal.unlocked_reason,
                                *(p.unlocked_reason for p in entry.prints),
                            ]
                        )
                        if r
                    ),
                    imported_from=entry.imported_from,
                )
            )
    return rows


def verify(session: Session, text: str) -> Verification:
    """Check the text of a certificate's QR code against the register."""
    parts = clean(text).split("|")
    if len(parts) != 6 or parts[0] != QR_PREFIX or not _register_number(parts[3]):
        return Verification(False, _("This is not the code of a certificate made by emudesk."))
    _prefix, issuer_name, decision, number, recipient, check = parts
    issuer = session.scalar(
        select(Issuer).where(or_(Issuer.short_name == issuer_name, Issuer.name == issuer_name))
    )
    entry = None
    if issuer is not None:
        entry = session.scalar(
            select(CertificateEntry).where(
                CertificateEntry.issuer_id == issuer.id,
                CertificateEntry.register_number == number,
            )
        )
    if entry is None:
        return Verification(
            False,
            _(
                "No certificate number {number} of {issuer} is in this register.",
                number=number,
                issuer=issuer_name,
            ),
        )
    if (entry.checksum, clean(entry.recipient), entry.decision_number) != (
        check,
        clean(recipient),
        decision,
    ):
        return Verification(
            False,
            _(
                "Certificate number {number} of {issuer} exists, but the code does not match "
                "it (recorded recipient: {recipient}): the certificate may be forged or altered.",
                number=number,
                issuer=issuer_name,
                recipient=entry.recipient,
            ),
        )
    if entry.imported_from:
        return Verification(
            False,
            _(
                "NOT confirmed: certificate number {number} of {issuer} (to {recipient}) is in "
                "this register only as a copy received from another office in the handover "
                "file {file} (SHA-256 {sha256}). Anyone could have written that line; only the "
                "register of the office that printed the certificate, or a signed code, can "
                "vouch for it.",
                number=entry.register_number,
                issuer=issuer_name,
                recipient=entry.recipient,
                file=entry.imported_from,
                sha256=entry.imported_sha256,
            ),
        )
    return Verification(
        True,
        _(
            "Valid: certificate number {number} of {issuer}, {award}, to {recipient} "
            "(decision {decision}).",
            number=entry.register_number,
            issuer=issuer_name,
            award=entry.award,
            recipient=entry.recipient,
            decision=entry.decision_number,
        ),
    )
