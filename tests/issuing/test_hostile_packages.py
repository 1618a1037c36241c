"""Submission and decision packages from outside, damaged or forged every way a tester can:
each is refused with a clear message (dry run and real import, command line too), the
database byte for byte as it was; nothing is ever written outside the database."""

from __future__ import annotations

import json
import math
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import open_database
from emudesk.errors import EmuError
from tests.issuing.helpers import run
from tests.issuing.hostile import (
    Kind,
    build_kinds,
    members_of,
    patched_name,
    refused,
    resealed,
    state,
    with_document,
    with_manifest,
    write_zip,
)

UUID0 = "00000000-0000-0000-0000-000000000000"
Maker = Callable[[Kind, Path], Path]


@pytest.fixture(scope="module")
def kinds(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Kind]:
    return build_kinds(_demo_template, tmp_path_factory.mktemp("packages"))


def _target(kind: Kind, tmp_path: Path) -> Path:
    folder = tmp_path / "target"
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / kind.target.name
    shutil.copyfile(kind.target, copy)
    return copy


# ---- the file itself ------------------------------------------------------------------------


def _empty(kind: Kind, bad: Path) -> Path:
    bad.write_bytes(b"")
    return bad


def _directory(kind: Kind, bad: Path) -> Path:
    bad.mkdir()
    return bad


def _workbook_renamed(kind: Kind, bad: Path) -> Path:
    from openpyxl import Workbook

    Workbook().save(bad)  # an .xlsx is a zip too, without a manifest
    return bad


def _text_file(kind: Kind, bad: Path) -> Path:
    bad.write_text("manifest.json\n" * 1000)
    return bad


def _truncated_end(kind: Kind, bad: Path) -> Path:
    data = kind.good.read_bytes()
    bad.write_bytes(data[:-30])  # the central directory's end cut off
    return bad


def _member_twice(kind: Kind, bad: Path) -> Path:
    members = members_of(kind.good)
    doc = dict(members)[kind.document]
    return write_zip(bad, [*members, (kind.document, doc.replace(b"UBDT", b"XXXX"))])


def _manifest_twice(kind: Kind, bad: Path) -> Path:
    members = members_of(kind.good)
    return write_zip(bad, [("manifest.json", b'{"kind": "other"}'), *members])


def _nul_in_name(kind: Kind, bad: Path) -> Path:
    # "<kind>.json\0" is read by Python as "<kind>.json": other tools see another name
    source = resealed(kind.good, bad.with_suffix(".src"), lambda m: None)
    members = members_of(source)
    longer = [(n + "X" if n == kind.document else n, d) for n, d in members]
    write_zip(bad.with_suffix(".tmp"), longer)
    return patched_name(bad.with_suffix(".tmp"), bad, kind.document + "X",
                        kind.document.encode() + b"\0")  # fmt: skip


def _extra(name: str) -> Maker:
    def make(kind: Kind, bad: Path) -> Path:
        return resealed(kind.good, bad, lambda m: m.__setitem__(name, b"evil"))

    return make


def _backslash_name(kind: Kind, bad: Path) -> Path:
    source = resealed(kind.good, bad.with_suffix(".src"),
                      lambda m: m.__setitem__("aa/evil.txt", b"evil"))  # fmt: skip
    return patched_name(source, bad, "aa/evil.txt", b"..\\evil.txt")


def _attachment_newline(kind: Kind, bad: Path) -> Path:
    return _extra(f"attachments/{UUID0}.bin\n")(kind, bad)


def _manifest_bomb(kind: Kind, bad: Path) -> Path:
    members = dict(members_of(kind.good))
    members["manifest.json"] = b" " * (25 * 1024 * 1024)  # deflates to some 25 kB
    return write_zip(bad, list(members.items()))


def _document_bomb(kind: Kind, bad: Path) -> Path:
    return with_document(kind.good, bad, kind.name, lambda doc: b"[" + b" " * (19 << 20) + b"]")


