"""Ask the token's PIN for one signing: never stored, never filled in from before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from emudesk.signing import Token
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_pin_dialog import Ui_PinDialog


class PinDialog(QDialog):
    """Names the token and key that will sign; shows why a previous PIN failed, or that the
    token's tries are running low."""

    def __init__(self, token: Token, warning: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = token
        self.ui = Ui_PinDialog()
        self.ui.setupUi(self)
        self.ui.warningLabel.setText(warning)
        self.ui.warningLabel.setVisible(bool(warning))
        self._set_texts()
        self.ui.pinEdit.textChanged.connect(self._enable)
        self._enable()

    def _set_texts(self) -> None:
        self.ui.whoLabel.setText(
            arg(
                self.tr("Sign with the token %1, key %2."),
                self.token.token_label or self.token.slot,
                self.token.key_label or self.tr("(its only key)"),
            )
        )

    def _enable(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.pinEdit.text()))

    @property
    def pin(self) -> str:
        return self.ui.pinEdit.text()

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.ui.pinEdit.clear()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_texts()
        super().changeEvent(event)
