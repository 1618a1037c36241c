"""Version, licence and where the data lives."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QEvent, Slot, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from emudesk import __version__, paths
from emudesk.ui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(self.windowIcon().pixmap(64, 64))  # the application's icon
        self.database = database
        self._fill()

    def _fill(self) -> None:
        self.ui.versionLabel.setText(__version__)
        self.ui.licenceLabel.setText(
            self.tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)")
        )
        self.ui.dataLabel.setText(str(paths.data_dir()))
        self.ui.databaseLabel.setText(self.database)
        self.ui.qtLabel.setText(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
