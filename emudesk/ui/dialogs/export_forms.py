"""Write the year's scoring forms, one workbook per member unit, into a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from emudesk.errors import ValidationError
from emudesk.services.exchange import form_export
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg, from_qdate
from emudesk.ui.generated.ui_export_forms_dialog import Ui_ExportFormsDialog
from emudesk.ui.navigation import load_tree, year_choices
from emudesk.ui.widgets import fill_combo


class ExportFormsDialog(ServiceDialog):
    """OK writes the forms; the files written are listed and their folder can be opened."""

    def __init__(
        self, context: DataContext, year_uuid: UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ExportFormsDialog()
        self.ui.setupUi(self)
        self.written: list[Path] = []
        fill_combo(self.ui.yearCombo, year_choices(context.read_plain(load_tree)), year_uuid)
        self.ui.deadlineEdit.setDate(QDate.currentDate().addDays(14))
        self.ui.folderEdit.setText(str(saving.start_folder(saving.FORMS)))
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Export"))

    @Slot()
    def on_browseButton_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the scoring forms"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def save(self) -> UUID | None:
        year_uuid = self.ui.yearCombo.currentData()
        if not isinstance(year_uuid, UUID):
            raise ValidationError(self.tr("Choose a cluster and year."))
        folder_text = self.ui.folderEdit.text().strip()
        if not folder_text:
            raise ValidationError(self.tr("Choose the folder to write the forms into."))
        folder = Path(folder_text)
        deadline: dt.date | None = None
        if self.ui.deadlineCheck.isChecked():
            deadline = from_qdate(self.ui.deadlineEdit.date())
        self.written = self.context.read(
            form_export.export_forms,
            year_uuid,
            folder,
            deadline=deadline,
            send_to=self.ui.sendToEdit.text(),
        )
        names = "\n".join(path.name for path in self.written)
        choice = messages.ask(
            self,
            messages.Icon.Information,
            self.tr("Scoring forms written"),
            arg(self.tr("%1 workbook(s) written to %2."), len(self.written), folder),
            [self.tr("Open the folder"), self.tr("Close")],
            details=names,
        )
        if self.written:
            saving.remember(saving.FORMS, self.written[0])
        if choice == 0:
            saving.open_path(folder)
        return year_uuid
