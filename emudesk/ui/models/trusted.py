"""The certificates this office trusts, as the digital signatures settings list them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from emudesk.signing import Signer

Index = QModelIndex | QPersistentModelIndex


class TrustedModel(QAbstractTableModel):
    NAME, ORGANISATION, KIND, VALID_TO, FINGERPRINT = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Signer] = []

    def set_rows(self, rows: Sequence[Signer]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Kind"),
            self.tr("Valid until"),
            self.tr("Fingerprint (SHA-256)"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        if index.column() == self.FINGERPRINT:
            return row.sha256 if role == Qt.ItemDataRole.ToolTipRole else row.sha256[:16] + "…"
        return (
            row.name,
            row.organisation,
            self.tr("CA (vouches for the offices it certifies)")
            if row.is_ca
            else self.tr("Office"),
            row.valid_to.date().strftime("%d/%m/%Y"),
        )[index.column()]
