"""A handover file is hostile until checked (issue 13, points 1–6): each forged file is
refused by the command an officer runs, with a clear message and no traceback, and the
database file is byte for byte what it was; what is accepted is made safe."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from emudesk.cli import main
from emudesk.db import open_database
from emudesk.model import AuditEntry, CertificateEntry, Issuer
from emudesk.services.certificates import register
from emudesk.services.cycle import attachments
from emudesk.services.handover import package
from tests.handover import forge

EXIT_REFUSED = 3


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out + captured.err


def fingerprint(db: Path) -> tuple[str, list[str]]:
    """The database file's bytes, and which of its companion files lie beside it."""
    companions = sorted(p.name for p in db.parent.glob(db.name + "-*"))
    return hashlib.sha256(db.read_bytes()).hexdigest(), companions


@pytest.fixture
def exported(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, Path]:
    """Both demo clusters' handover files, as the old head's PC writes them."""
    files = {}
    for cluster in ("UBDT-C4", "VHTTDL-C4"):
        files[cluster] = tmp_path / f"{cluster}.emudesk"
        code, _text = run(
            capsys, "--db", str(demo_path), "handover", "export", "--cluster", cluster,
            "--out", str(files[cluster]),
        )  # fmt: skip
        assert code == 0
    return files


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """The new head's PC: a database with nothing in it yet."""
    path = tmp_path / "new-head.sqlite"
    open_database(path, create=True).dispose()
    return path


def refused(capsys: pytest.CaptureFixture[str], db: Path, file: Path, *flags: str) -> str:
    """Import ``file`` into ``db`` as an officer would: it must be refused, nothing changed."""
    before = fingerprint(db)
    code, text = run(
        capsys, "--db", str(db), "handover", "import", str(file), "--accept-unverified", *flags
    )
    assert code == EXIT_REFUSED, text
    assert fingerprint(db) == before
    assert file.name in text or "chưa nhập gì" in text
    return text


# -- 1. attachments -------------------------------------------------------------------------


