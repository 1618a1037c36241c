"""A PDF preview placed in a page's preview area (certificates, the dossier's papers)."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLayout, QWidget


def add_preview(host: QWidget, layout: QLayout) -> tuple[QPdfDocument, QPdfView]:
    """A document and its view fitted whole in ``host`` (whose layout is ``layout``)."""
    document = QPdfDocument(host)
    preview = QPdfView(host)
    preview.setObjectName("preview")
    preview.setDocument(document)
    preview.setZoomMode(QPdfView.ZoomMode.FitInView)
    layout.addWidget(preview)
    return document, preview
