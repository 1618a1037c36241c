"""Dossier papers per proposal and the year's deadline with what is still missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import FileFormatError
from emudesk.services.cycle import dossiers, proposals
from emudesk.services.organisation import years
from tests.conftest import dump

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_deadline_counts_days_and_lists_missing_papers(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        status = dossiers.deadline_status(session, year.uuid, today=dt.date(2024, 12, 18))
        assert status.deadline == dt.date(2024, 12, 30) and status.days_left == 12
        assert len(status.missing) == 9  # three proposals, three papers each
        first = proposals.list_proposals(session, year.uuid)[0]
        paper = tmp_path / "to-trinh.pdf"
        paper.write_bytes(PDF)
        checklist = dossiers.set_paper(session, first.uuid, "submission", ready=True, file=paper)
        submission = checklist[0]
        assert (submission.kind, submission.ready, submission.file_name) == (
            "submission",
            True,
            "to-trinh.pdf",
        )
        dossiers.set_paper(session, first.uuid, "minutes", ready=True)
        status = dossiers.deadline_status(session, year.uuid, today=dt.date(2025, 1, 2))
    assert status.days_left == -3 and len(status.missing) == 7
    assert (first.nominee, "achievement_report") in status.missing


def test_a_paper_that_is_not_a_pdf_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        first = proposals.list_proposals(session, year.uuid)[0]
    word = tmp_path / "to-trinh.docx"
    word.write_bytes(b"PK\x03\x04 not a pdf")
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(FileFormatError, match="không phải tệp PDF"):
        dossiers.set_paper(session, first.uuid, "submission", ready=True, file=word)
    assert dump(demo_db) == before
