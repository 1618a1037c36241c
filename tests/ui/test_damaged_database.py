"""A damaged database in the window: refused when opened, explained when met later."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from emudesk.ui import app, crash
from tests.db.test_hostile_databases import damage, fingerprint
from tests.ui.conftest import Boxes


def test_opening_a_damaged_database_in_the_window_is_refused_untouched(
    demo_path: Path, boxes: Boxes
) -> None:
    # GIVEN the demo with its scores' page overwritten
    damage(demo_path)
    before = fingerprint(demo_path)
    boxes.answers = [1]  # "Quit"
    # WHEN the window opens it THEN it says the file is damaged and what to do; no byte changed
    assert app.open_with_recovery(str(demo_path)) is None
    assert boxes.last.title == "Không mở được cơ sở dữ liệu"
    assert "bị hỏng" in boxes.last.text and "khôi phục bản sao lưu" in boxes.last.text
    assert fingerprint(demo_path) == before


def test_a_damaged_page_met_later_is_a_message_not_a_bug_report(qtbot: QtBot, boxes: Boxes) -> None:
    shown: list[str] = []
    crash_dialogs = crash._show
    try:
        crash._show = shown.append  # type: ignore[method-assign]
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as exc:
            crash.handle(type(exc), exc, exc.__traceback__)
    finally:
        crash._show = crash_dialogs  # type: ignore[method-assign]
    assert shown == []
    assert "bị hỏng" in boxes.last.text and "malformed" in boxes.last.text
