"""Uncaught exceptions: a known refusal becomes a message, a bug a copyable report.

Qt swallows exceptions raised in slots after printing them; ``sys.excepthook`` is where
PySide6 hands them over, so the handler installed here sees every one of them.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from emudesk import __version__, paths
from emudesk.errors import DatabaseError, EmuError, database_damage, database_fault
from emudesk.ui import messages

log = logging.getLogger("emudesk.crash")


class _State:
    showing = False


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user can paste into an e-mail to the maintainers."""
    lines = [
        f"emudesk {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """The ``sys.excepthook`` of the GUI."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    damage = database_damage(exc)
    if damage is not None:  # the file's fault, not the program's: say what to do
        from emudesk.db.integrity import damaged_message

        log.warning("damaged database: %s", damage)
        messages.refuse(parent, DatabaseError(damaged_message("", damage)))
        return
    if isinstance(exc, EmuError) and not database_fault(exc):  # known, though uncaught
        log.warning("uncaught refusal: %s", exc.message)
        messages.refuse(parent, exc)
        return
    text = report(exc_type, exc, tb)
    log.error("unexpected error\n%s", text)
    if _State.showing or QApplication.instance() is None:
        return
    _State.showing = True
    try:
        _show(text)
    finally:
        _State.showing = False


def _show(text: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected problem"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "emudesk met a problem it did not expect. What you saved before is safe: every "
            "change is stored whole or not at all.\n\nPlease copy the report and send it to "
            "whoever maintains emudesk for you. It is also in the log folder:\n%1",
        ).replace("%1", str(paths.logs_dir()))
    )
    box.setDetailedText(text)
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy the report and close"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("Crash", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(text)


def install() -> None:
    sys.excepthook = handle
