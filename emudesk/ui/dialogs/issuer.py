"""Add or edit an issuer."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk.model import IssuerKind
from emudesk.services.organisation import issuers
from emudesk.services.organisation.issuers import IssuerFields, IssuerInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import issuer_kind_label
from emudesk.ui.generated.ui_issuer_dialog import Ui_IssuerDialog
from emudesk.ui.widgets import fill_combo


class IssuerDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, issuer: IssuerInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.issuer = issuer
        self.ui = Ui_IssuerDialog()
        self.ui.setupUi(self)
        self._fill_kinds(issuer.kind if issuer else IssuerKind.MINISTRY)
        if issuer is not None:
            self.ui.nameEdit.setText(issuer.name)
            self.ui.shortNameEdit.setText(issuer.short_name)
            self.ui.signerEdit.setText(issuer.signer_title)
        self._set_title()

    def _fill_kinds(self, current: IssuerKind) -> None:
        fill_combo(self.ui.kindCombo, ((issuer_kind_label(k), k) for k in IssuerKind), current)

    def _set_title(self) -> None:
        self.setWindowTitle(
            self.tr("Add an issuer") if self.issuer is None else self.tr("Edit the issuer")
        )

    def retranslate(self) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.retranslateUi(self)
        self._fill_kinds(kind)
        self._set_title()

    def fields(self) -> IssuerFields:
        return IssuerFields(
            name=self.ui.nameEdit.text(),
            short_name=self.ui.shortNameEdit.text(),
            kind=self.ui.kindCombo.currentData(),
            signer_title=self.ui.signerEdit.text(),
        )

    def save(self) -> UUID:
        if self.issuer is None:
            return self.context.write(issuers.create_issuer, self.fields()).uuid
        return self.context.write(
            issuers.update_issuer, self.issuer.uuid, self.fields(), self.issuer.version
        ).uuid
