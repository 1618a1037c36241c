"""Record one member's signature of the commitment, with the scanned signed copy."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from emudesk.services.cycle import commitments
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import from_qdate, to_qdate
from emudesk.ui.generated.ui_signature_dialog import Ui_SignatureDialog
from emudesk.ui.widgets import fill_combo


class SignatureDialog(ServiceDialog):
    def __init__(
        self,
        context: DataContext,
        info: commitments.CommitmentInfo,
        unit_uuid: UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.info = info
        self.ui = Ui_SignatureDialog()
        self.ui.setupUi(self)
        first_missing = info.missing[0].uuid if info.missing else None
        chosen = unit_uuid or first_missing
        fill_combo(self.ui.unitCombo, [(m.name, m.uuid) for m in info.members], chosen)
        self.ui.unitCombo.currentIndexChanged.connect(self._fill)
        self.ui.dateEdit.setDate(
            to_qdate(info.signing_date) if info.signing_date else QDate.currentDate()
        )
        self._fill()

    def _fill(self) -> None:
        unit = self.ui.unitCombo.currentData()
        found = next((s for s in self.info.signatures if s.unit.uuid == unit), None)
        self.ui.nameEdit.setText(found.signer_name if found else "")
        self.ui.titleEdit.setText(found.signer_title if found else "")
        self.ui.sealedCheck.setChecked(found.sealed if found else True)
        if found and found.signed_on:
            self.ui.dateEdit.setDate(to_qdate(found.signed_on))

    @Slot()
    def on_browseButton_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed copy"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if name:
            self.ui.scanEdit.setText(name)

    def save(self) -> UUID | None:
        scan = self.ui.scanEdit.text().strip()
        self.context.write(
            commitments.sign,
            self.info.year_uuid,
            commitments.SignatureFields(
                unit_uuid=self.ui.unitCombo.currentData(),
                signer_name=self.ui.nameEdit.text(),
                signer_title=self.ui.titleEdit.text(),
                signed_on=from_qdate(self.ui.dateEdit.date()),
                sealed=self.ui.sealedCheck.isChecked(),
                scan=Path(scan) if scan else None,
            ),
        )
        return self.info.uuid
