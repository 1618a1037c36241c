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
from emudesk.ui.dialogs.council import CouncilMeetingDialog, CouncilVoteDialog
from emudesk.ui.generated.ui_council_page import Ui_CouncilPage
from emudesk.ui.models.issuing import CouncilTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo, selected_record, wrap_columns


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
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(lambda _index: self.on_voteButton_clicked())
        self.meeting: council.CouncilInfo | None = None

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
        chosen = selected_record(self.ui.tableView, self.model)
        self.meeting = None
        self.model.set_records([])
        self.ui.meetingButton.setEnabled(bool(issuer))
        if not issuer:
            self.ui.quotaLabel.setText(
                self.tr(
                    "Nothing to vote on yet: the council votes on the nominees of the clusters' "
                    "submission packages. Receive one first (Issuer's board, or File › "
                    "Receive a package)."
                )
            )
            self._update_buttons()
            return
        try:
            found = self.context.read(council.get_council, issuer, self.ui.yearSpin.value())
        except EmuError as exc:
            self.ui.quotaLabel.setText(exc.message)
            self._update_buttons()
            return
        self.meeting = found
        self.model.members = found.members_total
        self.model.set_records(found.results)
        self.ui.quotaLabel.setText(
            self.tr("Met on %1, %2 member(s).")
            .replace("%1", found.held_on.strftime("%d/%m/%Y"))
            .replace("%2", str(found.members_total))
        )
        rows = [r.uuid for r in found.results]
        if rows:
            keep = chosen is not None and chosen.uuid in rows
            self.ui.tableView.selectRow(rows.index(chosen.uuid) if keep and chosen else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.ui.tableView, self.model)
        self.ui.minutesButton.setEnabled(self.meeting is not None)
        self.ui.voteButton.setEnabled(chosen is not None)
        self.ui.clearButton.setEnabled(chosen is not None and chosen.votes_for is not None)

    @Slot()
    def on_meetingButton_clicked(self) -> None:
        issuer = self.ui.issuerCombo.currentData()
        if issuer:
            dialog = CouncilMeetingDialog(
                self.context, issuer, self.ui.yearSpin.value(), self.meeting, self
            )
            self.open_dialog(dialog)

    @Slot()
    def on_voteButton_clicked(self) -> None:
        chosen = selected_record(self.ui.tableView, self.model)
        issuer = self.ui.issuerCombo.currentData()
        if chosen is None or self.meeting is None or not issuer:
            return
        dialog = CouncilVoteDialog(
            self.context,
            issuer,
            self.meeting.year,
            chosen,
            members=self.meeting.members_total,
            parent=self,
        )
        self.open_dialog(dialog)

    @Slot()
    def on_clearButton_clicked(self) -> None:
        chosen = selected_record(self.ui.tableView, self.model)
        issuer = self.ui.issuerCombo.currentData()
        if chosen is None or chosen.votes_for is None or self.meeting is None or not issuer:
            return
        if not messages.confirm(
            self,
            self.tr("Take back the vote"),
            self.tr("Take back the council's vote on %1 (%2 for)? It is kept in the audit log.")
            .replace("%1", chosen.nominee)
            .replace("%2", str(chosen.votes_for)),
            self.tr("Take it back"),
        ):
            return
        try:
            self.context.write(council.clear_vote, issuer, self.meeting.year, chosen.uuid)
        except EmuError as error:
            messages.refuse(self, error)

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
