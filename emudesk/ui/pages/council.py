"""The issuer's emulation council: each nominee's vote against its threshold; the minutes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.issuing import council, council_paper
from emudesk.services.organisation import issuers
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.generated.ui_council_page import Ui_CouncilPage
from emudesk.ui.models.issuing import CouncilTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo, wrap_columns


class CouncilPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CouncilPage()
        self.ui.setupUi(self)
        self.model = CouncilTableModel(self)
        self.ui.tableView.setModel(self.model)
        wrap_columns(self.ui.tableView, (CouncilTableModel.NOMINEE, CouncilTableModel.AWARD))
        self.ui.yearSpin.setValue(dt.date.today().year - 1)
        self.ui.issuerCombo.currentIndexChanged.connect(self._load)
        self.ui.yearSpin.valueChanged.connect(self._load)

    def reload(self) -> None:
        chosen = self.ui.issuerCombo.currentData()
        found = self.context.read(issuers.list_issuers)
        fill_combo(
            self.ui.issuerCombo,
            [(i.short_name or i.name, i.short_name or i.name) for i in found],
            chosen,
        )
        self._load()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self._load()

    def _load(self) -> None:
        issuer = self.ui.issuerCombo.currentData()
        self.ui.minutesButton.setEnabled(False)
        self.model.set_records([])
        if not issuer:
            self.ui.quotaLabel.setText("")
            return
        try:
            found = self.context.read(council.get_council, issuer, self.ui.yearSpin.value())
        except EmuError as exc:
            self.ui.quotaLabel.setText(exc.message)
            return
        self.model.members = found.members_total
        self.model.set_records(found.results)
        self.ui.quotaLabel.setText(
            self.tr("Met on %1, %2 member(s).")
            .replace("%1", found.held_on.strftime("%d/%m/%Y"))
            .replace("%2", str(found.members_total))
        )
        self.ui.minutesButton.setEnabled(True)

    @Slot()
    def on_minutesButton_clicked(self) -> None:
        issuer, year = self.ui.issuerCombo.currentData(), self.ui.yearSpin.value()
        target = saving.ask_save_path(
            self,
            saving.PAPERS,
            self.tr("Write the minutes"),
            f"bien-ban-hoi-dong-{year}.docx",
            self.tr("Word documents (*.docx);;PDF files (*.pdf)"),
        )
        if target is None:
            return
        try:
            self.context.read(council_paper.write_minutes, issuer, year, target)
        except EmuError as error:
            messages.refuse(self, error, self.tr("Nothing was written"))
            return
        saving.saved(self, self.tr("Written"), target)
