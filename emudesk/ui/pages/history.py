"""Award history: a unit's or person's awards across years, clusters and renames."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.issuing import history
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.past_import import PastImportDialog, open_past_import, save_template
from emudesk.ui.generated.ui_history_page import Ui_HistoryPage
from emudesk.ui.models.issuing import HistoryTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import wrap_columns


class HistoryPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_HistoryPage()
        self.ui.setupUi(self)
        self.model = HistoryTableModel(self)
        self.ui.tableView.setModel(self.model)
        wrap_columns(
            self.ui.tableView,
            (HistoryTableModel.NOMINEE, HistoryTableModel.AWARD, HistoryTableModel.DECISION),
        )
        self.ui.searchEdit.textChanged.connect(self.reload)
        self.ui.importButton.clicked.connect(self.import_past_decisions)
        self.ui.templateButton.clicked.connect(self.save_template)

    def import_past_decisions(self) -> PastImportDialog:
        """Open the import of past decisions (the years before emudesk)."""
        return open_past_import(self, self.context)

    def save_template(self) -> None:
        save_template(self, self.context)

    def reload(self) -> None:
        text = self.ui.searchEdit.text()
        if len(text.strip()) < 2:
            self.model.set_records([])
            self.ui.countLabel.setText("")
            return
        try:
            found = self.context.read(history.history, text)
        except EmuError as exc:
            self.model.set_records([])
            self.ui.countLabel.setText(exc.message)
            return
        self.model.set_records(found)
        self.ui.countLabel.setText(self.tr("%1 award(s)").replace("%1", str(len(found))))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self.reload()
