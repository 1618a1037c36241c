"""File › Receive a package, given damaged and forged packages: each is refused in a message
box, in Vietnamese, without a traceback, the database unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui import package_actions
from emudesk.ui.main_window import MainWindow
from tests.issuing.hostile import Kind, build_kinds, state, with_manifest
from tests.issuing.test_hostile_packages import FILES
from tests.ui.conftest import Boxes

CASES = ["empty file", "a directory", "an xlsx renamed .zip", "document twice",
         "NUL in a name", "../ in a name", "manifest bomb", "header lies", "newer format",
         "format true", "document nested too deep", "document NaN", "checksum lies",
         "issuer name 10 MB"]  # fmt: skip


@pytest.fixture(scope="module")
def kinds(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Kind]:
    return build_kinds(_demo_template, tmp_path_factory.mktemp("window-packages"))


def _unchanged(path: Path, before: tuple[list[str], dict[str, str]]) -> bool:
    db = open_database(path)
    try:
        return state(path, db) == before
    finally:
        db.dispose()


def _before(path: Path) -> tuple[list[str], dict[str, str]]:
    db = open_database(path)
    try:
        return state(path, db)
    finally:
        db.dispose()


def _refuses_each(window: MainWindow, boxes: Boxes, kind: Kind, db: Path, tmp: Path) -> None:
    before = _before(db)
    for number, case in enumerate(CASES):
        bad = FILES[case][0](kind, tmp / f"bad{number}.zip")
        boxes.shown.clear()
        boxes.answers = [0, 0]  # accept it unsigned; confirm a preview if one ever came
        assert package_actions.receive_file(window, window.context, bad) is None, case
        text = boxes.last.text + boxes.last.details
        assert text.strip() and "Traceback" not in text, (case, text)
        assert not any("Nhập" in b.choices for b in boxes.shown), case  # no import offered
    assert _unchanged(db, before)


def test_the_issuers_office_refuses_each_damaged_submission(
    empty_window: MainWindow, boxes: Boxes, kinds: dict[str, Kind], db_path: Path, tmp_path: Path
) -> None:
    _refuses_each(empty_window, boxes, kinds["submission"], db_path, tmp_path)


def test_the_heads_office_refuses_each_damaged_decision_and_a_replayed_one(
    window: MainWindow, boxes: Boxes, kinds: dict[str, Kind], demo_path: Path, tmp_path: Path
) -> None:
    kind = kinds["decision"]
    _refuses_each(window, boxes, kind, demo_path, tmp_path)
    # a corrected package imported, then the first one again: refused as older
    later = with_manifest(kind.good, tmp_path / "later.zip",
                          lambda m: m.__setitem__("created", (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()))  # fmt: skip
    boxes.answers = [0, 0]
    assert package_actions.receive_file(window, window.context, later) is not None
    before = _before(demo_path)
    boxes.answers = [0, 0]
    assert package_actions.receive_file(window, window.context, kind.good) is None
    assert "qd.zip" in boxes.last.text
    assert _unchanged(demo_path, before)


def test_the_past_decisions_dialog_refuses_each_hostile_workbook_in_words(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    from emudesk.services.issuing import past_decisions
    from emudesk.ui.pages.history import HistoryPage
    from emudesk.ui.registry import HISTORY, Target
    from tests.issuing.test_hostile_past import FILES as WORKBOOKS

    with window.context.db.session() as session:
        template = past_decisions.write_template(session, tmp_path / "mau.xlsx", "UBDT")
    before = _before(demo_path)
    window.go(Target(HISTORY))
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    for number, case in enumerate(sorted(WORKBOOKS)):
        path = WORKBOOKS[case][0](template, tmp_path / f"qd{number}.xlsx")
        dialog = page.import_past_decisions()
        dialog.set_file(path)
        qtbot.waitUntil(lambda d=dialog: d.task is None)
        # the worker signals its end after the result: let it, before the dialog goes
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
        shown = dialog.ui.summaryLabel.text()
        assert shown.strip() and "Traceback" not in shown, (case, shown)
        assert not dialog.ui.importButton.isEnabled(), case
        dialog.close()
    assert _unchanged(demo_path, before)
