"""Sign a written paper with the office's token; check the signatures of a PDF.

A paper's writer reports where its signature blocks leave room (``SignaturePlace``); the
visible box goes into the place the officer chooses by its key, the last one (the right-hand
or lowest block: the head's, the chair's) by default. A paper without a signature block is
signed without a box. The file is replaced in one step: a failure leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.printing.signature_places import SignaturePlace
from emudesk.services.signing import settings, trust
from emudesk.signing import Signer, Token, Verdict
from emudesk.signing.errors import SignatureError

REASON = "Ký ban hành văn bản"  # printed in the PDF's signature dictionary (Vietnamese)


@dataclass(frozen=True)
class SignedPaper:
    path: Path
    signer: Signer
    place: SignaturePlace | None  # None: signed without a visible box


def choose_place(places: Sequence[SignaturePlace], key: str | None = None) -> SignaturePlace | None:
    """The place called ``key``; the last one without a key; None for a paper without."""
    if not places:
        if key:
            raise ValidationError(_("This paper has no signature block to sign in."))
        return None
    if not key:
        return places[-1]
    for place in places:
        if place.key.casefold() == key.strip().casefold():
            return place
    raise ValidationError(
        _(
            "This paper has no signature block {key}; its blocks are: {keys}.",
            key=key,
            keys=", ".join(f"{p.key} ({p.label})" for p in places),
        )
    )


def sign_paper(
    path: Path,
    pin: str,
    *,
    places: Sequence[SignaturePlace] = (),
    place_key: str | None = None,
    token: Token | None = None,
    location: str = "",
) -> SignedPaper:
    """Sign the PDF at ``path`` in place with the token (the settings' one by default)."""
    from emudesk.printing.output import atomic_output
    from emudesk.signing import pdf
    from emudesk.signing.token import TokenSession

    place = choose_place(places, place_key)
    chosen = token or settings.require_token()
    data = _read(path)
    box = pdf.Box(place.page, place.box) if place is not None else None
    with TokenSession(chosen, pin) as session:
        signed, signer = pdf.sign(data, session, box=box, reason=REASON, location=location)
    with atomic_output(path) as temporary:
        temporary.write_bytes(signed)
    return SignedPaper(Path(path), signer, place)


def check_pdf(path: Path) -> list[Verdict]:
    """Each signature of the PDF at ``path``, checked against this office's trust store."""
    from emudesk.signing import pdf

    return pdf.verify(_read(path), trust.anchors())


def _read(path: Path) -> bytes:
    from emudesk.signing.pdf import MAX_PDF_BYTES

    try:
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_PDF_BYTES + 1)
    except OSError as exc:
        raise SignatureError(_("{file} cannot be read.", file=Path(path).name)) from exc
    if len(data) > MAX_PDF_BYTES:
        raise SignatureError(_("{file} is too large to check.", file=Path(path).name))
    return data
