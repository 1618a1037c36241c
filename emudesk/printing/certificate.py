"""Certificates of merit as PDF: the full design on plain paper, or the text onto blanks.

Every page is exactly the template's size. Each field's text is wrapped into its box and, when
it does not fit, shrunk half a point at a time down to the field's smallest size; text that
still does not fit is refused by name rather than printed over the next field. For printing
onto pre-printed blanks, the printer's measured offset (and scale) moves every field.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emudesk.errors import ValidationError
from emudesk.files import atomic_output
from emudesk.i18n import _
from emudesk.printing.fonts import check_glyphs, printable, register_fonts
from emudesk.printing.templates import Field, Template, field_label, mm

MM = 72 / 25.4
LEADING = 1.2  # line height as a multiple of the font size
STEP = 0.5  # points per shrinking step
HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
BORDER_RED = "#b22222"
BORDER_GOLD = "#c9a227"


@dataclass(frozen=True)
class Calibration:
    """A printer's measured error: where a mark meant for (x, y) really lands, in mm."""

    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0

    def place(self, x: float, y: float) -> tuple[float, float]:
        return self.dx + self.scale * x, self.dy + self.scale * y


@dataclass(frozen=True)
class Placed:
    """Where a field's text went on a page (for previews and tests)."""

    name: str
    size: float
    lines: tuple[str, ...]


