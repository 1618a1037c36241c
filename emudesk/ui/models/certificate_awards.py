"""The approved awards of a year, each with a tick box: which certificates to print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk.services.certificates.printing import AwardRow
from emudesk.ui.formatting import arg, decision_text

Index = QModelIndex | QPersistentModelIndex


class CertificateAwardsModel(QAbstractTableModel):
    RECIPIENT, AWARD, DECISION, NUMBER = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AwardRow] = []
        self._checked: set[UUID] = set()

    def set_rows(self, rows: Sequence[AwardRow]) -> None:
        """New rows; awards without a register number start ticked, printed ones not."""
        self.beginResetModel()
        known = {row.proposal_uuid for row in self._rows}
        self._rows = list(rows)
        self._checked = {
            row.proposal_uuid
            for row in rows
            if row.artefact != "flag"
            and (
                (row.proposal_uuid in self._checked)
                or (row.proposal_uuid not in known and row.register_number is None)
            )
        }
        self.endResetModel()

    def row(self, index: int) -> AwardRow:
        return self._rows[index]

    def checked(self) -> list[AwardRow]:
        return [row for row in self._rows if row.proposal_uuid in self._checked]

    def set_checked(self, proposal_uuid: UUID, checked: bool) -> None:
        for number, row in enumerate(self._rows):
            if row.proposal_uuid == proposal_uuid:
                self.setData(
                    self.index(number, self.RECIPIENT),
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Recipient"), self.tr("Award"), self.tr("Decision"), self.tr("No."))[
            section
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.isValid()
            and index.column() == self.RECIPIENT
            and self._rows[index.row()].artefact != "flag"
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if row.artefact == "flag" and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A flag: made by the flag maker, listed with Flag list…, not printed")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.RECIPIENT:
            if row.artefact == "flag":
                return None
            ticked = row.proposal_uuid in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and row.unlocked_reasons:
            return arg(
                self.tr("Recorded before the scores were locked, because: %1"),
                "; ".join(row.unlocked_reasons),
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.RECIPIENT:
                return row.recipient
            if column == self.AWARD:
                return row.award
            if column == self.DECISION:
                return decision_text(row.decision_number, row.decision_date)
            if row.artefact == "flag":
                return self.tr("flag")
            if row.register_number is None:
                return "—"
            if row.print_count > 1:
                return f"{row.register_number} (×{row.print_count})"
            return str(row.register_number)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.RECIPIENT:
            return False
        uuid = self._rows[index.row()].proposal_uuid
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(uuid)
        else:
            self._checked.discard(uuid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
