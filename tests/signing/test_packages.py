"""Signed handover files: signed on the old head's PC, accepted and shown on the new one; an
edited, unsigned or untrusted file refused with the database unchanged, unless accepted."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from emudesk.db import open_database
from emudesk.model import AuditEntry
from emudesk.services.signing import handover, packages, trust
from emudesk.signing import Status
from tests.conftest import dump
from tests.signing.helpers import run


def signed_handover(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    file = tmp_path / "ban-giao.emudesk"
    code, out, err = run(capsys, "--db", str(demo_path), "handover", "export", "--cluster",
                         "UBDT-C4", "--out", str(file), "--sign")  # fmt: skip
    assert code == 0, err
    assert "Signed by Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm)." in out
    return file


def rewritten(file: Path, target: Path, change: dict[str, bytes], *, reseal: bool) -> Path:
    """``file`` with members changed; ``reseal``: the manifest's checksums recomputed to match
    (what anyone can do: a checksum is no signature)."""
    with zipfile.ZipFile(file) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members.update(change)
    if reseal:
        manifest = json.loads(members["manifest.json"])
        for name in change:
            manifest["sha256"][name] = hashlib.sha256(members[name]).hexdigest()
        members["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return target


def fresh_pc(tmp_path: Path, name: str) -> Path:
    database = open_database(tmp_path / f"{name}.sqlite", create=True)
    database.dispose()
    return tmp_path / f"{name}.sqlite"


def db_dump(path: Path) -> list[str]:
    database = open_database(path)
    try:
        return dump(database)
    finally:
        database.dispose()


def test_a_handover_signed_on_one_side_is_accepted_on_the_other_and_shows_the_signer(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the old head's handover file, signed with its token
    file = signed_handover(demo_path, tmp_path, capsys)
    with zipfile.ZipFile(file) as archive:
        assert "signature.p7s" in archive.namelist()
        manifest, signature = archive.read("manifest.json"), archive.read("signature.p7s")
    # (the signature is plain CMS: OpenSSL checks it against the CA too)
    (tmp_path / "m.json").write_bytes(manifest)
    (tmp_path / "s.p7s").write_bytes(signature)
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "s.p7s"),
         "-content", str(tmp_path / "m.json"), "-CAfile", trusting_ca["EMUDESK_TEST_CA"],
         "-purpose", "any", "-out", "/dev/null"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "Verification successful" in checked.stderr
    # WHEN the new head, whose office trusts the CA, receives it on an empty database
    target = fresh_pc(tmp_path, "new-head")
    code, out, err = run(capsys, "--db", str(target), "handover", "import", str(file))
    # THEN it is merged, and the signer is shown: name, organisation, certificate validity
    assert code == 0, err
    assert "valid signature of Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm)" in out
    assert "Certificate: issued by Emudesk Test Root CA" in out and "(valid now)" in out
    assert "UBDT-C4: " in out and " new record(s)" in out
    # AND the audit names who signed the file that was merged
    database = open_database(target)
    with database.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "handover_signature")
        ).one()
    database.dispose()
    assert entry.new_value is not None
    assert entry.new_value["signer"] == "Nguyễn Văn Thử"
    assert entry.new_value["status"] == "valid"
    assert entry.source == file.name
    assert entry.source_sha256 == hashlib.sha256(file.read_bytes()).hexdigest()
    # AND `verify-signature` says the same of the file
    code, out, _err = run(capsys, "verify-signature", str(file))
    assert code == 0 and "valid signature of Nguyễn Văn Thử" in out


@pytest.mark.parametrize("reseal", [True, False], ids=["checksums-recomputed", "as-edited"])
def test_the_same_file_with_one_table_edited_is_refused_and_nothing_changes(
    reseal: bool, demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # GIVEN a signed handover file in which someone raised one score
    file = signed_handover(demo_path, tmp_path, capsys)
    with zipfile.ZipFile(file) as archive:
        scores = json.loads(archive.read("tables/score.json"))
    scores[0]["value"] = (scores[0]["value"] or 0) + 100
    edited = rewritten(file, tmp_path / "sua.emudesk",
                       {"tables/score.json": json.dumps(scores).encode()}, reseal=reseal)  # fmt: skip
    target = fresh_pc(tmp_path, "new-head")
    before = db_dump(target)
    # WHEN the new head receives it
    code, out, err = run(capsys, "--db", str(target), "handover", "import", str(edited))
    # THEN it is refused, saying what was changed, and the database is as it was
    assert code == 3
    if reseal:  # the manifest no longer matches its signature
        assert "invalid signature: the content was changed after it was signed" in out
    else:  # the manifest is the signed one, the table no longer matches it
        assert "tables/score.json was changed after the package was signed" in out
    assert "was refused" in err and "Nguyễn Văn Thử" in out
    assert db_dump(target) == before
    # AND even accepting unverified files does not let a file through whose members do not
    # match its own manifest
    if not reseal:
        code, _out, err = run(capsys, "--db", str(target), "handover", "import", str(edited),
                              "--accept-unverified")  # fmt: skip
        assert code == 3 and db_dump(target) == before


def test_an_unsigned_file_is_refused_unless_accepted_and_the_acceptance_is_recorded(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a handover file written without a token
    file = tmp_path / "ban-giao.emudesk"
    code, _out, err = run(capsys, "--db", str(demo_path), "handover", "export", "--cluster",
                          "UBDT-C4", "--out", str(file))  # fmt: skip
    assert code == 0, err
    target = fresh_pc(tmp_path, "new-head")
    before = db_dump(target)
    # WHEN it is received plainly, it is refused with nothing changed
    code, out, err = run(capsys, "--db", str(target), "handover", "import", str(file))
    assert code == 3 and "not signed" in out
    assert "--accept-unverified" in err and db_dump(target) == before
    # WHEN the officer accepts it explicitly, it is merged and the audit says so
    code, _out, err = run(capsys, "--db", str(target), "handover", "import", str(file),
                          "--accept-unverified")  # fmt: skip
    assert code == 0, err
    database = open_database(target)
    with database.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "handover_signature")
        ).one()
    database.dispose()
    assert entry.new_value is not None
    assert entry.new_value["accepted_without_valid_signature"] is True
    assert entry.new_value["status"] == "unsigned"
    assert "accepted by the user" in entry.summary


def test_a_signer_nobody_here_trusts_is_refused(
    demo_path: Path, tmp_path: Path, token: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a signed file, and an office that trusts only another office's certificate
    file = signed_handover(demo_path, tmp_path, capsys)
    trust.import_file(Path(token["EMUDESK_TEST_EC_SIGNER_CERT"]))
    target = fresh_pc(tmp_path, "new-head")
    before = db_dump(target)
    # THEN the file is refused, naming the signer it does not trust
    code, out, _err = run(capsys, "--db", str(target), "handover", "import", str(file))
    assert code == 3 and "whom this office does not trust" in out
    assert db_dump(target) == before
    # AND trusting the signer's own certificate (no CA) is enough
    trust.import_file(Path(token["EMUDESK_TEST_SIGNER_CERT"]))
    check = packages.check_package(file)
    assert check.verdict.status is Status.VALID


def test_a_revoked_signer_is_refused_once_the_cas_revocation_list_is_imported(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    file = signed_handover(demo_path, tmp_path, capsys)
    assert packages.check_package(file).valid
    # GIVEN the CA's CRL revoking the signer's certificate, imported as a file
    ca = x509.load_pem_x509_certificate(Path(trusting_ca["EMUDESK_TEST_CA"]).read_bytes())
    key = serialization.load_pem_private_key(
        Path(trusting_ca["EMUDESK_TEST_CA_KEY"]).read_bytes(), None
    )
    signer = x509.load_pem_x509_certificate(
        Path(trusting_ca["EMUDESK_TEST_SIGNER_CERT"]).read_bytes()
    )
    now = dt.datetime.now(dt.UTC)
    revoked = (
        x509.RevokedCertificateBuilder()
        .serial_number(signer.serial_number)
        .revocation_date(now - dt.timedelta(minutes=1))
        .build()
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.subject)
        .last_update(now - dt.timedelta(minutes=1))
        .next_update(now + dt.timedelta(days=7))
        .add_revoked_certificate(revoked)
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
    )
    crl_file = tmp_path / "ca.crl"
    crl_file.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    assert trust.import_file(crl_file).crls == 1
    # THEN the same file is refused: the signer's certificate is revoked
    check = packages.check_package(file)
    assert check.verdict.status is Status.INVALID
    assert any("revoked" in problem for problem in check.verdict.problems)


def test_the_file_checked_is_the_file_merged(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A dry run (the window's preview) checks too, and changes nothing."""
    file = signed_handover(demo_path, tmp_path, capsys)
    target = open_database(fresh_pc(tmp_path, "new-head"))
    before = dump(target)
    with target.session() as session:
        received = handover.receive(session, file, dry_run=True)
    assert received.check.valid and sum(received.plan.new.values()) > 100
    assert dump(target) == before
    target.dispose()
