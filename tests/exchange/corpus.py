"""Scoring forms exported from the demo database, and bad returns made from them.

Each bad return starts from a valid exported form and breaks one thing the way a person,
a program or an attacker would: the wrong attachment, a tampered maximum, an inserted row,
text in a score cell, a formula never computed, a billion-laughs DTD, a zip bomb, an old
.xls renamed, an empty or encrypted file. The forms are exported once per test session
(the demo database's UUIDs are the same in every copy) and copied into each test.

Test modules import the fixtures ``forms_fixture``, ``exported_fixture`` and
``vietnamese_fixture``; pytest knows them as ``forms``, ``exported`` and ``vietnamese``.
"""

from __future__ import annotations

import io
import shutil
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from emudesk.db import Database, open_database
from emudesk.exchange.formdata import COL_CODE, FIRST_ROW, FORM_SHEET

CLUSTER = "UBDT-C4"
OWN = "BDT-PY"  # the unit whose return most tests use: Ban Dân tộc Phú Yên
UNLOCK_REASON = "Nhận lại biểu chấm điểm của các đơn vị"


def form_name(unit: str = OWN, year: int = 2024) -> str:
    return f"{CLUSTER}_{year}_{unit}.xlsx"


@pytest.fixture(name="vietnamese")
def vietnamese_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in Vietnamese whatever an earlier test switched to."""
    from emudesk import i18n

    monkeypatch.setattr(i18n._State, "language", "vi")


def unlock(database: Database, year: int = 2024) -> UUID:
    """Unlock the demo's locked year (2024) so that it takes imports; returns its UUID."""
    from emudesk.services.organisation import years
    from emudesk.services.scoring import locking

    with database.session() as session:
        info = years.get_year(session, CLUSTER, year)
        if locking.is_locked(session, years.load(session, info.uuid)):
            locking.unlock_year(session, info.uuid, UNLOCK_REASON)
        return info.uuid


def year_uuid(database: Database, year: int = 2024) -> UUID:
    from emudesk.services.organisation import years

    with database.session() as session:
        return years.get_year(session, CLUSTER, year).uuid


@pytest.fixture(scope="session", name="exported")
def exported_fixture(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every 2024 form of UBDT-C4 and Phú Yên's 2025 form, exported once."""
    import os

    from emudesk.services.exchange import form_export

    folder = tmp_path_factory.mktemp("forms")
    copy = folder / "demo.sqlite"
    shutil.copyfile(_demo_template, copy)
    previous = os.environ.get("EMUDESK_HOME")
    os.environ["EMUDESK_HOME"] = str(folder / "home")
    try:
        database = open_database(copy)
        try:
            uuid_2024 = unlock(database)
            with database.session() as session:
                form_export.export_forms(session, uuid_2024, folder)
                (folder / "2025").mkdir()
                form_export.export_forms(session, year_uuid(database, 2025), folder / "2025")
        finally:
            database.dispose()
    finally:
        if previous is None:
            os.environ.pop("EMUDESK_HOME", None)
        else:
            os.environ["EMUDESK_HOME"] = previous
    return folder


@dataclass
class Forms:
    """This test's copies of the exported forms, and the demo database they belong to."""

    db: Database
    folder: Path
    year_uuid: UUID
    source: Path

    def path(self, unit: str = OWN, year: int = 2024) -> Path:
        """A fresh copy of the exported form of ``unit`` (kept under its own name)."""
        origin = self.source / ("2025" if year == 2025 else "") / form_name(unit, year)
        target = self.folder / form_name(unit, year)
        shutil.copyfile(origin, target)
        return target

    def all_2024(self) -> list[Path]:
        return [self.path(p.name.split("_")[2][:-5]) for p in sorted(self.source.glob("*.xlsx"))]


@pytest.fixture(name="forms")
def forms_fixture(demo_db: Database, exported: Path, tmp_path: Path) -> Iterator[Forms]:
    """The demo database with 2024 unlocked, and the exported forms to copy from."""
    folder = tmp_path / "returns"
    folder.mkdir()
    yield Forms(demo_db, folder, unlock(demo_db), exported)


def row_of(ws: Any, code: str) -> int:
    """The sheet row of criterion ``code``."""
    for number in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(row=number, column=COL_CODE).value == code:
            return number
    raise KeyError(code)


def edit(path: Path, change: Callable[[Any], None], target: Path | None = None) -> Path:
    """Open ``path`` with openpyxl, let ``change`` edit the scoring sheet, save (to ``target``)."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    change(workbook[FORM_SHEET])
    target = target or path
    workbook.save(target)
    return target


def set_cell(path: Path, code: str, column: int, value: object) -> str:
    """Put ``value`` into the cell of criterion ``code`` in ``column``; returns its reference."""
    from openpyxl.utils import get_column_letter

    found: list[str] = []

    def change(ws: Any) -> None:
        number = row_of(ws, code)
        ws.cell(row=number, column=column).value = value
        found.append(f"{get_column_letter(column)}{number}")

    edit(path, change)
    return found[0]


def replace_part(path: Path, part: str, edit_xml: Callable[[bytes], bytes]) -> None:
    """Rewrite one member of the workbook's ZIP archive."""
    source = path.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                data = edit_xml(data)
            new.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())


BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)


def entity_bomb(path: Path) -> None:
    """A billion-laughs DTD before the scoring sheet's root element, used in one of its cells."""

    def poison(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return BILLION_LAUGHS + body.replace(b"<t>Ghi", b"<t>&lol9;Ghi", 1)

    replace_part(path, "xl/worksheets/sheet2.xml", poison)


BOMB_PART = "xl/media/padding.bin"
BOMB_SIZE = 30 * 1024 * 1024


def zip_bomb(path: Path) -> int:
    """Add a member that unpacks to 30 MB of zeros; returns its compressed size."""
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(BOMB_PART, "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(BOMB_SIZE // len(chunk)):
                member.write(chunk)
        return archive.getinfo(BOMB_PART).compress_size


OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def ole2(path: Path, *stream_names: str) -> None:
    """An OLE2 compound file: the header and a directory naming ``stream_names``."""
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\0") for name in stream_names)
    path.write_bytes(OLE2 + bytes(504) + directory)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def saved_by_libreoffice(path: Path, work: Path) -> Path:
    """``path`` opened and saved again by LibreOffice (which computes every formula)."""
    import subprocess

    converted = work / "converted"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{work}/lo-profile",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(converted),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return converted / path.name
