"""Enter a printer's measured offset; save the calibration grid to print and measure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from emudesk.errors import EmuError
from emudesk.printing.certificate import Calibration
from emudesk.services.certificates import printers
from emudesk.ui import messages
from emudesk.ui.generated.ui_calibration_dialog import Ui_CalibrationDialog


class CalibrationDialog(QDialog):
    def __init__(self, printer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.ui = Ui_CalibrationDialog()
        self.ui.setupUi(self)
        self.ui.printerValue.setText(printer)
        found = printers.calibration_for(printer)
        self.ui.dxSpin.setValue(found.dx)
        self.ui.dySpin.setValue(found.dy)
        self.ui.scaleSpin.setValue(found.scale)

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        calibration = Calibration(
            self.ui.dxSpin.value(), self.ui.dySpin.value(), self.ui.scaleSpin.value()
        )
        try:
            printers.save_calibration(self.printer, calibration)
        except EmuError as error:
            messages.refuse(self, error)
            return
        self.accept()

    @Slot()
    def on_gridButton_clicked(self) -> None:
        from emudesk.printing.certificate import calibration_grid

        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Calibration grid"), "luoi-can-chinh.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        try:
            calibration_grid(Path(name), 420.0, 297.0)
        except EmuError as error:
            messages.refuse(self, error)
