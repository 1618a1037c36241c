"""What one certificate says: the catalogue's award, the proposal's achievement, the decision.

A flag is never a page (it is made by the flag maker); a certificate needs its decision's
date and an achievement sentence, and is refused, naming whom, without them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import CertificateEntry, Issuer, Proposal
from emudesk.services.certificates.register import Draft, qr_text
from emudesk.services.cycle import proposals
from emudesk.text import clean


def is_flag(proposal: Proposal) -> bool:
    return proposal.award.artefact == "flag"


def flag_refusal(flags: Sequence[Proposal]) -> str:
    return _(
        "{names}: a flag is made by the flag maker to the issuer's specimen, not printed as a "
        "certificate; print the flag list instead.",
        names="; ".join(proposals.info(p).nominee for p in flags),
    )


def _signature_title(issuer: Issuer, day: dt.date | None = None) -> str:
    """ "BỘ TRƯỞNG BỘ VĂN HÓA, …" → "BỘ TRƯỞNG": the signer's office without the issuer."""
    from emudesk.services.papers.names import issuer_naming

    naming = issuer_naming(issuer, day)
    full = clean(naming.signer_title) or clean(naming.name).upper()
    name = clean(naming.name).upper()
    short = full.replace(name, "").strip(" ,")
    return short or full


def refuse_unprintable(proposals_: Sequence[Proposal]) -> None:
    """A certificate needs its decision's date and an achievement sentence; say who lacks them.

    Nothing is made up: a certificate dated with today's date, or saying nothing, would be
    a wrong certificate.
    """
    undated = [proposals.info(p).nominee for p in proposals_ if p.decision_date is None]
    if undated:
        raise ValidationError(
            _(
                "No decision date is recorded for: {names}. A certificate carries the date of "
                "its decision; enter it on the proposal (Approved…) before printing.",
                names="; ".join(undated),
            )
        )
    silent = [proposals.info(p).nominee for p in proposals_ if not clean(p.reason)]
    if silent:
        raise ValidationError(
            _(
                "No achievement is written for: {names}. The certificate prints the proposal's "
                "achievement; write it on the proposal before printing.",
                names="; ".join(silent),
            )
        )


def refuse_unnumbered(chosen: Sequence[Proposal]) -> None:
    """Refuse awards the issuer has not numbered: a certificate's register number is the
    issuer's, brought by its decision (package), never made up here."""
    missing = [p for p in chosen if not p.register_number]
    if missing:
        raise ValidationError(
            _(
                "{names}: no register number yet. The register is the issuer's: its decision "
                "gives each award its number (on a head's PC, import the issuer's decision "
                "package; at the issuer's office, record the decision).",
                names="; ".join(proposals.info(p).nominee for p in missing[:5]),
            )
        )


def values_for(
    proposal: Proposal, entry: CertificateEntry | Draft, *, place: str, signer_name: str
) -> dict[str, str]:
    """The texts of one certificate: the catalogue's award, the proposal's achievement."""
    from emudesk.printing.official import Signature, date_words
    from emudesk.services.papers.names import issuer_naming

    issuer = proposal.cluster_year.cluster.issuer
    award = proposal.award
    day = entry.decision_date
    if day is None:  # callers refuse first; a certificate is never dated "today"
        raise ValidationError(_("A certificate needs the date of its decision."))
    decision = entry.decision_number or "…"
    mode = award.signing_mode if award.signing_mode in ("TM.", "KT.", "Q.", "TL.", "TUQ.") else ""
    signature = Signature(
        title=award.signer_title or _signature_title(issuer, day),
        mode=mode,
        on_behalf=award.signing_for if mode else "",
    )
    naming = issuer_naming(issuer, day)
    grantor = award.grantor or clean(naming.signer_title) or naming.name.upper()
    where = clean(place)
    return {
        "issuer_title": grantor,
        "recipient": entry.recipient,
        "achievement": clean(proposal.reason),
        "decision_line": f"Quyết định số {decision}, {date_words(day)}",
        "register_line": f"Số sổ: {entry.register_number}",
        "place_date": f"{where}, {date_words(day)}" if where else date_words(day),
        "signer_title": "\n".join(signature.lines()),
        "signer_name": clean(signer_name),
        "qr": qr_text(issuer, entry),
    }
