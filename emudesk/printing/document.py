"""What every printed document shares: styles, checked paragraphs, page footer, atomic build.

Documents are assembled as reportlab "stories" of paragraphs and tables. Every piece of text
goes through ``Writer.para`` so that it is NFC, XML-escaped and checked against the font; a
missing character stops the whole document with one message that names them all, before a
file is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from emudesk.files import atomic_output
from emudesk.printing import fonts
from emudesk.printing.signature_places import SignaturePlace, signature_room

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

MM = 72 / 25.4
"""Points per millimetre (reportlab measures in points)."""


@dataclass(frozen=True)
class PageSetup:
    """Paper size and margins, in points."""

    width: float
    height: float
    left: float = 15 * MM
    right: float = 15 * MM
    top: float = 15 * MM
    bottom: float = 15 * MM

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right


A4_PORTRAIT = PageSetup(210 * MM, 297 * MM, left=25 * MM, right=15 * MM)
# Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
A4_OFFICIAL = PageSetup(
    210 * MM, 297 * MM, left=30 * MM, right=15 * MM, top=20 * MM, bottom=20 * MM
)
A4_OFFICIAL_LANDSCAPE = PageSetup(
    297 * MM, 210 * MM, left=20 * MM, right=20 * MM, top=30 * MM, bottom=15 * MM
)
A4_LANDSCAPE = PageSetup(297 * MM, 210 * MM)
A3_LANDSCAPE = PageSetup(420 * MM, 297 * MM)


class Writer:
    """Makes paragraphs in the bundled family and remembers characters the font lacks."""

    def __init__(self, base_size: float = 10) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        family = fonts.register_fonts()
        self.family = family
        self._missing: dict[str, None] = {}
        self.signature_places: list[SignaturePlace] = []
        size = base_size
        leading = size * 1.15
        self.styles: dict[str, ParagraphStyle] = {
            "body": ParagraphStyle(
                "body", fontName=family.regular, fontSize=size, leading=leading, alignment=TA_LEFT
            ),
            "center": ParagraphStyle(
                "center",
                fontName=family.regular,
                fontSize=size,
                leading=leading,
                alignment=TA_CENTER,
            ),
            "right": ParagraphStyle(
                "right", fontName=family.regular, fontSize=size, leading=leading, alignment=TA_RIGHT
            ),
            "header": ParagraphStyle(
                "header",
                fontName=family.bold,
                fontSize=size - 1,
                leading=(size - 1) * 1.15,
                alignment=TA_CENTER,
            ),
            "title": ParagraphStyle(
                "title", fontName=family.bold, fontSize=14, leading=18, alignment=TA_CENTER
            ),
            "note": ParagraphStyle(
                "note",
                fontName=family.italic,
                fontSize=size - 1,
                leading=(size - 1) * 1.25,
                alignment=TA_LEFT,
            ),
        }

    def para(
        self,
        text: str,
        style: str = "body",
        *,
        bold: bool = False,
        italic: bool = False,
        **overrides: Any,
    ) -> Paragraph:
        """A paragraph of plain ``text`` (never markup: a "<" in a title stays a "<")."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        base = self.styles[style]
        font = self._font(base.fontName, bold=bold, italic=italic)
        clean = fonts.printable(text)
        self.require(clean, font)
        if font != base.fontName or overrides:
            base = ParagraphStyle(f"{base.name}+", parent=base, fontName=font, **overrides)
        markup = escape(clean).replace("\n", "<br/>")
        return Paragraph(markup, base)

    def signature_room(self, height: float, key: str, label: str) -> Flowable:
        """Room to sign in a signature block; ``build_pdf`` reports where it landed."""
        return signature_room(self.signature_places, height, key, label)

    def require(self, text: str, font: str | None = None) -> None:
        """Note that ``text`` will be drawn in ``font`` (drawn outside paragraphs, say)."""
        for ch in fonts.missing_glyphs(text, font or self.family.regular):
            self._missing.setdefault(ch, None)

    def check(self) -> None:
        """Raise ``MissingGlyphError`` naming every character seen that the font cannot draw."""
        if self._missing:
            raise fonts.glyph_error(tuple(self._missing), self.family.regular)

    def _font(self, name: str, *, bold: bool, italic: bool) -> str:
        family = self.family
        is_bold = bold or name in (family.bold, family.bold_italic)
        is_italic = italic or name in (family.italic, family.bold_italic)
        if is_bold and is_italic:
            return family.bold_italic
        if is_bold:
            return family.bold
        if is_italic:
            return family.italic
        return family.regular


