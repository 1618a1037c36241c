"""The visible signature box, drawn with reportlab in the bundled Liberation Serif.

pyHanko's own stamp writes Courier, which has no Vietnamese letters, and its TrueType text
stamp spreads letters of 2048-unit fonts twice too wide (pyHanko 0.38). So the box is a
one-page PDF the size of the box, drawn here, that pyHanko places in the signature field.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from typing import Any

from emudesk.paths import resources_dir
from emudesk.signing import Signer

REGULAR = "EmudeskSign-Regular"
BOLD = "EmudeskSign-Bold"
_FILES = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf"}
_LOCK = threading.Lock()
RED = (0.78, 0.07, 0.07)


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _LOCK:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, file in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file)))


def when_text(moment: dt.datetime) -> str:
    """ "17/01/2025 09:30:12 +07:00": the signing time as Vietnamese offices write it."""
    offset = moment.strftime("%z")
    return moment.strftime("%d/%m/%Y %H:%M:%S ") + (f"{offset[:3]}:{offset[3:]}" if offset else "")


def box_pdf(width: float, height: float, signer: Signer, moment: dt.datetime) -> bytes:
    """One page of ``width`` × ``height`` points: a red frame, who signed and when."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR)
    page.setStrokeColorRGB(*RED)
    page.setFillColorRGB(*RED)
    page.setLineWidth(1)
    page.rect(0.5, 0.5, width - 1, height - 1)
    lines: list[tuple[str, str]] = [(BOLD, "Ký bởi: " + signer.name)]
    if signer.organisation:
        lines.append((REGULAR, "Cơ quan: " + signer.organisation))
    lines.append((REGULAR, "Ngày ký: " + when_text(moment)))
    room = width - 8
    size = min(10.0, max(6.0, height / 6))
    while True:  # the largest size at which the lines (wrapped) fit the box
        wrapped = [
            (font, part) for font, text in lines for part in simpleSplit(text, font, size, room)
        ]
        if len(wrapped) * size * 1.2 <= height - 6 or size <= 5:
            break
        size -= 0.5
    y = height / 2 + len(wrapped) * size * 1.2 / 2 - size
    for font, text in wrapped:
        shown = text
        while stringWidth(shown, font, size) > room and len(shown) > 1:  # an unbreakable word
            shown = shown[:-2] + "…"
        page.setFont(font, size)
        page.drawString(4, y, shown)
        y -= size * 1.2
    page.showPage()
    page.save()
    return buffer.getvalue()


def stamp_style(width: float, height: float, signer: Signer, moment: dt.datetime) -> Any:
    """The pyHanko stamp style that shows ``box_pdf`` as it is, edge to edge."""
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=_page_from_bytes(box_pdf(width, height, signer, moment)),
        border_width=0,  # the frame is drawn in the page
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),  # else pyHanko shrinks it 5 pt into the box
        ),
    )


def _page_from_bytes(data: bytes) -> Any:
    """pyHanko's ``ImportedPdfPage``, reading the page from bytes instead of a file name
    (the box never touches the disk)."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class PageFromBytes(ImportedPdfPage):
        def render(self) -> bytes:
            reader = PdfFileReader(io.BytesIO(data))
            xobj = self._ensure_writer.import_page_as_xobject(reader, page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return bytes(name + b" Do")

    return PageFromBytes("", page_ix=0)
