"""Background work whose window is closed while it runs: the window's task goes with the
window, and the work ends quietly — its next progress report says stop, its outcome goes
nowhere, and nothing is printed or raised on the worker thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from emudesk.errors import EmuError
from emudesk.ui.workers import Task


class _Db:
    @contextlib.contextmanager
    def session(self) -> Iterator[None]:
        yield None


class _Context:
    db = _Db()


def _run_and_close_window(
    qtbot: QtBot, ending: Callable[[], object]
) -> tuple[list[bool], list[str]]:
    window = QObject()
    started, release = threading.Event(), threading.Event()
    reports: list[bool] = []
    heard: list[str] = []

    def work(_session: Any, progress: Callable[[int, int], bool]) -> object:
        reports.append(progress(0, 2))
        started.set()
        assert release.wait(10)
        reports.append(progress(1, 2))  # the window is gone by now
        return ending()

    task = Task(_Context(), work, window)  # type: ignore[arg-type]
    for name in ("succeeded", "refused", "crashed", "finished"):
        getattr(task, name).connect(lambda *_args, name=name: heard.append(name))
    task.start()
    assert started.wait(10)
    Shiboken.delete(window)  # Qt deletes the window, and its task with it
    assert not Shiboken.isValid(task)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(10)  # anything queued for the GUI thread would arrive now
    return reports, heard


def test_work_whose_window_was_closed_ends_quietly(qtbot: QtBot) -> None:
    reports, heard = _run_and_close_window(qtbot, lambda: "done")
    assert reports == [True, False]  # the second report: stop
    assert heard == []


def test_a_refusal_after_the_window_closed_goes_nowhere(qtbot: QtBot) -> None:
    def refuse() -> object:
        raise EmuError("refused")

    assert _run_and_close_window(qtbot, refuse) == ([True, False], [])


def test_a_bug_after_the_window_closed_is_still_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def fail() -> object:
        raise ZeroDivisionError("bug")

    with caplog.at_level("ERROR", logger="emudesk.ui.workers"):
        assert _run_and_close_window(qtbot, fail) == ([True, False], [])
    assert "background work failed" in caplog.text
    assert "ZeroDivisionError" in caplog.text


def test_a_task_with_its_window_open_is_told_everything(qtbot: QtBot) -> None:
    window = QObject()
    heard: list[object] = []
    task = Task(_Context(), lambda _session, progress: progress(1, 1), window)  # type: ignore[arg-type]
    task.progressed.connect(lambda done, total: heard.append((done, total)))
    task.succeeded.connect(heard.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert heard == [(1, 1), True]
