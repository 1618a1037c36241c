"""Enter a printer's measured offset; save the calibration grid to print and measure."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from emudesk.errors import EmuError
from emudesk.printing.certificate import Calibration
from emudesk.services.certificates import printers
from emudesk.ui import messages, pdf_printing, saving
from emudesk.ui.generated.ui_calibration_dialog import Ui_CalibrationDialog
from emudesk.ui.widgets import fill_combo


class CalibrationDialog(QDialog):
    """Calibrates one of the installed printers, by its name: ``printer`` is chosen first."""

    def __init__(self, printer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CalibrationDialog()
        self.ui.setupUi(self)
        names = pdf_printing.installed_printers()
        if printer and printer not in names:
            names.append(printer)
        fill_combo(self.ui.printerCombo, [(name, name) for name in names], printer)
        self.ui.printerCombo.currentIndexChanged.connect(self._load)
        self._load()

    @property
    def printer(self) -> str:
        """The printer chosen ("" when none is installed)."""
        return str(self.ui.printerCombo.currentData() or "")

    @Slot()
    def _load(self) -> None:
        found = printers.calibration_for(self.printer)
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

        target = saving.ask_save_path(
            self, saving.PAPERS, self.tr("Calibration grid"), "luoi-can-chinh.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if target is None:
            return
        try:
            calibration_grid(target, 420.0, 297.0)
        except EmuError as error:
            messages.refuse(self, error)
            return
        saving.saved(self, self.tr("Calibration grid"), target)
