"""The units page: member units with their names as in a chosen year, renames and merges."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.organisation import clusters, units
from emudesk.services.organisation.units import UnitInfo
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
from emudesk.ui.dialogs.rename_unit import RenameUnitDialog
from emudesk.ui.dialogs.unit import UnitDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_units_page import Ui_UnitsPage
from emudesk.ui.models.units import UnitTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import UNITS, Target
from emudesk.ui.widgets import fit_columns, select_uuid, selected_record


class UnitsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        self.model = UnitTableModel(self)
        self.ui.tableView.setModel(self.model)
        fit_columns(self.ui.tableView)  # the last column takes the rest: names stay whole
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(self._on_double_clicked)
        self._shown_working_year = context.working_year
        self.ui.yearSpin.setValue(self._latest_year())
        self.bind_keys(
            {
                self.ui.addButton: QKeySequence(Qt.Key.Key_Insert),
                self.ui.editButton: QKeySequence(Qt.Key.Key_F2),
                self.ui.removeButton: QKeySequence.StandardKey.Delete,
            }
        )
        self._update_buttons()

    def _latest_year(self) -> int:
        """The year being worked on: the cluster-year last opened, else the newest year recorded
        in any cluster (this calendar year in an empty database)."""
        if self.context.working_year is not None:
            return self.context.working_year
        recorded = [y for c in self.context.read(clusters.list_clusters) for y in c.years]
        return max(recorded, default=dt.date.today().year)

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    # -- loading ---------------------------------------------------------------------------

    def show_target(self, target: Target) -> None:
        working = self.context.working_year
        if working is not None and working != self._shown_working_year:
            # coming from another year's pages: names as in that year, new names from it
            self._shown_working_year = working
            with QSignalBlocker(self.ui.yearSpin):
                self.ui.yearSpin.setValue(working)
        if target.uuid is not None:  # a unit asked for (by the search) must not be filtered out
            with QSignalBlocker(self.ui.filterEdit), QSignalBlocker(self.ui.showMergedCheck):
                self.ui.filterEdit.clear()
                self.ui.showMergedCheck.setChecked(True)
        super().show_target(target)

    def reload(self) -> None:
        wanted = self.target.uuid if self.target and self.target.uuid else self._selected_uuid()
        records = self.context.read(
            units.list_units,
            year=self.year,
            query=self.ui.filterEdit.text(),
            include_merged=self.ui.showMergedCheck.isChecked(),
        )
        self.model.set_records(records)
        if not (wanted and self._select(wanted)) and self.model.rowCount():
            self.ui.tableView.selectRow(0)
        self.target = Target(UNITS)
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()

    @Slot(int)
    def on_yearSpin_valueChanged(self, _year: int) -> None:
        self.reload()

    @Slot(str)
    def on_filterEdit_textChanged(self, _text: str) -> None:
        self.reload()

    @Slot(bool)
    def on_showMergedCheck_toggled(self, _checked: bool) -> None:
        self.reload()

    def _selected(self) -> UnitInfo | None:
        return selected_record(self.ui.tableView, self.model)

    def _selected_uuid(self) -> UUID | None:
        record = self._selected()
        return record.uuid if record else None

    def _select(self, uuid: UUID) -> bool:
        return select_uuid(self.ui.tableView, self.model, uuid)

    def _update_buttons(self) -> None:
        unit = self._selected()
        for button in (self.ui.editButton, self.ui.renameButton, self.ui.removeButton):
            button.setEnabled(unit is not None)
        self.ui.mergeButton.setEnabled(unit is not None and unit.merged_on is None)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def on_addButton_clicked(self) -> None:
        self.open_dialog(UnitDialog(self.context, None, self.year, self), self._select)

    @Slot()
    def on_importButton_clicked(self) -> None:
        from emudesk.ui.dialogs.list_import import ListKind, open_list_import

        open_list_import(self, self.context, ListKind.UNITS, from_year=self.year)

    @Slot()
    def on_editButton_clicked(self) -> None:
        unit = self._selected()
        if unit is not None:
            self.open_dialog(UnitDialog(self.context, unit, self.year, self), self._select)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.on_editButton_clicked()

    @Slot()
    def on_renameButton_clicked(self) -> None:
        unit = self._selected()
        if unit is not None:
            self.open_dialog(RenameUnitDialog(self.context, unit, self.year, self), self._select)

    @Slot()
    def on_mergeButton_clicked(self) -> None:
        unit = self._selected()
        if unit is not None:
            self.open_dialog(MergeUnitDialog(self.context, unit, self.year, self), self._select)

    @Slot()
    def on_removeButton_clicked(self) -> None:
        unit = self._selected()
        if unit is None:
            return
        question = arg(self.tr("Remove the unit “%1” (%2)?"), unit.official_name, unit.code)
        if not messages.confirm(self, self.tr("Remove a unit"), question, self.tr("Remove")):
            return
        try:
            self.context.write(units.remove_unit, unit.uuid)
        except EmuError as error:
            messages.refuse(self, error)
