"""Receive a handover: each record that differs, as a person reads it, chosen one by one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from emudesk.services.handover.conflicts import Conflict
from emudesk.services.handover.merge import Choices
from emudesk.ui.generated.ui_handover_conflicts_dialog import Ui_HandoverConflictsDialog


class HandoverConflictsDialog(QDialog):
    """One row per conflict: a tick takes the file's version, no tick keeps this database's.
    A shared record (issuer, unit, person…) cannot be ticked: a handover never changes it."""

    def __init__(
        self, conflicts: list[Conflict], summary: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.summary = summary
        self.ui = Ui_HandoverConflictsDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(summary)
        table = self.ui.tableWidget
        table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            tick = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable
            if not conflict.shared:
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            tick.setFlags(flags)
            tick.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, 0, tick)
            for column, text in enumerate((conflict.record, conflict.mine, conflict.theirs), 1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        self._shared_tips()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):  # the values are short: the record takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _shared_tips(self) -> None:
        tip = self.tr("A shared record: a handover file never changes it.")
        for row, conflict in enumerate(self.conflicts):
            item = self.ui.tableWidget.item(row, 0)
            if conflict.shared and item is not None:
                item.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.summaryLabel.setText(self.summary)
            self._shared_tips()
        super().changeEvent(event)

    def _set_all(self, state: Qt.CheckState) -> None:
        for row, conflict in enumerate(self.conflicts):
            item = self.ui.tableWidget.item(row, 0)
            if item is not None and not conflict.shared:
                item.setCheckState(state)

    @Slot()
    def on_takeAllButton_clicked(self) -> None:
        self._set_all(Qt.CheckState.Checked)

    @Slot()
    def on_keepAllButton_clicked(self) -> None:
        self._set_all(Qt.CheckState.Unchecked)

    def check(self, row: int, take: bool = True) -> None:
        """Tick (or untick) one record, as a click on its box does."""
        item = self.ui.tableWidget.item(row, 0)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if take else Qt.CheckState.Unchecked)

    def choices(self) -> Choices:
        """(table, record) → take the file's version, for every conflict."""
        found = {}
        for row, conflict in enumerate(self.conflicts):
            item = self.ui.tableWidget.item(row, 0)
            taken = item is not None and item.checkState() == Qt.CheckState.Checked
            found[(conflict.table, conflict.key)] = taken and not conflict.shared
        return found

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()
