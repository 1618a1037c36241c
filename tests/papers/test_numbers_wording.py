"""Document numbers per office and year, never invented; the wording a cluster edits and keeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import ConflictError, ValidationError
from emudesk.services.handover import export, merge
from emudesk.services.organisation import years
from emudesk.services.papers import dossier, numbers, wording
from tests.conftest import dump


def test_numbers_run_per_office_and_year_and_are_taken_not_invented(demo_db: Database) -> None:
    with demo_db.session() as session:
        y2024 = years.get_year(session, "UBDT-C4", 2024)
        y2025 = years.get_year(session, "UBDT-C4", 2025)
        taken = numbers.numbers(session, y2024.uuid)
        # the demo took 01 (minutes) and 02 (submission) of the office's 2024 series
        assert (taken["minutes"].number, taken["submission"].number) == (1, 2)
        assert taken["submission"].symbol == "TTr-CTĐ4"
        # a paper without a number prints a blank to fill in by hand
        assert taken["summary"].number is None and taken["summary"].date is None
        # WHEN a 2025 paper is dated in January 2025 THEN it starts that year's series
        first = numbers.set_number(
            session, y2024.uuid, "summary", date=dt.date(2025, 1, 10), number=numbers.NEXT
        )
        assert first.number == 1
        again = numbers.set_number(
            session, y2025.uuid, "minutes", date=dt.date(2025, 12, 19), number=numbers.NEXT
        )
        assert again.number == 2  # one series per office and year, whatever the cluster-year
        paper = dossier.build(session, y2024.uuid, "submission")
        assert paper.number_line == "Số: 02/TTr-CTĐ4"
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ConflictError, match="số còn trống"):
        numbers.set_number(session, y2025.uuid, "submission", date=dt.date(2025, 3, 2), number=1)
    with demo_db.session() as session, pytest.raises(ValidationError, match="ngày của văn bản"):
        numbers.set_number(session, y2025.uuid, "submission", date=None, number=5)
    assert dump(demo_db) == before


def test_the_clusters_wording_is_kept_checked_used_and_handed_over(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        # WHEN the head rewrites the request and signs "TM. CỤM THI ĐUA SỐ 4"
        wording.save_wording(
            session,
            "UBDT-C4",
            "submission",
            {
                "request": "{cluster} đề nghị {issuer} khen thưởng {count} tập thể năm {year}:",
                "sign_for": "Cụm thi đua số 4",
            },
            office_symbol="CĐ4-DT",
        )
        paper = dossier.build(session, year.uuid, "submission")
    texts = [getattr(block, "text", "") for block in paper.body]
    assert "Cụm thi đua số 4 đề nghị Ủy ban Dân tộc khen thưởng 3 tập thể năm 2024:" in texts
    assert paper.signatures[0].lines() == ["TM. CỤM THI ĐUA SỐ 4", "CỤM TRƯỞNG"]
    # the number taken keeps the symbol of its day; a new number takes the new symbol
    assert paper.number_line == "Số: 02/TTr-CTĐ4"
    with demo_db.session() as session:
        assert (
            numbers.symbol_for(session, years.find(session, "UBDT-C4", 2024).cluster, "minutes")
            == "BB-CĐ4-DT"
        )
    before = dump(demo_db)
    for texts_, reason in (
        ({"request": "{cluster} đề nghị {giám đốc}"}, "trường thay thế"),
        ({"request": "{cluster"}, "ngoặc nhọn"),
        ({"sign_mode": "PP."}, "Thể thức ký"),
    ):
        with demo_db.session() as session, pytest.raises(ValidationError, match=reason):
            wording.save_wording(session, "UBDT-C4", "submission", texts_)
    assert dump(demo_db) == before
    # AND the next head receives the wording with the cluster
    file = tmp_path / "h.emudesk"
    with demo_db.session() as session:
        export.export_cluster(session, "UBDT-C4", file)
    with db.session() as session:
        merge.merge(session, file)
        kept = wording.get_wording(session, "UBDT-C4")
    assert kept.office_symbol == "CĐ4-DT"
    assert ("submission", "request") in kept.edited
    # a reset goes back to the built-in wording
    with db.session() as session:
        reset = wording.reset_wording(session, "UBDT-C4", "submission")
    assert not reset.edited


def test_typed_and_stored_wording_pass_the_same_check() -> None:
    # GIVEN the block checker the Wording dialog uses, public for whoever imports wording
    assert wording.check_block("submission", "sign_mode", " tm ") == "TM."
    assert wording.check_block("minutes", "summary", "Biên bản  {year}\r\n") == "Biên bản  {year}"
    # WHEN stored texts (a handover, a database edited elsewhere) are checked THEN they are
    # refused for what typing them would be refused for
    for texts, symbol, reason in (
        ({"submission": {"request": "{cluster} đề nghị {giám đốc}"}}, "", "trường thay thế"),
        ({"submission": {"sign_mode": "PP."}}, "", "Thể thức ký"),
        ({"submission": {"closing": "kính trình\x00"}}, "", "ký tự điều khiển"),
        ({"submission": {"closing": 42}}, "", "submission"),
        ({"decision": {"summary": "Quyết định"}}, "", "decision"),
        ({"submission": "một chuỗi"}, "", "submission"),
        ([], "", "không phải là một bộ văn bản"),
        ({}, "CTĐ4\x07", "ký tự điều khiển"),
        ({}, "C" * 41, "quá dài"),
    ):
        with pytest.raises(ValidationError, match=reason):
            wording.check_stored(texts, symbol)
    # AND good stored texts come back cleaned
    texts, symbol = wording.check_stored({"submission": {"sign_mode": "kt"}}, " CĐ4 ")
    assert (texts, symbol) == ({"submission": {"sign_mode": "KT."}}, "CĐ4")


def test_stored_wording_that_fails_the_check_never_prints(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import select

    from emudesk.cli import main
    from emudesk.model import Cluster, PaperWording

    # GIVEN wording stored outside the dialog: an unknown placeholder, a signing mode the
    # decree does not know, a control character, and one good block
    with demo_db.session() as session:
        cluster = session.scalar(select(Cluster).where(Cluster.code == "UBDT-C4"))
        session.add(
            PaperWording(
                cluster=cluster,
                office_symbol="CTĐ4\x07",
                texts={
                    "submission": {
                        "request": "{cluster} đề nghị {giám_đốc} khen thưởng:",
                        "sign_mode": "PP.",
                        "closing": "Kính trình\x1b[31m./.",
                        "addressee": "Hội đồng Thi đua - Khen thưởng {issuer} (bản sửa)",
                    }
                },
            )
        )
        session.commit()
    # WHEN the tờ trình is built THEN the failing blocks print the built-in wording, the good
    # one prints as stored, and the problems name each block
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        found = wording.wording_of_year(session, year.uuid)
        paper = dossier.build(session, year.uuid, "submission")
    texts = [getattr(block, "text", "") for block in paper.body]
    assert not any("giám_đốc" in t or "\x1b" in t for t in texts)
    assert paper.signatures[0].lines()[0] == "TM. CỤM THI ĐUA"
    assert paper.number_line == "Số: 02/TTr-CTĐ4"
    assert found.edited == frozenset({("submission", "addressee")})
    assert len(found.problems) == 4  # request, sign_mode, closing, the office symbol
    assert all("bị bỏ qua" in p for p in found.problems)
    # AND the command line writes the dossier with a warning for each
    out = tmp_path / "hs"
    out.mkdir()
    code = main(["--db", str(demo_db.path), "dossier", "--cluster", "UBDT-C4", "--year", "2024",
                 "--out", str(out), "--format", "docx"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0 and err.count("bị bỏ qua") == 4
    # AND saving another block keeps only what passes the check
    with demo_db.session() as session:
        wording.save_wording(session, "UBDT-C4", "minutes", {"chair_title": "CHỦ TỌA"})
        row = session.scalar(select(PaperWording))
        assert row is not None
        assert row.texts == {
            "submission": {"addressee": "Hội đồng Thi đua - Khen thưởng {issuer} (bản sửa)"},
            "minutes": {"chair_title": "CHỦ TỌA"},
        }
