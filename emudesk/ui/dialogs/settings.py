"""Language, role, database location, and (in a dialog of its own) digital signatures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_settings_dialog import Ui_SettingsDialog
from emudesk.ui.registry import HEAD, ISSUER, MEMBER
from emudesk.ui.settings import Settings
from emudesk.ui.translation import LANGUAGE_NAMES
from emudesk.ui.widgets import fill_combo


class SettingsDialog(QDialog):
    """Collects the choices; the main window applies them (language at once, database too)."""

    def __init__(
        self, settings: Settings, open_database: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        # Each language is named in itself, so nobody is stuck in a language they cannot read.
        fill_combo(
            self.ui.languageCombo, ((n, c) for c, n in LANGUAGE_NAMES.items()), settings.language
        )
        self._fill_roles(settings.role)
        self.ui.currentLabel.setText(open_database)
        self.ui.databaseEdit.setText(settings.database)
        self._show_signing()

    def _fill_roles(self, chosen: str) -> None:
        roles = [
            (self.tr("a cluster's head (scores, ranks, proposes)"), HEAD),
            (self.tr("a cluster's member unit"), MEMBER),
            (self.tr("the issuer's emulation office (decides, numbers)"), ISSUER),
        ]
        if not chosen:  # never chosen: every page, as before the choice existed
            roles.append((self.tr("not chosen (every page)"), ""))
        fill_combo(self.ui.roleCombo, roles, chosen)

    @property
    def role(self) -> str:
        return str(self.ui.roleCombo.currentData() or "")

    def _show_signing(self) -> None:
        from emudesk.services.signing import settings as signing
        from emudesk.services.signing import trust

        token = signing.current_token()
        trusted = len(trust.trusted())
        if token is None:
            text = self.tr("No token is set up; %1 certificate(s) trusted.")
        else:
            text = self.tr("Signing with the token %2; %1 certificate(s) trusted.")
        self.ui.signingLabel.setText(arg(text, trusted, token.token_label if token else ""))

    @Slot()
    def on_signingButton_clicked(self) -> None:
        from emudesk.ui.dialogs.signature_settings import SignatureSettingsDialog

        dialog = SignatureSettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._show_signing)
        dialog.open()

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    @property
    def database(self) -> str:
        return self.ui.databaseEdit.text().strip()

    @Slot()
    def on_chooseButton_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the database file"),
            self.database if "://" not in self.database else "",
            self.tr("emudesk databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.ui.databaseEdit.setText(path)

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_roles(self.role)
            self._show_signing()
        super().changeEvent(event)
