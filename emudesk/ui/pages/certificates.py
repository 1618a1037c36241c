"""A year's certificates: choose the awards, template and paper, preview, print or save.

The preview renders the selected award without a register number (nothing is recorded).
Printing and saving number the ticked awards in the register in the same transaction that
writes the PDF; awards printed before are reprinted only after the officer confirms, and
keep their numbers.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, QLocale, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QWidget

from emudesk.errors import ConflictError, EmuError
from emudesk.services import ui_queries
from emudesk.services.certificates import flags, printers, printing, templates
from emudesk.services.organisation.years import YearInfo
from emudesk.ui import messages, pdf_printing, saving
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg, year_cluster
from emudesk.ui.generated.ui_certificates_page import Ui_CertificatesPage
from emudesk.ui.models.certificate_awards import CertificateAwardsModel
from emudesk.ui.pages.base import Page
from emudesk.ui.pdf_preview import add_preview
from emudesk.ui.pdf_printing import print_pdf
from emudesk.ui.widgets import fill_combo

AUTOMATIC = ""  # the template combo's value for "chosen by award"


class CertificatesPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self.model = CertificateAwardsModel(self)
        self.ui.awardsView.setModel(self.model)
        header = self.ui.awardsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (CertificateAwardsModel.RECIPIENT, CertificateAwardsModel.AWARD):
            # long names and awards wrap: every column stays in sight on a small screen
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        rows = self.ui.awardsView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.awardsView.selectionModel().selectionChanged.connect(self._on_selection)
        self.document, self.preview = add_preview(self.ui.previewHost, self.ui.previewLayout)
        self.ui.splitter.setStretchFactor(0, 3)  # the list and its options before the preview
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 400])
        self.year: YearInfo | None = None
        self.scores_locked = True
        self._folder = tempfile.TemporaryDirectory(prefix="emudesk-preview-")
        self._preview_count = 0
        for widget in (self.ui.fullRadio, self.ui.overlayRadio):
            widget.toggled.connect(self._refresh_preview)
        self.ui.templateCombo.currentIndexChanged.connect(self._refresh_preview)
        self.ui.placeEdit.editingFinished.connect(self._refresh_preview)
        self.ui.signerEdit.editingFinished.connect(self._refresh_preview)
        self.bind_keys({self.ui.printButton: QKeySequence.StandardKey.Print})
        self.printer: QPrinter | None = None  # kept: the next print offers the same printer
        self.printer_name = ""  # the printer chosen last ("": the system's default)
        # two lines, the printer's name first: a long name is cut at the edge, never widens
        self.ui.calibrationValue.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.ui.calibrationRow.setStretch(0, 1)
        self.retranslate()

    # -- loading ----------------------------------------------------------------------------

    @property
    def year_uuid(self) -> UUID:
        assert self.target is not None and self.target.uuid is not None
        return self.target.uuid

    def reload(self) -> None:
        selected = self._selected()
        self.year = self.context.read(ui_queries.year_info, self.year_uuid)
        self.scores_locked = self.context.read(ui_queries.lock_state, self.year_uuid).locked
        self.ui.unlockedPanel.setVisible(not self.scores_locked)
        self._show_title()
        self.model.set_rows(self.context.read(printing.list_awards, self.year_uuid))
        self._fill_templates()
        self._show_calibration()
        rows = [self.model.row(i).proposal_uuid for i in range(self.model.rowCount())]
        if rows:
            index = rows.index(selected) if selected in rows else 0
            self.ui.awardsView.selectRow(index)
        else:
            self.document.close()
            self.ui.messageLabel.setText(
                self.tr(
                    "No award of this year has a decision yet: record the decision on the "
                    "proposals page first."
                )
            )
        has_rows = bool(rows)
        for button in (self.ui.printButton, self.ui.saveButton):
            button.setEnabled(has_rows)
        self.ui.flagListButton.setEnabled(
            any(self.model.row(i).artefact == "flag" for i in range(self.model.rowCount()))
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.target is not None:
            self._show_title()
            self._fill_templates()
            self._show_calibration()

    def _show_title(self) -> None:
        if self.year is not None:
            self.ui.titleLabel.setText(
                arg(self.tr("Certificates — %1 — year %2"), year_cluster(self.year), self.year.year)
            )

    def _fill_templates(self) -> None:
        combo = self.ui.templateCombo
        current = combo.currentData()
        choices = [(self.tr("By award"), AUTOMATIC)]
        choices += [(info.name, info.key) for info in self.context.read(templates.list_templates)]
        fill_combo(combo, choices, current if current is not None else AUTOMATIC)
        combo.setItemData(
            0,
            self.tr("Each award with its own template: flag, certificate of merit…"),
            Qt.ItemDataRole.ToolTipRole,
        )

    def _show_calibration(self) -> None:
        """Which printer will print, and the offset that moves the text for it."""
        name = self._printer_name()
        found = printers.stored_calibration(name) if name else None
        if not name:
            text = self.tr("No printer is installed on this computer.")
        elif found is None:
            text = arg(self.tr("%1\nnot calibrated (no offset applied)"), name)
        else:
            locale = QLocale()
            text = arg(
                self.tr("%1\n%2 mm across, %3 mm down, scale %4"),
                name,
                locale.toString(found.dx, "f", 2),
                locale.toString(found.dy, "f", 2),
                locale.toString(found.scale, "f", 3),
            )
        self.ui.calibrationValue.setText(text)
        self.ui.calibrationValue.setToolTip(text)

    def _printer_name(self) -> str:
        """The printer the next print goes to: the one chosen last (at printing or when
        calibrating), else the system's default printer, which the print dialog proposes."""
        return self.printer_name or pdf_printing.default_printer()

    # -- choices ----------------------------------------------------------------------------

    def _selected(self) -> UUID | None:
        rows = self.ui.awardsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).proposal_uuid if rows else None

    def _options(self) -> dict[str, Any]:
        overlay = self.ui.overlayRadio.isChecked()
        key = self.ui.templateCombo.currentData()
        return {
            "template_key": key or None,
            "overlay": overlay,
            "calibration": printers.calibration_for(self._printer_name()) if overlay else None,
            "place": self.ui.placeEdit.text(),
            "signer_name": self.ui.signerEdit.text(),
            "unlocked_reason": "" if self.scores_locked else self.ui.reasonEdit.text(),
        }

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_preview()

    def _early_note(self) -> str:
        """What the selected award's approval or printing said about unlocked scores."""
        rows = self.ui.awardsView.selectionModel().selectedRows()
        reasons = self.model.row(rows[0].row()).unlocked_reasons if rows else ()
        if not reasons:
            return ""
        return arg(
            self.tr("Recorded before the scores were locked, because: %1"), "; ".join(reasons)
        )

    def _is_flag(self, proposal: UUID) -> bool:
        rows = [self.model.row(i) for i in range(self.model.rowCount())]
        return any(r.proposal_uuid == proposal and r.artefact == "flag" for r in rows)

    @Slot()
    def _refresh_preview(self) -> None:
        proposal = self._selected()
        if proposal is None:
            return
        self._preview_count += 1
        path = Path(self._folder.name) / f"preview-{self._preview_count}.pdf"
        try:
            if self._is_flag(proposal):  # a flag has no certificate: show what is sewn on it
                self.context.read(flags.write_flag_list, self.year_uuid, path)
            else:
                options = self._options()
                del options["unlocked_reason"]  # a preview records nothing
                self.context.read(printing.preview_certificate, proposal, path, **options)
        except EmuError as error:
            self.document.close()
            self.ui.messageLabel.setText(error.message)
            return
        self.ui.messageLabel.setText(self._early_note())
        self.document.load(str(path))

    # -- printing ---------------------------------------------------------------------------

    def _chosen(self) -> list[UUID] | None:
        chosen = [row.proposal_uuid for row in self.model.checked()]
        if not chosen:
            messages.warn(
                self,
                self.tr("Nothing to print"),
                self.tr("Tick the awards whose certificates you want to print."),
            )
            return None
        return chosen

    def produce(self, target: Path) -> printing.PrintOutcome | None:
        """Number and record the ticked awards and write their PDF (asks before reprinting)."""
        chosen = self._chosen()
        if chosen is None:
            return None
        options = self._options()
        print_them = self._printer()
        try:
            outcome = print_them(target, proposal_uuids=chosen, **options)
        except ConflictError as conflict:
            if not messages.confirm(
                self, self.tr("Print again?"), conflict.message, self.tr("Reprint")
            ):
                return None
            try:
                outcome = print_them(target, proposal_uuids=chosen, allow_reprint=True, **options)
            except EmuError as error:
                messages.refuse(self, error, self.tr("Nothing was printed"))
                return None
        except EmuError as error:
            messages.refuse(self, error, self.tr("Nothing was printed"))
            return None
        return outcome

    def _printer(self) -> Callable[..., printing.PrintOutcome | None]:
        """How to print: with QR codes signed by the token when one is set up and the officer
        wants it, else plainly (the signed way asks the PIN and runs on a worker thread)."""
        from emudesk.ui import signing_actions

        if signing_actions.ask_to_sign(
            self,
            self.tr("Sign the QR codes"),
            self.tr(
                "Sign each certificate's QR code with the office's token, so that any PC that "
                "trusts the office can verify it without this register?"
            ),
        ):
            return lambda target, **options: signing_actions.print_signed_certificates(
                self, self.context, self.year_uuid, target, **options
            )
        return lambda target, **options: self.context.write(
            printing.print_certificates, self.year_uuid, target, **options
        )

    @Slot()
    def on_saveButton_clicked(self) -> None:
        target = saving.ask_save_path(
            self,
            saving.CERTIFICATES,
            self.tr("Save the certificates"),
            "bang-khen.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        outcome = self.produce(target)
        if outcome is not None:
            saving.saved(
                self,
                self.tr("Certificates saved"),
                outcome.path,
                arg(
                    self.tr("%1 certificate(s) saved to %2 (register numbers %3)."),
                    len(outcome.numbers),
                    outcome.path,
                    ", ".join(str(n) for n in outcome.numbers),
                ),
            )

    @Slot()
    def on_printButton_clicked(self) -> None:
        printer = self.printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name and printer.printerName() != self.printer_name:
            printer.setPrinterName(self.printer_name)  # the printer just calibrated
        dialog = QPrintDialog(printer, self)
        if self.ask_printer(dialog) != QPrintDialog.DialogCode.Accepted:
            return
        self.printer = printer
        self.print_on(printer)

    def ask_printer(self, dialog: QPrintDialog) -> int:
        """Run the print dialog (tests answer it instead)."""
        return dialog.exec()

    def print_on(self, printer: QPrinter) -> printing.PrintOutcome | None:
        """Print the ticked awards on ``printer``, moved by that printer's own offset."""
        if printer.printerName():
            self.printer_name = printer.printerName()
        self._show_calibration()
        self._preview_count += 1
        target = Path(self._folder.name) / f"print-{self._preview_count}.pdf"
        outcome = self.produce(target)
        if outcome is None:
            return None
        try:
            print_pdf(outcome.path, printer)
        except OSError as error:
            messages.warn(
                self,
                self.tr("Printing failed"),
                arg(
                    self.tr(
                        "The certificates are recorded (register numbers %1) but the printer "
                        "refused them: %2. Print them again; they keep their numbers."
                    ),
                    ", ".join(str(n) for n in outcome.numbers),
                    error,
                ),
            )
            return outcome
        self.ui.messageLabel.setText(
            arg(
                self.tr("%1 certificate(s) sent to %2 (register numbers %3)."),
                len(outcome.numbers),
                printer.printerName() or printer.outputFileName(),
                ", ".join(str(n) for n in outcome.numbers),
            )
        )
        return outcome

    @Slot()
    def on_flagListButton_clicked(self) -> None:
        target = saving.ask_save_path(
            self,
            saving.PAPERS,
            self.tr("Flag list for the flag maker"),
            "danh-sach-co.docx",
            self.tr("Word document (*.docx);;PDF (*.pdf)"),
        )
        if target is not None and self.write_flag_list(target):
            saving.saved(self, self.tr("Flag list for the flag maker"), target)

    def write_flag_list(self, target: Path) -> bool:
        try:
            self.context.read(flags.write_flag_list, self.year_uuid, target)
        except EmuError as error:
            messages.refuse(self, error)
            return False
        self.ui.messageLabel.setText(arg(self.tr("Flag list written to %1."), target))
        return True

    # -- other dialogs ----------------------------------------------------------------------

    @Slot()
    def on_registerButton_clicked(self) -> None:
        from emudesk.ui.dialogs.certificate_register import RegisterDialog

        dialog = RegisterDialog(self.context, self)
        dialog.open()

    @Slot()
    def on_calibrateButton_clicked(self) -> None:
        from emudesk.ui.dialogs.calibration import CalibrationDialog

        dialog = CalibrationDialog(self._printer_name(), self)
        dialog.accepted.connect(lambda: self._calibrated(dialog.printer))
        dialog.open()

    def _calibrated(self, printer: str) -> None:
        """The printer just calibrated is the one the next print goes to."""
        self.printer_name = printer
        self._show_calibration()
        self._refresh_preview()

    @Slot()
    def on_editTemplateButton_clicked(self) -> None:
        from emudesk.ui.dialogs.template_editor import TemplateEditorDialog

        key = self.ui.templateCombo.currentData()
        if not key:
            proposal = self._selected()
            rows = [self.model.row(i) for i in range(self.model.rowCount())]
            # the selected award's template; a flag has none, so then the first award's
            with_template = [r for r in rows if r.template_key]
            chosen = [r for r in with_template if r.proposal_uuid == proposal] or with_template
            key = chosen[0].template_key if chosen else "bang-khen-bo-truong"
        dialog = TemplateEditorDialog(self.context, key, self)
        dialog.accepted.connect(self._refresh_preview)
        dialog.open()
