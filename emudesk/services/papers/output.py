"""Write an official document as PDF or as a Word document, chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.printing.official import OfficialDocument

FORMATS = ("docx", "pdf")


def write_document(document: OfficialDocument, path: Path) -> Path:
    """``path`` ending in .pdf or .docx; the file appears whole or not at all."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from emudesk.printing.official.word import write_docx

        write_docx(document, path)
    elif suffix == ".pdf":
        from emudesk.printing.official.pdf import write_pdf

        write_pdf(document, path)
    else:
        raise ValidationError(
            _("{name}: a paper is written as .pdf or .docx.", name=Path(path).name)
        )
    return Path(path)
