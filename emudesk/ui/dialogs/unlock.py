"""Unlock a year's scores: the reason is required and goes into the audit trail."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk.services.scoring import locking
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_unlock_dialog import Ui_UnlockDialog


class UnlockDialog(ServiceDialog):
    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.label = label
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._set_texts()

    def _set_texts(self) -> None:
        self.ui.questionLabel.setText(
            arg(
                self.tr(
                    "Unlock the scores of %1? The ranking and the proposals may change until "
                    "they are locked again."
                ),
                self.label,
            )
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._set_texts()

    def save(self) -> None:
        self.context.write(locking.unlock_year, self.year_uuid, self.ui.reasonEdit.toPlainText())
