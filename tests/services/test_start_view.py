"""The window's first data, read with plain SQL (``start_view``), is what the ORM services give.

The window shows the navigation tree, the clusters page and its years before the ORM is
imported; these readers must return the very records ``clusters.list_clusters``,
``years.list_years`` and ``issuers.list_issuers`` return — on the demo as 2025 began and on
the reorganised demo (units merged and renamed during 2025, the issuer's new name). Each
is read twice: on the open database's SQLAlchemy connection, and — for an SQLite file — on
the window's early, read-only ``sqlite3`` connection (``early_read.open_early``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from emudesk.db import Database
from emudesk.services.organisation import clusters, early_read, issuers, start_view, years


@contextmanager
def _readers(database: Database) -> Iterator[list[start_view.PlainReader]]:
    """The open database's reader, and the early read's when the database is an SQLite file."""
    with database.engine.connect() as connection:
        readers: list[start_view.PlainReader] = [start_view.AlchemyReader(connection)]
        early = early_read.open_early(database.path) if database.path else None
        if database.path:
            assert early is not None  # a current-schema SQLite file is read early
            readers.append(early)
        try:
            yield readers
        finally:
            if early is not None:
                early.close()


def _compare(database: Database) -> int:
    with _readers(database) as readers:
        return min(_compare_on(database, conn) for conn in readers)


def _compare_on(database: Database, conn: start_view.PlainReader) -> int:
    with database.session() as s:
        ormed = clusters.list_clusters(s)
        assert start_view.list_clusters(conn) == ormed
        assert start_view.has_issuer(conn) == bool(issuers.list_issuers(s))
        outline = start_view.outline(conn)
        compared = 0
        for cluster, line in zip(ormed, outline, strict=True):
            listed = years.list_years(s, cluster.uuid)
            assert start_view.list_years(conn, cluster.uuid) == listed
            assert (line.uuid, line.code, line.name, line.issuer_name) == (
                cluster.uuid,
                cluster.code,
                cluster.name,
                cluster.issuer_name,
            )
            assert line.years == tuple((y.year, y.uuid) for y in listed)
            compared += len(listed)
    return compared


def test_the_first_page_reads_as_the_orm_services_on_the_demo(demo_db: Database) -> None:
    assert _compare(demo_db) >= 2


def test_the_first_page_reads_as_the_orm_services_after_the_reorganisation(
    reorganised_db: Database,
) -> None:
    assert _compare(reorganised_db) >= 2


def test_an_empty_database_has_nothing_to_show(db: Database) -> None:
    with _readers(db) as readers:
        for conn in readers:
            assert start_view.list_clusters(conn) == []
            assert start_view.outline(conn) == []
            assert not start_view.has_issuer(conn)


@pytest.mark.parametrize("fixture", ["demo_db"])
def test_a_cluster_without_years_lists_none(fixture: str, request: pytest.FixtureRequest) -> None:
    database: Database = request.getfixturevalue(fixture)
    with database.session() as s:
        issuer = issuers.list_issuers(s)[0]
        made = clusters.create_cluster(
            s, clusters.ClusterFields(code="NEW-1", name="Cụm mới", issuer_uuid=issuer.uuid)
        )
    with _readers(database) as readers:
        for conn in readers:
            assert start_view.list_years(conn, made.uuid) == []
    assert _compare(database) >= 2


def test_a_year_names_its_issuer_as_on_its_own_last_day(reorganised_db: Database) -> None:
    # GIVEN the Committee for Ethnic Minority Affairs renamed on 1/3/2025
    with reorganised_db.session() as s, _readers(reorganised_db) as readers:
        ubdt = next(c for c in clusters.list_clusters(s) if c.code == "UBDT-C4")
        early = [start_view.list_years(conn, ubdt.uuid) for conn in readers]
        for listed in (years.list_years(s, ubdt.uuid), *early):
            by_year = {y.year: y for y in listed}
            # THEN the 2024 pages say "UBDT", the 2025 pages the ministry's new short name
            assert (by_year[2024].issuer_short, by_year[2024].issuer_name) == (
                "UBDT",
                "Ủy ban Dân tộc",
            )
            assert by_year[2025].issuer_short != "UBDT"
            assert by_year[2025].issuer_name == "Bộ Dân tộc và Tôn giáo"