def _header_lies(kind: Kind, bad: Path) -> Path:
    """The central directory claims the document is 10 bytes long."""
    import struct

    data = bytearray(kind.good.read_bytes())
    name = kind.document.encode()
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))  # its central directory entry
    struct.pack_into("<I", data, at + 24, 10)  # uncompressed size
    bad.write_bytes(bytes(data))
    return bad


def _checksum_lies(kind: Kind, bad: Path) -> Path:
    members = dict(members_of(kind.good))
    doc = json.loads(members[kind.document])
    doc["issuer"]["name"] = "Giả mạo"
    members[kind.document] = json.dumps(doc).encode()
    return write_zip(bad, list(members.items()))


def _manifest(edit: Callable[[dict[str, Any]], Any]) -> Maker:
    def make(kind: Kind, bad: Path) -> Path:
        return with_manifest(kind.good, bad, edit)

    return make


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda m: m.__setitem__(key, value)


def _document(edit: Callable[[Any], Any]) -> Maker:
    def make(kind: Kind, bad: Path) -> Path:
        return with_document(kind.good, bad, kind.name, edit)

    return make


def _deep(doc: Any) -> bytes:
    return b'{"issuer": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


FILES: dict[str, tuple[Maker, str]] = {
    "empty file": (_empty, "not a package|not a zip"),
    "a directory": (_directory, "cannot be read"),
    "an xlsx renamed .zip": (_workbook_renamed, "no manifest"),
    "a text file": (_text_file, "not a package|not a zip"),
    "end cut off": (_truncated_end, "not a package|not a zip"),
    "document twice": (_member_twice, "twice"),
    "manifest twice": (_manifest_twice, "twice"),
    "NUL in a name": (_nul_in_name, "unexpected member|twice"),
    "../ in a name": (_extra("../evil.txt"), "unexpected member"),
    "absolute name": (_extra("/tmp/evil.txt"), "unexpected member"),
    "drive letter": (_extra("C:/evil.txt"), "unexpected member"),
    "backslashes": (_backslash_name, "unexpected member"),
    "attachments/../": (_extra("attachments/../../evil.txt"), "unexpected member"),
    "newline after a name": (_attachment_newline, "unexpected member"),
    "manifest bomb": (_manifest_bomb, "too large|damaged"),
    "document bomb": (_document_bomb, "too large|not readable|not acceptable"),
    "header lies": (_header_lies, "not what its header says|not a zip|checksum|changed|damaged"),
    "checksum lies": (_checksum_lies, "checksum"),
    "manifest not JSON": (_manifest(lambda m: b"{not json"), "manifest"),
    "manifest a list": (_manifest(lambda m: [m]), "manifest"),
    "manifest NaN": (
        _manifest(
            lambda m: (
                json.dumps(m)
                .replace('"format": 1', '"format": NaN')
                .replace('"format": 2', '"format": NaN')
                .encode()
            )
        ),
        "manifest",
    ),
    "format as text": (_manifest(_set("format", "1")), "manifest"),
    "format true": (_manifest(_set("format", True)), "manifest"),
    "format 0": (_manifest(_set("format", 0)), "manifest"),
    "format 1.0": (_manifest(_set("format", 1.0)), "manifest"),
    "format negative": (_manifest(_set("format", -1)), "manifest"),
    "newer format": (_manifest(_set("format", 99)), "newer emudesk"),
    "made in the future": (_manifest(_set("created", "2099-01-01T00:00:00+07:00")), "01/01/2099"),
    "made on no date": (_manifest(_set("created", "hôm qua")), "manifest.created"),
    "huge format": (
        _manifest(
            lambda m: (
                json.dumps(m).replace('"kind"', '"format": ' + "9" * 5000 + ', "kind"').encode()
            )
        ),
        "manifest",
    ),
    "no kind": (_manifest(lambda m: m.pop("kind")), "manifest"),
    "kind a list": (_manifest(_set("kind", ["submission", "decision"])), "manifest|not a"),
    "other kind": (_manifest(_set("kind", "handover")), "not a .* package"),
    "checksums a list": (_manifest(_set("sha256", [])), "manifest"),
    "checksums numbers": (
        _manifest(lambda m: m.__setitem__("sha256", dict.fromkeys(m["sha256"], 1))),
        "manifest|checksum",
    ),
    "document a list": (_document(lambda doc: [doc]), "not acceptable"),
    "document a string": (_document(lambda doc: "x" * (10 << 20)), "not acceptable"),
    "document empty": (_document(lambda doc: b""), "not readable"),
    "document nested too deep": (_document(_deep), "not readable|not acceptable"),
    "document NaN": (
        _document(
            lambda doc: json.dumps(doc).replace('"issuer"', '"x": NaN, "issuer"', 1).encode()
        ),
        ".",
    ),
    "document not UTF-8": (
        _document(lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-16")),
        "not readable",
    ),
    "issuer uuid a number": (
        _document(lambda doc: doc["issuer"].__setitem__("uuid", 12)),
        "issuer.uuid",
    ),
    "issuer name 10 MB": (
        _document(lambda doc: doc["issuer"].__setitem__("name", "x" * (10 << 20))),
        "issuer.name",
    ),
    "issuer name NUL": (
        _document(lambda doc: doc["issuer"].__setitem__("name", "Ủy ban\x00")),
        "issuer.name",
    ),
    "issuer name a list": (
        _document(lambda doc: doc["issuer"].__setitem__("name", ["x"])),
        "issuer.name",
    ),
    "issuer missing": (_document(lambda doc: doc.pop("issuer")), "issuer"),
}


@pytest.mark.parametrize("kind_name", ["submission", "decision"])
@pytest.mark.parametrize("case", sorted(FILES))
def test_a_damaged_or_forged_package_is_refused_and_nothing_changes(
    case: str, kind_name: str, kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds[kind_name]
    make, expected = FILES[case]
    bad = make(kind, tmp_path / "bad.zip")
    refused(kind, _target(kind, tmp_path), bad, expected)
    assert not list(tmp_path.rglob("evil*")) and not Path("/tmp/evil.txt").exists()


SUBMISSION_VALUES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "year as text": (lambda d: d["year"].__setitem__("year", "2024"), "year.year"),
    "year NaN": (
        lambda d: json.dumps(d).replace('"year": 2024', '"year": NaN').encode(),
        "not readable",
    ),
    "year Infinity": (
        lambda d: json.dumps(d).replace('"year": 2024', '"year": Infinity').encode(),
        "not readable",
    ),
    "year 2024.0": (lambda d: d["year"].__setitem__("year", 2024.0), "year.year"),
    "year true": (lambda d: d["year"].__setitem__("year", True), "year.year"),
    "rank negative": (lambda d: d["proposals"][0].__setitem__("rank", -1), "rank"),
    "total 5000 digits": (
        lambda d: json.dumps(d).replace('"total": ', '"total": ' + "9" * 5000, 1).encode(),
        "not readable|total",
    ),
    "votes negative": (
        lambda d: d["proposals"][0].__setitem__(
            "vote",
            {
                **(
                    d["proposals"][0].get("vote")
                    or {"uuid": UUID0, "method": "hands", "unanimous": False}
                ),
                "for": -5,
            },
        ),
        "vote",
    ),
    "reason 10 MB": (lambda d: d["proposals"][0].__setitem__("reason", "x" * (10 << 20)), "reason"),
    "reason bidi control": (
        lambda d: d["proposals"][0].__setitem__("reason", "abc\u202eabc"),
        "reason",
    ),
    "unit code NUL": (lambda d: d["units"][0].__setitem__("code", "BDT\x00"), "code"),
    "deadline not a date": (lambda d: d["year"].__setitem__("deadline", "31/12/2024"), "deadline"),
    "deadline year 10000": (lambda d: d["year"].__setitem__("deadline", "9999-12-31"), "deadline"),
    "created not a moment": (None, "created"),  # type: ignore[dict-item]
    "proposals not a list": (lambda d: d.__setitem__("proposals", {"0": {}}), "proposals"),
    "proposals 100000": (lambda d: d.__setitem__("proposals", [{}] * 100_000), "proposals"),
    "a member twice in the year": (
        lambda d: d["year"].__setitem__("members", d["year"]["members"] * 2),
        "members",
    ),
    "member unknown": (lambda d: d["year"]["members"].append(UUID0), "members"),
    "unit uuid twice": (lambda d: d["units"].append(dict(d["units"][0], code="ZZ")), "twice"),
    "cluster kind unknown": (lambda d: d["cluster"].__setitem__("kind", "galaxy"), "cluster.kind"),
    "year 2101": (lambda d: d["year"].__setitem__("year", 2101), "year.year"),
}


@pytest.mark.parametrize("case", sorted(SUBMISSION_VALUES))
def test_a_submission_with_a_wrong_value_is_refused_where_it_is_wrong(
    case: str, kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds["submission"]
    edit, where = SUBMISSION_VALUES[case]
    if edit is None:
        bad = with_manifest(kind.good, tmp_path / "bad.zip", _set("created", "gestern"))
    else:
        bad = with_document(kind.good, tmp_path / "bad.zip", "submission", edit)
    refused(kind, _target(kind, tmp_path), bad, where)


def _unreadable(kind: Kind, bad: Path) -> Path:
    shutil.copyfile(kind.good, bad)
    bad.chmod(0)
    return bad


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
@pytest.mark.parametrize("kind_name", ["submission", "decision"])
def test_a_package_that_cannot_be_read_is_refused(
    kind_name: str, kinds: dict[str, Kind], tmp_path: Path
) -> None:
    kind = kinds[kind_name]
    bad = _unreadable(kind, tmp_path / "bad.zip")
    target = _target(kind, tmp_path)
    db = open_database(target)
    before = state(target, db)
    try:
        with pytest.raises(EmuError, match="cannot be read"):
            kind.receive(db, bad)
        assert state(target, db) == before
    finally:
        db.dispose()
        bad.chmod(0o600)


CLI_CASES = ["empty file", "a directory", "document twice", "../ in a name", "manifest bomb",
             "newer format", "document nested too deep", "checksum lies"]  # fmt: skip


@pytest.mark.parametrize("kind_name", ["submission", "decision"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_command_line_refuses_each_in_words_without_a_traceback(
    kind_name: str,
    language: str,
    kinds: dict[str, Kind],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kind = kinds[kind_name]
    target = _target(kind, tmp_path)
    db = open_database(target)
    before = state(target, db)
    for number, case in enumerate(CLI_CASES):
        bad = FILES[case][0](kind, tmp_path / f"bad{number}.zip")
        for extra in (["--dry-run"], []):
            code, out, err = run(capsys, "--language", language, "--db", str(target), kind_name,
                                 "import", str(bad), "--accept-unverified", *extra)  # fmt: skip
            assert code != 0, (case, out)
            assert err.strip() and "Traceback" not in err + out, (case, err)
            if language == "en":
                assert bad.name in err, (case, err)
    assert state(target, db) == before
    db.dispose()


def test_nan_and_infinity_are_never_numbers(kinds: dict[str, Kind], tmp_path: Path) -> None:
    """JSON's NaN/Infinity are refused where a number is expected (a float is no count)."""
    kind = kinds["submission"]
    for value in ("NaN", "Infinity", "-Infinity", "1e400"):
        bad = with_document(
            kind.good,
            tmp_path / f"{value}.zip",
            "submission",
            lambda d, v=value: (
                json.dumps(d).replace('"position": ', f'"position": {v}, "x": ', 1).encode()
            ),
        )
        db = open_database(_target(kind, tmp_path))
        try:
            with pytest.raises(EmuError, match="not readable"):
                kind.receive(db, bad, dry_run=True)
        finally:
            db.dispose()
    assert math.isnan(json.loads("NaN"))  # what json would let through unchecked


def test_the_good_packages_still_import(kinds: dict[str, Kind], tmp_path: Path) -> None:
    for kind in kinds.values():
        db = open_database(_target(kind, tmp_path / kind.name))
        try:
            received = kind.receive(db, kind.good)
            assert received.plan.changes_anything
        finally:
            db.dispose()
    assert zipfile.is_zipfile(kinds["decision"].good)
