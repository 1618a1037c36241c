"""The issuer's decisions: the Quyết định as Word or PDF, and the package for the heads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.issuing import decision_package, decision_paper, decisions
from emudesk.services.organisation import issuers
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.issuer_decision import RecordDecisionDialog
from emudesk.ui.generated.ui_decisions_page import Ui_DecisionsPage
from emudesk.ui.models.issuing import DecisionTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo, fit_columns, select_uuid, selected_record


class DecisionsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DecisionsPage()
        self.ui.setupUi(self)
        self.model = DecisionTableModel(self)
        self.ui.tableView.setModel(self.model)
        fit_columns(self.ui.tableView, stretch=DecisionTableModel.SIGNER)
        self.ui.issuerCombo.currentIndexChanged.connect(self._load)
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)

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

    def _load(self) -> None:
        issuer = self.ui.issuerCombo.currentData()
        found = self.context.read(decisions.list_decisions, issuer) if issuer else []
        self.model.set_records(found)
        self.ui.quotaLabel.setText(
            ""
            if found
            else self.tr(
                "No decision yet: record one with Record a decision… once the council has voted."
            )
            if issuer
            else self.tr(
                "No decision yet: first receive a cluster's submission package (Issuer's board); "
                "once the council has voted on its nominees, record the decision here."
            )
        )
        if found:
            self.ui.tableView.selectRow(len(found) - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.ui.tableView, self.model) is not None
        self.ui.recordButton.setEnabled(bool(self.ui.issuerCombo.currentData()))
        self.ui.paperButton.setEnabled(chosen)
        self.ui.packageButton.setEnabled(chosen)

    def _chosen(self) -> tuple[str, str] | None:
        record = selected_record(self.ui.tableView, self.model)
        issuer = self.ui.issuerCombo.currentData()
        return (issuer, record.number) if record is not None and issuer else None

    @Slot()
    def on_recordButton_clicked(self) -> None:
        issuer = self.ui.issuerCombo.currentData()
        if issuer:
            year = dt.date.today().year - 1
            dialog = RecordDecisionDialog(self.context, issuer, year, self)
            self.open_dialog(dialog, self._select)

    def _select(self, uuid: UUID) -> None:
        self._load()
        select_uuid(self.ui.tableView, self.model, uuid)

    @Slot()
    def on_paperButton_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        name = "quyet-dinh-" + chosen[1].split("/")[0] + ".docx"
        target = saving.ask_save_path(
            self,
            saving.PAPERS,
            self.tr("Write the decision"),
            name,
            self.tr("Word documents (*.docx);;PDF files (*.pdf)"),
        )
        if target is not None:
            self._write(target, lambda s: decision_paper.write_decision(s, *chosen, target))

    @Slot()
    def on_packageButton_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        name = "quyet-dinh-" + chosen[1].split("/")[0] + ".zip"
        target = saving.ask_save_path(
            self,
            saving.HANDOVER,
            self.tr("Write the decision package"),
            name,
            self.tr("emudesk packages (*.zip);;All files (*)"),
        )
        if target is not None:
            self._write(target, lambda s: decision_package.export_decision(s, *chosen, target))

    def _write(self, target: Path, work: Callable[[Any], object]) -> None:
        try:
            self.context.read(work)
        except EmuError as error:
            messages.refuse(self, error, self.tr("Nothing was written"))
            return
        saving.saved(self, self.tr("Written"), target, openable=target.suffix != ".zip")
