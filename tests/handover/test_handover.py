"""Handing a cluster over: the same data on the new PC, twice changes nothing, conflicts
are decided, and a damaged or hostile file is refused with the database untouched."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from emudesk.cli import main
from emudesk.db import Database, open_database
from emudesk.errors import ConflictError, FileFormatError
from emudesk.services.cycle import commitments, meetings, proposals
from emudesk.services.handover import export, merge
from emudesk.services.organisation import years
from tests.conftest import dump


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def snapshot(db_path: Path, cluster: str, capsys: pytest.CaptureFixture[str]) -> list[object]:
    """What the officer sees of a cluster: years and leaders, ranking, proposals, commitment."""
    _code, ranking = run(
        capsys, "--db", str(db_path), "ranking", "--cluster", cluster, "--year", "2024"
    )
    db = open_database(db_path)
    try:
        with db.session() as session:
            found: list[object] = [ranking]
            for info in years.list_years(session, cluster):
                found.append((info.year, info.head, info.deputy, info.members))
                found.append(
                    [(p.nominee, p.award_text, p.status, p.decision_number)
                     for p in proposals.list_proposals(session, info.uuid)]
                )  # fmt: skip
                found.append(commitments.get_commitment(session, info.uuid))
                found.append(
                    [
                        (m.kind, m.held_on, m.votes)
                        for m in meetings.list_meetings(session, info.uuid)
                    ]
                )
    finally:
        db.dispose()
    return found


def papers(db_path: Path, cluster: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:  # fmt: skip
    """The text of every paper of the year's dossier, as Word writes it, by file name."""
    import docx

    folder.mkdir()
    code, _text = run(capsys, "--db", str(db_path), "dossier", "--cluster", cluster,
                      "--year", "2024", "--format", "docx", "--out", str(folder))  # fmt: skip
    assert code == 0
    found = {}
    for path in sorted(folder.rglob("*.docx")):
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        found[path.name] = "\n".join([p.text for p in document.paragraphs] + cells)
    assert found
    return found


