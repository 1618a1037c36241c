"""The issuer's board: a year's nominees from every cluster of the issuer, and its quotas."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.issuing import board, submitted_ranking
from emudesk.services.organisation import issuers
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.generated.ui_board_page import Ui_BoardPage
from emudesk.ui.models.issuing import BoardTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo, selected_record, wrap_columns


class BoardPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_BoardPage()
        self.ui.setupUi(self)
        self.model = BoardTableModel(self)
        self.ui.tableView.setModel(self.model)
        wrap_columns(
            self.ui.tableView,
            (
                BoardTableModel.NOMINEE,
                BoardTableModel.AWARD,
                BoardTableModel.MISSING,
                BoardTableModel.DECISION,
            ),
        )
        self.ui.yearSpin.setValue(dt.date.today().year - 1)
        self.ui.issuerCombo.currentIndexChanged.connect(self._load)
        self.ui.yearSpin.valueChanged.connect(self._load)
        self.ui.tableView.doubleClicked.connect(lambda _index: self.on_rankingButton_clicked())
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
        self._load()

    def _load(self) -> None:
        issuer = self.ui.issuerCombo.currentData()
        if not issuer:
            self.model.set_records([])
            self.ui.quotaLabel.setText(
                self.tr(
                    "Nothing here yet: the board fills with the nominees of each cluster's "
                    "submission package. Receive the first package a cluster's head sent."
                )
            )
            self._update_buttons()
            return
        try:
            found = self.context.read(board.board, issuer, self.ui.yearSpin.value())
        except EmuError as exc:
            self.model.set_records([])
            self.ui.quotaLabel.setText(exc.message)
            self._update_buttons()
            return
        self.model.set_records(found.rows)
        lines = [
            self.tr("%1 nominee(s) from %2 cluster(s).")
            .replace("%1", str(len(found.rows)))
            .replace("%2", str(found.clusters))
        ]
        deadlines = {r.cluster: r for r in found.rows if r.deadline is not None}
        for cluster, row in deadlines.items():
            assert row.deadline is not None
            left = row.days_left or 0
            text = (
                self.tr("%1: dossier deadline %2 (%3 day(s) left).")
                if left >= 0
                else self.tr("%1: dossier deadline %2 (passed %3 day(s) ago).")
            )
            lines.append(
                text.replace("%1", cluster)
                .replace("%2", row.deadline.strftime("%d/%m/%Y"))
                .replace("%3", str(abs(left)))
            )
        lines += [self.tr("Over the quota: %1").replace("%1", b) for b in found.breaches]
        self.ui.quotaLabel.setText("\n".join(lines))
        if found.rows:
            self.ui.tableView.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.ui.tableView, self.model) is not None
        self.ui.rankingButton.setEnabled(chosen)
        # an empty board says where its rows come from, and offers that first step
        self.ui.receiveButton.setVisible(self.model.rowCount() == 0)

    @Slot()
    def on_receiveButton_clicked(self) -> None:
        """The same as File › Receive a package."""
        action = self.window().findChild(QAction, "actionReceivePackage")
        if action is not None:
            action.trigger()

    @Slot()
    def on_rankingButton_clicked(self) -> None:
        from emudesk.ui.dialogs.submitted_ranking import SubmittedRankingDialog

        chosen = selected_record(self.ui.tableView, self.model)
        if chosen is None:
            return
        try:
            table = self.context.read(
                submitted_ranking.get, chosen.cluster, self.ui.yearSpin.value()
            )
        except EmuError as error:
            messages.refuse(self, error)
            return
        dialog = SubmittedRankingDialog(table, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