def centred_rule(fraction: float, thickness: float = 0.7) -> Flowable:
    """The short centred line that administrative headers draw under the agency and the motto.

    reportlab's HRFlowable ignores the alignment of a table cell and starts at its left edge.
    """
    from reportlab.platypus import Flowable

    class CentredRule(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            return available_width, thickness + 3

        def draw(self) -> None:
            length = self.width * fraction
            start = (self.width - length) / 2
            self.canv.setLineWidth(thickness)
            self.canv.line(start, thickness / 2, start + length, thickness / 2)

    return CentredRule()


def build_pdf(
    path: str | os.PathLike[str],
    story: Sequence[Flowable],
    page: PageSetup,
    *,
    title: str,
    subject: str,
    footer: str,
    writer: Writer,
    official: bool = False,
) -> tuple[SignaturePlace, ...]:
    """Lay ``story`` out on ``page`` and write it to ``path`` in one step; where its
    signature blocks' rooms landed (``Writer.signature_room``).

    ``official``: pages are numbered as Nghị định 30/2020/NĐ-CP wants, a plain number centred
    in the top margin from the second page on, and ``footer`` is not printed.
    """
    from reportlab.platypus import SimpleDocTemplate

    writer.require(footer, writer.family.italic)
    writer.require(title + subject)
    writer.check()
    with atomic_output(path) as temporary:
        doc = SimpleDocTemplate(
            str(temporary),
            pagesize=(page.width, page.height),
            leftMargin=page.left,
            rightMargin=page.right,
            topMargin=page.top,
            bottomMargin=page.bottom,
            title=fonts.printable(title),
            subject=fonts.printable(subject),
            author="emudesk",
            creator="emudesk",
            lang="vi",
        )
        writer.signature_places.clear()
        doc.build(
            list(story),
            canvasmaker=_numbered_canvas(fonts.printable(footer), page, writer, official),
        )
    return tuple(writer.signature_places)


def shortened(text: str, fits: Callable[[str], bool]) -> str:
    """The longest prefix of ``text`` (ended by "…" when cut) that ``fits``: a binary search,
    so that a name of 100,000 characters costs a few dozen measurements, not 50,000."""
    if fits(text):
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits (or low is 0); text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(text[:middle] + "…"):
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…" if low else ""


def _numbered_canvas(footer: str, page: PageSetup, writer: Writer, official: bool) -> type:
    """A canvas class that writes "Trang n/N" on every page once the page count is known.

    reportlab draws pages one by one, so the total is unknown until the end: each finished
    page's state is kept and the footers are drawn when the document is saved.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    italic = writer.family.italic
    size = 9
    room = page.frame_width - stringWidth("Trang 999/999", italic, size) - 10 * MM
    footer = shortened(footer, lambda text: stringWidth(text, italic, size) <= room)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without an initial font reportlab declares Helvetica, which is not embedded.
            kwargs["initialFontName"] = writer.family.regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(count)
                super().showPage()
            super().save()

        def _footer(self, count: int) -> None:
            if official:
                if self.getPageNumber() > 1:
                    self.setFont(writer.family.regular, 13)
                    top = self._pagesize[1] - 12 * MM
                    self.drawCentredString(self._pagesize[0] / 2, top, str(self.getPageNumber()))
                return
            y = page.bottom - 7 * MM
            self.setFont(italic, size)
            self.drawString(page.left, y, footer)
            self.drawRightString(
                page.width - page.right, y, f"Trang {self.getPageNumber()}/{count}"
            )

    return NumberedCanvas
