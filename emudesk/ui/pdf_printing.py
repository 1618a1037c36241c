"""Send a PDF to a printer at actual size: one page per page, no scaling, no margins.

Certificates land on pre-printed blanks only if a millimetre in the PDF is a millimetre on
paper, so each page is given the printer as a page of exactly the PDF page's size, full
page (no printer margins moving the origin), and drawn from the paper's corner. Pages are
rasterised at ``MAX_DPI`` at most (an A3 page at 300 dpi is about 70 MB) and drawn to the
printer's device size, which changes the dots, not the millimetres.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

MAX_DPI = 300


def installed_printers() -> list[str]:
    """The names of the printers installed on this computer, as the system spells them."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    """The system's default printer ("" when none is installed): the print dialog's first offer."""
    return QPrinterInfo.defaultPrinterName()


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """A layout of exactly this size, landscape when wider than high, without margins."""
    landscape = width_pt > height_pt
    short, long_ = sorted((width_pt, height_pt))
    size = QPageSize(
        QSizeF(short, long_), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages printed."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise OSError(
            QCoreApplication.translate("PdfPrinting", "the file %1 cannot be read").replace(
                "%1", str(pdf)
            )
        )
    printer.setFullPage(True)
    painter = QPainter()
    count = document.pageCount()
    try:
        for index in range(count):
            point_size = document.pagePointSize(index)
            printer.setPageLayout(page_layout(point_size.width(), point_size.height()))
            if index == 0:
                if not painter.begin(printer):
                    raise OSError(
                        QCoreApplication.translate("PdfPrinting", "the printer refused the job")
                    )
            else:
                printer.newPage()
            dpi = min(printer.resolution(), MAX_DPI)
            image = document.render(
                index,
                QSize(round(point_size.width() / 72 * dpi), round(point_size.height() / 72 * dpi)),
            )
            device = printer.resolution() / 72
            target = QRectF(0, 0, point_size.width() * device, point_size.height() * device)
            painter.drawImage(target, image)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return count