def _font(field: Field) -> str:
    family = register_fonts()
    if field.bold and field.italic:
        return family.bold_italic
    if field.bold:
        return family.bold
    return family.italic if field.italic else family.regular


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a single word wider than the box stays on its own line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            trial = f"{current} {word}" if current else word
            if current and stringWidth(trial, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


def fit(field: Field, text: str, scale: float = 1.0) -> tuple[float, list[str]]:
    """The largest size (≤ the field's) at which ``text`` fits the box, and its lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = _font(field)
    width, height = field.width * MM * scale, field.height * MM * scale
    size = field.size * scale
    smallest = field.min_size * scale
    # No printed glyph is narrower than a tenth of the size: a text longer than that many
    # characters a line cannot fit, and is refused before any line is measured.
    hopeless = len(text) > field.max_lines * width / (smallest * 0.1)
    while True:
        if hopeless:
            size = smallest - STEP
        lines = [] if hopeless else _wrap(text, font, size, width)
        fits = not hopeless and (
            len(lines) <= field.max_lines
            and all(stringWidth(line, font, size) <= width for line in lines)
            and (len(lines) - 1) * size * LEADING + size <= height + 0.01
        )
        if fits:
            return size, lines
        if size - STEP < smallest - 1e-9:
            raise ValidationError(
                _(
                    "“{text}” is too long for the field “{field}” of the certificate, even at "
                    "the smallest size ({size} pt); shorten it or widen the field in the "
                    "template.",
                    text=text if len(text) <= 80 else text[:80] + "…",
                    field=field_label(field.name),
                    size=mm(field.min_size),
                )
            )
        size -= STEP


def field_text(field: Field, values: Mapping[str, str]) -> str:
    """The field's text with the award's values filled in (unknown placeholders stay empty)."""

    class Missing(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return ""

    return printable(field.text.format_map(Missing(values))).strip()


def check_page(template: Template, values: Mapping[str, str], *, overlay: bool) -> list[Placed]:
    """Fit every field of one certificate (raising on text that cannot fit or be drawn)."""
    placed: list[Placed] = []
    for field in template.fields:
        if (overlay and field.static) or field.name == "qr":
            continue
        text = field_text(field, values)
        if not text:
            continue
        check_glyphs(text, _font(field))
        size, lines = fit(field, text)
        placed.append(Placed(field.name, size, tuple(lines)))
    return placed


def render(
    target: str | os.PathLike[str],
    pages: Sequence[tuple[Template, Mapping[str, str]]],
    *,
    overlay: bool = False,
    calibration: Calibration | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> list[list[Placed]]:
    """Write one page per (template, values) of ``pages`` to ``target``, in one step.

    Each page has its template's size. Every page is fitted before anything is written, so
    a name that cannot fit refuses the whole batch and no file is left half-made.
    """
    from reportlab.pdfgen.canvas import Canvas

    calibration = calibration if overlay and calibration else Calibration()
    fitted = [check_page(template, values, overlay=overlay) for template, values in pages]
    with atomic_output(target) as temporary:
        canvas = Canvas(str(temporary), pageCompression=1)
        canvas.setTitle(pages[0][0].name if pages else "emudesk")
        canvas.setAuthor("emudesk")
        canvas.setCreator("emudesk")
        for index, (template, values) in enumerate(pages):
            if progress is not None and not progress(index, len(pages)):
                from emudesk.errors import CancelledError

                raise CancelledError(_("Cancelled: nothing was printed."))
            canvas.setPageSize((template.width * MM, template.height * MM))
            draw_page(canvas, template, values, overlay=overlay, calibration=calibration)
            canvas.showPage()
        canvas.save()
    return fitted


def draw_page(
    canvas: Any,
    template: Template,
    values: Mapping[str, str],
    *,
    overlay: bool,
    calibration: Calibration,
) -> None:
    """Draw one certificate on ``canvas`` (its page size must be the template's)."""
    if not overlay:
        if template.border:
            _border(canvas, template)
        if template.national_header:
            _national_header(canvas, template)
    for field in template.fields:
        if overlay and field.static:
            continue
        if field.name == "qr":
            if template.qr and values.get("qr"):
                _qr(canvas, template, field, values["qr"], calibration)
            continue
        text = field_text(field, values)
        if text:
            _text(canvas, template, field, text, calibration)


def _text(canvas: Any, template: Template, field: Field, text: str, cal: Calibration) -> None:
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    size, lines = fit(field, text, cal.scale)
    font = _font(field)
    x_mm, y_mm = cal.place(field.x, field.y)
    left, top = x_mm * MM, (template.height - y_mm) * MM
    width, height = field.width * MM * cal.scale, field.height * MM * cal.scale
    ascent, descent = getAscentDescent(font, size)
    block = (len(lines) - 1) * size * LEADING + (ascent - descent)
    baseline = top - (height - block) / 2 - ascent  # the block centred in the box
    canvas.setFillColor(field.color)
    canvas.setFont(font, size)
    for line in lines:
        if field.align == "left":
            canvas.drawString(left, baseline, line)
        elif field.align == "right":
            canvas.drawRightString(left + width, baseline, line)
        else:
            canvas.drawCentredString(left + width / 2, baseline, line)
        baseline -= size * LEADING


def _qr(canvas: Any, template: Template, field: Field, payload: str, cal: Calibration) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(_qr_segments(payload), barLevel="M")
    # The widget's bounds are its frame (getBounds() would encode the code once more just
    # to measure it: a third of a certificate's time).
    x0, y0 = widget.x, widget.y
    x1, y1 = x0 + widget.barWidth, y0 + widget.barHeight
    side = min(field.width, field.height) * MM * cal.scale
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    x_mm, y_mm = cal.place(field.x, field.y)
    renderPDF.draw(drawing, canvas, x_mm * MM, (template.height - y_mm) * MM - side)


QR_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def _qr_segments(payload: str) -> Any:
    """A signed code's text ("…~" + base45) as a byte segment and an alphanumeric one: the
    signature in alphanumeric mode takes 5.5 bits a character instead of 8, which keeps an
    RSA-signed code at version 14 (level M) instead of 16."""
    from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRAlphaNum

    head, separator, tail = payload.rpartition("~")
    if separator and tail and set(tail) <= QR_ALPHANUMERIC:
        return [QR8bitByte((head + separator).encode("utf-8")), QRAlphaNum(tail)]
    return payload


def _border(canvas: Any, template: Template) -> None:
    """A double frame with corner ornaments, in the red and gold of printed certificates."""
    width, height = template.width * MM, template.height * MM
    margin = min(template.width, template.height) * 0.035 * MM
    canvas.saveState()
    canvas.setStrokeColor(BORDER_RED)
    canvas.setLineWidth(3)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    inner = margin + 3 * MM
    canvas.setStrokeColor(BORDER_GOLD)
    canvas.setLineWidth(1.2)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setFillColor(BORDER_GOLD)
    corner = 7 * MM
    for cx, cy in (
        (inner, inner),
        (width - inner, inner),
        (inner, height - inner),
        (width - inner, height - inner),
    ):
        path = canvas.beginPath()
        path.moveTo(cx, cy - corner / 2)
        path.lineTo(cx + corner / 2, cy)
        path.lineTo(cx, cy + corner / 2)
        path.lineTo(cx - corner / 2, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _national_header(canvas: Any, template: Template) -> None:
    family = register_fonts()
    width, height = template.width * MM, template.height * MM
    scale = min(template.width / 420, template.height / 297)
    first, second = 15 * scale, 14 * scale
    y = height - template.height * 0.085 * MM
    canvas.saveState()
    canvas.setFillColor("#000000")
    canvas.setFont(family.bold, first)
    canvas.drawCentredString(width / 2, y, HEADER[0])
    y -= first * 1.35
    canvas.setFont(family.bold, second)
    canvas.drawCentredString(width / 2, y, HEADER[1])
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rule = stringWidth(HEADER[1], family.bold, second)
    canvas.setLineWidth(0.8)
    canvas.line(width / 2 - rule / 2, y - 3, width / 2 + rule / 2, y - 3)
    canvas.restoreState()


def calibration_grid(target: str | os.PathLike[str], width: float, height: float) -> Path:
    """A page with a millimetre grid and rulers: print it, measure, enter the offsets."""
    from reportlab.pdfgen.canvas import Canvas

    family = register_fonts()
    with atomic_output(target) as temporary:
        canvas = Canvas(str(temporary), pagesize=(width * MM, height * MM))
        canvas.setTitle(f"emudesk — lưới căn chỉnh {width:g} × {height:g} mm")
        for mm in range(0, int(width) + 1):
            major = mm % 10 == 0
            canvas.setLineWidth(0.4 if major else 0.1)
            canvas.setStrokeColor("#000000" if major else "#9a9a9a")
            if major or mm % 5 == 0:
                canvas.line(mm * MM, 0, mm * MM, height * MM)
            tick = 6 if major else (4 if mm % 5 == 0 else 2)
            canvas.line(mm * MM, height * MM, mm * MM, (height - tick) * MM)
            if major and mm:
                canvas.setFont(family.regular, 7)
                canvas.drawString(mm * MM + 1, (height - 9) * MM, str(mm))
        for mm in range(0, int(height) + 1):
            major = mm % 10 == 0
            canvas.setLineWidth(0.4 if major else 0.1)
            canvas.setStrokeColor("#000000" if major else "#9a9a9a")
            y = (height - mm) * MM
            if major or mm % 5 == 0:
                canvas.line(0, y, width * MM, y)
            tick = 6 if major else (4 if mm % 5 == 0 else 2)
            canvas.line(0, y, tick * MM, y)
            if major and mm:
                canvas.setFont(family.regular, 7)
                canvas.drawString(7 * MM, y + 1, str(mm))
        canvas.setFont(family.bold, 12)
        canvas.drawString(
            30 * MM,
            (height - 30) * MM,
            "Lưới căn chỉnh máy in — in ở cỡ thực (100 %), không co giãn",
        )
        canvas.setFont(family.regular, 10)
        for i, line in enumerate(
            (
                "Đo vị trí vạch 10 mm và 100 mm trên bản in, tính từ mép trái và mép trên.",
                "Lệch ngang = vị trí đo được của vạch 10 mm − 10; lệch dọc tương tự.",
                "Nhập độ lệch (và tỉ lệ nếu khoảng 10–100 mm đo được khác 90 mm) khi căn chỉnh.",
            )
        ):
            canvas.drawString(30 * MM, (height - 38 - 6 * i) * MM, line)
        canvas.showPage()
        canvas.save()
    return Path(target)
