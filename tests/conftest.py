"""Fixtures shared by every test: a private data folder, empty and demo databases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from emudesk.db import Database, open_database


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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty, migrated SQLite database."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run and copied for each test that wants it."""
    import os

    folder = tmp_path_factory.mktemp("demo")
    previous = os.environ.get("EMUDESK_HOME")
    os.environ["EMUDESK_HOME"] = str(folder / "home")
    try:
        from emudesk.services.demo import build_demo

        database = open_database(folder / "demo.sqlite")
        with database.session() as session:
            build_demo(session)
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
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The demo database, opened."""
    database = open_database(demo_path)
    yield database
    database.dispose()


def dump(database: Database) -> list[str]:
    """Every row of every table as text: compare two dumps to prove nothing changed."""
    from sqlalchemy import inspect, text

    lines: list[str] = []
    with database.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            lines.extend(f"{table}: {tuple(row)}" for row in rows)
    return lines
