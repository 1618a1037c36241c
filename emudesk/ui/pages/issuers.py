"""The issuers page: ministries, committees and provinces that form clusters."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.model import EventKind
from emudesk.services.organisation import issuers
from emudesk.services.organisation.issuers import IssuerInfo
from emudesk.services.papers import catalogue
from emudesk.services.papers.catalogue import AwardInfo
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.award import AwardDialog
from emudesk.ui.dialogs.issuer import IssuerDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_issuers_page import Ui_IssuersPage
from emudesk.ui.models.awards import AwardTableModel
from emudesk.ui.models.issuers import IssuerTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import ISSUERS, Target
from emudesk.ui.widgets import fit_columns, select_uuid, selected_record


class IssuersPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_IssuersPage()
        self.ui.setupUi(self)
        self.model = IssuerTableModel(self)
        self.ui.tableView.setModel(self.model)
        fit_columns(self.ui.tableView, stretch=IssuerTableModel.NAME)
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(self._on_double_clicked)
        self.awards = AwardTableModel(self)
        self.ui.awardsView.setModel(self.awards)
        fit_columns(self.ui.awardsView, stretch=AwardTableModel.NAME)
        self.ui.awardsView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.awardsView.doubleClicked.connect(self._on_award_double_clicked)
        self.ui.tableView.selectionModel().selectionChanged.connect(self._load_awards)
        self.bind_keys(
            {
                self.ui.addButton: QKeySequence(Qt.Key.Key_Insert),
                self.ui.editButton: QKeySequence(Qt.Key.Key_F2),
                self.ui.removeButton: QKeySequence.StandardKey.Delete,
            }
        )
        self._update_buttons()

    def reload(self) -> None:
        wanted = self.target.uuid if self.target and self.target.uuid else self._selected_uuid()
        self.model.set_records(self.context.read(issuers.list_issuers))
        if not (wanted and self._select(wanted)) and self.model.rowCount():
            self.ui.tableView.selectRow(0)
        self.target = Target(ISSUERS)
        self._load_awards()
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self.awards.retranslate()

    def _selected(self) -> IssuerInfo | None:
        return selected_record(self.ui.tableView, self.model)

    def _selected_uuid(self) -> UUID | None:
        record = self._selected()
        return record.uuid if record else None

    def _select(self, uuid: UUID) -> bool:
        return select_uuid(self.ui.tableView, self.model, uuid)

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.ui.editButton.setEnabled(chosen)
        self.ui.renameButton.setEnabled(chosen)
        self.ui.removeButton.setEnabled(chosen)
        self.ui.addAwardButton.setEnabled(chosen)
        award = self._selected_award() is not None
        for button in (
            self.ui.editAwardButton,
            self.ui.removeAwardButton,
            self.ui.upButton,
            self.ui.downButton,
        ):
            button.setEnabled(award)

    # -- the catalogue of the selected issuer --------------------------------------------------

    def _load_awards(self, *_args: object) -> None:
        issuer = self._selected()
        wanted = self._selected_award()
        records = self.context.read(catalogue.list_awards, issuer.uuid) if issuer else []
        self.awards.set_records(records)
        if wanted is not None:
            select_uuid(self.ui.awardsView, self.awards, wanted.uuid)
        self._update_buttons()

    def _selected_award(self) -> AwardInfo | None:
        return selected_record(self.ui.awardsView, self.awards)

    def _select_award(self, uuid: UUID) -> None:
        self._load_awards()
        select_uuid(self.ui.awardsView, self.awards, uuid)

    @Slot()
    def on_addAwardButton_clicked(self) -> None:
        issuer = self._selected()
        if issuer is not None:
            self.open_dialog(AwardDialog(self.context, issuer, None, self), self._select_award)

    @Slot()
    def on_editAwardButton_clicked(self) -> None:
        issuer, award = self._selected(), self._selected_award()
        if issuer is not None and award is not None:
            self.open_dialog(AwardDialog(self.context, issuer, award, self), self._select_award)

    def _on_award_double_clicked(self, _index: QModelIndex) -> None:
        self.on_editAwardButton_clicked()

    @Slot()
    def on_removeAwardButton_clicked(self) -> None:
        award = self._selected_award()
        if award is None:
            return
        question = arg(self.tr("Remove “%1” from the catalogue?"), award.name)
        if not messages.confirm(self, self.tr("Remove an award"), question, self.tr("Remove")):
            return
        try:
            self.context.write(catalogue.remove_award, award.uuid)
        except EmuError as error:
            messages.refuse(self, error)

    def _move(self, step: int) -> None:
        award = self._selected_award()
        if award is None:
            return
        try:
            self.context.write(catalogue.move_award, award.uuid, step)
        except EmuError as error:
            messages.refuse(self, error)
            return
        self._select_award(award.uuid)

    @Slot()
    def on_upButton_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def on_downButton_clicked(self) -> None:
        self._move(1)

    @Slot()
    def on_addButton_clicked(self) -> None:
        self.open_dialog(IssuerDialog(self.context, None, self), self._select)

    @Slot()
    def on_editButton_clicked(self) -> None:
        issuer = self._selected()
        if issuer is not None:
            self.open_dialog(IssuerDialog(self.context, issuer, self), self._select)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.on_editButton_clicked()

    @Slot()
    def on_renameButton_clicked(self) -> None:
        """A new name from a date, with its decision: earlier papers keep the old one."""
        from emudesk.ui.dialogs.event import EventDialog

        issuer = self._selected()
        if issuer is not None:
            year = self.context.working_year or dt.date.today().year
            dialog = EventDialog(self.context, EventKind.RENAME_ISSUER, issuer, year, self)
            self.open_dialog(dialog, self._select)

    @Slot()
    def on_removeButton_clicked(self) -> None:
        issuer = self._selected()
        if issuer is None:
            return
        question = arg(self.tr("Remove the issuer “%1”?"), issuer.name)
        if not messages.confirm(self, self.tr("Remove an issuer"), question, self.tr("Remove")):
            return
        try:
            self.context.write(issuers.remove_issuer, issuer.uuid)
        except EmuError as error:
            messages.refuse(self, error)
