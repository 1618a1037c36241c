"""Long service calls off the GUI thread, with progress, cancel and results through signals.

A ``Task`` lives on the GUI thread; its work runs on Qt's thread pool with a session of its
own (SQLAlchemy sessions are not shared between threads). Widgets connect to the task's
signals, which Qt delivers on the GUI thread, so no widget is touched from the worker.
Cancelling sets a flag the service reads through its ``progress`` callback; the service then
raises ``CancelledError`` before writing anything. A task whose window was closed while its
work ran (the task is that window's child, so Qt deleted it) is told nothing more: its next
progress report answers "stop", as a cancel does, and its outcome goes nowhere.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from shiboken6 import Shiboken

from emudesk.errors import CancelledError, EmuError
from emudesk.ui.context import DataContext

log = logging.getLogger(__name__)

# work(session, progress) -> result; progress(done, total) returns False once cancelled
Work = Callable[[Any, Callable[[int, int], bool]], object]


class Task(QObject):
    """One piece of background work; exactly one of the last three signals ends it."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's result
    refused = Signal(object)  # an EmuError (CancelledError when the user cancelled)
    crashed = Signal(object)  # (type, value, traceback) of a bug
    finished = Signal()  # after any of the three above

    def __init__(self, context: DataContext, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context, self.work = context, work
        self._cancel = threading.Event()
        self.running = False
        self.finished.connect(self._on_finished)
        self.crashed.connect(_report_bug)

    def start(self) -> None:
        """Run the work on Qt's thread pool (connect to the signals first)."""
        self._cancel.clear()
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self.context, self.work, self))

    def _on_finished(self) -> None:
        self.running = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> bool:
        """The ``progress`` callback handed to the service (called on the worker thread)."""
        if not _emit(self, lambda: self.progressed, done, total):
            return False  # the window that asked for the work was closed: stop
        return not self._cancel.is_set()


def _emit(task: Task, signal: Callable[[], SignalInstance], *args: object) -> bool:
    """Emit one of ``task``'s signals from the worker thread; False, and nothing emitted, when
    Qt has deleted the task with its window (no one is left to tell)."""
    try:
        signal().emit(*args)
    except RuntimeError:  # "Signal source has been deleted", "C++ object already deleted"
        if Shiboken.isValid(task):
            raise
        return False
    return True


class _Runnable(QRunnable):
    def __init__(self, context: DataContext, work: Work, task: Task) -> None:
        super().__init__()
        self.context, self.work, self.task = context, work, task

    def run(self) -> None:
        task = self.task
        try:
            with self.context.db.session() as session:
                result = self.work(session, task.report)
        except EmuError as error:
            _emit(task, lambda: task.refused, error)
        except Exception:
            log.exception("background work failed")  # in the log even with its window gone
            _emit(task, lambda: task.crashed, sys.exc_info())
        else:
            if task.cancelled:  # finished anyway, but the user no longer wants the result
                _emit(task, lambda: task.refused, CancelledError(""))
            else:
                _emit(task, lambda: task.succeeded, result)
        finally:
            _emit(task, lambda: task.finished)


def _report_bug(info: object) -> None:
    from emudesk.ui import crash

    assert isinstance(info, tuple)
    kind, value, traceback = info
    crash.handle(kind, value, traceback)
