"""Add a unit, or edit its code and contact details."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk.services.organisation import units
from emudesk.services.organisation.units import UnitFields, UnitInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.generated.ui_unit_dialog import Ui_UnitDialog


class UnitDialog(ServiceDialog):
    """A new unit gets its first name here; an existing one is renamed with ``EventDialog``."""

    def __init__(
        self,
        context: DataContext,
        unit: UnitInfo | None,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.unit = unit
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self.ui.fromYearSpin.setValue(year)
        if unit is not None:
            self.ui.codeEdit.setText(unit.code)
            self.ui.officialNameEdit.setText(unit.official_name)
            self.ui.shortNameEdit.setText(unit.short_name)
            self.ui.provinceEdit.setText(unit.province)
            self.ui.contactEdit.setText(unit.contact_person)
            self.ui.emailEdit.setText(unit.email)
            self.ui.phoneEdit.setText(unit.phone)
            first = min((n.from_year for n in unit.names), default=year)
            self.ui.fromYearSpin.setValue(first)
            for widget in (self.ui.officialNameEdit, self.ui.shortNameEdit, self.ui.fromYearSpin):
                widget.setEnabled(False)
        self.ui.namesHint.setVisible(unit is not None)
        self._set_title()

    def _set_title(self) -> None:
        self.setWindowTitle(
            self.tr("Add a unit") if self.unit is None else self.tr("Edit the unit")
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._set_title()

    def fields(self) -> UnitFields:
        return UnitFields(
            code=self.ui.codeEdit.text(),
            province=self.ui.provinceEdit.text(),
            contact_person=self.ui.contactEdit.text(),
            email=self.ui.emailEdit.text(),
            phone=self.ui.phoneEdit.text(),
        )

    def save(self) -> UUID:
        if self.unit is None:
            return self.context.write(
                units.create_unit,
                self.fields(),
                official_name=self.ui.officialNameEdit.text(),
                short_name=self.ui.shortNameEdit.text(),
                from_year=self.ui.fromYearSpin.value(),
            ).uuid
        return self.context.write(
            units.update_unit, self.unit.uuid, self.fields(), self.unit.version
        ).uuid