@pytest.mark.parametrize("cluster", ["UBDT-C4", "VHTTDL-C4"])
def test_a_cluster_arrives_whole_on_an_empty_pc_and_twice_changes_nothing(
    cluster: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "handover.emudesk"
    code, text = run(
        capsys,
        "--db",
        str(demo_path),
        "handover",
        "export",
        "--cluster",
        cluster,
        "--out",
        str(file),
    )
    assert code == 0 and "bản ghi" in text
    target = tmp_path / "new-head.sqlite"
    code, text = run(
        capsys, "--db", str(target), "handover", "import", str(file), "--accept-unverified"
    )
    assert code == 0 and "0 xung đột" in text
    assert snapshot(target, cluster, capsys) == snapshot(demo_path, cluster, capsys)
    assert papers(target, cluster, tmp_path / "here", capsys) == papers(
        demo_path, cluster, tmp_path / "there", capsys
    )
    db = open_database(target)
    before = dump(db)
    db.dispose()
    code, text = run(
        capsys, "--db", str(target), "handover", "import", str(file), "--accept-unverified"
    )
    assert code == 0 and text.strip().endswith("không có thay đổi.")
    db = open_database(target)
    after = dump(db)
    db.dispose()
    # only the audit entry of the second import itself may differ
    assert [line for line in after if "handover_import" not in line] == [
        line for line in before if "handover_import" not in line
    ]


def test_a_record_changed_on_both_sides_is_a_conflict_to_decide(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    file = tmp_path / "h.emudesk"
    with demo_db.session() as session:
        export.export_cluster(session, "UBDT-C4", file)
        year = years.get_year(session, "UBDT-C4", 2025)
        leaders = years.Leadership(
            year.head.uuid if year.head else None,
            year.deputy.uuid if year.deputy else None,
            year.method,
        )
        years.update_year(
            session,
            year.uuid,
            [m.uuid for m in year.members],
            leadership=leaders,
            notes="Ghi chú của máy này",
        )
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ConflictError, match="khác nhau"):
        merge.merge(session, file)
    assert dump(demo_db) == before
    with demo_db.session() as session:
        plan = merge.merge(session, file, dry_run=True)
        assert [c.table for c in plan.conflicts] == ["cluster_year"]
    assert dump(demo_db) == before
    with demo_db.session() as session:
        merge.merge(session, file, take_theirs=False)
        assert years.get_year(session, "UBDT-C4", 2025).notes == "Ghi chú của máy này"
        merge.merge(session, file, take_theirs=True)
        assert years.get_year(session, "UBDT-C4", 2025).notes == ""


def _rewrite(source: Path, target: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as z:
        members = {name: z.read(name) for name in z.namelist()}
    members = change(members)
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def _newer(members: dict[str, bytes]) -> dict[str, bytes]:
    manifest = json.loads(members["manifest.json"])
    manifest["format"] = 99
    return {**members, "manifest.json": json.dumps(manifest).encode()}


def _tampered(members: dict[str, bytes]) -> dict[str, bytes]:
    data = members["tables/proposal.json"].replace("xuất sắc".encode(), b"xuat sac")
    return {**members, "tables/proposal.json": data}


def _resealed(members: dict[str, bytes], table: str, change) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """``table``'s first row changed, with checksums that match again (a deliberate forgery,
    or a program that writes the format wrongly)."""
    rows = json.loads(members[f"tables/{table}.json"])
    change(rows[0])
    data = json.dumps(rows).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"][f"tables/{table}.json"] = hashlib.sha256(data).hexdigest()
    return {**members, f"tables/{table}.json": data, "manifest.json": json.dumps(manifest).encode()}


def _text_score(members: dict[str, bytes]) -> dict[str, bytes]:
    return _resealed(members, "score", lambda row: row.update(value="abc"))


def _huge_score(members: dict[str, bytes]) -> dict[str, bytes]:
    return _resealed(members, "score", lambda row: row.update(value=10**30))


def _not_a_uuid(members: dict[str, bytes]) -> dict[str, bytes]:
    return _resealed(members, "unit", lambda row: row.update(uuid={"x": 1}))


def _slip(members: dict[str, bytes]) -> dict[str, bytes]:
    return {**members, "../../evil.txt": b"x"}


def _no_manifest(members: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in members.items() if k != "manifest.json"}


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda src, dst: dst.write_bytes(src.read_bytes()[: len(src.read_bytes()) // 2]), "zip"),
        (lambda src, dst: dst.write_bytes(b"not a zip at all"), "zip"),
        (lambda src, dst: _rewrite(src, dst, _newer), "phiên bản emudesk mới hơn"),
        (lambda src, dst: _rewrite(src, dst, _tampered), "không khớp"),
        (lambda src, dst: _rewrite(src, dst, _slip), "../../evil.txt"),
        (lambda src, dst: _rewrite(src, dst, _no_manifest), "manifest"),
        (lambda src, dst: _rewrite(src, dst, _text_score), r"score\.value"),
        (lambda src, dst: _rewrite(src, dst, _huge_score), r"score\.value"),
        (lambda src, dst: _rewrite(src, dst, _not_a_uuid), r"unit\.uuid"),
    ],
    ids=[
        "truncated",
        "not-a-zip",
        "newer-format",
        "checksum",
        "zip-slip",
        "no-manifest",
        "text-score",
        "huge-score",
        "not-a-uuid",
    ],
)
def test_a_bad_handover_file_is_refused_and_nothing_changes(
    make,
    reason: str,
    demo_db: Database,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    good = tmp_path / "good.emudesk"
    with demo_db.session() as session:
        export.export_cluster(session, "UBDT-C4", good)
    bad = tmp_path / "bad.emudesk"
    make(good, bad)
    before = dump(db)
    with db.session() as session, pytest.raises(FileFormatError, match=reason):
        merge.merge(session, bad)
    assert dump(db) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("evil.txt").exists()
    assert hashlib.sha256(good.read_bytes()).hexdigest()  # the good file is untouched
