"""Record that a unit merged into another from a year on (the 2025 province mergers)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from emudesk.errors import ValidationError
from emudesk.services.organisation import units
from emudesk.services.organisation.units import UnitInfo, UnitRef
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_merge_unit_dialog import Ui_MergeUnitDialog
from emudesk.ui.unit_picker import fill_units


class MergeUnitDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, unit: UnitInfo, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.unit = unit
        self.ui = Ui_MergeUnitDialog()
        self.ui.setupUi(self)
        self.ui.yearSpin.setValue(year)
        self.ui.successorCombo.setPlaceholderText(self.tr("Choose the unit it merged into"))
        self._fill_successors()
        self._describe()

    def _describe(self) -> None:
        self.ui.unitLabel.setText(
            arg(self.tr("Unit: %1 (%2)"), self.unit.official_name, self.unit.code)
        )

    def _fill_successors(self) -> None:
        """Units that still exist in the chosen year, with their names of that year."""
        year = self.ui.yearSpin.value()
        candidates = self.context.read(units.list_units, year=year, include_merged=False)
        current = self.ui.successorCombo.currentData()
        others = [
            UnitRef(u.uuid, u.code, u.official_name, u.short_name or u.official_name)
            for u in candidates
            if u.uuid != self.unit.uuid
        ]
        fill_units(self.ui.successorCombo, others, current, choose=False)

    @Slot(int)
    def on_yearSpin_valueChanged(self, _year: int) -> None:
        self._fill_successors()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.successorCombo.setPlaceholderText(self.tr("Choose the unit it merged into"))
        self._describe()

    def confirm(self) -> bool:
        successor = self.ui.successorCombo.currentText()
        if not successor:
            return True  # save() explains what is missing
        text = arg(
            self.tr(
                "Record that “%1” merged into “%2” from %3?\n\n"
                "Its memberships and roles of %3 and later pass to “%2”; earlier years "
                "keep it under its own name."
            ),
            self.unit.official_name,
            successor,
            self.ui.yearSpin.value(),
        )
        return messages.confirm(self, self.tr("Merge units"), text, self.tr("Merge"))

    def save(self) -> UUID:
        successor = self.ui.successorCombo.currentData()
        if successor is None:
            raise ValidationError(self.tr("Choose the unit it merged into."))
        return self.context.write(
            units.merge_unit, self.unit.uuid, successor, year=self.ui.yearSpin.value()
        ).uuid
