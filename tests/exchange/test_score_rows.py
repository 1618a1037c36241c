"""Score rows written through the driver's executemany store exactly what SQLAlchemy's
Core statements stored: every column as the database holds it, versions, audit entries."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from uuid import UUID

import pytest
from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.engine import Connection

from emudesk.db import Database, open_database
from emudesk.exchange.formdata import COL_EVIDENCE, COL_FIRST_PEER, COL_NOTE, COL_SELF
from emudesk.model import Score
from emudesk.services.exchange import return_import
from emudesk.services.scoring import score_rows, scores
from tests.conftest import SERVER, _postgres_copy
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    forms_fixture,
    set_cell,
    unlock,
    vietnamese_fixture,
    year_uuid,
)

pytestmark = pytest.mark.usefixtures("vietnamese")

AT = dt.datetime(2026, 12, 2, 18, 30, 15, 123456, tzinfo=dt.UTC)

WRITTEN = "2026-12-02 18:30:15.123456"  # how both databases give AT back, as text


def old_insert(connection: Connection, rows: Any, now: dt.datetime, who: str) -> None:
    """What ``set_scores`` did before: Core's insert with a dict per row."""
    keys = score_rows.INSERTED
    dicts = [dict(zip(keys, (*row, now, who), strict=True)) for row in rows]
    if dicts:
        connection.execute(insert(cast(Table, Score.__table__)), dicts)


def old_update(connection: Connection, rows: Any, now: dt.datetime, who: str) -> None:
    table = cast(Table, Score.__table__)
    if rows:
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                value=bindparam("value"),
                note=bindparam("note"),
                evidence=bindparam("evidence"),
                version=table.c.version + 1,
                updated_at=now,
                updated_by=who,
            ),
            [dict(zip(score_rows.UPDATED, row, strict=True)) for row in rows],
        )


@pytest.fixture(name="second_demo")
def second_demo_fixture(
    _demo_template: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """Another copy of the demo database, for the old way of writing."""
    if SERVER:
        request.getfixturevalue("_postgres_templates")
        yield from _postgres_copy("emu_demo")
        return
    copy = tmp_path / "second.sqlite"
    shutil.copyfile(_demo_template, copy)
    database = open_database(copy)
    yield database
    database.dispose()


def returns(forms: Forms) -> tuple[Path, list[Path]]:
    """Phú Yên's 2025 form with new scores, a note and evidence; the 2024 returns with a
    changed peer score, a changed self-score and a new note."""
    fresh = forms.path(year=2025)
    set_cell(fresh, "2.1", COL_SELF, "9,5")
    set_cell(fresh, "2.1", COL_NOTE, "Hoàn thành 100 % chỉ tiêu")
    set_cell(fresh, "2.1", COL_EVIDENCE, "Báo cáo số 12")
    set_cell(fresh, "2.4", COL_FIRST_PEER, 3)
    files = forms.all_2024()
    set_cell(files[0], "1.1", COL_FIRST_PEER, 4)
    set_cell(files[0], "1.2", COL_SELF, "2,25")
    set_cell(files[1], "1.1", COL_NOTE, "Ghi chú mới")
    return fresh, files


def imported(
    database: Database,
    forms: Forms,
    files: tuple[Path, list[Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> list[Any]:
    """Import ``files`` into ``database`` (2025 then 2024), clear one score; the score rows
    as stored, and the audit entries without their own id, uuid and time."""
    counter = iter(range(1, 10**6))
    monkeypatch.setattr(scores, "uuid4", lambda: UUID(int=next(counter)))
    monkeypatch.setattr(scores, "utcnow", lambda: AT)
    unlock(database)
    fresh, returns_2024 = files
    with database.session() as session:
        reports = return_import.check_files(session, [fresh], year_uuid=year_uuid(database, 2025))
        return_import.commit(session, reports)
    with database.session() as session:
        return_import.commit(session, return_import.check_files(session, returns_2024))
    with database.session() as session:
        (kept, *_rest) = [s for s in scores.list_scores(session, forms.year_uuid)]
        cleared = scores.ScoreInput(
            kept.scorer_uuid, kept.assessed_uuid, kept.criterion_uuid, kept.role, None
        )
        scores.set_scores(session, forms.year_uuid, [cleared])
    with database.engine.connect() as conn:
        found = conn.execute(text("SELECT * FROM score ORDER BY id"))
        at = list(found.keys()).index("updated_at")
        # the times of rows these imports did not write (unlocking the year wrote them)
        # differ between the two copies; the imports' own rows must carry exactly AT
        stored = [
            tuple(row)
            if str(row[at]).startswith(WRITTEN)
            else (*row[:at], "earlier", *row[at + 1 :])
            for row in found
        ]
        audit = conn.execute(
            text(
                "SELECT actor, action, entity, entity_uuid, summary, old_value, new_value, "
                "source, source_sha256, imported_from, imported_sha256 FROM audit_entry "
                "ORDER BY id"
            )
        )
        return [stored, [tuple(row) for row in audit]]


def test_rows_written_by_executemany_equal_those_of_core_statements(
    forms: Forms, second_demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN two copies of the demo and the same returns; the first written the old way
    files = returns(forms)
    with monkeypatch.context() as old:
        old.setattr(score_rows, "insert_rows", old_insert)
        old.setattr(score_rows, "update_rows", old_update)
        before = imported(second_demo, forms, files, old)
    # WHEN the same imports go through the driver's executemany
    after = imported(forms.db, forms, files, monkeypatch)
    # THEN every score row is stored alike, column by column (UUIDs, times, versions), and
    # so are the audit entries
    old_scores, old_audit = before
    new_scores, new_audit = after
    assert len(new_scores) == len(old_scores) and new_scores == old_scores
    assert new_audit == old_audit
    # AND the imports inserted (version 1) and updated (a version above 1) rows at AT
    written = [row for row in new_scores if "earlier" not in row]
    assert {row[2] == 1 for row in written} == {True, False}
    assert len(written) == 5  # two new in 2025; 1.1 peer, 1.2 self and a note in 2024
