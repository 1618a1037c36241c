"""Handover conflicts as a person reads them (cluster, year, unit, criterion, this database's
value against the file's), settled per record; every record of the file accounted for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select, update

from emudesk.cli import main
from emudesk.db import open_database
from emudesk.model import Cluster, ClusterYear, Criterion, Score, ScoringTable
from emudesk.services.handover import merge


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out + captured.err


def _change_a_score(db_path: Path, after: int = 0) -> tuple[int, int]:
    """This PC corrects one of UBDT-C4's 2024 scores after the file was written."""
    db = open_database(db_path)
    try:
        with db.session() as session, session.begin():
            score = session.scalars(
                select(Score)
                .join(Criterion, Score.criterion_id == Criterion.id)
                .join(ScoringTable, Criterion.table_id == ScoringTable.id)
                .join(ClusterYear, ScoringTable.cluster_year_id == ClusterYear.id)
                .join(Cluster, ClusterYear.cluster_id == Cluster.id)
                .where(Cluster.code == "UBDT-C4", ClusterYear.year == 2024, Score.value > 100)
                .where(Score.id > after)
                .order_by(Score.id)
            ).first()
            assert score is not None
            old = score.value
            session.execute(update(Score).where(Score.id == score.id).values(value=old - 50))
            return score.id, old
    finally:
        db.dispose()


def test_a_conflict_reads_as_cluster_year_unit_criterion_mine_and_theirs(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "h.emudesk"
    code, text = run(capsys, "--db", str(demo_path), "handover", "export", "--cluster",
                     "UBDT-C4", "--out", str(file))  # fmt: skip
    exported = int(re.search(r": (\d+) bản ghi", text).group(1))  # type: ignore[union-attr]
    _score_id, old = _change_a_score(demo_path)
    code, text = run(capsys, "--db", str(demo_path), "handover", "import", str(file),
                     "--accept-unverified")  # fmt: skip
    assert code == 3
    line = next(x for x in text.splitlines() if x.startswith("• "))
    assert "UBDT-C4 2024" in line and "điểm" in line and "chấm bởi" in line
    mine, theirs = f"{(old - 50) // 100},{(old - 50) % 100:02d}", f"{old // 100},{old % 100:02d}"
    assert f"điểm {mine}" in line and f"điểm {theirs}" in line
    assert "-" * 8 not in line  # no UUID
    # keeping this database's version: every record of the file is accounted for
    code, text = run(capsys, "--db", str(demo_path), "handover", "import", str(file),
                     "--accept-unverified", "--keep-mine")  # fmt: skip
    assert code == 0, text
    said = re.search(r"(\d+) bản ghi trong tệp: (\d+) mới, (\d+) không đổi, (\d+) khác, "
                     r"(\d+) dòng nhật ký được thêm, (\d+) đã có", text)  # fmt: skip
    assert said is not None, text
    total, *parts = (int(n) for n in said.groups())
    assert total == exported == sum(parts)


def test_each_conflict_is_settled_on_its_own(demo_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "h.emudesk"
    db = open_database(demo_path)
    try:
        with db.session() as session:
            from emudesk.services.handover import export

            export.export_cluster(session, "UBDT-C4", file)
    finally:
        db.dispose()
    first_id, first_old = _change_a_score(demo_path)
    second_id, second_old = _change_a_score(demo_path, first_id)
    db = open_database(demo_path)
    try:
        with db.session() as session:
            plan = merge.merge(session, file, dry_run=True)
            assert len(plan.conflicts) == 2 and plan.accounted == plan.records
            take, keep = plan.conflicts
            merge.merge(session, file, choices={(take.table, take.key): True,
                                                (keep.table, keep.key): False})  # fmt: skip
            values = dict(session.execute(select(Score.id, Score.value)).all())
    finally:
        db.dispose()
    assert {values[first_id], values[second_id]} == {first_old, second_old - 50} or {
        values[first_id],
        values[second_id],
    } == {first_old - 50, second_old}
