"""A new user's first day: every page in every role, every button and menu entry pressed.

For each office (a cluster's head, a member unit, the issuer's office) and each database a
tester starts from (a brand-new empty one, one where the first cluster-year was just made,
and the demo), the window visits every navigation node and, on each page, presses every
enabled button and triggers every enabled action. Dialogs are closed again, file pickers
answer "cancelled", message boxes answer their last (cancelling) choice. Nothing may raise:
no traceback ever reaches a user. Message boxes are collected and may not carry one either.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui import crash, messages
from emudesk.ui.context import DataContext
from emudesk.ui.main_window import MainWindow
from emudesk.ui.navigation import NavigationModel
from emudesk.ui.registry import Target
from emudesk.ui.settings import Settings

ROLES = ["head", "member", "issuer"]


def roles_fast(*fast: str) -> list[object]:
    """Every role, those not in ``fast`` marked slow (the sweep of a demo takes seconds)."""
    return [r if r in fast else pytest.param(r, marks=pytest.mark.slow) for r in ROLES]


@dataclass
class Sweep:
    """What the sweep saw: every box shown, and every exception raised, with where."""

    where: str = ""
    boxes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pressed: int = 0

    def ask(self, _parent: Any, _icon: Any, title: str, text: str, choices: Any, **kw: Any) -> int:
        details = kw.get("details", "")
        self.boxes.append(f"{self.where}: {title} — {text}")
        if "Traceback" in text or "Traceback" in details:
            self.errors.append(f"{self.where}: a traceback in a message box: {text}\n{details}")
        return len(list(choices)) - 1  # the last choice: cancel / close

    def crashed(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        lines = "".join(traceback.format_exception(exc_type, exc, tb))
        self.errors.append(f"{self.where}:\n{lines}")


@pytest.fixture
def sweep(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> Iterator[Sweep]:
    """Nothing blocks: file pickers cancel, modal dialogs reject, boxes answer "cancel".
    Afterwards nothing may have printed a traceback on stderr either."""
    seen = Sweep()
    monkeypatch.setattr(messages, "ask", seen.ask)
    monkeypatch.setattr(crash, "handle", seen.crashed)
    monkeypatch.setattr(QDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QMenu, "exec", lambda *_a, **_k: None)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        empty: Any = [] if name.endswith("Names") else ""
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, e=empty, **_k: (e, "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for name in ("getItem", "getText", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))
    yield seen
    printed = capfd.readouterr().err
    assert "Traceback" not in printed, printed


def nodes(model: NavigationModel) -> list[Target]:
    """Every target of the navigation tree, in tree order."""
    found: list[Target] = []
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        target = NavigationModel.target_of(index)
        if target is not None and target not in found:
            found.append(target)
        pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


def close_others(window: MainWindow) -> None:
    """Close every window the last press opened (dialogs, the import window, the guide)."""
    for _round in range(3):
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and not isinstance(w, QMenu)
        ]
        if not others:
            break
        for widget in others:
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        QApplication.processEvents()
    for menu in QApplication.topLevelWidgets():
        if isinstance(menu, QMenu) and menu.isVisible():
            menu.hide()


def press_in_dialogs(window: MainWindow, seen: Sweep) -> None:
    """In each dialog the press opened: every enabled button but Cancel/Close, OK last.

    The fields keep what the dialog put in them (often nothing): saving must then be refused
    with a message, or save what the defaults say, never raise.
    """
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w is not window and w.isVisible()
    ]
    where = seen.where
    for dialog in dialogs:
        boxes = dialog.findChildren(QDialogButtonBox)
        finals = [b for box in boxes for b in box.buttons()]
        accept = [
            b
            for box in boxes
            for b in box.buttons()
            if box.buttonRole(b)
            in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
        ]
        others = [b for b in pressable(dialog) if b not in finals]
        for button in [*others, *accept]:
            if not shiboken6.isValid(dialog) or not dialog.isVisible() or not usable(button):
                continue
            seen.where = (
                f"{where} / in {type(dialog).__name__} {button.objectName() or button.text()!r}"
            )
            button.click()
            QApplication.processEvents()
            for inner in QApplication.topLevelWidgets():  # what the dialog's button opened
                fresh = inner is not dialog and inner is not window and inner not in dialogs
                if fresh and isinstance(inner, QDialog) and inner.isVisible():
                    inner.reject()
            seen.pressed += 1
    seen.where = where


# Pressed elsewhere: loading the demo would turn the empty database into the demo.
SKIPPED_BUTTONS = {"loadDemoButton"}


def pressable(widget: QWidget) -> list[QAbstractButton]:
    buttons = []
    for button in widget.findChildren(QAbstractButton):
        parent = button.parentWidget()
        if isinstance(parent, QTabBar) or button.objectName() in SKIPPED_BUTTONS:
            continue  # (the tab bar's scroll arrows)
        buttons.append(button)
    return buttons


def usable(thing: Any) -> bool:
    if not shiboken6.isValid(thing) or not thing.isEnabled():
        return False
    return thing.isVisible() if isinstance(thing, QWidget) else True


def press_everything(qtbot: QtBot, window: MainWindow, seen: Sweep, where: str) -> None:
    """On the page shown: every enabled button, then every enabled page action."""
    page = window.current_page()
    assert page is not None
    for button in pressable(page):
        if not usable(button):
            continue
        seen.where = f"{where} / button {button.objectName() or button.text()!r}"
        with qtbot.capture_exceptions() as raised:
            button.click()
            QApplication.processEvents()
            press_in_dialogs(window, seen)
            close_others(window)
        seen.pressed += 1
        seen.errors.extend(f"{seen.where}:\n{_format(e)}" for e in raised)
        if window.current != page.target:  # a button may go elsewhere: come back
            _go(window, page.target, seen)
            page = window.current_page()
            assert page is not None
    for action in page.findChildren(QAction):
        if not usable(action) or action.menu() is not None or action.isSeparator():
            continue
        seen.where = f"{where} / action {action.objectName() or action.text()!r}"
        with qtbot.capture_exceptions() as raised:
            action.trigger()
            QApplication.processEvents()
            close_others(window)
        seen.pressed += 1
        seen.errors.extend(f"{seen.where}:\n{_format(e)}" for e in raised)
        if window.current is not None and window.current != page.target and page.target:
            _go(window, page.target, seen)


SKIPPED_ACTIONS = {"actionQuit"}


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    pending = list(window.menuBar().actions()) + list(window.ui.mainToolBar.actions())
    while pending:
        action = pending.pop(0)
        menu = action.menu()
        if isinstance(menu, QMenu):
            pending.extend(menu.actions())
        elif not action.isSeparator() and action not in found:
            found.extend([] if action.objectName() in SKIPPED_ACTIONS else [action])
    return found


def trigger_menus(qtbot: QtBot, window: MainWindow, seen: Sweep, where: str) -> None:
    back = window.current
    for action in menu_actions(window):
        if not usable(action):
            continue
        seen.where = f"{where} / menu {action.objectName() or action.text()!r}"
        with qtbot.capture_exceptions() as raised:
            action.trigger()
            QApplication.processEvents()
            press_in_dialogs(window, seen)
            close_others(window)
        seen.pressed += 1
        seen.errors.extend(f"{seen.where}:\n{_format(e)}" for e in raised)
        if back is not None and window.current != back:
            _go(window, back, seen)


def _go(window: MainWindow, target: Target | None, seen: Sweep) -> None:
    if target is None:
        return
    try:
        window.go(target)
    except Exception as error:  # a page that cannot be shown is a finding
        seen.errors.append(f"{seen.where}: going back to {target}:\n{_format(error)}")


def _format(error: Any) -> str:
    if isinstance(error, tuple):
        return "".join(traceback.format_exception(*error))
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def open_window(qtbot: QtBot, path: Path, role: str, tmp_path: Path) -> MainWindow:
    settings = Settings(path=tmp_path / f"settings-{role}.json", role=role)
    context = DataContext(open_database(path))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def run_sweep(
    qtbot: QtBot, window: MainWindow, seen: Sweep, label: str, limit: Any = None
) -> list[Target]:
    """Visit every node (or those ``limit`` keeps), pressing everything on each page."""
    visited = []
    for target in nodes(window.navigation):
        if limit is not None and not limit(target):
            continue
        seen.where = f"{label} / {target.page}"
        with qtbot.capture_exceptions() as raised:
            window.go(target)
            QApplication.processEvents()
        seen.errors.extend(f"{seen.where} (showing):\n{_format(e)}" for e in raised)
        visited.append(target)
        press_everything(qtbot, window, seen, f"{label} / {target.page}")
    trigger_menus(qtbot, window, seen, f"{label} / menus on {window.current}")
    switch_language(qtbot, window, seen, label)
    return visited


def switch_language(qtbot: QtBot, window: MainWindow, seen: Sweep, label: str) -> None:
    """Every page built so far retranslates (as after Settings › language), then back."""
    from emudesk.ui import translation

    before = translation.current() or "vi"
    for language in ("en" if before == "vi" else "vi", before):
        seen.where = f"{label} / language {language} on {window.current}"
        with qtbot.capture_exceptions() as raised:
            translation.install(language)
            QApplication.sendPostedEvents(None, 0)
            QApplication.processEvents()
        seen.errors.extend(f"{seen.where}:\n{_format(e)}" for e in raised)


def make_first_year(path: Path) -> None:
    """What a new office does first: its issuer, a cluster, two units, the first year."""
    from emudesk.records.organisation import ClusterFields
    from emudesk.services.organisation import clusters, issuers, units, years

    database = open_database(path)
    try:
        with database.session() as session:
            issuer = issuers.create_issuer(
                session, issuers.IssuerFields(name="Ủy ban Dân tộc", short_name="UBDT")
            )
            cluster = clusters.create_cluster(
                session, ClusterFields(code="C1", name="Cụm thi đua số 1", issuer_uuid=issuer.uuid)
            )
            members = [
                units.create_unit(
                    session, units.UnitFields(code=code), official_name=name, from_year=2026
                ).uuid
                for code, name in (("A", "Ban Dân tộc tỉnh A"), ("B", "Ban Dân tộc tỉnh B"))
            ]
            years.create_year(session, cluster.uuid, 2026, members)
    finally:
        database.dispose()


@pytest.mark.parametrize("role", ROLES)
def test_a_new_office_can_press_everything_on_an_empty_database(
    qtbot: QtBot, db_path: Path, tmp_path: Path, sweep: Sweep, role: str
) -> None:
    open_database(db_path).dispose()
    window = open_window(qtbot, db_path, role, tmp_path)
    visited = run_sweep(qtbot, window, sweep, f"empty/{role}")
    assert visited and sweep.pressed > 10
    assert sweep.errors == [], "\n\n".join(sweep.errors)
    window.context.close()


@pytest.mark.parametrize("role", ROLES)
def test_the_first_cluster_year_has_nothing_yet_and_every_page_copes(
    qtbot: QtBot, db_path: Path, tmp_path: Path, sweep: Sweep, role: str
) -> None:
    make_first_year(db_path)
    window = open_window(qtbot, db_path, role, tmp_path)
    visited = run_sweep(qtbot, window, sweep, f"first-year/{role}")
    assert any(t.uuid is not None for t in visited)
    assert sweep.errors == [], "\n\n".join(sweep.errors)
    window.context.close()


@pytest.mark.parametrize("role", roles_fast("head"))
def test_every_page_of_the_demo_copes_with_every_press(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, sweep: Sweep, role: str
) -> None:
    window = open_window(qtbot, demo_path, role, tmp_path)
    visited = run_sweep(qtbot, window, sweep, f"demo/{role}")
    assert len(visited) > 10
    assert sweep.errors == [], "\n\n".join(sweep.errors)
    window.context.close()


@pytest.mark.parametrize("role", ROLES)
def test_the_empty_pages_speak_one_language(
    qtbot: QtBot, db_path: Path, tmp_path: Path, role: str
) -> None:
    """What test_translations checks on the demo, on the pages a new office sees first."""
    from emudesk.ui import translation
    from tests.ui.test_translations import english_left, stored_texts, vietnamese_left

    open_database(db_path).dispose()
    window = open_window(qtbot, db_path, role, tmp_path)
    targets = nodes(window.navigation)
    for target in targets:
        window.go(target)
        assert english_left(window) == [], target
    translation.install("en")
    QApplication.sendPostedEvents(None, 0)
    QApplication.processEvents()
    data = stored_texts(window)
    for target in targets:
        window.go(target)
        left = vietnamese_left(window, [*data, "Đắk Lắk"])  # the search box's example
        assert left == [], f"{target}: {left}"
    window.context.close()


@pytest.mark.parametrize("role", roles_fast("issuer"))
def test_the_reorganised_demo_in_english_copes_with_every_press(
    qtbot: QtBot, _reorganised_template: Path, tmp_path: Path, sweep: Sweep, role: str
) -> None:
    """The demo as ``emudesk demo`` makes it (with the 2025 renames and mergers), in English."""
    import shutil

    from emudesk.ui import translation

    path = tmp_path / "reorganised.sqlite"
    shutil.copyfile(_reorganised_template, path)
    translation.install("en")
    window = open_window(qtbot, path, role, tmp_path)
    visited = run_sweep(qtbot, window, sweep, f"reorganised-en/{role}")
    assert len(visited) > 10
    assert sweep.errors == [], "\n\n".join(sweep.errors)
    window.context.close()
