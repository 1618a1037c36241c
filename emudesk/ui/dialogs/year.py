"""A cluster-year's members, head and deputy: edit an existing year or open a new one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QWidget

from emudesk.model import SelectionMethod
from emudesk.services.organisation import next_year, units, years
from emudesk.services.organisation.units import UnitInfo, UnitRef
from emudesk.services.organisation.years import Leadership, YearInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import NONE, arg, method_label
from emudesk.ui.generated.ui_year_dialog import Ui_YearDialog
from emudesk.ui.models.years import UnitChecklistModel
from emudesk.ui.unit_picker import fill_units
from emudesk.ui.widgets import fill_combo, find_data, optional_date, setup_optional_date


def _ref(unit: UnitInfo) -> UnitRef:
    return UnitRef(unit.uuid, unit.code, unit.official_name, unit.short_name)


class YearDialog(ServiceDialog):
    """Tick the members; head and deputy are chosen among the ticked units only."""

    def __init__(
        self,
        context: DataContext,
        *,
        cluster_uuid: UUID,
        cluster_label: str,
        existing: YearInfo | None,
        year: int,
        members: Iterable[UUID] = (),
        from_year: UUID | None = None,
        elected: tuple[UUID | None, UUID | None] = (None, None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.from_year = from_year  # opening the year after this one: table etc. are copied
        self.cluster_uuid = cluster_uuid
        self.cluster_label = cluster_label
        self.existing = existing
        self.ui = Ui_YearDialog()
        self.ui.setupUi(self)
        self.checklist = UnitChecklistModel(self)
        self.ui.membersView.setModel(self.checklist)
        self.checklist.checked_changed.connect(self._update_leader_choices)
        self.ui.yearSpin.setValue(year)
        self.ui.yearSpin.setEnabled(existing is None and from_year is None)
        if existing is not None:
            method = existing.method
        else:  # the head and deputy elected at last year's conference, when recorded
            method = SelectionMethod.ELECTION if elected[0] else SelectionMethod.UNSET
        self._fill_methods(method)
        setup_optional_date(
            self.ui.decisionDateCheck,
            self.ui.decisionDateEdit,
            existing.decision_date if existing else None,
        )
        if existing is not None:
            self.ui.decisionNumberEdit.setText(existing.decision_number)
            self.ui.notesEdit.setPlainText(existing.notes)
            members = [m.uuid for m in existing.members]
        self._load_units(list(members), extra=existing.members if existing else ())
        if existing is not None:
            elected = (
                existing.head.uuid if existing.head else None,
                existing.deputy.uuid if existing.deputy else None,
            )
        self._select(self.ui.headCombo, elected[0])
        self._select(self.ui.deputyCombo, elected[1])
        self._set_title()

    @classmethod
    def for_year(
        cls, context: DataContext, info: YearInfo, parent: QWidget | None = None
    ) -> YearDialog:
        return cls(
            context,
            cluster_uuid=info.cluster_uuid,
            cluster_label=info.cluster_code,
            existing=info,
            year=info.year,
            parent=parent,
        )

    # -- the unit list ---------------------------------------------------------------------

    def _load_units(self, wanted: Sequence[UUID], extra: Sequence[UnitRef] = ()) -> None:
        """List the units existing in the chosen year; tick ``wanted`` (or their successors)."""
        year = self.ui.yearSpin.value()
        everyone = self.context.read(units.list_units, year=year)
        by_uuid = {u.uuid: u for u in everyone}
        by_code = {u.code: u for u in everyone}
        first = dt.date(year, 1, 1)
        alive = [u for u in everyone if u.merged_on is None or u.merged_on > first]
        refs = [_ref(u) for u in alive]
        listed = {r.uuid for r in refs}
        refs += [r for r in extra if r.uuid not in listed]
        ticked: list[UUID] = []
        for uuid in wanted:
            unit = by_uuid.get(uuid)
            for _ in range(len(everyone)):  # follow a chain of merges to today's unit
                if unit is None or unit.merged_on is None or unit.merged_on > first:
                    break
                unit = by_code.get(unit.successor_code)
            if unit is not None:
                ticked.append(unit.uuid)
        self.checklist.set_units(refs, ticked)

    @Slot(int)
    def on_yearSpin_valueChanged(self, _year: int) -> None:
        self._load_units([u.uuid for u in self.checklist.checked_units()])

    @Slot()
    def on_checkAllButton_clicked(self) -> None:
        self.checklist.check_all(True)

    @Slot()
    def on_checkNoneButton_clicked(self) -> None:
        self.checklist.check_all(False)

    # -- head and deputy -------------------------------------------------------------------

    def _update_leader_choices(self) -> None:
        members = self.checklist.checked_units()
        for combo in (self.ui.headCombo, self.ui.deputyCombo):
            fill_units(combo, members, combo.currentData(), none=NONE)

    @staticmethod
    def _select(combo: QComboBox, uuid: UUID | None) -> None:
        combo.setCurrentIndex(max(find_data(combo, uuid), 0))

    def _fill_methods(self, current: SelectionMethod) -> None:
        fill_combo(self.ui.methodCombo, ((method_label(m), m) for m in SelectionMethod), current)

    # -- texts -----------------------------------------------------------------------------

    def _set_title(self) -> None:
        if self.existing is None:
            title = arg(self.tr("Open a year of %1"), self.cluster_label)
        else:
            title = arg(
                self.tr("Members and leadership of %1 in %2"),
                self.cluster_label,
                self.existing.year,
            )
        self.setWindowTitle(title)

    def retranslate(self) -> None:
        method = self.ui.methodCombo.currentData()
        self.ui.retranslateUi(self)
        self._fill_methods(method)
        self._set_title()

    # -- saving ----------------------------------------------------------------------------

    def leadership(self) -> Leadership:
        return Leadership(
            head_uuid=self.ui.headCombo.currentData(),
            deputy_uuid=self.ui.deputyCombo.currentData(),
            method=self.ui.methodCombo.currentData(),
            decision_number=self.ui.decisionNumberEdit.text(),
            decision_date=optional_date(self.ui.decisionDateCheck, self.ui.decisionDateEdit),
        )

    def save(self) -> UUID:
        members = [u.uuid for u in self.checklist.checked_units()]
        notes = self.ui.notesEdit.toPlainText()
        if self.from_year is not None:
            leadership = self.leadership()
            opened = self.context.write(
                next_year.open_next_year,
                self.from_year,
                head_uuid=leadership.head_uuid,
                deputy_uuid=leadership.deputy_uuid,
                members=members,
                method=leadership.method,
                decision_number=leadership.decision_number,
                decision_date=leadership.decision_date,
                notes=notes,
            )
            return opened.uuid
        if self.existing is None:
            created = self.context.write(
                years.create_year,
                self.cluster_uuid,
                self.ui.yearSpin.value(),
                members,
                leadership=self.leadership(),
                notes=notes,
            )
            return created.uuid
        updated = self.context.write(
            years.update_year,
            self.existing.uuid,
            members,
            leadership=self.leadership(),
            notes=notes,
            expected_version=self.existing.version,
        )
        return updated.uuid
