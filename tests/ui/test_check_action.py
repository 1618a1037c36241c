"""Tools › Check the database: a damaged file is reported in a box; the check can be stopped."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emudesk.ui.main_window import MainWindow
from tests.db.test_check import overwrite_page
from tests.ui.conftest import Boxes

pytestmark = pytest.mark.sqlite_only


def test_the_window_reports_a_damaged_page(
    window: MainWindow, demo_path: Path, boxes: Boxes
) -> None:
    # GIVEN a page of the scores overwritten with garbage while the window has the file open
    window.context.db.engine.dispose()
    overwrite_page(demo_path, "score", 3)
    # WHEN the user checks the database
    window.ui.actionCheckDatabase.trigger()
    # THEN a warning says the file is damaged, with SQLite's finding in its details
    assert "lỗi" in boxes.last.text
    assert "Tệp cơ sở dữ liệu bị hỏng" in boxes.last.details
    assert "Kiểm tra toàn vẹn SQLite" in boxes.last.details


def test_stopping_the_check_shows_nothing(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.ui import workers

    # GIVEN the user presses Stop as soon as the check reports progress
    monkeypatch.setattr(workers.Task, "report", lambda self, done, total: False)
    # WHEN the check runs THEN it ends without a result box
    window.ui.actionCheckDatabase.trigger()
    assert boxes.shown == []
