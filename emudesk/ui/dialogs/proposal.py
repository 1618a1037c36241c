"""Add or edit an award proposal; and the decision that approves (or refuses) one."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QWidget

from emudesk.errors import ValidationError
from emudesk.services.cycle import proposals
from emudesk.services.cycle.proposals import (
    NomineeKind,
    ProposalFields,
    ProposalInfo,
    ProposalStatus,
)
from emudesk.services.organisation.units import UnitRef
from emudesk.services.papers import catalogue
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import DATE_FORMAT, arg, from_qdate, to_qdate
from emudesk.ui.generated.ui_decision_dialog import Ui_DecisionDialog
from emudesk.ui.generated.ui_proposal_dialog import Ui_ProposalDialog
from emudesk.ui.unit_picker import fill_units
from emudesk.ui.widgets import fill_combo

HONORIFICS = ("Ông", "Bà")


class ProposalDialog(ServiceDialog):
    """The fields of the nominee kind chosen are enabled; the others are kept empty."""

    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        members: tuple[UnitRef, ...],
        existing: ProposalInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.members = members
        self.existing = existing
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self.ui.honorificCombo.addItems(list(HONORIFICS))
        fill_units(self.ui.unitCombo, members, None, choose=False)
        self.awards = self.context.read(catalogue.offered_for_year, year_uuid)
        self._fill_awards(existing.award.uuid if existing is not None else None)
        for radio in (self.ui.unitRadio, self.ui.collectiveRadio, self.ui.personRadio):
            radio.toggled.connect(self._update)
        if existing is not None:
            self._load(existing)
        self._set_title()
        self._update()

    def _fill_awards(self, current: UUID | None) -> None:
        choices = [(a.name, a.uuid) for a in self.awards]
        if current is not None and current not in {a.uuid for a in self.awards}:
            assert self.existing is not None  # an award no longer offered stays selectable
            choices.append((self.existing.award_text, current))
        fill_combo(self.ui.awardCombo, choices, current, choose=False)

    def _load(self, proposal: ProposalInfo) -> None:
        radio = {
            NomineeKind.UNIT: self.ui.unitRadio,
            NomineeKind.COLLECTIVE: self.ui.collectiveRadio,
            NomineeKind.PERSON: self.ui.personRadio,
        }[proposal.nominee_kind]
        radio.setChecked(True)
        fill_units(self.ui.unitCombo, self.members, proposal.unit.uuid)
        self.ui.collectiveEdit.setText(proposal.collective_name)
        self.ui.honorificCombo.setCurrentText(proposal.person_honorific)
        self.ui.personEdit.setText(proposal.person_name)
        self.ui.positionEdit.setText(proposal.person_title)
        self._fill_awards(proposal.award.uuid)
        self.ui.reasonEdit.setPlainText(proposal.reason)

    def _set_title(self) -> None:
        self.setWindowTitle(
            self.tr("Add an award proposal")
            if self.existing is None
            else self.tr("Edit the award proposal")
        )

    def retranslate(self) -> None:
        current = self.ui.awardCombo.currentData()
        self.ui.retranslateUi(self)
        self._fill_awards(current if isinstance(current, UUID) else None)
        self._set_title()

    @property
    def kind(self) -> NomineeKind:
        if self.ui.personRadio.isChecked():
            return NomineeKind.PERSON
        if self.ui.collectiveRadio.isChecked():
            return NomineeKind.COLLECTIVE
        return NomineeKind.UNIT

    @Slot()
    def _update(self) -> None:
        kind = self.kind
        collective: list[QWidget] = [self.ui.collectiveCaption, self.ui.collectiveEdit]
        for widget in collective:
            widget.setEnabled(kind is NomineeKind.COLLECTIVE)
        person: list[QWidget] = [
            self.ui.honorificCaption,
            self.ui.honorificCombo,
            self.ui.personCaption,
            self.ui.personEdit,
            self.ui.positionCaption,
            self.ui.positionEdit,
        ]
        for widget in person:
            widget.setEnabled(kind is NomineeKind.PERSON)

    def fields(self) -> ProposalFields:
        kind = self.kind
        unit = self.ui.unitCombo.currentData()
        if not isinstance(unit, UUID):
            raise ValidationError(self.tr("Choose the unit the proposal is for."))
        person = kind is NomineeKind.PERSON
        award = self.ui.awardCombo.currentData()
        return ProposalFields(
            nominee_kind=kind,
            unit_uuid=unit,
            award_uuid=award if isinstance(award, UUID) else None,
            collective_name=self.ui.collectiveEdit.text() if kind is NomineeKind.COLLECTIVE else "",
            person_name=self.ui.personEdit.text() if person else "",
            person_honorific=self.ui.honorificCombo.currentText() if person else "",
            person_title=self.ui.positionEdit.text() if person else "",
            reason=self.ui.reasonEdit.toPlainText(),
        )

    def save(self) -> UUID:
        if self.existing is None:
            return self.context.write(proposals.add_proposal, self.year_uuid, self.fields()).uuid
        return self.context.write(
            proposals.update_proposal, self.existing.uuid, self.fields(), self.existing.version
        ).uuid


class DecisionDialog(ServiceDialog):
    """The issuer's decision: required to approve, optional when the award is not granted.

    Approving while the year's scores are not locked asks why (the issuer's deadline can come
    first); the service refuses without a reason and keeps it with the approval.
    """

    def __init__(
        self,
        context: DataContext,
        proposal: ProposalInfo,
        status: ProposalStatus,
        parent: QWidget | None = None,
        *,
        scores_locked: bool = True,
    ) -> None:
        super().__init__(context, parent)
        self.proposal = proposal
        self.status = status
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.ui.unlockedPanel.setVisible(status is ProposalStatus.APPROVED and not scores_locked)
        self.ui.reasonEdit.setText(proposal.unlocked_reason)
        self.ui.dateEdit.setDisplayFormat(DATE_FORMAT)
        self.ui.dateEdit.setDate(
            to_qdate(proposal.decision_date) if proposal.decision_date else QDate.currentDate()
        )
        self.ui.numberEdit.setText(proposal.decision_number)
        self._set_texts()

    def _set_texts(self) -> None:
        if self.status is ProposalStatus.APPROVED:
            self.setWindowTitle(self.tr("Approved"))
            text = self.tr("The issuer approved: %1 — %2. Enter its decision.")
        else:
            self.setWindowTitle(self.tr("Not awarded"))
            text = self.tr("The issuer did not grant: %1 — %2. Enter its decision if there is one.")
        self.ui.questionLabel.setText(
            arg(
                text,
                self.proposal.nominee,
                self.proposal.award_text,
            )
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._set_texts()

    @property
    def decision_date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def save(self) -> UUID:
        number = self.ui.numberEdit.text()
        date = (
            self.decision_date if number.strip() or self.status is ProposalStatus.APPROVED else None
        )
        reason = self.ui.reasonEdit.text() if self.ui.unlockedPanel.isVisibleTo(self) else ""
        return self.context.write(
            proposals.set_status,
            self.proposal.uuid,
            self.status,
            decision_number=number,
            decision_date=date,
            unlocked_reason=reason,
        ).uuid
