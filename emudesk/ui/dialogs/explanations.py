"""The explanation thread (giải trình) about one unit's score on one criterion."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from emudesk.errors import EmuError
from emudesk.services.organisation.units import UnitRef
from emudesk.services.scoring import explanations
from emudesk.services.scoring.tables import CriterionInfo
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_explanations_dialog import Ui_ExplanationsDialog
from emudesk.ui.models.explanations import ExplanationListModel
from emudesk.ui.unit_picker import fill_units


class ExplanationsDialog(QDialog):
    """Lists the thread and adds messages to it; each message is stored at once."""

    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        assessed: UnitRef,
        criterion: CriterionInfo,
        *,
        members: tuple[UnitRef, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.year_uuid = year_uuid
        self.assessed = assessed
        self.criterion = criterion
        self.ui = Ui_ExplanationsDialog()
        self.ui.setupUi(self)
        self.entries = ExplanationListModel(self)
        self.ui.threadView.setModel(self.entries)
        fill_units(self.ui.authorCombo, members, assessed.uuid)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self.on_addButton_clicked)
        self._set_texts()
        self.reload()

    def _set_texts(self) -> None:
        self.ui.subjectLabel.setText(
            arg(
                self.tr("%1 — criterion %2: %3"),
                self.assessed.name,
                self.criterion.code,
                self.criterion.title,
            )
        )

    def reload(self) -> None:
        self.entries.set_items(
            self.context.read(
                explanations.list_explanations,
                self.year_uuid,
                self.assessed.uuid,
                self.criterion.uuid,
            )
        )
        if self.entries.rowCount():
            self.ui.threadView.scrollTo(self.entries.index(self.entries.rowCount() - 1))

    @Slot()
    def on_addButton_clicked(self) -> None:
        try:
            self.context.write(
                explanations.add_explanation,
                self.year_uuid,
                self.assessed.uuid,
                self.criterion.uuid,
                self.ui.textEdit.toPlainText(),
                author_unit_uuid=self.ui.authorCombo.currentData(),
                resolves=self.ui.resolvesCheck.isChecked(),
            )
        except EmuError as error:
            messages.refuse(self, error)
            return
        self.ui.textEdit.clear()
        self.ui.resolvesCheck.setChecked(False)
        self.reload()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_texts()
        super().changeEvent(event)
