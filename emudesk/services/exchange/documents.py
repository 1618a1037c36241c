"""Documents written from the database: a unit's score sheet as PDF or Excel."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.services.organisation import units, years
from emudesk.services.scoring import ranking

SCORE_SHEET_SUFFIXES = (".pdf", ".xlsx")


def write_score_sheet(session: Session, year_uuid: UUID, unit_uuid: UUID, path: Path) -> Path:
    """Write one unit's score sheet; the file type follows the suffix (.pdf or .xlsx)."""
    suffix = path.suffix.lower()
    if suffix not in SCORE_SHEET_SUFFIXES:
        raise ValidationError(
            _(
                "The score sheet is written as .pdf or .xlsx, not {suffix}.",
                suffix=suffix or "?",
            )
        )
    cluster_year = years.load(session, year_uuid)
    unit = units.load(session, unit_uuid)
    # The sheet's ranking explanation is printed: an official document, in Vietnamese whatever
    # the interface language.
    sheet = ranking.score_sheet(
        session, cluster_year.cluster.uuid, cluster_year.year, unit.code, document=True
    )
    _refuse_unprintable(
        (sheet.cluster_name, sheet.cluster_code),
        (sheet.issuer_name, sheet.cluster_code),
        (sheet.unit.name, sheet.unit.code),
        (sheet.table_title, sheet.cluster_code),
    )
    if suffix == ".pdf":
        from emudesk.printing.scoresheet import write_scoresheet_pdf

        write_scoresheet_pdf(sheet, path)
    else:
        from emudesk.exchange.scoresheet import write_scoresheet_xlsx

        write_scoresheet_xlsx(sheet, path)
    return path


def _refuse_unprintable(*names: tuple[str, str]) -> None:
    """A name longer than any name may be (one stored before names were bounded, or edited
    outside emudesk) would take the page layout minutes to wrap: refused at once instead."""
    from emudesk.services.checks import NAME_MAX

    for name, owner in names:
        if len(name) > NAME_MAX:
            raise ValidationError(
                _(
                    "The name “{start}…” of {owner} is {length} characters long, more "
                    "than a name may be ({limit}); correct it before printing.",
                    start=name[:40],
                    owner=owner,
                    length=len(name),
                    limit=NAME_MAX,
                )
            )
