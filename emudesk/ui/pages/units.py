"""The units page: member units with their names as in a chosen year, and the events that
reorganise them on a date (rename, merge, split, join or leave a cluster)."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPoint, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from emudesk.errors import EmuError
from emudesk.model import EventKind
from emudesk.services.organisation import clusters, units
from emudesk.services.organisation.units import UnitInfo
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.event import EventDialog
from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
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
        self.reorganise_menu = QMenu(self)
        self.event_actions: dict[EventKind, QAction] = {}
        for kind in (EventKind.SPLIT, EventKind.JOIN, EventKind.LEAVE):
            action = self.reorganise_menu.addAction("")
            action.triggered.connect(lambda _=False, k=kind: self.open_event(k))
            self.event_actions[kind] = action
        self.ui.reorganiseButton.setMenu(self.reorganise_menu)
        self.ui.tableView.customContextMenuRequested.connect(self._on_context_menu)
        self._name_actions()
        self._update_buttons()

    def _name_actions(self) -> None:
        self.event_actions[EventKind.SPLIT].setText(self.tr("&Split into several units…"))
        self.event_actions[EventKind.JOIN].setText(self.tr("&Join a cluster on a date…"))
        self.event_actions[EventKind.LEAVE].setText(self.tr("&Leave a cluster on a date…"))

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
        # a database without units says how to add them (a filter that hides all does not)
        self.ui.emptyHint.setVisible(not records and not self.ui.filterEdit.text().strip())
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self._name_actions()

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
        for button in (self.ui.editButton, self.ui.removeButton):
            button.setEnabled(unit is not None)
        existing = unit is not None and unit.merged_on is None
        for button in (self.ui.renameButton, self.ui.mergeButton, self.ui.reorganiseButton):
            button.setEnabled(existing)

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
        self.open_event(EventKind.RENAME)

    def open_event(self, kind: EventKind) -> None:
        """The dialog of one event for the selected unit, with its decision and preview."""
        unit = self._selected()
        if unit is not None and unit.merged_on is None:
            self.open_dialog(EventDialog(self.context, kind, unit, self.year, self), self._select)

    def _on_context_menu(self, point: QPoint) -> None:
        """Every event of the selected unit, where the officer right-clicks (or presses Menu)."""
        if self._selected() is None:
            return
        menu = QMenu(self)
        for button in (self.ui.renameButton, self.ui.mergeButton):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.addSeparator()
        for action in self.event_actions.values():
            action.setEnabled(self.ui.reorganiseButton.isEnabled())
            menu.addAction(action)
        menu.popup(self.ui.tableView.viewport().mapToGlobal(point))

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
