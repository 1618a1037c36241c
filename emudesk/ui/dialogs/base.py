"""Dialogs that save through a service when the user presses OK."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QDialog, QWidget

from emudesk.errors import EmuError
from emudesk.ui import messages
from emudesk.ui.context import DataContext


class ServiceDialog(QDialog):
    """OK calls ``save``; a refusal is shown and the dialog stays open with what was typed.

    ``saved_uuid`` is the record written, so the page can select it afterwards. Subclasses
    build their ``self.ui`` (calling ``setupUi(self)`` connects the ``on_<widget>_<signal>``
    slots, including ``on_buttonBox_accepted`` below) and implement ``save``.
    """

    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_uuid: UUID | None = None

    def save(self) -> UUID | None:
        """Write through a service and return the record's UUID; raise EmuError to refuse."""
        raise NotImplementedError

    def confirm(self) -> bool:
        """Ask before saving, when the change is hard to undo; True goes ahead."""
        return True

    def retranslate(self) -> None:
        """Re-run ``retranslateUi`` and refresh computed texts after a language switch."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        try:
            if not self.confirm():
                return
            self.saved_uuid = self.save()
        except EmuError as error:
            messages.refuse(self, error)
            return
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()
