"""A cluster's whole ranking table of a year, as its submission sent it (from the board)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from emudesk.services.issuing.submitted_ranking import SubmittedRanking
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_submitted_ranking_dialog import Ui_SubmittedRankingDialog
from emudesk.ui.models.submitted_ranking import SubmittedRankingModel


class SubmittedRankingDialog(QDialog):
    def __init__(self, table: SubmittedRanking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.ui = Ui_SubmittedRankingDialog()
        self.ui.setupUi(self)
        self.model = SubmittedRankingModel(self)
        self.model.set_table(table)
        self.ui.tableView.setModel(self.model)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.placed_column, QHeaderView.ResizeMode.Stretch)
        self.ui.tableView.verticalHeader().hide()
        self._show_texts()

    def _show_texts(self) -> None:
        table = self.table
        self.ui.titleLabel.setText(arg(self.tr("%1 — ranking of %2"), table.cluster, table.year))
        note = arg(
            self.tr("%1 unit(s); the cluster's nominees in bold. Sections: %2."),
            len(table.rows),
            ", ".join(f"{code} {title}".strip() for code, title in table.sections),
        )
        if not table.locked:
            note += " " + self.tr("The head had not locked the scores when sending.")
        self.ui.noteLabel.setText(note)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_texts()
        super().changeEvent(event)

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()
