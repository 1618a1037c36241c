"""GUI test fixtures: the main window on a private demo database, scripted message boxes.

Tests drive the widgets as a person would (typing, clicking) and then check what the
database holds through the services. Modal message boxes are answered by ``boxes``; the
page dialogs open window-modal without blocking, so a test finds them and fills them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.ui import messages, translation
from emudesk.ui.context import DataContext
from emudesk.ui.main_window import MainWindow
from emudesk.ui.settings import Settings

W = TypeVar("W", bound=QWidget)


@dataclass
class Box:
    icon: Any
    title: str
    text: str
    choices: list[str]
    details: str


@dataclass
class Boxes:
    """Every message box the program asked to show, and the button each one gets."""

    shown: list[Box] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # next answers; default: the first button

    def ask(self, _parent: Any, icon: Any, title: str, text: str, choices: Any, **kw: Any) -> int:
        self.shown.append(Box(icon, title, text, list(choices), kw.get("details", "")))
        return self.answers.pop(0) if self.answers else 0

    @property
    def last(self) -> Box:
        assert self.shown, "no message box was shown"
        return self.shown[-1]


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in the default language and leaves it so."""
    translation.install("vi")
    yield
    translation.install("vi")


@dataclass
class Opened:
    """The files and folders the program asked the system to open (nothing is opened)."""

    paths: list[Path] = field(default_factory=list)
    documents: Path = Path()  # the user's Documents folder, as the program sees it


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Opened]:
    """No test opens a viewer; each has its own Documents folder and no remembered folders."""
    from emudesk.ui import saving

    documents = tmp_path / "Documents"
    documents.mkdir()
    recorder = Opened(documents=documents)
    monkeypatch.setattr(saving, "open_path", recorder.paths.append)
    monkeypatch.setattr(saving, "documents_folder", lambda: documents)
    monkeypatch.setattr(saving._State, "folders", {})
    monkeypatch.setattr(saving._State, "settings", None)
    yield recorder


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(messages, "ask", recorder.ask)
    return recorder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(path=tmp_path / "settings.json")


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, boxes: Boxes, settings: Settings) -> Iterator[MainWindow]:
    context = DataContext(open_database(demo_path))
    main = MainWindow(context, settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # keyboard focus (and the search popup) need the active window
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    context.close()


@pytest.fixture
def empty_window(
    qtbot: QtBot, db_path: Path, boxes: Boxes, settings: Settings
) -> Iterator[MainWindow]:
    """The main window on a new, empty database (as a new office starts)."""
    context = DataContext(open_database(db_path))
    main = MainWindow(context, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    context.close()


def find_dialog(qtbot: QtBot, kind: type[W]) -> W:
    """The visible dialog of class ``kind`` (opened window-modal by a page)."""
    found: list[W] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=3000)
    return found[-1]


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(qtbot: QtBot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    click(qtbot, button)


def type_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type ``text`` key by key, Vietnamese letters included.

    ``qtbot.keyClicks`` maps characters to ASCII key codes and aborts on "ư" or "đ"; a
    Vietnamese keyboard (or input method) delivers key events that carry the letter as text,
    which is what this sends.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: QtBot, field: Any, text: str) -> None:
    """Replace a field's content as a person would: select everything, then type."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)


def choose(combo: Any, text: str) -> None:
    """Pick the combo item showing ``text`` (as a person picks from the list)."""
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def open_year_page(window: MainWindow, key: str, cluster: str, year: int) -> Any:
    """Go to the year page ``key`` of ``cluster``'s ``year`` as the navigation tree does."""
    from emudesk.services.organisation import years
    from emudesk.ui.registry import Target

    info = window.context.read(years.get_year, cluster, year)
    window.go(Target(key, info.uuid))
    return window.current_page()


def press(key: str, cluster: str, year: int, button: str) -> Callable[[QtBot, MainWindow], None]:
    """A step that opens the year page ``key`` and clicks its ``button`` (by object name)."""

    def step(qtbot: QtBot, window: MainWindow) -> None:
        click(qtbot, getattr(open_year_page(window, key, cluster, year).ui, button))

    return step


def focused_editor(qtbot: QtBot) -> QWidget:
    """The cell editor that has the keyboard focus (opened by F2, a key or a double-click)."""
    found: list[QWidget] = []

    def has_focus() -> bool:
        widget = QApplication.focusWidget()
        found[:] = [widget] if widget is not None else []
        editor = isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox)
        return editor and widget is not None and widget.parent() is not None

    qtbot.waitUntil(has_focus, timeout=3000)
    return found[0]


Callback = Callable[[], None]
