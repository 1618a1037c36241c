"""A proposal's dossier: which papers are ready, with the files attached."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.services.cycle import attachments, dossiers
from emudesk.ui import labels, messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.generated.ui_dossier_dialog import Ui_DossierDialog

Index = QModelIndex | QPersistentModelIndex


class PapersModel(QAbstractTableModel):
    """One row per paper; ticking "ready" stores it at once through ``store``."""

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.papers: list[dossiers.PaperInfo] = []

    def set_papers(self, papers: list[dossiers.PaperInfo]) -> None:
        self.beginResetModel()
        self.papers = papers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.papers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Paper (ticked: ready)"), self.tr("Attached file"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        paper = self.papers[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if paper.ready else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.dossier_paper(paper.kind) if index.column() == 0 else paper.file_name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        ready = Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(self.store(self.papers[index.row()].kind, ready, None))


class DossierDialog(QDialog):
    def __init__(
        self,
        context: DataContext,
        proposal_uuid: UUID,
        nominee: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_uuid = proposal_uuid
        self.ui = Ui_DossierDialog()
        self.ui.setupUi(self)
        self.ui.nomineeLabel.setText(nominee)
        self.model = PapersModel(self.store, self)
        self.ui.papersView.setModel(self.model)
        self.ui.papersView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._folder = tempfile.TemporaryDirectory(prefix="emudesk-dossier-")
        self.model.set_papers(context.read(dossiers.checklist, proposal_uuid))

    def store(self, kind: str, ready: bool, file: Path | None) -> bool:
        try:
            papers = self.context.write(
                dossiers.set_paper, self.proposal_uuid, kind, ready=ready, file=file
            )
        except EmuError as error:
            messages.refuse(self, error)
            return False
        self.model.set_papers(papers)
        return True

    def _selected(self) -> dossiers.PaperInfo | None:
        rows = self.ui.papersView.selectionModel().selectedRows()
        return self.model.papers[rows[0].row()] if rows else None

    @Slot()
    def on_attachButton_clicked(self) -> None:
        paper = self._selected() or self.model.papers[0]
        name, _filter = QFileDialog.getOpenFileName(
            self,
            labels.dossier_paper(paper.kind),
            "",
            self.tr("PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)"),
        )
        if name:
            self.store(paper.kind, True, Path(name))

    @Slot()
    def on_viewButton_clicked(self) -> None:
        paper = self._selected()
        if paper is None or paper.attachment_uuid is None:
            return
        try:
            name, _kind, data = self.context.read(attachments.content, paper.attachment_uuid)
        except EmuError as error:  # not a PDF, JPEG or PNG (taken unchecked by an older emudesk)
            messages.refuse(self, error)
            return
        saving.open_attachment(Path(self._folder.name), name, data)
