"""The year's results and proposals as workbooks for the members and the issuer."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.services.organisation import years
from emudesk.services.organisation.names_on_dates import issuer_name_on, year_end


def export_results(session: Session, year_uuid: UUID, path: Path) -> Path:
    """Ranking with its explanation, unit × criterion finals, and every scorer's input."""
    from emudesk.exchange.results import write_results
    from emudesk.services.scoring import ranking

    cluster_year = years.load(session, year_uuid)
    cluster, year = cluster_year.cluster.uuid, cluster_year.year
    # The explanations, exclusions and award reasons are written into the workbook: an
    # official document, in Vietnamese whatever the interface language.
    report = ranking.compute(session, year_uuid, document=True)
    sheets = [
        ranking.score_sheet(session, cluster, year, row.unit.code, document=True)
        for row in report.rows
    ]
    write_results(report, sheets, path)
    return path


def export_proposals(session: Session, year_uuid: UUID, path: Path) -> Path:
    """The year's proposals in the columns of the issuer's usual list."""
    from emudesk.exchange.results import write_proposals
    from emudesk.services.cycle import proposals

    cluster_year = years.load(session, year_uuid)
    write_proposals(
        proposals.list_proposals(session, year_uuid),
        year=cluster_year.year,
        cluster_name=cluster_year.cluster.name,
        issuer_name=issuer_name_on(cluster_year.cluster.issuer, year_end(cluster_year.year)),
        path=path,
    )
    return path
