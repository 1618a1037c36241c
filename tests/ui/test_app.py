"""Start-up: the window opens and quits by itself; a bad database is explained, not a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emudesk.db import Database
from emudesk.ui import app, crash
from emudesk.ui.settings import MAX_RECENT, Settings
from tests.ui.conftest import Boxes


def test_run_gui_shows_the_window_and_quits_after_painting(
    demo_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui may install its own
    assert app.run_gui(str(demo_path), quit_after_ready=True) == app.EXIT_OK
    saved = json.loads((private_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["recent_databases"] == [str(demo_path)]
    assert saved["language"] == "vi"


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    assert app.run_gui(str(bogus), quit_after_ready=True) == app.EXIT_REFUSED
    assert "notes.sqlite" in capsys.readouterr().err


def test_interactive_start_offers_another_file_or_quit(tmp_path: Path, boxes: Boxes) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    boxes.answers = [1]  # "Quit"
    assert app.open_with_recovery(str(bogus)) is None
    assert boxes.last.title == "Không mở được cơ sở dữ liệu"
    assert boxes.last.choices == ["Chọn tệp khác…", "Thoát"]
    assert "notes.sqlite" in boxes.last.text


def test_settings_survive_a_damaged_file_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    settings = Settings.load(path)
    assert settings.language == "vi" and settings.recent_databases == []
    settings.language = "en"
    for index in range(MAX_RECENT + 2):
        settings.add_recent(f"/data/db{index}.sqlite")
    settings.add_recent("/data/db3.sqlite")
    settings.save()
    again = Settings.load(path)
    assert again.language == "en"
    assert again.recent_databases[0] == "/data/db3.sqlite"
    assert len(again.recent_databases) == MAX_RECENT
    assert len(set(again.recent_databases)) == MAX_RECENT


def test_recent_workbooks_keep_each_kind_and_survive_a_restart(tmp_path: Path) -> None:
    # GIVEN a form filled in, then thirty returns dropped
    settings = Settings.load(tmp_path / "settings.json")
    settings.add_recent_file("/thu/phieu-phu-yen.xlsx", "form")
    for index in range(30):
        settings.add_recent_file(f"/thu/ve/{index}.xlsx", "return")
    settings.save()
    # THEN the form is still listed, beside the newest returns only
    again = Settings.load(settings.path)
    kinds = [f["kind"] for f in again.recent_files]
    assert kinds.count("return") == MAX_RECENT and kinds.count("form") == 1
    assert again.recent_files[0]["path"] == "/thu/ve/29.xlsx"
    assert again.last_folder("form") == "/thu" and again.last_folder("return") == "/thu/ve"


def test_startup_target_prefers_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(database="/chosen.sqlite")
    assert settings.startup_target("/cli.sqlite") == "/cli.sqlite"
    monkeypatch.setenv("EMUDESK_DB", "/env.sqlite")
    assert settings.startup_target(None) == "/env.sqlite"
    monkeypatch.delenv("EMUDESK_DB")
    assert settings.startup_target(None) == "/chosen.sqlite"
    assert Settings().startup_target(None) is None


def test_a_bug_gets_a_report_not_a_traceback(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "_show", shown.append)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        crash.handle(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "emudesk" in shown[0] and "ZeroDivisionError: boom" in shown[0]


def test_an_uncaught_refusal_is_shown_as_a_message(qtbot: QtBot, boxes: Boxes) -> None:
    from emudesk.errors import ConflictError

    error = ConflictError("Mã cụm đã được dùng.")
    crash.handle(ConflictError, error, None)
    assert boxes.last.text == "Mã cụm đã được dùng."


def test_a_database_error_is_a_bug_report_never_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, demo_db: Database
) -> None:
    from sqlalchemy import select

    from emudesk.errors import ConflictError, EmuError
    from emudesk.model import Unit
    from emudesk.services.tx import write
    from emudesk.ui import messages

    shown: list[str] = []
    monkeypatch.setattr(crash, "_show", shown.append)
    # GIVEN a write the database refuses (a unit code that is already taken)
    with demo_db.session() as session, pytest.raises(Exception) as raised, write(session):
        unit = session.scalars(select(Unit)).first()
        assert unit is not None
        session.add(Unit(code=unit.code))
        session.flush()
    # THEN it stays the engine's exception, not a refusal dressed in its text
    assert not isinstance(raised.value, EmuError)
    assert "UNIQUE" in str(raised.value)
    # AND a refusal built around such an exception gets the report, not a message box
    try:
        raise ConflictError(f"conflict ({raised.value})") from raised.value
    except ConflictError as wrapped:
        messages.refuse(None, wrapped)
        crash.handle(ConflictError, wrapped, wrapped.__traceback__)
    assert not boxes.shown
    assert len(shown) == 2 and "IntegrityError" in shown[0]


def _loaded_when_quitting(
    demo_path: Path, home: Path, quit_after: str, modules: tuple[str, ...]
) -> list[str]:
    """Which of ``modules`` a fresh process has imported when ``run_gui`` returns."""
    code = (
        "import json, sys\n"
        "from emudesk.ui.app import run_gui\n"
        f"assert run_gui({str(demo_path)!r}, {quit_after}=True) == 0\n"
        f"print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EMUDESK_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_start_up_imports_nothing_heavy(demo_path: Path, private_home: Path) -> None:
    # GIVEN a migrated database WHEN the window shows its data
    loaded = _loaded_when_quitting(
        demo_path, private_home, "quit_after_ready", ("openpyxl", "reportlab", "alembic")
    )
    # THEN Excel, PDF and migration code stay unloaded
    assert loaded == []


def test_the_window_paints_before_the_database_layer_loads(
    demo_path: Path, private_home: Path
) -> None:
    # GIVEN a fresh process WHEN the window has painted for the first time
    loaded = _loaded_when_quitting(
        demo_path, private_home, "quit_after_shown", ("sqlalchemy", "emudesk.model", "emudesk.db")
    )
    # THEN SQLAlchemy, the model and the database code were not needed for it
    assert loaded == []


def test_the_data_is_shown_before_sqlalchemy_loads(demo_path: Path, private_home: Path) -> None:
    # GIVEN a fresh process WHEN the window first shows the tree and the clusters page's data
    loaded = _loaded_when_quitting(
        demo_path,
        private_home,
        "quit_after_data",
        ("sqlalchemy", "sqlalchemy.orm", "emudesk.db", "emudesk.model", "alembic"),
    )
    # THEN they were read early with Python's sqlite3: SQLAlchemy, the database layer and the
    # model come after, to open, check and attach the database (issue 19)
    assert loaded == []


def test_the_open_database_is_shown_before_the_orm_loads(
    demo_path: Path, private_home: Path
) -> None:
    # GIVEN a fresh process WHEN the window shows the tree and the clusters page's data
    loaded = _loaded_when_quitting(
        demo_path,
        private_home,
        "quit_after_ready",
        ("sqlalchemy.orm", "emudesk.model", "emudesk.services.organisation.clusters"),
    )
    # THEN they were read with plain SQL: the ORM and the mapped model come after (issue 19)
    assert loaded == []


def test_the_window_fills_in_once_the_database_is_open(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the window frame shown before any database
    from emudesk.ui.main_window import MainWindow

    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.database_label.text() == "Đang mở cơ sở dữ liệu…"
    assert not window.ui.actionBackup.isEnabled() and not window.search.isEnabled()
    assert window.navigation.rowCount() == 0 or window.current is None

    # WHEN the database is attached
    from emudesk.db import open_database
    from emudesk.ui.context import DataContext

    context = DataContext(open_database(str(demo_path)))
    window.attach(context)

    # THEN the tree, the clusters page and the actions are there
    assert window.ui.actionBackup.isEnabled() and window.search.isEnabled()
    assert "demo.sqlite" in window.database_label.text()
    assert window.current is not None and window.current.page == "clusters"
    window.close()
    context.close()
