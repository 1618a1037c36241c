"""The year's dossier: the submission, the conference's minutes and an achievement report per
proposed collective, each written as a Word document and/or PDF.

Papers are written to a folder under stable ASCII names ("01-to-trinh.docx",
"03-bao-cao-thanh-tich-BDT-DLK.pdf") so that an office can send them as they are; a refusal
(no voted proposal, a character the fonts lack) leaves none of them half-written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import NAMESPACE_URL, UUID, uuid5

from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear
from emudesk.printing.official import OfficialDocument
from emudesk.services.organisation import years
from emudesk.services.papers import minutes, numbers, report, submission
from emudesk.services.papers.context import carried, nominee, year_end_meeting
from emudesk.services.papers.output import FORMATS, write_document


@dataclass(frozen=True)
class DossierPaper:
    """One paper of the dossier as the Dossier page lists it."""

    key: str  # "submission", "minutes", "report:<proposal uuid>"
    label: str  # in Vietnamese, as the paper is called
    stem: str  # the file name without its suffix
    numbered: bool  # the cluster's office gives it a number
    subject: str = ""  # a report's collective and award (data, as stored)


def papers(session: Session, year_uuid: UUID) -> list[DossierPaper]:
    """The papers of the year's dossier, in the order they are sent."""
    cluster_year = years.load(session, year_uuid)
    found = [DossierPaper("submission", "Tờ trình đề nghị khen thưởng", "01-to-trinh", True)]
    if year_end_meeting(session, cluster_year) is not None:
        found.append(DossierPaper("minutes", "Biên bản hội nghị", "02-bien-ban", True))
    index = 3
    for proposal in carried(session, cluster_year):
        if proposal.nominee_kind == "person":
            continue
        code = proposal.unit.code
        suffix = f"{code}-{proposal.position + 1}" if proposal.nominee_kind != "unit" else code
        found.append(
            DossierPaper(
                f"report:{proposal.uuid}",
                f"Báo cáo thành tích: {nominee(proposal)} ({proposal.award.name})",
                f"{index:02d}-bao-cao-thanh-tich-{_ascii(suffix)}",
                False,
                f"{nominee(proposal)} — {proposal.award.name}",
            )
        )
        index += 1
    return found


@dataclass(frozen=True)
class DossierRow:
    """A paper of the dossier with its number and date (numbered papers only)."""

    paper: DossierPaper
    number: numbers.PaperNumber | None

    @property
    def uuid(self) -> UUID:
        """A stable identity for lists (the paper's key as a UUID)."""
        return uuid5(NAMESPACE_URL, f"emudesk:dossier:{self.paper.key}")


def overview(session: Session, year_uuid: UUID) -> list[DossierRow]:
    """The Dossier page's list: every paper, with the number and date it has."""
    cluster_year = years.load(session, year_uuid)
    return [
        DossierRow(
            paper, numbers.number_of(session, cluster_year, paper.key) if paper.numbered else None
        )
        for paper in papers(session, year_uuid)
    ]


def _ascii(text: str) -> str:
    from emudesk.exchange.naming import safe_code

    return safe_code(text)


def build(session: Session, year_uuid: UUID, key: str) -> OfficialDocument:
    """The paper ``key`` of the year's dossier, as a document ready to write."""
    cluster_year = years.load(session, year_uuid)
    return _build(session, cluster_year, key)


def _build(session: Session, cluster_year: ClusterYear, key: str) -> OfficialDocument:
    if key == "submission":
        return submission.build(session, cluster_year)
    if key == "minutes":
        return minutes.build(session, cluster_year)
    if key.startswith("report:"):
        wanted = UUID(key.removeprefix("report:"))
        for proposal in carried(session, cluster_year):
            if proposal.uuid == wanted:
                return report.build(session, cluster_year, proposal)
    raise ValidationError(_("The dossier has no paper {key}; reload the page.", key=key))


def write_paper(session: Session, year_uuid: UUID, key: str, out: Path) -> Path:
    """One paper to ``out`` (.docx or .pdf)."""
    return write_document(build(session, year_uuid, key), out)


def write_dossier(
    session: Session, year_uuid: UUID, folder: Path, formats: Sequence[str] = FORMATS
) -> list[Path]:
    """Every paper of the year's dossier into ``folder``, in each of ``formats``.

    Every paper is built before any file is written; a file that fails removes those
    written before it, so the folder never holds half a dossier. A folder that does not
    exist yet is created (once the papers are sure to be written), as for the forms.
    """
    chosen = [f for f in FORMATS if f in formats]
    if not chosen:
        raise ValidationError(_("Choose docx, pdf or both."))
    folder = Path(folder)
    cluster_year = years.load(session, year_uuid)
    built = [
        (paper, _build(session, cluster_year, paper.key)) for paper in papers(session, year_uuid)
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            _(
                "The folder {folder} cannot be created (a file of that name, or no right to "
                "write there); choose another one.",
                folder=folder,
            )
        ) from exc
    written: list[Path] = []
    try:
        for paper, document in built:
            for suffix in chosen:
                written.append(write_document(document, folder / f"{paper.stem}.{suffix}"))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
