"""Check a file that arrived: a PDF's signatures, or a package's, whichever it is."""

from __future__ import annotations

from pathlib import Path

from emudesk.i18n import _
from emudesk.services.signing import packages, papers
from emudesk.signing import Verdict
from emudesk.signing.errors import SignatureError


def check_file(path: Path) -> list[Verdict]:
    """One verdict per signature of a PDF, or the one of a package (zip with a manifest)."""
    from emudesk.signing.package import is_package

    try:
        with Path(path).open("rb") as stream:
            head = stream.read(1024)
    except OSError as exc:
        raise SignatureError(_("{file} cannot be read.", file=Path(path).name)) from exc
    if b"%PDF-" in head:
        return papers.check_pdf(Path(path))
    if is_package(Path(path)):
        return [packages.check_package(Path(path)).verdict]
    raise SignatureError(_("{file} is neither a PDF nor an emudesk package.", file=Path(path).name))
