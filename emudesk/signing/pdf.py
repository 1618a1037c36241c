"""PAdES signatures on PDF papers (pyHanko), with a visible box, and checking them offline.

The signature is an incremental update: the paper's bytes stay as they were and a later
signer (a second member on the commitment) adds a revision without breaking the first. The
box goes into an empty signature field the paper's writer left in a signature block
(``printing.signature_places``): the one named, else the last one (the right-hand or lowest
block). A PDF without an empty field is signed without a visible box.
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
class Field:
    """An empty signature field a paper's writer left in a signature block."""

    name: str  # the block's key ("head", "chair", a unit's code)
    label: str  # how an officer names the block
    rect: tuple[float, float, float, float]  # x1, y1, x2, y2 in points


def _reader(data: bytes) -> Any:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if len(data) > MAX_PDF_BYTES or not data.lstrip()[:5] == b"%PDF-":
        raise SignatureError(_("This is not a PDF file."))
    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SignatureError(_("The PDF file is damaged and cannot be read.")) from exc


def empty_fields(data: bytes) -> list[Field]:
    """The paper's signature fields still to sign, in the order they were drawn."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.fields import enumerate_sig_fields

    found = []
    try:
        for name, _value, reference in enumerate_sig_fields(_reader(data), filled_status=False):
            field = reference.get_object()
            widget = field if "/Rect" in field else field["/Kids"][0].get_object()
            x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
            label = str(field.get("/TU", "") or name)
            found.append(
                Field(str(name), label, (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))
            )
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SignatureError(_("The PDF file is damaged and cannot be read.")) from exc
    return found


def choose_field(fields: list[Field], name: str | None) -> Field | None:
    """The field called ``name`` (any case); the last one without a name; None if none."""
    if not name:
        return fields[-1] if fields else None
    for field in fields:
        if field.name.casefold() == name.strip().casefold():
            return field
    if not fields:
        raise SignatureError(_("This paper has no signature block left to sign in."))
    raise SignatureError(
        _(
            "This paper has no signature block {key} left to sign; its blocks are: {keys}.",
            key=name,
            keys=", ".join(f"{f.name} ({f.label})" for f in fields),
        )
    )


def sign(
    data: bytes,
    session: TokenSession,
    *,
    field: str | None = None,
    reason: str = "",
    location: str = "",
) -> tuple[bytes, Signer, Field | None]:
    """``data`` (a PDF) with one more signature by ``session``'s key, in the empty field
    ``field`` (the last one by default); who signed, and in which block."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter

    from emudesk.signing.appearance import stamp_style

    reader = _reader(data)
    chosen = choose_field(empty_fields(data), field)
    signer = session.signer
    style = None
    spec = None
    if chosen is not None:
        name = chosen.name
        x1, y1, x2, y2 = chosen.rect
        style = stamp_style(x2 - x1, y2 - y1, signer, dt.datetime.now().astimezone())
    else:  # no signature block: a signature without a box, in a field of its own
        taken = {sig.field_name for sig in reader.embedded_signatures}
        number = 1
        while f"{FIELD_PREFIX}{number}" in taken:
            number += 1
        name = f"{FIELD_PREFIX}{number}"
        spec = fields.SigFieldSpec(name)
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
    return output.getvalue(), signer, chosen


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
