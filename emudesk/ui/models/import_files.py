"""The files of an import: each with whose form it is and what checking it found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from emudesk.ui.formatting import arg

if TYPE_CHECKING:
    from emudesk.exchange.report import FileReport

Index = QModelIndex | QPersistentModelIndex

_REFUSED = QColor("#fde2e1")
_READY = QColor("#e3f4e1")


@dataclass(frozen=True)
class ImportFile:
    path: Path
    report: FileReport | None = None  # None: not checked (yet)


class ImportFilesModel(QAbstractTableModel):
    FILE, FROM, STATUS, SUMMARY = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportFile] = []

    # -- content ----------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        """The files listed, each once (an e-mail file shows one row per workbook)."""
        return list(dict.fromkeys(row.path for row in self._rows))

    def reports(self) -> list[FileReport]:
        return [row.report for row in self._rows if row.report is not None]

    def row(self, index: int) -> ImportFile:
        return self._rows[index]

    def add(self, paths: Sequence[Path]) -> int:
        """Append the files not listed yet; returns how many were added."""
        known = {row.path.resolve() for row in self._rows}
        new = []
        for path in paths:
            if path.resolve() not in known:
                known.add(path.resolve())
                new.append(ImportFile(path))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        return len(new)

    def remove(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_reports(self, reports: Sequence[FileReport]) -> None:
        """The reports of a check of ``paths()``, in the same order."""
        self.beginResetModel()
        self._rows = [ImportFile(r.path, r) for r in reports]
        self.endResetModel()

    def clear_reports(self) -> None:
        self.beginResetModel()
        self._rows = [ImportFile(row.path) for row in self._rows]
        self.endResetModel()

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Form of"), self.tr("Status"), self.tr("Changes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column(), tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.BackgroundRole and row.report is not None:
            from emudesk.exchange.report import FileStatus

            status = row.report.status
            if status is FileStatus.REFUSED:
                return QBrush(_REFUSED)
            if status is FileStatus.READY:
                return QBrush(_READY)
        return None

    def _text(self, row: ImportFile, column: int, *, tooltip: bool) -> str:
        report = row.report
        if column == self.FILE:
            if tooltip:
                return str(row.path)
            return report.name if report is not None else row.path.name
        if report is None:
            return self.tr("Checking…") if column == self.STATUS else ""
        if column == self.FROM:
            if not report.unit_name:
                return ""
            return f"{report.unit_name} — {report.cluster_code} {report.year}"
        if column == self.STATUS:
            return self.status_text(report)
        if report.refused:
            return report.problems[0]
        if report.without_workbook:
            return report.notices[0] if report.notices else ""
        if report.summary is None:
            return ""
        return arg(
            self.tr("%1 new, %2 changed, %3 unchanged"),
            report.summary.count("new"),
            report.summary.count("changed"),
            report.summary.count("unchanged"),
        )

    def status_text(self, report: FileReport) -> str:
        from emudesk.exchange.report import FileStatus

        return {
            FileStatus.REFUSED: self.tr("Refused"),
            FileStatus.DUPLICATE: self.tr("Same file twice: skipped"),
            FileStatus.NO_CHANGES: self.tr("No changes"),
            FileStatus.READY: self.tr("Ready"),
            FileStatus.NO_WORKBOOK: self.tr("No workbook in the e-mail"),
        }[report.status]
