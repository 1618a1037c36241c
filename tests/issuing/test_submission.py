"""Submission packages: the head's proposals arrive whole at the issuer's office; twice
changes nothing; a correction is previewed, then replaces; anything hostile is refused with
the database unchanged."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from emudesk.db import Database
from emudesk.errors import ConflictError, FileFormatError
from emudesk.model import Attachment, Submission
from emudesk.services.cycle import dossiers, proposals
from emudesk.services.organisation import years
from emudesk.services.signing import packages
from emudesk.signing.errors import SignatureError
from tests.conftest import dump
from tests.issuing.helpers import PDF, document, empty_pc, export, receive, rewritten, run


def nominees(db: Database, cluster: str) -> list[tuple[str, str, str, int | None]]:
    with db.session() as session:
        year = years.get_year(session, cluster, 2024)
        return [
            (p.nominee, p.award_text, p.status.value, p.rank)
            for p in proposals.list_proposals(session, year.uuid)
        ]


def test_both_clusters_arrive_on_an_empty_issuer_pc_and_twice_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN both demo clusters' 2024 submissions, written on the head's PC
    files = [export(demo_db, c, tmp_path / f"{c}.zip") for c in ("UBDT-C4", "VHTTDL-C4")]
    issuer = empty_pc(tmp_path, "issuer")
    # WHEN the issuer's office imports them into an empty database
    for file in files:
        plan = receive(issuer, file).plan
        assert plan.first and plan.changes_anything
    # THEN it holds each nominee with the award asked, submitted, with its rank
    assert nominees(issuer, "UBDT-C4") == [
        ("Ban Dân tộc tỉnh Đắk Lắk", "Cờ thi đua của Ủy ban Dân tộc", "submitted", 1),
        ("Ban Dân tộc tỉnh Phú Yên", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "submitted", 2),
        ("Ban Dân tộc tỉnh Bình Định", "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "submitted", 3),
    ]  # fmt: skip
    assert len(nominees(issuer, "VHTTDL-C4")) == 2
    # AND importing the same files again changes nothing, byte for byte
    before = dump(issuer)
    for file in files:
        assert not receive(issuer, file).plan.changes_anything
    assert dump(issuer) == before
    issuer.dispose()


def test_a_scanned_paper_travels_with_its_proposal(demo_db: Database, tmp_path: Path) -> None:
    scan = tmp_path / "to-trinh.pdf"
    scan.write_bytes(PDF)
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        first = proposals.list_proposals(session, year.uuid)[1]
        dossiers.set_paper(session, first.uuid, "submission", ready=True, file=scan)
    file = export(demo_db, "UBDT-C4", tmp_path / "s.zip")
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, file)
    with issuer.session() as session:
        papers = dossiers.checklist(session, first.uuid)
        assert papers[0].ready and papers[0].file_name == "to-trinh.pdf"
        stored = session.scalars(select(Attachment)).one()
        assert stored.data == PDF
    issuer.dispose()


def test_a_corrected_package_is_previewed_then_replaces_the_earlier_one(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuer_path = tmp_path / "issuer.sqlite"
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "first.zip"))
    # GIVEN the head corrects Bình Định's achievement sentence and withdraws Phú Yên
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        for item in proposals.list_proposals(session, year.uuid):  # the demo's example decision
            proposals.set_status(session, item.uuid, proposals.ProposalStatus.SUBMITTED)
        listed = proposals.list_proposals(session, year.uuid)
        fields = listed[2].fields
        proposals.update_proposal(
            session,
            listed[2].uuid,
            type(fields)(**{**fields.__dict__, "reason": "Đã có thành tích xuất sắc (sửa)"}),
            listed[2].version,
        )
        proposals.set_status(session, listed[1].uuid, proposals.ProposalStatus.VOTED)
        proposals.set_status(session, listed[1].uuid, proposals.ProposalStatus.DRAFT)
    corrected = export(demo_db, "UBDT-C4", tmp_path / "second.zip")
    issuer.dispose()
    before = dump(open_and_close := empty_pc(tmp_path, "issuer"))
    open_and_close.dispose()
    # WHEN the office looks at it first (dry run)
    code, out, err = run(capsys, "--language", "en", "--db", str(issuer_path), "submission",
                         "import", str(corrected), "--dry-run", "--accept-unverified")  # fmt: skip
    # THEN it sees what would change, and nothing changed
    assert code == 0, err
    assert "reason" in out and "Proposal withdrawn: BDT-PY" in out and "Dry run" in out
    check = empty_pc(tmp_path, "issuer")
    assert dump(check) == before
    # WHEN it imports it
    plan = receive(check, corrected).plan
    # THEN the corrected proposals replace the earlier ones
    assert [n[0] for n in nominees(check, "UBDT-C4")] == [
        "Ban Dân tộc tỉnh Đắk Lắk",
        "Ban Dân tộc tỉnh Bình Định",
    ]
    assert plan.changes_anything and not plan.first
    with check.session() as session:
        assert session.scalars(select(Submission)).one().revision == 2
    # AND the earlier package, arriving late, is refused
    with pytest.raises(ConflictError, match="older"):
        receive(check, tmp_path / "first.zip")
    check.dispose()


def _edit(key: str, value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        *path, last = key.split(".")
        for part in path:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


HOSTILE = {
    "rank-not-a-number": ("json", _edit("proposals.0.rank", "1")),
    "total-huge": ("json", _edit("proposals.0.total", 10**30)),
    "unknown-award": ("json", _edit("proposals.0.award", "00000000-0000-0000-0000-000000000000")),
    "unknown-nominee-kind": ("json", _edit("proposals.0.nominee_kind", "planet")),
    "name-too-long": ("json", _edit("units.0.official_name", "x" * 5000)),
    "bad-uuid": ("json", _edit("year.uuid", "../../etc")),
    "year-out-of-range": ("json", _edit("year.year", 1)),
    "not-an-object": ("json", lambda doc: doc.__setitem__("issuer", [1, 2])),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_package_with_a_wrong_value_is_refused_whole(
    case: str, demo_db: Database, tmp_path: Path
) -> None:
    good = export(demo_db, "UBDT-C4", tmp_path / "good.zip")
    doc = document(good)
    HOSTILE[case][1](doc)
    bad = rewritten(good, tmp_path / "bad.zip", {"submission.json": json.dumps(doc).encode()})
    issuer = empty_pc(tmp_path, "issuer")
    before = dump(issuer)
    with pytest.raises(FileFormatError, match="was refused"):
        receive(issuer, bad)
    assert dump(issuer) == before
    issuer.dispose()


def _zip_bomb(good: Path, bad: Path) -> None:
    rewritten(
        good,
        bad,
        {"attachments/00000000-0000-0000-0000-000000000000.bin": b"\0" * (11 * 1024 * 1024)},
    )


def _traversal(good: Path, bad: Path) -> None:
    rewritten(good, bad, {"../evil.txt": b"evil"})


def _checksum(good: Path, bad: Path) -> None:
    doc = document(good)
    doc["proposals"][0]["reason"] = "sửa tay"
    rewritten(good, bad, {"submission.json": json.dumps(doc).encode()}, reseal=False)


def _truncated(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[:300])


def _not_zip(good: Path, bad: Path) -> None:
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")


def _wrong_kind(good: Path, bad: Path) -> None:
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    manifest["kind"] = "decision"
    rewritten(good, bad, {"manifest.json": json.dumps(manifest).encode()})


def _newer_format(good: Path, bad: Path) -> None:
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    manifest["format"] = 99
    rewritten(good, bad, {"manifest.json": json.dumps(manifest).encode()})


def _missing_document(good: Path, bad: Path) -> None:
    rewritten(good, bad, {"submission.json": None})


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_zip_bomb, "too large"),
        (_traversal, "unexpected member"),
        (_checksum, "does not match its checksum"),
        (_truncated, "not a zip archive"),
        (_not_zip, "not a zip archive"),
        (_wrong_kind, "not a submission package"),
        (_newer_format, "newer emudesk"),
        (_missing_document, "missing or extra"),
    ],
)
def test_a_damaged_or_hostile_file_is_refused_and_nothing_changes(
    make: Any, reason: str, demo_db: Database, tmp_path: Path
) -> None:
    from emudesk import i18n

    i18n.set_language("en")
    try:
        good = export(demo_db, "UBDT-C4", tmp_path / "good.zip")
        bad = tmp_path / "bad.zip"
        make(good, bad)
        issuer = empty_pc(tmp_path, "issuer")
        before = dump(issuer)
        with pytest.raises(
            (FileFormatError, SignatureError, packages.UnverifiedPackageError), match=reason
        ):
            receive(issuer, bad)
        assert dump(issuer) == before
        assert not (tmp_path / "evil.txt").exists()
        issuer.dispose()
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)


def test_an_unsigned_package_is_refused_unless_accepted(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "s.zip"
    code, _out, err = run(capsys, "--db", str(demo_path), "submission", "export", "--cluster",
                          "UBDT-C4", "--year", "2024", "--out", str(file))  # fmt: skip
    assert code == 0, err
    issuer = tmp_path / "issuer.sqlite"
    code, _out, err = run(
        capsys, "--language", "en", "--db", str(issuer), "submission", "import", str(file)
    )
    assert code == 3 and "--accept-unverified" in err and "Traceback" not in err
    code, out, err = run(capsys, "--language", "en", "--db", str(issuer), "submission", "import",
                         str(file), "--accept-unverified")  # fmt: skip
    assert code == 0, err
    assert "UBDT-C4 2024: 3 proposal(s)" in out


def test_a_signed_submission_is_accepted_and_shows_the_signer_an_edited_one_is_refused(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a submission signed with the head's token
    file = tmp_path / "to-trinh.zip"
    code, out, err = run(capsys, "--language", "en", "--db", str(demo_path), "submission", "export",
                         "--cluster", "UBDT-C4", "--year", "2024", "--out", str(file), "--sign")  # fmt: skip
    assert code == 0, err
    assert "Signed by Nguyễn Văn Thử" in out
    # WHEN the issuer's office, which trusts the CA, imports it: THEN it is accepted, signer shown
    issuer = tmp_path / "issuer.sqlite"
    code, out, err = run(
        capsys, "--language", "en", "--db", str(issuer), "submission", "import", str(file)
    )
    assert code == 0, err
    assert "valid signature of Nguyễn Văn Thử" in out and "3 proposal(s)" in out
    # AND the same package with its proposals edited (checksums recomputed) is refused
    doc = document(file)
    doc["proposals"][1]["award"] = doc["proposals"][0]["award"]
    edited = rewritten(file, tmp_path / "sua.zip", {"submission.json": json.dumps(doc).encode()})
    other = tmp_path / "other.sqlite"
    from emudesk.db import open_database

    database = open_database(other, create=True)
    before = dump(database)
    database.dispose()
    code, out, err = run(
        capsys, "--language", "en", "--db", str(other), "submission", "import", str(edited)
    )
    assert code == 3 and "was refused" in err
    database = open_database(other)
    assert dump(database) == before
    database.dispose()
