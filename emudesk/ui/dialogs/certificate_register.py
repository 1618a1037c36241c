"""The certificate register: every number given, searchable by name, unit, year, decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from emudesk.services.certificates import register
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg, decision_text
from emudesk.ui.generated.ui_certificate_register_dialog import Ui_RegisterDialog

Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    NUMBER, RECIPIENT, AWARD, YEAR, DECISION, PRINTS, NOTE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[register.RegisterRow] = []

    def set_rows(self, rows: Sequence[register.RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Recipient"),
            self.tr("Award"),
            self.tr("Year"),
            self.tr("Decision"),
            self.tr("Printed"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return (
            f"{row.number} ({row.issuer})",
            row.recipient,
            row.award,
            str(row.year),
            decision_text(row.decision_number, row.decision_date),
            f"×{row.print_count}",
            arg(self.tr("before the scores were locked: %1"), "; ".join(row.unlocked_reasons))
            if row.unlocked_reasons
            else "",
        )[index.column()]


class RegisterDialog(QDialog):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RegisterDialog()
        self.ui.setupUi(self)
        self.ui.yearSpin.setSpecialValueText(self.tr("all"))
        self.model = RegisterModel(self)
        self.ui.registerView.setModel(self.model)
        header = self.ui.registerView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RegisterModel.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.search)
        self.ui.searchEdit.textEdited.connect(self._pending.start)
        self.ui.decisionEdit.textEdited.connect(self._pending.start)
        self.ui.yearSpin.valueChanged.connect(self._pending.start)
        self.search()

    def search(self) -> None:
        self._pending.stop()
        year = self.ui.yearSpin.value()
        self.model.set_rows(
            self.context.read(
                register.search_register,
                self.ui.searchEdit.text(),
                year=None if year == self.ui.yearSpin.minimum() else year,
                decision=self.ui.decisionEdit.text(),
            )
        )
