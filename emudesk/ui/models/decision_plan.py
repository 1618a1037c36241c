"""The nominees a decision is about to take: ticked when approved, with the reason when not,
and the register number the preview gives each approved one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from emudesk.services.issuing.decisions import ItemInfo

Index = QModelIndex | QPersistentModelIndex


class DecisionPlanModel(QAbstractTableModel):
    APPROVE, CLUSTER, NOMINEE, AWARD, REASON, REGISTER = range(6)

    edited = Signal()  # a tick or a reason changed: the preview is due again

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ItemInfo] = []
        self.approved: list[bool] = []
        self.reasons: list[str] = []
        self.numbers: list[str] = []

    def set_candidates(self, items: tuple[ItemInfo, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.approved = [i.approved for i in items]
        self.reasons = [i.reason for i in items]
        self.numbers = ["" for _i in items]
        self.endResetModel()

    def locked(self, row: int) -> bool:
        """The council did not carry it: the decision cannot approve it."""
        return not self.items[row].approved

    def refused(self, clusters: set[str] | None = None) -> dict[str, str]:
        """What the officer refused (the proposal's UUID → the reason), for the service;
        of ``clusters`` only, when given (the others are not in the decision)."""
        return {
            str(item.proposal_uuid): self.reasons[row]
            for row, item in enumerate(self.items)
            if not self.approved[row]
            and not self.locked(row)
            and (clusters is None or item.cluster in clusters)
        }

    def show_preview(self, items: tuple[ItemInfo, ...] | None) -> None:
        by_uuid = {i.proposal_uuid: i.register_number for i in items or ()}
        self.numbers = [by_uuid.get(i.proposal_uuid, "") for i in self.items]
        if self.items:
            self.dataChanged.emit(
                self.index(0, self.REGISTER), self.index(len(self.items) - 1, self.REGISTER)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Approved"),
            self.tr("Cluster"),
            self.tr("Nominee"),
            self.tr("Award asked"),
            self.tr("Reason not approved"),
            self.tr("Register number"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = index.row()
        if index.column() == self.APPROVE and not self.locked(row):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.REASON and not self.approved[row] and not self.locked(row):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self.items[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.APPROVE:
            return (Qt.CheckState.Checked if self.approved[row] else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return None if self.approved[row] else self.reasons[row] or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return {
            self.APPROVE: "",
            self.CLUSTER: item.cluster,
            self.NOMINEE: item.nominee,
            self.AWARD: item.award,
            self.REASON: "" if self.approved[row] else self.reasons[row],
            self.REGISTER: self.numbers[row],
        }.get(column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = index.row(), index.column()
        if column == self.APPROVE and role == Qt.ItemDataRole.CheckStateRole:
            if self.locked(row):
                return False
            self.approved[row] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == self.REASON and role == Qt.ItemDataRole.EditRole:
            self.reasons[row] = str(value)
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()
        return True
