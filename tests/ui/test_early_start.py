"""The window's early read at start-up (issue 19): the first page's data is shown from the file
before the database is opened; if the open then refuses the file, nothing of it is left on
screen when the window says why — the very message it says without the early read — and no
byte of the file changed."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from emudesk.errors import DatabaseError, EmuError
from emudesk.revisions import SCHEMA_HEAD
from emudesk.ui import app, early_view, main_window, messages
from tests.db.test_hostile_databases import damage, fingerprint
from tests.ui.conftest import Boxes

pytestmark = pytest.mark.sqlite_only

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


@dataclass
class Seen:
    early: list[tuple[int, int]] = field(default_factory=list)  # (tree rows, clusters) shown
    at_message: list[tuple[int, int, bool]] = field(default_factory=list)  # (rows, pages, data)
    windows: list[main_window.MainWindow] = field(default_factory=list)
    cursors: list[str] = field(default_factory=list)  # the pointer, early then at a message


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch, boxes: Boxes, private_home: Path) -> Seen:
    """What the window showed early, and what it still showed when a message was shown."""
    record = Seen()

    class Recording(main_window.MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            record.windows.append(self)

    real_preview, real_ask = early_view.preview, messages.ask

    def preview(window: main_window.MainWindow, context: Any) -> None:
        real_preview(window, context)
        page = window.current_page()
        assert page is not None
        record.early.append((window.navigation.rowCount(), page.model.rowCount()))  # type: ignore[attr-defined]
        record.cursors.append(_pointer())

    def ask(*args: Any, **kwargs: Any) -> int:
        window = record.windows[-1]
        record.at_message.append(
            (window.navigation.rowCount(), len(window.pages), window.current_context() is not None)
        )
        record.cursors.append(_pointer())
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(main_window, "MainWindow", Recording)
    monkeypatch.setattr(early_view, "preview", preview)
    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    return record


def _pointer() -> str:
    cursor = QApplication.overrideCursor()
    return "normal" if cursor is None else cursor.shape().name


def _today(path: Path) -> str:
    """The message the normal open gives for ``path`` (what the window said before)."""
    from emudesk.db import open_database

    with pytest.raises(EmuError) as refused:
        open_database(str(path)).dispose()
    return refused.value.message


def _start_refused(path: Path, boxes: Boxes) -> int:
    boxes.answers = [1]  # "Quit"
    return app.run_gui(str(path))


def test_the_demo_is_shown_early_then_opened(demo_path: Path, seen: Seen) -> None:
    assert app.run_gui(str(demo_path), quit_after_ready=True) == app.EXIT_OK
    assert len(seen.early) == 1 and seen.early[0][0] >= 1 and seen.early[0][1] >= 2
    assert fingerprint(demo_path)[1] == []  # no side file left beside it
    # the pointer says "busy" while clicks are held back, and is itself again afterwards
    assert seen.cursors == ["BusyCursor"]
    assert QApplication.overrideCursor() is None


def test_a_damaged_file_drops_the_early_data_before_the_message(
    demo_path: Path, seen: Seen, boxes: Boxes
) -> None:
    # GIVEN the demo with its scores' page overwritten: the first page still reads early
    damage(demo_path)
    expected = _today(demo_path)
    before = fingerprint(demo_path)
    # WHEN the window starts on it
    assert _start_refused(demo_path, boxes) == app.EXIT_REFUSED
    # THEN the first page was shown early, but none of it was left when the message came
    assert len(seen.early) == 1 and seen.early[0][1] >= 2
    assert seen.at_message == [(0, 0, False)]
    assert seen.cursors == ["BusyCursor", "normal"]  # no busy pointer over the message
    # AND the message is today's, and no byte (nor side file) of the file changed
    assert boxes.last.title == QCoreApplication.translate("Startup", "Cannot open the database")
    assert boxes.last.text == expected
    assert "Traceback" not in boxes.last.text
    assert fingerprint(demo_path) == before


def test_a_refusal_after_the_early_read_leaves_nothing_shown(
    demo_path: Path, seen: Seen, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a file the early read accepts but the open refuses (as when another program
    # locks it just then, or it needs something the early read cannot see)
    import emudesk.db

    said = "Tệp đang bị một chương trình khác khóa."

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseError(said)

    monkeypatch.setattr(emudesk.db, "open_database", refuse)
    before = fingerprint(demo_path)
    assert _start_refused(demo_path, boxes) == app.EXIT_REFUSED
    assert len(seen.early) == 1
    assert seen.at_message == [(0, 0, False)]
    assert boxes.last.text == said
    # the database file keeps every byte; with no connection of the open's own to tidy them
    # (it was refused before connecting), the early reader's empty -wal and -shm index stay
    assert fingerprint(demo_path)[0] == before[0]


def test_a_headless_refusal_after_the_early_read_prints_the_message(
    demo_path: Path, seen: Seen, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(demo_path)
    expected = _today(demo_path)
    assert app.run_gui(str(demo_path), quit_after_ready=True) == app.EXIT_REFUSED
    assert len(seen.early) == 1
    window = seen.windows[-1]
    assert window.current_context() is None and not window.pages
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_a_locked_file_is_not_read_early_and_says_what_it_said(
    demo_path: Path, seen: Seen, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.db import engine

    monkeypatch.setattr(engine, "BUSY_SECONDS", 0.2)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        expected = _today(demo_path)
        assert _start_refused(demo_path, boxes) == app.EXIT_REFUSED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert seen.early == []
    assert seen.at_message == [(0, 0, False)]
    assert boxes.last.text == expected


def test_a_file_that_is_not_a_database_says_what_it_said(
    tmp_path: Path, seen: Seen, boxes: Boxes
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    expected = _today(bogus)
    assert _start_refused(bogus, boxes) == app.EXIT_REFUSED
    assert seen.early == [] and seen.at_message == [(0, 0, False)]
    assert boxes.last.text == expected and "notes.sqlite" in expected
    assert bogus.read_text(encoding="utf-8") == "not a database"


def test_a_newer_emudesk_file_says_what_it_said(demo_path: Path, seen: Seen, boxes: Boxes) -> None:
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    expected = _today(demo_path)
    before = fingerprint(demo_path)
    assert _start_refused(demo_path, boxes) == app.EXIT_REFUSED
    assert seen.early == [] and seen.at_message == [(0, 0, False)]
    assert boxes.last.text == expected and "9999_future" in expected
    assert fingerprint(demo_path) == before


def test_a_file_of_an_older_schema_is_upgraded_as_before(tmp_path: Path, seen: Seen) -> None:
    older = tmp_path / "older.sqlite"
    shutil.copyfile(SCHEMAS / "0010_submitted_ranking.sqlite", older)
    assert app.run_gui(str(older), quit_after_ready=True) == app.EXIT_OK
    assert seen.early == []  # not read early: the open upgrades it first, as before
    assert not seen.at_message
    with sqlite3.connect(older) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
    conn.close()
