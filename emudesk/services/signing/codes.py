"""Certificates whose QR code carries the issuer's signature, and checking a code's text.

A signed code proves itself on any PC that trusts the issuer's certificate, with no copy of
the issuer's register; an unsigned code (printed before, or without a token) can only be
looked up in the register of the PC that printed it, and the check says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.i18n import _
from emudesk.services.certificates import printing, register
from emudesk.services.signing import settings, trust
from emudesk.signing import Signer, Token
from emudesk.text import clean


@dataclass(frozen=True)
class CodeCheck:
    valid: bool
    message: str
    signer: Signer | None = None


def print_signed(
    session: Session,
    year_uuid: UUID,
    out: Path,
    pin: str,
    *,
    token: Token | None = None,
    **options: Any,
) -> tuple[printing.PrintOutcome, Signer]:
    """``printing.print_certificates`` with every QR code signed by the token's key."""
    from emudesk.signing.qr import signed_text
    from emudesk.signing.token import TokenSession

    with TokenSession(token or settings.require_token(), pin) as session_on_token:

        def sign(payload: str) -> str:
            return signed_text(payload, session_on_token.sign_raw(payload.encode("utf-8")))

        signer: Callable[[str], str] = sign
        outcome = printing.print_certificates(session, year_uuid, out, qr_signer=signer, **options)
        return outcome, session_on_token.signer


def is_signed(text: str) -> bool:
    """Whether the code's text carries a signature (then no register is needed to check it)."""
    from emudesk.signing.qr import split

    return split(text.strip())[1] is not None


def verify_code(session: Session | None, text: str) -> CodeCheck:
    """A certificate's QR code text: its signature against the trusted certificates when it
    has one (``session`` may then be None), else the local register (saying that the code is
    not signed)."""
    from emudesk.signing.qr import signed_by, split

    payload, signature = split(text.strip())
    if signature is None:
        if session is None:
            raise ValueError("an unsigned code is checked against a register")
        found = register.verify(session, payload)
        note = _(
            "This code carries no digital signature: only the register of the office "
            "that printed it can vouch for it."
        )
        return CodeCheck(found.valid, f"{found.message} {note}")
    parts = clean(payload).split("|")
    if len(parts) != 6 or parts[0] != register.QR_PREFIX:
        return CodeCheck(False, _("This is not the code of a certificate made by emudesk."))
    signer = signed_by(payload, signature, trust.anchors().certificates) if signature else None
    if signer is None:
        return CodeCheck(
            False,
            _(
                "NOT valid: the code's signature is not confirmed by any certificate this PC "
                "trusts. Either the text was altered, or the issuer's certificate has not been "
                "imported (Settings › Digital signatures)."
            ),
        )
    _prefix, issuer, decision, number, recipient, _check = parts
    now = dt.datetime.now(dt.UTC)
    validity = _("valid until {end}", end=signer.valid_to.date().isoformat())
    if not signer.valid_on(now):
        validity = _("expired on {end}", end=signer.valid_to.date().isoformat())
    return CodeCheck(
        True,
        _(
            "Valid, signed by {name} ({organisation}; certificate {validity}): certificate "
            "number {number} of {issuer}, to {recipient}, decision {decision}.",
            name=signer.name,
            organisation=signer.organisation or "—",
            validity=validity,
            number=number,
            issuer=issuer,
            recipient=recipient,
            decision=decision,
        ),
        signer,
    )
