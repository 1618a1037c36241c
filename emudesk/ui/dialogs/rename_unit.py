"""Rename a unit from a year on, seeing the names it had before."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk.services.organisation import units
from emudesk.services.organisation.units import UnitInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_rename_unit_dialog import Ui_RenameUnitDialog
from emudesk.ui.models.units import NameHistoryModel
from emudesk.ui.widgets import fit_columns


class RenameUnitDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, unit: UnitInfo, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.unit = unit
        self.ui = Ui_RenameUnitDialog()
        self.ui.setupUi(self)
        self.history = NameHistoryModel(self)
        self.history.set_names(unit.names)
        self.ui.historyView.setModel(self.history)
        fit_columns(self.ui.historyView, stretch=NameHistoryModel.OFFICIAL)
        self.ui.fromYearSpin.setValue(year)
        latest = unit.names[-1] if unit.names else None
        self.ui.officialNameEdit.setText(latest.official_name if latest else "")
        self.ui.shortNameEdit.setText(latest.short_name if latest else "")
        self._describe()

    def _describe(self) -> None:
        self.ui.unitLabel.setText(
            arg(self.tr("Unit: %1 (%2)"), self.unit.official_name, self.unit.code)
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._describe()

    def save(self) -> UUID:
        return self.context.write(
            units.rename_unit,
            self.unit.uuid,
            from_year=self.ui.fromYearSpin.value(),
            official_name=self.ui.officialNameEdit.text(),
            short_name=self.ui.shortNameEdit.text(),
        ).uuid
