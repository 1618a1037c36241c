"""The Settings dialog's choices put into effect: the language at once, the office's role
(the navigation follows it), the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from emudesk.ui.registry import Target

if TYPE_CHECKING:
    from emudesk.ui.main_window import MainWindow


def open_dialog(window: MainWindow) -> None:
    from emudesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.settings, window.context.db.display_name, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: window.apply_settings(dialog.language, dialog.database, dialog.role)
    )
    dialog.open()


def apply(window: MainWindow, language: str, database: str, role: str | None = None) -> None:
    """Switch the language at once (every open window retranslates), the role and the
    database; a refused database keeps the previous choice."""
    from emudesk.ui import translation

    settings = window.settings
    if language != settings.language:
        settings.language = translation.install(language)
    if role is not None and role != settings.role:
        settings.role = role
        window.refresh()  # the navigation shows the role's pages
        shown = window.navigation.find(window.current) if window.current else None
        if shown is None or not shown.isValid():
            window.go(Target(window.registry.start_page(role)))
    if database != settings.database:
        if database and not window.database.open_target(database, create=False):
            settings.save()
            return  # refused: keep the previous choice
        settings.database = database
    settings.save()
