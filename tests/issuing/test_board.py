"""The issuer's board: every cluster's nominees with their awards, totals, ranks and missing
papers, and the caps across clusters as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.db import Database
from tests.issuing.helpers import empty_pc, export, receive, run


def issuer_pc(demo_db: Database, tmp_path: Path) -> str:
    issuer = empty_pc(tmp_path, "issuer")
    for cluster in ("UBDT-C4", "VHTTDL-C4"):
        receive(issuer, export(demo_db, cluster, tmp_path / f"{cluster}.zip"))
    issuer.dispose()
    return str(tmp_path / "issuer.sqlite")


def test_the_board_lists_every_nominee_of_the_issuers_clusters(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = issuer_pc(demo_db, tmp_path)
    code, out, err = run(
        capsys, "--language", "en", "--db", db, "board", "--issuer", "UBDT", "--year", "2024"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "UBDT — 2024: 3 nominee(s) from 1 cluster(s)"
    assert lines[1].startswith("UBDT-C4 — Cụm thi đua số 4: dossier deadline 30/12/2024")
    assert "1    98.12  Ban Dân tộc tỉnh Đắk Lắk — Cờ thi đua của Ủy ban Dân tộc" in lines[2]
    assert (
        "Ban Dân tộc tỉnh Phú Yên — Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" in lines[3]
    )
    assert "Ban Dân tộc tỉnh Bình Định — Bằng khen" in lines[4] and "missing: Tờ trình" in lines[4]
    # the CSV is one line per nominee: cluster, unit, award asked, total, rank, papers missing
    code, out, _err = run(
        capsys, "--db", db, "board", "--issuer", "UBDT", "--year", "2024", "--format", "csv"
    )
    rows = out.splitlines()
    assert rows[0].startswith("cluster,unit,nominee,award,total,rank,status")
    assert rows[2].startswith(
        'UBDT-C4,Ban Dân tộc tỉnh Phú Yên,Ban Dân tộc tỉnh Phú Yên,"Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",95.46,2,submitted'
    )
    assert len(rows) == 4


def test_a_cap_across_clusters_is_data_and_the_board_says_when_it_is_passed(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = issuer_pc(demo_db, tmp_path)
    base = ["--language", "en", "--db", db]
    code, out, err = run(
        capsys,
        *base,
        "quota",
        "--issuer",
        "Bộ VHTTDL",
        "--award",
        "BANG-KHEN",
        "--per-cluster",
        "1",
    )
    assert code == 0 and "BANG-KHEN: at most 1 per cluster" in out, err
    code, out, _err = run(capsys, *base, "board", "--issuer", "bo vhttdl", "--year", "2024")
    assert "Over the quota: BANG-KHEN: at most 1 per cluster; VHTTDL-C4 put forward 2." in out
    code, out, _err = run(
        capsys, *base, "quota", "--issuer", "Bộ VHTTDL", "--award", "BANG-KHEN", "--per-cluster", ""
    )
    code, out, _err = run(capsys, *base, "board", "--issuer", "bo vhttdl", "--year", "2024")
    assert "Over the quota" not in out
    code, _out, err = run(
        capsys,
        *base,
        "quota",
        "--issuer",
        "UBDT",
        "--award",
        "CO-THI-DUA",
        "--share-of-clusters",
        "x",
    )
    assert code == 3 and "number" in err
