"""Sign a written paper with the office's token; check the signatures of a PDF.

A paper's writer leaves an empty signature field in each signature block
(``printing.signature_places``); the visible box goes into the block the officer chooses by
its key, the last one (the right-hand or lowest block: the head's, the chair's) by default. A
paper without a signature block is signed without a box. The file is replaced in one step: a
failure leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from emudesk.i18n import _
from emudesk.services.signing import settings, trust
from emudesk.signing import Signer, Token, Verdict
from emudesk.signing.errors import SignatureError
from emudesk.signing.pdf import Field

REASON = "Ký ban hành văn bản"  # printed in the PDF's signature dictionary (Vietnamese)


@dataclass(frozen=True)
class SignedPaper:
    path: Path
    signer: Signer
    place: Field | None  # None: signed without a visible box


def places(path: Path) -> list[Field]:
    """The paper's signature blocks still to sign, in the order they were drawn."""
    from emudesk.signing import pdf

    return pdf.empty_fields(_read(path))


def sign_paper(
    path: Path,
    pin: str,
    *,
    place_key: str | None = None,
    token: Token | None = None,
    location: str = "",
) -> SignedPaper:
    """Sign the PDF at ``path`` in place with the token (the settings' one by default), in
    the block ``place_key`` (the last one still to sign by default)."""
    from emudesk.files import atomic_output
    from emudesk.signing import pdf
    from emudesk.signing.token import TokenSession

    data = _read(path)
    pdf.choose_field(pdf.empty_fields(data), place_key)  # an unknown block: refused first
    chosen = token or settings.require_token()
    with TokenSession(chosen, pin) as session:
        signed, signer, field = pdf.sign(
            data, session, field=place_key, reason=REASON, location=location
        )
    with atomic_output(path) as temporary:
        temporary.write_bytes(signed)
    return SignedPaper(Path(path), signer, field)


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
