"""The base of every page shown in the main window's stack."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.registry import Target


class Page(QWidget):
    """A page loads its data from services when shown and after every change.

    Subclasses implement ``show_target`` (load, then select the target's record) and
    ``reload`` (load again, keeping the selection), and ``retranslate`` for the texts that
    their generated ``retranslateUi`` does not cover (table headers, computed labels).
    """

    navigate = Signal(object)  # a Target the user asked to go to (e.g. a year in a list)

    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.target: Target | None = None

    def show_target(self, target: Target) -> None:
        self.target = target
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-run the generated ``retranslateUi`` and refresh computed texts."""

    def bind_keys(
        self, keys: dict[QAbstractButton, QKeySequence | QKeySequence.StandardKey]
    ) -> None:
        """Give page buttons a key (Ins, F2, Del) that works while the focus is on the page.

        Not the buttons' own ``shortcut``: a translated "&Xóa" replaces it by its mnemonic.
        """
        for button, key in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda b=button: b.animateClick() if b.isEnabled() and b.isVisible() else None
            )

    def open_dialog(
        self, dialog: ServiceDialog, on_saved: Callable[[UUID], object] | None = None
    ) -> None:
        """Show ``dialog`` window-modal without blocking; ``on_saved`` gets the saved record."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if on_saved is not None and dialog.saved_uuid is not None:
                on_saved(dialog.saved_uuid)

        dialog.accepted.connect(saved)
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
