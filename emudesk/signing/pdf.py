"""PAdES signatures on PDF papers (pyHanko), with a visible box, and checking them offline.

The signature is an incremental update: the paper's bytes stay as they were and a later
signer (a second member on the commitment) adds a revision without breaking the first. The
box goes where the paper's writer left room for it (``printing``'s ``SignaturePlace``: a
page and a rectangle in PDF points from the page's bottom-left corner); a paper without a
signature block is signed without a box.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from emudesk.i18n import _
from emudesk.signing import Signer, Status, Verdict
from emudesk.signing.errors import SignatureError
from emudesk.signing.token import TokenSession, translated_errors
from emudesk.signing.trust import Trust, key_usage, validation_context, verdict

MAX_PDF_BYTES = 200 * 1024 * 1024
FIELD_PREFIX = "ChuKySo"  # the signature fields' names: ChuKySo1, ChuKySo2…


@dataclass(frozen=True)
class Box:
    """Where the visible signature goes: a page (from 0) and (x1, y1, x2, y2) in points."""

    page: int
    rect: tuple[float, float, float, float]


def _reader(data: bytes) -> Any:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if len(data) > MAX_PDF_BYTES or not data.lstrip()[:5] == b"%PDF-":
        raise SignatureError(_("This is not a PDF file."))
    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SignatureError(_("The PDF file is damaged and cannot be read.")) from exc


def sign(
    data: bytes,
    session: TokenSession,
    *,
    box: Box | None,
    reason: str = "",
    location: str = "",
) -> tuple[bytes, Signer]:
    """``data`` (a PDF) with one more signature by ``session``'s key; who signed."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter

    from emudesk.signing.appearance import stamp_style

    reader = _reader(data)
    taken = {sig.field_name for sig in reader.embedded_signatures}
    number = 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    name = f"{FIELD_PREFIX}{number}"
    signer = session.signer
    moment = dt.datetime.now().astimezone()
    try:
        pages = int(reader.root["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError, PdfError):
        pages = 0
    style = None
    spec = fields.SigFieldSpec(name)
    if box is not None and 0 <= box.page < pages:
        x1, y1, x2, y2 = box.rect
        style = stamp_style(x2 - x1, y2 - y1, signer, moment)
        rect = (round(x1), round(y1), round(x2), round(y2))
        spec = fields.SigFieldSpec(name, on_page=box.page, box=rect)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,  # ETSI.CAdES.detached: PAdES B-B
        reason=reason or None,
        location=location or None,
        name=signer.name or None,
    )
    output = io.BytesIO()
    with translated_errors():
        try:
            pdf_signer = signers.PdfSigner(
                meta, session.pdf_signer(), stamp_style=style, new_field_spec=spec
            )
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            pdf_signer.sign_pdf(writer, output=output)
        except (PdfError, ValueError, KeyError, TypeError) as exc:
            raise SignatureError(
                _("This PDF cannot be signed ({reason}).", reason=str(exc)[:200])
            ) from exc
    return output.getvalue(), signer


def verify(data: bytes, trust: Trust) -> list[Verdict]:
    """Each signature of the PDF, checked against ``trust``; one UNSIGNED verdict if none."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    reader = _reader(data)
    try:
        signatures = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SignatureError(_("The PDF file is damaged and cannot be read.")) from exc
    if not signatures:
        return [Verdict(Status.UNSIGNED, problems=(_("the PDF carries no digital signature"),))]
    verdicts = []
    for signature in signatures:
        try:
            status = validate_pdf_signature(
                signature, validation_context(trust), key_usage_settings=key_usage()
            )
        except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
            verdicts.append(
                Verdict(
                    Status.INVALID,
                    problems=(_("the signature cannot be read ({reason})", reason=str(exc)[:200]),),
                    field=str(signature.field_name or ""),
                )
            )
            continue
        # an earlier signer's revision may be followed by later signatures, nothing else
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or bool(status.docmdp_ok)
        verdicts.append(verdict(status, whole=whole, field_name=str(signature.field_name or "")))
    return verdicts
