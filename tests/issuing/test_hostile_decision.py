"""A decision package that is well formed but wrong for this PC: replayed after a corrected
one, a register number twice or already given, another year or cluster, another decision
over a decided proposal; and a submission confined to its issuer. Each refused, the database
byte for byte unchanged."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import open_database
from emudesk.model import Proposal
from tests.issuing.hostile import Kind, build_kinds, refused, with_document, with_manifest

UUID1 = "00000000-0000-0000-0000-000000000001"


@pytest.fixture(scope="module")
def kinds(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Kind]:
    return build_kinds(_demo_template, tmp_path_factory.mktemp("decision"))


def _head(kind: Kind, tmp_path: Path) -> Path:
    copy = tmp_path / "head.sqlite"
    shutil.copyfile(kind.target, copy)
    return copy


def _later(manifest: dict[str, Any]) -> None:
    manifest["created"] = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()


def _received(kind: Kind, tmp_path: Path) -> Path:
    """The head's database with ``kind``'s good package received."""
    target = _head(kind, tmp_path)
    db = open_database(target)
    try:
        kind.receive(db, kind.good)
    finally:
        db.dispose()
    return target


def test_an_older_package_of_the_decision_replayed_after_a_corrected_one_is_refused(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["decision"]
    target = _head(kind, tmp_path)

    def correct(doc: dict[str, Any]) -> None:
        doc["items"][0]["approved"] = False
        doc["items"][0]["register_number"] = ""
        doc["items"][0]["reason"] = "Hồ sơ chưa đủ"

    corrected = with_document(kind.good, tmp_path / "corrected.zip", "decision", correct)
    corrected = with_manifest(corrected, tmp_path / "corrected2.zip", _later)
    db = open_database(target)
    try:
        assert kind.receive(db, kind.good).plan.changes_anything
        assert kind.receive(db, corrected).plan.changes_anything
        with db.session() as session:
            assert session.query(Proposal).filter_by(decision_reason="Hồ sơ chưa đủ").count() == 1
    finally:
        db.dispose()
    refused(kind, target, kind.good, "older")
    db = open_database(target)
    try:  # the corrected package itself, again: nothing to change
        assert not kind.receive(db, corrected).plan.changes_anything
    finally:
        db.dispose()


def _same_register_number(doc: dict[str, Any]) -> None:
    approved = [i for i in doc["items"] if i["approved"]]
    approved[1]["register_number"] = approved[0]["register_number"]


def _other_year(doc: dict[str, Any]) -> None:
    doc["decision"]["year"] = 2019


def _other_cluster_year(doc: dict[str, Any]) -> None:
    doc["items"][0]["cluster_year"] = UUID1


def _year_as_text(doc: dict[str, Any]) -> None:
    doc["decision"]["year"] = "2024"


def _signed_on_bad(doc: dict[str, Any]) -> None:
    doc["decision"]["signed_on"] = "24/01/2025"


def _reason_surrogate(doc: dict[str, Any]) -> bytes:
    text = json.dumps(doc)
    return text.replace('"reason": "', '"reason": "\\ud800', 1).encode()


def _number_control(doc: dict[str, Any]) -> None:
    doc["decision"]["number"] = "123/QĐ-UBDT\u202e"


def _register_number_control(doc: dict[str, Any]) -> None:
    approved = [i for i in doc["items"] if i["approved"]]
    approved[0]["register_number"] = "1234\x07"


def _items_twice(doc: dict[str, Any]) -> None:
    doc["items"].append(dict(doc["items"][0]))


CASES = {
    "a register number twice": (_same_register_number, "register"),
    "another year": (_other_year, "year"),
    "another cluster-year": (_other_cluster_year, "cluster_year|another"),
    "year as text": (_year_as_text, "decision.year"),
    "date not ISO": (_signed_on_bad, "decision.signed_on"),
    "broken character": (_reason_surrogate, "reason"),
    "bidi control in the number": (_number_control, "decision.number"),
    "bell in a register number": (_register_number_control, "register_number"),
    "a proposal twice": (_items_twice, "items\\[3\\]"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_wrong_decision_is_refused_and_nothing_changes(
    case: str, kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["decision"]
    edit, expected = CASES[case]
    bad = with_document(kind.good, tmp_path / "bad.zip", "decision", edit)
    refused(kind, _head(kind, tmp_path), bad, expected)


def test_another_decision_over_decided_proposals_is_refused(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["decision"]
    target = _received(kind, tmp_path)

    def other(doc: dict[str, Any]) -> None:
        doc["decision"]["uuid"] = UUID1
        doc["decision"]["number"] = "999/QĐ-UBDT"
        for item in doc["items"]:
            if item["approved"]:
                item["register_number"] = "9" + item["register_number"]

    bad = with_document(kind.good, tmp_path / "other.zip", "decision", other)
    refused(kind, target, with_manifest(bad, tmp_path / "other2.zip", _later), "123/QĐ-UBDT")


def test_a_register_number_already_given_here_is_refused(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["decision"]
    target = _received(kind, tmp_path)

    def clash(doc: dict[str, Any]) -> None:
        approved = [i for i in doc["items"] if i["approved"]]
        approved[0]["register_number"], approved[1]["register_number"] = (
            approved[1]["register_number"],
            approved[0]["register_number"],
        )
        doc["items"] = [approved[0]]

    bad = with_document(kind.good, tmp_path / "clash.zip", "decision", clash)
    refused(kind, target, with_manifest(bad, tmp_path / "clash2.zip", _later), "register")


def test_a_submission_naming_another_issuer_for_a_known_cluster_is_refused(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["submission"]
    target = tmp_path / "issuer.sqlite"
    shutil.copyfile(kind.target, target)
    db = open_database(target)
    try:
        kind.receive(db, kind.good)
    finally:
        db.dispose()

    def other_issuer(doc: dict[str, Any]) -> None:
        doc["issuer"]["uuid"] = UUID1
        doc["issuer"]["name"] = "Ủy ban nhân dân tỉnh Giả"
        doc["issuer"]["short_name"] = "UBND Giả"

    bad = with_document(kind.good, tmp_path / "bad.zip", "submission", other_issuer)
    refused(kind, target, with_manifest(bad, tmp_path / "bad2.zip", _later), "another issuer")


def test_a_submission_moving_its_cluster_year_to_another_year_is_refused(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    """The same cluster-year (by its identity) sent again as another year: a year that
    does not exist for it here."""
    kind = kinds["submission"]
    target = tmp_path / "issuer.sqlite"
    shutil.copyfile(kind.target, target)
    db = open_database(target)
    try:
        kind.receive(db, kind.good)
    finally:
        db.dispose()

    def other_year(doc: dict[str, Any]) -> None:
        doc["year"]["year"] = 2031

    bad = with_document(kind.good, tmp_path / "bad.zip", "submission", other_year)
    refused(kind, target, with_manifest(bad, tmp_path / "bad2.zip", _later), "year")


def _with_scan(kind: Kind, target: Path, name: str, data: bytes) -> Path:
    import hashlib
    import json as json_

    from tests.issuing.hostile import members_of, write_zip

    uuid = "11111111-2222-3333-4444-555555555555"
    members = dict(members_of(kind.good))
    doc = json_.loads(members["submission.json"])
    papers = doc["proposals"][0]["papers"]
    free = next(k for k in ("submission", "minutes", "achievement_report")
                if k not in {p["kind"] for p in papers})  # fmt: skip
    papers.append({"uuid": "66666666-7777-8888-9999-000000000000", "kind": free, "ready": True,
                   "file": {"uuid": uuid, "file_name": name}})  # fmt: skip
    members["submission.json"] = json_.dumps(doc).encode()
    members[f"attachments/{uuid}.bin"] = data
    manifest = json_.loads(members["manifest.json"])
    manifest["sha256"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()
                          if n != "manifest.json"}  # fmt: skip
    members["manifest.json"] = json_.dumps(manifest).encode()
    return write_zip(target, list(members.items()))


def test_a_scan_named_to_escape_its_folder_is_stored_under_a_safe_name(
    kinds: dict[str, Kind], tmp_path: Path
) -> None:
    from emudesk.model import Attachment
    from tests.issuing.helpers import PDF

    kind = kinds["submission"]
    target = tmp_path / "issuer.sqlite"
    shutil.copyfile(kind.target, target)
    package = _with_scan(kind, tmp_path / "s.zip", "..\\..\\Startup\\evil.bat.pdf", PDF)
    db = open_database(target)
    try:
        kind.receive(db, package)
        with db.session() as session:
            names = [a.file_name for a in session.query(Attachment)]
    finally:
        db.dispose()
    assert names == ["evil.bat.pdf"]


def test_a_scan_that_is_a_program_is_refused(kinds: dict[str, Kind], tmp_path: Path) -> None:
    kind = kinds["submission"]
    target = tmp_path / "issuer.sqlite"
    shutil.copyfile(kind.target, target)
    package = _with_scan(kind, tmp_path / "s.zip", "bien-ban.pdf", b"MZ\x90\x00" + b"\0" * 600)
    refused(kind, target, package, "file_name")
