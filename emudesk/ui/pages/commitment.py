"""A year's emulation commitment: its text and items, printing, who signed, signed copies."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.cycle import attachments, commitments
from emudesk.services.organisation.years import YearInfo
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg, date_text, from_qdate, to_qdate, year_cluster
from emudesk.ui.generated.ui_commitment_page import Ui_CommitmentPage
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(QAbstractTableModel):
    """The commitment's items, edited in place: content, numeric target, unit of measure."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[list[str]] = []

    def set_items(self, items: list[commitments.ItemFields]) -> None:
        self.beginResetModel()
        self.items = [[i.content, i.target, i.unit_of_measure] for i in items]
        self.endResetModel()

    def fields(self) -> tuple[commitments.ItemFields, ...]:
        return tuple(commitments.ItemFields(*row) for row in self.items)

    def add(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(["", "", ""])
        self.endInsertRows()
        return len(self.items) - 1

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Item"), self.tr("Target"), self.tr("Unit of measure"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.items[index.row()][index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.items[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        return True


class SignaturesModel(QAbstractTableModel):
    """Every member: signed (by whom, when, sealed, scanned copy) or still missing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, commitments.SignatureInfo | None]] = []

    def set_info(self, info: commitments.CommitmentInfo | None) -> None:
        self.beginResetModel()
        if info is None:
            self.rows = []
        else:
            signed = {s.unit.uuid: s for s in info.signatures}
            self.rows = [(m, signed.get(m.uuid)) for m in info.members]
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
            self.tr("Member unit"),
            self.tr("Signed by"),
            self.tr("On"),
            self.tr("Sealed"),
            self.tr("Signed copy"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        unit, signature = self.rows[index.row()]
        if index.column() == 0:
            return unit.name
        if signature is None:
            return self.tr("not signed yet") if index.column() == 1 else ""
        return (
            unit.name,
            f"{signature.signer_name}, {signature.signer_title}".strip(", "),
            date_text(signature.signed_on),
            self.tr("yes") if signature.sealed else self.tr("no"),
            signature.scan_name,
        )[index.column()]


class CommitmentPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CommitmentPage()
        self.year: YearInfo | None = None
        self.ui.setupUi(self)
        self.items = ItemsModel(self)
        self.ui.itemsView.setModel(self.items)
        for signal in (self.items.modelReset, self.items.rowsInserted, self.items.rowsRemoved):
            signal.connect(self._show_save_button)
        header = self.ui.itemsView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.signatures = SignaturesModel(self)
        self.ui.signaturesView.setModel(self.signatures)
        header = self.ui.signaturesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.signaturesView.selectionModel().selectionChanged.connect(self._show_scan_button)
        self.info: commitments.CommitmentInfo | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="emudesk-scans-")

    @property
    def year_uuid(self) -> UUID:
        assert self.target is not None and self.target.uuid is not None
        return self.target.uuid

    def _show_title(self) -> None:
        if self.year is not None:
            self.ui.pageTitleLabel.setText(
                arg(
                    self.tr("Commitment — %1 — year %2"),
                    year_cluster(self.year),
                    self.year.year,
                )
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_title()

    def reload(self) -> None:
        self.year = self.context.read(ui_queries.year_info, self.year_uuid)
        self._show_title()
        info = self.context.read(commitments.get_commitment, self.year_uuid)
        self.info = info
        members = self.context.read(ui_queries.year_info, self.year_uuid).members
        host = info.host.uuid if info is not None and info.host is not None else None
        fill_combo(self.ui.hostCombo, [("—", None), *((m.name, m.uuid) for m in members)], host)
        if info is None:
            self.ui.titleEdit.setText(self.tr("Emulation commitment"))
            self.ui.preambleEdit.setPlainText("")
            self.ui.placeEdit.setText("")
            self.ui.dateCheck.setChecked(False)
            self.ui.dateEdit.setEnabled(False)
            self.items.set_items([])
        else:
            self.ui.titleEdit.setText(info.title)
            self.ui.preambleEdit.setPlainText(info.preamble)
            self.ui.placeEdit.setText(info.signing_place)
            self.ui.dateCheck.setChecked(info.signing_date is not None)
            self.ui.dateEdit.setEnabled(info.signing_date is not None)
            if info.signing_date is not None:
                self.ui.dateEdit.setDate(to_qdate(info.signing_date))
            self.items.set_items(list(info.items))
        self.signatures.set_info(info)
        self._show_status()

    def _show_status(self) -> None:
        info = self.info
        for button in (
            self.ui.printButton,
            self.ui.signButton,
            self.ui.viewScanButton,
            self.ui.registerButton,
        ):
            button.setEnabled(info is not None)
        self._show_scan_button()
        if info is None:
            self.ui.statusLabel.setText(
                self.tr("No commitment for this year yet: write its title and items, then save.")
            )
            return
        labels = {
            commitments.CommitmentStatus.DRAFT: self.tr("Draft"),
            commitments.CommitmentStatus.PRINTED: self.tr("Printed, not signed yet"),
            commitments.CommitmentStatus.PARTLY_SIGNED: self.tr("Partly signed"),
            commitments.CommitmentStatus.SIGNED: self.tr("Signed by every member"),
        }
        text = arg(
            self.tr("<b>%1</b>: %2 of %3 member(s) signed."),
            labels[info.status],
            len(info.signatures),
            len(info.members),
        )
        if info.missing:
            text += " " + arg(
                self.tr("Still missing: %1."), ", ".join(m.name for m in info.missing)
            )
        self.ui.statusLabel.setText(text)

    # -- the text -----------------------------------------------------------------------------

    @Slot()
    def on_addItemButton_clicked(self) -> None:
        row = self.items.add()
        index = self.items.index(row, 0)
        self.ui.itemsView.setCurrentIndex(index)
        self.ui.itemsView.edit(index)

    @Slot()
    def on_removeItemButton_clicked(self) -> None:
        index = self.ui.itemsView.currentIndex()
        if index.isValid():
            self.items.remove(index.row())

    def fields(self) -> commitments.CommitmentFields:
        dated = self.ui.dateCheck.isChecked()
        return commitments.CommitmentFields(
            title=self.ui.titleEdit.text(),
            preamble=self.ui.preambleEdit.toPlainText(),
            items=self.items.fields(),
            signing_date=from_qdate(self.ui.dateEdit.date()) if dated else None,
            signing_place=self.ui.placeEdit.text(),
            host_unit_uuid=self.ui.hostCombo.currentData(),
        )

    def _show_save_button(self) -> None:
        """A commitment has at least one item: until one is added there is nothing to save."""
        some = self.items.rowCount() > 0
        self.ui.saveButton.setEnabled(some)
        self.ui.saveButton.setToolTip(
            "" if some else self.tr("Add the commitment's items first (Add an item).")
        )

    @Slot()
    def on_saveButton_clicked(self) -> None:
        try:
            self.context.write(commitments.save_commitment, self.year_uuid, self.fields())
        except EmuError as error:
            messages.refuse(self, error, self.tr("The commitment was not saved"))

    @Slot()
    def on_printButton_clicked(self) -> None:
        info = self.info
        name = f"giao-uoc-{info.cluster_code}-{info.year}.docx" if info else "giao-uoc.docx"
        title = self.tr("Commitment for signature")
        filters = self.tr("Word document (*.docx);;PDF (*.pdf)")
        target = saving.ask_save_path(self, saving.PAPERS, title, name, filters)
        if target is not None and self.print_to(target):
            saving.saved(self, title, target)

    def print_to(self, target: Path) -> bool:
        from emudesk.services.papers import commitment_paper

        info = self.info
        if info is None:
            return False
        try:
            self.context.write(commitment_paper.write_commitment, self.year_uuid, target)
        except EmuError as error:
            messages.refuse(self, error, self.tr("The commitment was not printed"))
            return False
        from emudesk.ui import signing_actions

        signing_actions.offer_to_sign(self, self.context, target)
        return True

    # -- signatures ---------------------------------------------------------------------------

    def _scan_of_selected(self) -> UUID | None:
        unit = self._selected_unit()
        signed = self.info.signatures if self.info else ()
        return next((s.scan_uuid for s in signed if s.unit.uuid == unit), None)

    def _show_scan_button(self) -> None:
        """A signed copy can be viewed only for a member whose copy was attached."""
        attached = self._scan_of_selected() is not None
        self.ui.viewScanButton.setEnabled(attached)
        self.ui.viewScanButton.setToolTip(
            "" if attached else self.tr("Choose a member whose signed copy was attached.")
        )

    def _selected_unit(self) -> UUID | None:
        rows = self.ui.signaturesView.selectionModel().selectedRows()
        return self.signatures.rows[rows[0].row()][0].uuid if rows else None

    @Slot()
    def on_signButton_clicked(self) -> None:
        from emudesk.ui.dialogs.signature import SignatureDialog

        if self.info is None:
            return
        dialog = SignatureDialog(self.context, self.info, self._selected_unit(), self)
        self.open_dialog(dialog)

    @Slot()
    def on_viewScanButton_clicked(self) -> None:
        scan = self._scan_of_selected()
        if scan is None:  # the button waits for such a member
            return
        try:
            name, _kind, data = self.context.read(attachments.content, scan)
        except EmuError as error:  # not a PDF, JPEG or PNG (taken unchecked by an older emudesk)
            messages.refuse(self, error)
            return
        saving.open_attachment(Path(self._folder.name), name, data)

    @Slot()
    def on_registerButton_clicked(self) -> None:
        info = self.info
        name = f"ky-giao-uoc-{info.cluster_code}-{info.year}.xlsx" if info else "ky-giao-uoc.xlsx"
        title = self.tr("Signing register")
        target = saving.ask_save_path(
            self, saving.WORKBOOKS, title, name, self.tr("Excel (*.xlsx)")
        )
        if target is None:
            return
        try:
            written = self.context.read(commitments.signing_register, self.year_uuid, target)
        except EmuError as error:
            messages.refuse(self, error)
            return
        saving.saved(self, title, written)
