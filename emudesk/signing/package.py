"""Signed packages: one convention for every zip file emudesk sends to another office.

A package is a zip whose member ``manifest.json`` is a JSON object with at least
``"sha256": {member name: hex SHA-256}`` for every other member; the handover file is one,
and the submission and decision packages to come are built the same way. Its signature is
the member ``signature.p7s``: a detached CMS signature (DER) over the manifest's exact bytes.
Signing the manifest signs every member through its checksum, so one signature covers the
package however large it is, and ``openssl cms -verify -binary -inform DER -in
signature.p7s -content manifest.json`` checks it too.

To sign a new kind of package: write the zip with its manifest as above (without
``signature.p7s``), then ``services.signing.packages.sign_package(path, token, pin)``. To
receive one: ``services.signing.packages.check_package(path)`` (or ``require_trusted`` to
refuse unless the officer accepted), then read the package as usual; the package's own
reader must allow the member ``SIGNATURE`` and leave it out of the checksums.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from emudesk.i18n import _
from emudesk.signing import Status, Verdict
from emudesk.signing.cms import MAX_SIGNATURE_BYTES, verify_detached
from emudesk.signing.errors import SignatureError
from emudesk.signing.trust import Trust

MANIFEST = "manifest.json"
SIGNATURE = "signature.p7s"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_CONTENT_BYTES = 2 * 1024 * 1024 * 1024  # every member together, as unpacked
_CHUNK = 1024 * 1024
_HEX = re.compile(r"^[0-9a-f]{64}$")
_READ_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)


@dataclass(frozen=True)
class PackageCheck:
    """A package's signature checked, and its members against the signed manifest."""

    verdict: Verdict
    file_sha256: str  # of the whole file as it was read (for the audit)

    @property
    def valid(self) -> bool:
        return self.verdict.valid


def is_package(path: Path) -> bool:
    """A zip holding a ``manifest.json``: what ``check`` can look at."""
    try:
        with zipfile.ZipFile(path) as archive:
            return MANIFEST in archive.namelist()
    except _READ_ERRORS:
        return False


def _open(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except _READ_ERRORS as exc:
        raise SignatureError(
            _("{file} is not a package (not a zip archive, or truncated).", file=path.name)
        ) from exc
    names = archive.namelist()
    if len(names) != len(set(names)):  # zip programs disagree on which copy counts
        archive.close()
        raise SignatureError(_("{file} holds a member twice; it was refused.", file=path.name))
    return archive


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ValueError(name)
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(name)
    return data


def manifest_of(path: Path) -> bytes:
    """The exact bytes of the package's manifest (what the signature covers)."""
    with _open(path) as archive:
        if MANIFEST not in archive.namelist():
            raise SignatureError(_("{file} has no manifest; it is not a package.", file=path.name))
        if SIGNATURE in archive.namelist():
            raise SignatureError(_("{file} is signed already.", file=path.name))
        try:
            return _read(archive, MANIFEST, MAX_MANIFEST_BYTES)
        except (*_READ_ERRORS, KeyError) as exc:
            raise SignatureError(
                _("The manifest of {file} cannot be read.", file=path.name)
            ) from exc


def add_signature(source: Path, target: Path, signature: bytes) -> None:
    """Write ``source`` with the member ``signature.p7s`` added to ``target``."""
    shutil.copyfile(source, target)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr(SIGNATURE, signature)


def check(path: Path, trust: Trust) -> PackageCheck:
    """The package's signature against ``trust``, then each member against the manifest."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise SignatureError(_("{file} cannot be read.", file=path.name)) from exc
    with _open(path) as archive:
        names = archive.namelist()
        if MANIFEST not in names:
            raise SignatureError(_("{file} has no manifest; it is not a package.", file=path.name))
        if SIGNATURE not in names:
            unsigned = Verdict(Status.UNSIGNED, problems=(_("the package carries no signature"),))
            return PackageCheck(unsigned, digest.hexdigest())
        try:
            manifest = _read(archive, MANIFEST, MAX_MANIFEST_BYTES)
            signature = _read(archive, SIGNATURE, MAX_SIGNATURE_BYTES)
        except _READ_ERRORS:
            damaged = Verdict(Status.INVALID, problems=(_("the package is damaged"),))
            return PackageCheck(damaged, digest.hexdigest())
        verdict = verify_detached(manifest, signature, trust)
        if verdict.status in (Status.VALID, Status.UNTRUSTED):
            problem = _members_problem(archive, manifest)
            if problem:
                verdict = Verdict(Status.INVALID, verdict.signer, verdict.signed_at, (problem,))
    return PackageCheck(verdict, digest.hexdigest())


def _members_problem(archive: zipfile.ZipFile, manifest: bytes) -> str:
    """Why the members are not the ones the (signed) manifest lists, or ""."""
    try:
        listed = json.loads(manifest.decode("utf-8"))["sha256"]
        if not isinstance(listed, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and _HEX.match(v) for k, v in listed.items()
        ):
            raise TypeError(listed)
    except (ValueError, KeyError, TypeError, RecursionError, UnicodeDecodeError):
        return _("the signed manifest lists no checksums")
    present = set(archive.namelist()) - {MANIFEST, SIGNATURE}
    if present != set(listed):
        odd = sorted(present ^ set(listed))[:3]
        return _("members are missing or extra: {names}", names=", ".join(odd))
    total = 0
    for name in sorted(present):
        digest = hashlib.sha256()
        try:
            with archive.open(name) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    if total > MAX_CONTENT_BYTES:
                        return _("the package is too large")
                    digest.update(chunk)
        except _READ_ERRORS:
            return _("{name} cannot be read", name=name)
        if digest.hexdigest() != listed[name]:
            return _("{name} was changed after the package was signed", name=name)
    return ""
