"""Every message box of the program goes through here.

One place decides how a refusal, a question or a notice looks, and tests replace ``ask``
(the only function that runs a modal box) to answer without a person at the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from emudesk.errors import EmuError, database_fault

Icon = QMessageBox.Icon


def ask(
    parent: QWidget | None,
    icon: Icon,
    title: str,
    text: str,
    choices: Sequence[str],
    *,
    details: str = "",
    default: int = 0,
) -> int:
    """Show a modal box with one button per choice; returns the chosen index (-1: closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    buttons = []
    for index, label in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.AcceptRole
            if index == 0
            else QMessageBox.ButtonRole.RejectRole
            if index == len(choices) - 1
            else QMessageBox.ButtonRole.ActionRole
        )
        buttons.append(box.addButton(label, role))
    if buttons:
        box.setDefaultButton(buttons[min(default, len(buttons) - 1)])
        box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def refuse(parent: QWidget | None, error: EmuError, title: str = "") -> None:
    """Show why a service refused; the page stays as it was.

    A refusal that merely wraps the database engine's complaint is a bug, not a message:
    it gets the crash report (with the engine's text in the copyable details) instead.
    """
    if database_fault(error):
        from emudesk.ui import crash

        crash.handle(type(error), error, error.__traceback__)
        return
    ask(
        parent,
        Icon.Warning,
        title or QCoreApplication.translate("Messages", "Not possible"),
        error.message,
        [QCoreApplication.translate("Messages", "OK")],
    )


def warn(parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
    ask(
        parent,
        Icon.Warning,
        title,
        text,
        [QCoreApplication.translate("Messages", "OK")],
        details=details,
    )


def inform(parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
    ask(
        parent,
        Icon.Information,
        title,
        text,
        [QCoreApplication.translate("Messages", "OK")],
        details=details,
    )


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a change that is hard to undo; ``action`` labels the yes-button."""
    return (
        ask(
            parent,
            Icon.Question,
            title,
            text,
            [action, QCoreApplication.translate("Messages", "Cancel")],
            default=1,
        )
        == 0
    )
