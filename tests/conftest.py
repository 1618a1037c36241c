"""Fixtures shared by every test: a private data folder, empty and demo databases."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emudesk.db import Database, open_database

pytest_plugins = ["tests.token_fixtures"]  # a SoftHSM2 token for the signing tests


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``make test-postgres``, leave out what is about SQLite files."""
    if not SERVER:
        return
    skip = pytest.mark.skip(reason="about SQLite files; the server is PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep backups, logs and settings of every test inside its own temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("EMUDESK_HOME", str(home))
    monkeypatch.delenv("EMUDESK_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


# ``make test-postgres`` sets this to a server URL ending in "/": the ``db`` and ``demo_db``
# fixtures then give a fresh PostgreSQL database per test, copied from templates made once.
SERVER = os.environ.get("EMUDESK_TEST_DB", "")


def _server_admin() -> Any:
    from sqlalchemy import create_engine

    return create_engine(SERVER + "postgres", isolation_level="AUTOCOMMIT")


def _postgres_copy(template: str) -> Iterator[Database]:
    from sqlalchemy import text

    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = _server_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    database = open_database(SERVER + name)
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def _postgres_templates(
    _demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """A migrated empty database and the demo on the server, made once per run.

    The demo arrives by handover from the SQLite demo, so both carry the same UUIDs and the
    exchange fixtures' forms (exported from the SQLite demo) fit either database.
    """
    from sqlalchemy import text

    from emudesk.services.handover import export, merge

    admin = _server_admin()
    with admin.connect() as conn:
        for name in ("emu_empty", "emu_demo"):
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(SERVER + "emu_empty").dispose()
    folder = tmp_path_factory.mktemp("pg-demo")
    source = open_database(_demo_template)
    demo = open_database(SERVER + "emu_demo")
    try:
        for code in ("VHTTDL-C4", "UBDT-C4"):
            file = folder / f"{code}.emudesk"
            with source.session() as session:
                export.export_cluster(session, code, file)
            with demo.session() as session:
                merge.merge(session, file, take_theirs=True)
    finally:
        source.dispose()
        demo.dispose()
    yield
    with admin.connect() as conn:
        for name in ("emu_empty", "emu_demo"):
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty, migrated database: SQLite, or PostgreSQL under ``make test-postgres``."""
    if SERVER:
        request.getfixturevalue("_postgres_templates")
        yield from _postgres_copy("emu_empty")
        return
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as 2025 began (before the reorganisation's events), built once per
    test run and copied for each test that wants it."""
    return _build_demo_template(tmp_path_factory, reorganised=False)


@pytest.fixture(scope="session")
def _reorganised_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as ``emudesk demo`` makes it: with the 2025 reorganisation."""
    return _build_demo_template(tmp_path_factory, reorganised=True)


@pytest.fixture
def reorganised_db(_reorganised_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the full demo (with its 2025 renames and mergers), opened."""
    target = tmp_path / "reorganised.sqlite"
    shutil.copyfile(_reorganised_template, target)
    database = open_database(target)
    yield database
    database.dispose()


def _build_demo_template(tmp_path_factory: pytest.TempPathFactory, *, reorganised: bool) -> Path:
    import os

    folder = tmp_path_factory.mktemp("demo")
    previous = os.environ.get("EMUDESK_HOME")
    os.environ["EMUDESK_HOME"] = str(folder / "home")
    try:
        from emudesk.services.demo.build import build_demo

        database = open_database(folder / "demo.sqlite")
        with database.session() as session:
            build_demo(session, reorganised=reorganised)
        database.dispose()
    finally:
        if previous is None:
            os.environ.pop("EMUDESK_HOME", None)
        else:
            os.environ["EMUDESK_HOME"] = previous
    return folder / "demo.sqlite"


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo database, opened (a copy on the PostgreSQL server under test-postgres)."""
    if SERVER:
        request.getfixturevalue("_postgres_templates")
        yield from _postgres_copy("emu_demo")
        return
    database = open_database(demo_path)
    yield database
    database.dispose()


# The demo's ethnic-affairs members in Vietnamese order: Đ is a letter after D, before E.
UBDT_PROVINCES = [
    "Bình Định",
    "Đắk Lắk",
    "Đắk Nông",
    "Gia Lai",
    "Khánh Hòa",
    "Kon Tum",
    "Lâm Đồng",
    "Phú Yên",
]


def dump(database: Database) -> list[str]:
    """Every row of every table as text: compare two dumps to prove nothing changed."""
    from sqlalchemy import inspect, text

    lines: list[str] = []
    with database.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            lines.extend(f"{table}: {tuple(row)}" for row in rows)
    return lines
