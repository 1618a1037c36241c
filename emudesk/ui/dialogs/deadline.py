"""Set (or clear) the date by which a year's proposal dossiers must reach the issuer."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from emudesk.services.cycle import dossiers
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import from_qdate, to_qdate
from emudesk.ui.generated.ui_deadline_dialog import Ui_DeadlineDialog


class DeadlineDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, year_uuid: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.ui = Ui_DeadlineDialog()
        self.ui.setupUi(self)
        status = context.read(dossiers.deadline_status, year_uuid)
        self.ui.deadlineCheck.setChecked(status.deadline is not None)
        self.ui.deadlineEdit.setEnabled(status.deadline is not None)
        self.ui.deadlineEdit.setDate(
            to_qdate(status.deadline) if status.deadline else QDate.currentDate().addDays(30)
        )

    def save(self) -> UUID | None:
        deadline = (
            from_qdate(self.ui.deadlineEdit.date()) if self.ui.deadlineCheck.isChecked() else None
        )
        self.context.write(dossiers.set_deadline, self.year_uuid, deadline)
        return self.year_uuid
