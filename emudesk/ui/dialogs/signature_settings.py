"""Settings › Digital signatures: the token (driver, token, key) and the trusted certificates.

The token's choice is saved when the dialog is accepted; importing or removing a trusted
certificate takes effect at once (as the buttons say). Nothing here asks for the PIN.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.services.signing import settings, trust
from emudesk.signing import Token
from emudesk.ui import messages
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_signature_settings_dialog import Ui_SignatureSettingsDialog
from emudesk.ui.models.trusted import TrustedModel


class SignatureSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatureSettingsDialog()
        self.ui.setupUi(self)
        self.tokens: dict[str, dict[str, str]] = {}  # token label -> key label -> who
        self._found = ""  # what "Find tokens" found
        chosen = settings.stored_token()
        if chosen is not None:
            self.ui.moduleEdit.setText(chosen.module)
            self.ui.tokenCombo.setEditText(chosen.token_label)
            self.ui.keyCombo.setEditText(chosen.key_label)
        self.ui.tokenCombo.currentTextChanged.connect(self._fill_keys)
        self.ui.keyCombo.currentTextChanged.connect(self._describe_key)
        self.model = TrustedModel(self)
        self.ui.trustedView.setModel(self.model)
        header = self.ui.trustedView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrustedModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self._reload_trusted()

    # -- the token ------------------------------------------------------------------------

    @property
    def token(self) -> Token:
        return Token(
            module=self.ui.moduleEdit.text().strip(),
            token_label=self.ui.tokenCombo.currentText().strip(),
            key_label=self.ui.keyCombo.currentText().strip(),
        )

    @Slot()
    def on_browseButton_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The token's PKCS#11 driver"),
            str(Path(self.token.module).parent) if self.token.module else "",
            self.tr("PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)"),
        )
        if path:
            self.ui.moduleEdit.setText(path)

    @Slot()
    def on_findButton_clicked(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = settings.find_tokens(self.token.module)
        except EmuError as error:
            self._found = ""
            self._status(error.message, ok=False)
            return
        finally:
            QApplication.restoreOverrideCursor()
        until = self.tr("valid until %1")
        self.tokens = {
            t.label: {
                c.label: f"{c.signer.name} — {c.signer.organisation}, "
                + arg(until, c.signer.valid_to.date().strftime("%d/%m/%Y"))
                for c in t.certificates
            }
            for t in found
        }
        if found:
            self._found = arg(self.tr("%1 token(s) found."), len(found))
        else:
            self._found = self.tr("The driver sees no token: plug the token in.")
        self._status("", ok=bool(found))
        previous = self.token.token_label
        self.ui.tokenCombo.blockSignals(True)
        self.ui.tokenCombo.clear()
        self.ui.tokenCombo.addItems(list(self.tokens))
        self.ui.tokenCombo.blockSignals(False)
        if previous in self.tokens:
            self.ui.tokenCombo.setCurrentText(previous)
        self._fill_keys()

    def _fill_keys(self) -> None:
        keys = self.tokens.get(self.ui.tokenCombo.currentText().strip())
        if keys is None:
            return
        previous = self.ui.keyCombo.currentText()
        self.ui.keyCombo.blockSignals(True)
        self.ui.keyCombo.clear()
        self.ui.keyCombo.addItems(list(keys))
        self.ui.keyCombo.blockSignals(False)
        if previous in keys:
            self.ui.keyCombo.setCurrentText(previous)
        self._describe_key()

    def _describe_key(self) -> None:
        keys = self.tokens.get(self.ui.tokenCombo.currentText().strip(), {})
        who = keys.get(self.ui.keyCombo.currentText().strip(), "")
        self._status(who, ok=bool(keys))

    def _status(self, text: str, *, ok: bool) -> None:
        """What the last search found, then the chosen key's certificate (or a refusal)."""
        self.ui.tokenStatus.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.ui.tokenStatus.setText("\n".join(t for t in (self._found, text) if t))

    # -- trusted certificates -------------------------------------------------------------

    def _reload_trusted(self) -> None:
        self.model.set_signers(trust.trusted())

    @Slot()
    def on_importButton_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Trust certificates"),
            "",
            self.tr(
                "Certificates and CRLs (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)"
            ),
        )
        self.import_files([Path(name) for name in names])

    def import_files(self, files: list[Path]) -> None:
        added, crls, known = 0, 0, 0
        for file in files:
            try:
                imported = trust.import_file(file)
            except EmuError as error:
                messages.refuse(self, error, self.tr("Not imported"))
                continue
            added += len(imported.certificates)
            crls += imported.crls
            known += imported.known
        self._reload_trusted()
        if files:
            self._found = ""
            self._status(
                arg(
                    self.tr(
                        "%1 certificate(s) trusted, %2 revocation list(s) kept, %3 known already."
                    ),
                    added,
                    crls,
                    known,
                ),
                ok=True,
            )

    @Slot()
    def on_removeButton_clicked(self) -> None:
        rows = self.ui.trustedView.selectionModel().selectedRows()
        if not rows:
            return
        record = self.model.record(rows[0])
        if record is None:
            return
        signer = record.signer
        if not messages.confirm(
            self,
            self.tr("Stop trusting"),
            arg(
                self.tr(
                    "Stop trusting %1 (%2)? What it signed is refused until it is imported again."
                ),
                signer.name,
                signer.organisation,
            ),
            self.tr("Stop trusting"),
        ):
            return
        try:
            trust.remove(signer.sha256)
        except EmuError as error:
            messages.refuse(self, error)
        self._reload_trusted()

    # -- the dialog -----------------------------------------------------------------------

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        try:
            settings.save_token(self.token)
        except EmuError as error:
            messages.refuse(self, error)
            return
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
