"""Where a paper's signers sign: each signature block leaves an empty signature field.

The interface between a paper and its digital signature is small on purpose: wherever a
signature block leaves room to sign (and seal), the writer puts ``Writer.signature_room``
instead of a plain spacer. When reportlab draws it, it

- writes an empty signature field (an AcroForm ``/Sig`` widget, invisible on screen and
  paper) over that room, named by the block's ``key`` ("head", "chair", a unit's code) with
  the block's ``label`` as its description, so that the PDF itself says where to sign: the
  signing service signs into it — now, or later on any PC — and Acrobat, Foxit or a vendor's
  signing tool offer the same field;
- records its page and rectangle; ``build_pdf`` returns the ``SignaturePlace`` of every block,
  in the order they were drawn.

Example, in a signature block of the state's form::

    cell.append(writer.signature_room(SIGNATURE_ROOM, key="head", label="Cụm trưởng"))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

MAX_BOX_WIDTH = 200.0
"""About 70 mm: a signature box wider than this would look like a banner."""

_FIELD_NAME = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class SignaturePlace:
    """A signature block's room to sign on a written paper.

    ``key`` names the block for the program ("chair", a unit's code) and is the name of its
    empty signature field; ``label`` names it for the officer ("Chủ trì hội nghị", the unit's
    name); ``page`` counts from 0; ``box`` is (x1, y1, x2, y2) in PDF points from the page's
    bottom-left corner.
    """

    key: str
    label: str
    page: int
    box: tuple[float, float, float, float]


def field_name(key: str, taken: set[str]) -> str:
    """A field name from ``key``: letters, digits, "-" and "_" (a "." would nest fields),
    made unique on the paper."""
    base = _FIELD_NAME.sub("-", key).strip("-") or "ky"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    return name


def signature_room(places: list[SignaturePlace], height: float, key: str, label: str) -> Flowable:
    """Blank room ``height`` points tall (as wide as its column, at most ``MAX_BOX_WIDTH``)
    holding an empty signature field; appends its ``SignaturePlace`` to ``places``."""
    from reportlab.platypus import Flowable

    class SignatureRoom(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = height
            return available_width, height

        def draw(self) -> None:
            width = min(self.width, MAX_BOX_WIDTH)
            left = (self.width - width) / 2
            x, y = self.canv.absolutePosition(left, 0)
            page = self.canv.getPageNumber() - 1
            name = field_name(key, {p.key for p in places})
            box = (x, y, x + width, y + height)
            _empty_field(self.canv, name, label, box)
            places.append(SignaturePlace(name, label, page, box))

    return SignatureRoom()


def _empty_field(
    canvas: Any, name: str, label: str, box: tuple[float, float, float, float]
) -> None:
    """An unsigned signature field (ISO 32000-1, 12.7.4.5) over ``box`` on the current page:
    a widget with no appearance, printed as nothing until someone signs it."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

    form = canvas.acroForm
    widget = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "FT": PDFName("Sig"),
            "T": PDFString(name),
            "TU": PDFString(label),
            "Rect": PDFArray([round(v, 2) for v in box]),
            "F": 4,  # Print: the signature's appearance prints once it is signed
        }
    )
    canvas._addAnnotation(widget)
    form.fields.append(form.getRef(widget))