def test_an_attachment_with_a_hostile_name_arrives_with_a_safe_name(
    exported: dict[str, Path], empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = forge.with_scan(forge.members_of(exported["VHTTDL-C4"]), forge.PDF, "../../ky.bat")
    file = forge.write(members, tmp_path / "scan.emudesk")
    code, text = run(capsys, "--db", str(empty), "handover", "import", str(file),
                     "--accept-unverified")  # fmt: skip
    assert code == 0, text
    db = open_database(empty)
    try:
        with db.session() as session:
            (stored,) = session.query(attachments.Attachment).all()
            assert stored.file_name == "ky.bat.pdf"
            name, kind, _data = attachments.content(session, stored.uuid)
            assert (name, kind) == ("ky.bat.pdf", "application/pdf")
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("data", "name", "kind", "reason"),
    [
        (b"@echo off\r\ndel /q C:\\*\r\n", "run.bat", "application/pdf", "không phải tệp PDF"),
        (forge.PDF[:-7], "cut.pdf", "application/pdf", "chưa đầy đủ"),
        (b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024) + b"\n%%EOF\n", "big.pdf",
         "application/pdf", "quá lớn"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20 + b"IEND\xaeB`\x82", "a.pdf", "application/pdf",
         "không phải tệp được mô tả"),
    ],
    ids=["not-a-pdf", "truncated", "over-10-MB", "type-lies"],
)  # fmt: skip
def test_an_attachment_that_a_scan_could_not_be_is_refused(
    data: bytes, name: str, kind: str, reason: str, exported: dict[str, Path], empty: Path,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    members = forge.with_scan(forge.members_of(exported["VHTTDL-C4"]), data, name, kind)
    text = refused(capsys, empty, forge.write(members, tmp_path / "scan.emudesk"))
    assert reason in text


# -- 2. confined to the declared cluster -------------------------------------------------


def test_a_file_relabelled_as_another_cluster_is_refused_whatever_the_flag(
    exported: dict[str, Path], demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    members = forge.members_of(exported["VHTTDL-C4"])
    relabelled = forge.manifest(members)
    relabelled["cluster"] = "UBDT-C4"
    members["manifest.json"] = json.dumps(relabelled).encode()
    members = forge.edit(members, "cluster", lambda rows: rows[0].update(code="UBDT-C4"))
    members = forge.edit(members, "score", lambda rows: rows[0].update(value=0))
    file = forge.write(members, tmp_path / "relabelled.emudesk")
    for flags in ((), ("--take-theirs",), ("--keep-mine",)):
        assert "cụm khác" in refused(capsys, demo_path, file, *flags)


def test_rows_of_another_cluster_slipped_into_a_file_are_refused(
    exported: dict[str, Path], demo_path: Path, empty: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    theirs = forge.members_of(exported["VHTTDL-C4"])
    members = forge.members_of(exported["UBDT-C4"])
    # a second cluster with its years
    two = forge.edit(members, "cluster", lambda rows: rows.extend(forge.rows(theirs, "cluster")))
    file = forge.write(two, tmp_path / "two.emudesk")
    refused(capsys, empty, file, "--take-theirs")
    # a cluster-year of VHTTDL-C4 under UBDT-C4's name: it would move on --take-theirs
    mine = forge.rows(members, "cluster_year")[0]["uuid"].encode()
    other = forge.rows(theirs, "cluster_year")[0]["uuid"].encode()
    moved = forge.reseal({name: data.replace(mine, other) for name, data in members.items()})
    text = refused(capsys, demo_path, forge.write(moved, tmp_path / "moved.emudesk"),
                   "--take-theirs")  # fmt: skip
    assert "cụm khác" in text
    # a unit no row of the cluster uses
    stranger = forge.rows(theirs, "unit")[0]
    extra = forge.edit(members, "unit", lambda rows: rows.append(stranger))
    refused(capsys, empty, forge.write(extra, tmp_path / "extra.emudesk"))


def test_a_shared_unit_is_not_renamed_by_a_handover(
    exported: dict[str, Path], demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    members = forge.edit(
        forge.members_of(exported["UBDT-C4"]), "unit_name",
        lambda rows: rows[0].update(official_name="Ban Dân tộc (đã đổi tên)"),
    )  # fmt: skip
    file = forge.write(members, tmp_path / "renamed.emudesk")
    assert "dùng chung" in refused(capsys, demo_path, file, "--take-theirs")
    refused(capsys, demo_path, file)  # listed as a conflict to decide
    code, text = run(capsys, "--db", str(demo_path), "handover", "import", str(file),
                     "--accept-unverified", "--keep-mine")  # fmt: skip
    assert code == 0, text
    code, text = run(capsys, "--db", str(demo_path), "info")
    assert "đã đổi tên" not in text


# -- 3. values checked as typed input ----------------------------------------------------


def _set(table: str, **values: object):  # type: ignore[no-untyped-def]
    return lambda members: forge.edit(members, table, lambda rows: rows[0].update(**values))


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_set("unit_name", official_name={"file": "attachments/x.bin"}), "unit_name.official_name"),
        (_set("unit_name", official_name="Đ" * 100_000), "100000"),
        (_set("unit_name", official_name="Ban\x1b[2J Dân tộc"), "U+001B"),
        (_set("unit_name", official_name="Ban \u202eDân tộc"), "U+202E"),
        (_set("unit_name", official_name=""), "unit_name.official_name"),
        (_set("unit", code="../x"), "unit.code"),
        (_set("unit", email="not an address"), "unit.email"),
        (_set("cluster_year", year=1800), "cluster_year.year"),
        (_set("score", role="boss"), "score.role"),
        (_set("score", value=True), "score.value"),
        (_set("score", value=2**70), "score.value"),
        (_set("vote", votes_for=-3), "vote.votes_for"),
        (_set("proposal", status="approved!"), "proposal.status"),
        (_set("award", vote_threshold="most"), "award.vote_threshold"),
        (_set("award", kind="medal"), "award.kind"),
        (_set("regulation", settings={"combine": "dice"}), "regulation.settings"),
        (_set("criterion", kind="points", params=[[[[[[[[[[1]]]]]]]]]]), "criterion.params"),
        (_set("meeting", held_on="yesterday"), "meeting.held_on"),
        (_set("score", extra_column=1), "extra_column"),
    ],
    ids=["bytes-as-name", "100000-characters", "escape", "bidi", "empty-name", "bad-code",
         "bad-email", "year-1800", "unknown-role", "bool-score", "huge-score",
         "negative-votes", "unknown-status", "bad-threshold", "unknown-award-kind",
         "bad-regulation", "nested-params", "bad-date", "unknown-column"],
)  # fmt: skip
def test_a_value_that_could_not_be_typed_in_is_refused(
    change, reason: str, exported: dict[str, Path], demo_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    file = forge.write(change(forge.members_of(exported["UBDT-C4"])), tmp_path / "v.emudesk")
    assert reason in refused(capsys, demo_path, file, "--take-theirs")


def test_decomposed_text_arrives_nfc(
    exported: dict[str, Path], empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import unicodedata

    name = unicodedata.normalize("NFD", "Bộ Văn hóa, Thể thao và Du lịch")
    members = forge.edit(forge.members_of(exported["VHTTDL-C4"]), "issuer",
                         lambda rows: rows[0].update(name=name))  # fmt: skip
    file = forge.write(members, tmp_path / "nfd.emudesk")
    code, text = run(capsys, "--db", str(empty), "handover", "import", str(file),
                     "--accept-unverified")  # fmt: skip
    assert code == 0, text
    db = open_database(empty)
    try:
        with db.session() as session:
            (issuer,) = session.query(Issuer).all()
            assert issuer.name == unicodedata.normalize("NFC", name)
    finally:
        db.dispose()


# -- 4. bounded resources ----------------------------------------------------------------


def test_members_that_inflate_beyond_the_limits_are_refused_while_reading(
    exported: dict[str, Path], empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = forge.members_of(exported["UBDT-C4"])
    bomb = b"[" + b" " * (package.MAX_TABLE_BYTES + 1) + b"]"
    inflated = forge.reseal({**members, "tables/score.json": bomb}, counts=False)
    file = forge.write(inflated, tmp_path / "bomb.emudesk")
    assert file.stat().st_size < 1024 * 1024
    assert "quá lớn" in refused(capsys, empty, file)
    # the same with a member whose header claims a small size: the bytes read count
    lying = tmp_path / "lying.emudesk"
    _understate(file, lying, "tables/score.json")
    assert "quá lớn" in refused(capsys, empty, lying) or "không đọc được" in refused(
        capsys, empty, lying
    )


def _understate(source: Path, target: Path, member: str) -> None:
    """A copy whose central directory says ``member`` inflates to 100 bytes."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(member)
    name = member.encode()
    at = data.rfind(b"PK\x01\x02" + bytes(20), 0)  # not needed: search the entry by name
    at = data.find(b"PK\x01\x02", 0)
    while at != -1:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name:
            data[at + 24 : at + 28] = (100).to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert info.file_size > 100
    target.write_bytes(bytes(data))


def test_a_member_twice_is_refused(
    exported: dict[str, Path], empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = forge.members_of(exported["UBDT-C4"])
    scores = forge.rows(members, "score")
    scores[0]["value"] = 0
    file = forge.write(members, tmp_path / "twice.emudesk",
                       extra=[("tables/score.json", json.dumps(scores).encode())])  # fmt: skip
    assert "hai lần" in refused(capsys, empty, file)


# -- 6. tracebacks become refusals -------------------------------------------------------


def _raw(name: str, data: bytes):  # type: ignore[no-untyped-def]
    return lambda members: forge.reseal({**members, name: data}, counts=False)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda m: {**m, "manifest.json": m["manifest.json"].replace(b'"format": 1', b'"format": 1e999')}, "manifest"),
        (lambda m: {**m, "manifest.json": m["manifest.json"].replace(b'"format": 1', b'"format": "1"')}, "manifest"),
        (lambda m: {**m, "manifest.json": m["manifest.json"].replace(b'"format": 1', b'"format": NaN')}, "manifest"),
        (_set("score", criterion_id=5), "score.criterion_id"),
        (_set("score", criterion_id=["not-a-uuid"]), "score.criterion_id"),
        (_set("membership", unit_id=[[[[[["x"]]]]]]), "membership.unit_id"),
        (_raw("tables/score.json", b"[" * 100_000 + b"]" * 100_000), "JSON"),
        (_raw("tables/score.json", b'[{"value": 1' + b"0" * 5000 + b"}]"), "JSON"),
        (_raw("tables/score.json", b"\xff\xfe"), "JSON"),
        (_raw("tables/score.json", b'{"a": 1}'), "score"),
        (_raw("tables/evil.json", b"[]"), "evil"),
    ],
    ids=["format-1e999", "format-text", "format-nan", "fk-number", "fk-not-uuid",
         "fk-nested", "deep-nesting", "5000-digits", "not-utf8", "not-a-list", "unknown-table"],
)  # fmt: skip
def test_what_used_to_crash_is_refused(
    change, reason: str, exported: dict[str, Path], demo_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    members = forge.members_of(exported["UBDT-C4"])
    file = forge.write(change(members), tmp_path / "crash.emudesk")
    assert reason in refused(capsys, demo_path, file, "--take-theirs")


@pytest.mark.parametrize("number", ["²", "1" * 40, "٣", "-1", "99999999999999999999"])
def test_verify_with_a_strange_number_says_it_is_no_code(
    number: str, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run(capsys, "--db", str(demo_path), "verify",
                     f"EMUDESK1|UBDT|12/QĐ|{number}|Ông A|abcdef0123")  # fmt: skip
    assert code == EXIT_REFUSED and "không phải mã" in text


# -- 5. imported history stays the other office's ------------------------------------------


def test_imported_history_is_marked_and_verify_never_vouches_for_it(
    demo_path: Path, empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the old head printed UBDT-C4's certificates, so its register has lines
    code, text = run(capsys, "--db", str(demo_path), "certificates", "--cluster", "UBDT-C4",
                     "--year", "2024", "--out", str(tmp_path / "c.pdf"),
                     "--unlocked-reason", "thử")  # fmt: skip
    assert code == 0, text
    file = tmp_path / "h.emudesk"
    assert run(capsys, "--db", str(demo_path), "handover", "export", "--cluster", "UBDT-C4",
               "--out", str(file))[0] == 0  # fmt: skip
    db = open_database(demo_path)
    try:
        with db.session() as session:
            entry = session.query(CertificateEntry).order_by(CertificateEntry.id).first()
            assert entry is not None
            qr = register.qr_text(entry.issuer, entry)
    finally:
        db.dispose()
    assert run(capsys, "--db", str(demo_path), "verify", qr)[0] == 0  # the office that printed it
    # WHEN the new head receives the file
    code, text = run(capsys, "--db", str(empty), "handover", "import", str(file),
                     "--accept-unverified")  # fmt: skip
    assert code == 0, text
    # THEN verify there says where the line came from, and does not say it is valid
    code, text = run(capsys, "--db", str(empty), "verify", qr)
    assert code == EXIT_REFUSED and "h.emudesk" in text and "Hợp lệ" not in text
    sha = hashlib.sha256(file.read_bytes()).hexdigest()
    assert sha in text
    code, text = run(capsys, "--db", str(empty), "register")
    assert "h.emudesk" in text
    db = open_database(empty)
    try:
        with db.session() as session:
            imported = session.query(AuditEntry).filter(AuditEntry.imported_from != "").all()
            assert imported and {(e.imported_from, e.imported_sha256) for e in imported} == {
                ("h.emudesk", sha)
            }
            own = session.query(AuditEntry).filter(AuditEntry.imported_from == "").all()
            assert "handover_import" in [e.action for e in own]
            assert len(imported) == len(forge.rows(forge.members_of(file), "audit_entry"))
    finally:
        db.dispose()


def test_a_planted_register_line_is_not_vouched_for(
    demo_path: Path, empty: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a forged register line whose checksum anyone can recompute
    file = tmp_path / "h.emudesk"
    assert run(capsys, "--db", str(demo_path), "handover", "export", "--cluster", "UBDT-C4",
               "--out", str(file))[0] == 0  # fmt: skip
    members = forge.members_of(file)
    proposal = forge.rows(members, "proposal")[0]
    issuer = forge.rows(members, "issuer")[0]
    number, recipient = 777, "Người được khen giả"
    text = f"{issuer['uuid']}|{number}|{recipient}|{proposal['uuid']}"
    checksum = hashlib.sha256(text.encode()).hexdigest()[:10]
    line = {
        "issuer_id": [issuer["uuid"]], "number": number, "register_number": str(number),
        "proposal_id": [proposal["uuid"]],
        "year": 2024, "recipient": recipient, "unit_name": "", "award": "Bằng khen",
        "decision_number": "1/QĐ", "decision_date": None, "checksum": checksum,
        "print_count": 1, "uuid": "0f0f0f0f-0000-4000-8000-0000000000aa", "version": 1,
        "updated_at": "2026-01-05T10:00:00", "updated_by": "x",
    }  # fmt: skip
    members = forge.edit(members, "certificate_entry", lambda rows: rows.append(line))
    forged = forge.write(members, tmp_path / "forged.emudesk")
    code, out = run(capsys, "--db", str(empty), "handover", "import", str(forged),
                    "--accept-unverified")  # fmt: skip
    assert code == 0, out
    qr = f"EMUDESK1|{issuer['short_name']}|1/QĐ|{number}|{recipient}|{checksum}"
    code, out = run(capsys, "--db", str(empty), "verify", qr)
    assert code == EXIT_REFUSED and "forged.emudesk" in out and "Hợp lệ" not in out
