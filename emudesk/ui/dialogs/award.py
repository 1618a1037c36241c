"""Add or change an award of an issuer's catalogue."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.printing.official import SIGNING_MODES
from emudesk.services.certificates import templates
from emudesk.services.organisation.issuers import IssuerInfo
from emudesk.services.papers import catalogue
from emudesk.services.papers.catalogue import Artefact, AwardFields, AwardInfo, AwardType, Paper
from emudesk.ui import labels
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import DATE_FORMAT, arg, from_qdate, to_qdate
from emudesk.ui.generated.ui_award_dialog import Ui_AwardDialog
from emudesk.ui.widgets import fill_combo

ROLES = ("", rules.AwardKind.FLAG.value, rules.AwardKind.MERIT_CERTIFICATE.value)


class AwardDialog(ServiceDialog):
    def __init__(
        self,
        context: DataContext,
        issuer: IssuerInfo,
        existing: AwardInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.issuer = issuer
        self.existing = existing
        self.ui = Ui_AwardDialog()
        self.ui.setupUi(self)
        self.template_names = [(t.name, t.key) for t in context.read(templates.list_templates)]
        for date_edit in (self.ui.fromDate, self.ui.untilDate):
            date_edit.setDisplayFormat(DATE_FORMAT)
            date_edit.setDate(QDate.currentDate())
        self.ui.fromCheck.toggled.connect(self.ui.fromDate.setEnabled)
        self.ui.untilCheck.toggled.connect(self.ui.untilDate.setEnabled)
        self.ui.artefactCombo.currentIndexChanged.connect(self._update)
        fields = existing.fields if existing is not None else AwardFields(code="", name="")
        self._fill(fields)
        self._load(fields)
        self._texts()
        self._update()

    def _fill(self, fields: AwardFields) -> None:
        fill_combo(
            self.ui.kindCombo,
            [(labels.award_type(k), k.value) for k in AwardType],
            fields.kind.value,
        )
        fill_combo(
            self.ui.recipientCombo,
            [(labels.award_recipient(r.value), r.value) for r in catalogue.Recipient],
            fields.recipient.value,
        )
        fill_combo(
            self.ui.artefactCombo,
            [(labels.artefact(a.value), a.value) for a in Artefact],
            fields.artefact.value,
        )
        fill_combo(self.ui.templateCombo, self.template_names, fields.template_key)
        fill_combo(
            self.ui.paperCombo,
            [
                (self.tr("Plain paper (the whole design)"), Paper.PLAIN.value),
                (self.tr("Pre-printed blanks (the text only)"), Paper.BLANK.value),
            ],
            fields.paper.value,
        )
        fill_combo(
            self.ui.modeCombo,
            [(mode or self.tr("(signs in their own right)"), mode) for mode in SIGNING_MODES],
            fields.signing_mode,
        )
        fill_combo(
            self.ui.roundingCombo,
            [(labels.rounding(r.value), r.value) for r in rules.Rounding],
            fields.quota_rounding.value,
        )
        fill_combo(
            self.ui.roleCombo, [(labels.ranking_role(r), r) for r in ROLES], fields.ranking_role
        )

    def _load(self, fields: AwardFields) -> None:
        self.ui.codeEdit.setText(fields.code)
        self.ui.nameEdit.setText(fields.name)
        self.ui.grantorEdit.setText(fields.grantor)
        self.ui.forEdit.setText(fields.signing_for)
        self.ui.signerEdit.setText(fields.signer_title)
        self.ui.basisEdit.setPlainText(fields.legal_basis)
        self.ui.moneyEdit.setText(fields.money_multiple)
        if fields.quota_count is not None:
            self.ui.quotaEdit.setText(str(fields.quota_count))
        elif fields.quota_percent:
            self.ui.quotaEdit.setText(f"{fields.quota_percent.replace('.', ',')} %")
        self.ui.voteEdit.setText(fields.vote_threshold)
        for check, edit, day in (
            (self.ui.fromCheck, self.ui.fromDate, fields.valid_from),
            (self.ui.untilCheck, self.ui.untilDate, fields.valid_until),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(to_qdate(day))

    def _texts(self) -> None:
        self.setWindowTitle(
            self.tr("Add an award") if self.existing is None else self.tr("Change the award")
        )
        self.ui.issuerLabel.setText(arg(self.tr("Award catalogue of %1"), self.issuer.name))

    def retranslate(self) -> None:
        current = self.fields(strict=False)
        self.ui.retranslateUi(self)
        self._fill(current)
        self._texts()

    def _update(self) -> None:
        certificate = self.ui.artefactCombo.currentData() == Artefact.CERTIFICATE.value
        for widget in (self.ui.templateCombo, self.ui.paperCombo, self.ui.grantorEdit):
            widget.setEnabled(certificate)

    def _day(self, checked: bool, value: QDate) -> dt.date | None:
        return from_qdate(value) if checked else None

    def fields(self, *, strict: bool = True) -> AwardFields:
        quota = self.ui.quotaEdit.text().strip()
        count: int | None = None
        percent = ""
        if quota.endswith("%"):
            percent = quota.rstrip("%").strip()
        elif quota:
            if not quota.isdigit():
                if strict:
                    raise ValidationError(
                        self.tr("Write the quota as a number (1) or a share of members (30 %).")
                    )
            else:
                count = int(quota)
        return AwardFields(
            code=self.ui.codeEdit.text(),
            name=self.ui.nameEdit.text(),
            kind=AwardType(self.ui.kindCombo.currentData() or AwardType.FORM.value),
            recipient=catalogue.Recipient(
                self.ui.recipientCombo.currentData() or catalogue.Recipient.COLLECTIVE.value
            ),
            artefact=Artefact(self.ui.artefactCombo.currentData() or Artefact.CERTIFICATE.value),
            template_key=self.ui.templateCombo.currentData() or "",
            paper=Paper(self.ui.paperCombo.currentData() or Paper.PLAIN.value),
            grantor=self.ui.grantorEdit.text(),
            signing_mode=self.ui.modeCombo.currentData() or "",
            signing_for=self.ui.forEdit.text(),
            signer_title=self.ui.signerEdit.text(),
            legal_basis=self.ui.basisEdit.toPlainText(),
            money_multiple=self.ui.moneyEdit.text(),
            quota_count=count,
            quota_percent=percent,
            quota_rounding=rules.Rounding(
                self.ui.roundingCombo.currentData() or rules.Rounding.DOWN.value
            ),
            vote_threshold=self.ui.voteEdit.text(),
            ranking_role=self.ui.roleCombo.currentData() or "",
            valid_from=self._day(self.ui.fromCheck.isChecked(), self.ui.fromDate.date()),
            valid_until=self._day(self.ui.untilCheck.isChecked(), self.ui.untilDate.date()),
        )

    def save(self) -> UUID:
        existing = self.existing
        return self.context.write(
            catalogue.save_award,
            self.issuer.uuid,
            self.fields(),
            existing.uuid if existing is not None else None,
            existing.version if existing is not None else None,
        ).uuid
