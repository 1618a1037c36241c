"""Documents stay Vietnamese when the interface is English.

The rules' sentences (ranking explanations, exclusions, award reasons) end up in the results
workbook, the score sheet and the proposals sent to the issuer: official Vietnamese papers.
The services that write them compute the sentences inside ``vietnamese_documents()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from emudesk import i18n, rules
from emudesk.db import Database
from emudesk.errors import EmuError
from emudesk.services.cycle import proposals
from emudesk.services.exchange import documents, result_export
from emudesk.services.organisation import years
from emudesk.services.scoring import ranking, regulation
from tests.exchange.corpus import CLUSTER, unlock

VIETNAMESE_ONLY = ("trên", "so với", "Xếp hạng", "đang bị thanh tra")


def read(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def vietnamese_report(database: Database) -> ranking.RankingReport:
    """The ranking as a Vietnamese user sees it, for comparison."""
    with database.session() as session, i18n.vietnamese_documents():
        return ranking.compute(session, years.get_year(session, CLUSTER, 2024).uuid)


def exclude_the_leader(database: Database) -> None:
    """Put the leading unit of 2024 under inspection (the year is unlocked first)."""
    year_uuid = unlock(database)
    with database.session() as session:
        leader = ranking.compute(session, year_uuid).rows[0].unit
        regulation.set_exclusion(
            session, year_uuid, leader.uuid, rules.ExclusionReason.INSPECTION, "Đoàn 12"
        )


def test_the_results_workbook_stays_vietnamese(
    demo_db: Database, tmp_path: Path, english: None
) -> None:
    # GIVEN the demo cluster's 2024 ranking with its leader under inspection, and the
    # interface in English (the GUI shows the ranking in English)
    exclude_the_leader(demo_db)
    with demo_db.session() as session:
        year = years.get_year(session, CLUSTER, 2024)
        shown = ranking.compute(session, year.uuid)
        # WHEN the results workbook is exported
        path = result_export.export_results(session, year.uuid, tmp_path / "ket-qua.xlsx")
    assert " above " in shown.rows[1].explanation
    assert shown.rows[0].excluded == "under inspection or audit: Đoàn 12"
    # THEN its explanations, exclusion and award lines are today's Vietnamese sentences
    expected = vietnamese_report(demo_db)
    rows = read(path, "Xếp hạng")
    heading = rows[4]
    body = rows[5 : 5 + len(expected.rows)]
    explained = heading.index("Căn cứ xếp hạng")
    excluded = heading.index("Không xét khen")
    assert [row[explained] for row in body] == [r.versus_above for r in expected.rows]
    assert body[1][explained].startswith(f"{expected.rows[0].unit.short_name} trên ")
    assert body[0][excluded] == "đang bị thanh tra, kiểm tra: Đoàn 12"
    awards = [row[0] for row in rows if str(row[0]).startswith("Đề nghị ")]
    assert awards == [
        f"Đề nghị {s.kind.label_vi}: {s.unit.name} – {s.reason}" for s in expected.suggestions
    ]
    assert awards[0].endswith("– Xếp hạng 2, tổng 95,46")
    text = " ".join(str(cell) for row in rows for cell in row)
    assert " above " not in text and "Rank " not in text and "under inspection" not in text


def test_the_score_sheet_workbook_stays_vietnamese(
    demo_db: Database, tmp_path: Path, english: None
) -> None:
    # GIVEN the interface in English
    with demo_db.session() as session:
        year = years.get_year(session, CLUSTER, 2024)
        second = ranking.compute(session, year.uuid).rows[1]
        # WHEN the second unit's score sheet is written as a workbook
        path = documents.write_score_sheet(
            session, year.uuid, second.unit.uuid, tmp_path / "bang-diem.xlsx"
        )
    assert " above " in second.explanation
    # THEN the sheet gives the ranking basis in Vietnamese
    basis = vietnamese_report(demo_db).rows[1].explanation
    assert basis == "Ban Dân tộc Đắk Lắk trên Ban Dân tộc Phú Yên: tổng 98,12 so với 95,46"
    cells = [str(cell) for row in read(path, "Bảng điểm") for cell in row]
    assert f"Căn cứ xếp hạng: {basis}" in cells


def test_proposals_from_the_ranking_get_vietnamese_reasons(
    demo_db: Database, english: None
) -> None:
    # GIVEN the leader under inspection, so the ranking suggests awards the demo has not
    # proposed yet, and the interface in English
    exclude_the_leader(demo_db)
    # WHEN the suggestions become draft proposals
    with demo_db.session() as session:
        created = proposals.from_suggestions(session, years.get_year(session, CLUSTER, 2024).uuid)
    # THEN their achievement sentence, printed on papers and certificates, is Vietnamese
    assert created
    assert all(
        p.reason.startswith(("Đã có thành tích xuất sắc", "Đã hoàn thành xuất sắc"))
        for p in created
    ), [p.reason for p in created]
    assert all(p.award_text.endswith("Ủy ban Dân tộc") for p in created)


def test_a_refusal_while_writing_a_document_speaks_the_users_language(
    demo_db: Database, tmp_path: Path, english: None
) -> None:
    # GIVEN the interface in English and a year that has no scoring table yet
    with demo_db.session() as session:
        source = years.get_year(session, CLUSTER, 2025)
        empty = years.create_year(
            session, source.cluster_uuid, 2026, [m.uuid for m in source.members]
        )
    # WHEN its results, proposals or a score sheet are asked for
    with demo_db.session() as session:
        refusals = []
        for attempt in (
            lambda: result_export.export_results(session, empty.uuid, tmp_path / "r.xlsx"),
            lambda: proposals.from_suggestions(session, empty.uuid),
            lambda: documents.write_score_sheet(
                session, empty.uuid, source.members[0].uuid, tmp_path / "s.pdf"
            ),
        ):
            try:
                attempt()
            except EmuError as error:
                refusals.append(error.message)
    # THEN each refusal is in English (the papers they would have been are Vietnamese)
    assert len(refusals) == 3
    for message in refusals:
        assert "scoring table" in message and "bảng" not in message, message
