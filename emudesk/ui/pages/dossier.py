"""A year's dossier: its papers with their numbers and dates, a preview, Word and PDF.

The preview is the selected paper as PDF; "Open in Word/Writer" writes it as a Word document
and hands it to the program the computer opens .docx files with, since offices finish their
papers there. Numbers are taken only when the officer asks (never invented silently).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from emudesk.errors import EmuError, ValidationError
from emudesk.services.papers import dossier, numbers, wording
from emudesk.services.papers.dossier import DossierRow
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import DATE_FORMAT, arg, from_qdate, to_qdate
from emudesk.ui.generated.ui_dossier_page import Ui_DossierPage
from emudesk.ui.models.dossier import DossierTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.pdf_preview import add_preview
from emudesk.ui.widgets import fill_combo, fit_columns, selected_record

FORMATS = {"both": ("docx", "pdf"), "docx": ("docx",), "pdf": ("pdf",)}


class DossierPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DossierPage()
        self.ui.setupUi(self)
        self.model = DossierTableModel(self)
        self.ui.papersView.setModel(self.model)
        fit_columns(self.ui.papersView, stretch=DossierTableModel.PAPER)
        self.ui.papersView.selectionModel().selectionChanged.connect(self._on_selection)
        self.document, self.preview = add_preview(self.ui.previewHost, self.ui.previewLayout)
        self.ui.splitter.setSizes([520, 640])
        self.ui.dateEdit.setDisplayFormat(DATE_FORMAT)
        self.ui.dateCheck.toggled.connect(self.ui.dateEdit.setEnabled)
        self.ui.dateCheck.toggled.connect(self._show_next)
        self._folder = tempfile.TemporaryDirectory(prefix="emudesk-dossier-")
        self._count = 0
        self.retranslate()

    @property
    def year_uuid(self) -> UUID:
        assert self.target is not None and self.target.uuid is not None
        return self.target.uuid

    def retranslate(self) -> None:
        current = self.ui.formatCombo.currentData()
        self.ui.retranslateUi(self)
        self._next_tip = self.ui.nextButton.toolTip()
        self._open_tip = self.ui.openButton.toolTip()
        self._show_next()
        self.model.retranslate()
        fill_combo(
            self.ui.formatCombo,
            [
                (self.tr("Word documents and PDF"), "both"),
                (self.tr("Word documents (.docx)"), "docx"),
                (self.tr("PDF"), "pdf"),
            ],
            current or "both",
        )

    def reload(self) -> None:
        selected = self._selected()
        rows = self.context.read(dossier.overview, self.year_uuid)
        self.model.set_records(rows)
        keys = [r.paper.key for r in rows]
        wanted = keys.index(selected.paper.key) if selected and selected.paper.key in keys else 0
        if rows:
            self.ui.papersView.selectRow(wanted)
        self._show_number()
        self._refresh_preview()

    def _selected(self) -> DossierRow | None:
        return selected_record(self.ui.papersView, self.model)

    def _on_selection(self, *_args: object) -> None:
        self._show_number()
        self._refresh_preview()

    def _show_number(self) -> None:
        row = self._selected()
        found = row.number if row is not None else None
        self.ui.numberBox.setEnabled(found is not None)
        for button in (self.ui.openButton, self.ui.wordingButton):
            button.setEnabled(row is not None)
        if found is None:
            self.ui.symbolLabel.setText("")
            self.ui.numberEdit.clear()
            return
        self.ui.symbolLabel.setText(f"/{found.symbol}")
        self.ui.numberEdit.setText(str(found.number) if found.number is not None else "")
        self.ui.dateCheck.setChecked(found.date is not None)
        self.ui.dateEdit.setEnabled(found.date is not None)
        self.ui.dateEdit.setDate(to_qdate(found.date) if found.date else QDate.currentDate())
        self._show_next()

    def _show_next(self) -> None:
        """The next number belongs to the date's year: without a date there is none to take."""
        dated = self.ui.dateCheck.isChecked()
        self.ui.nextButton.setEnabled(dated)
        self.ui.nextButton.setToolTip(
            self._next_tip
            if dated
            else self.tr(
                "Tick Date and enter the paper's date first: "
                "its number belongs to that year's series."
            )
        )

    def _preview_path(self, suffix: str) -> Path:
        self._count += 1
        return Path(self._folder.name) / f"paper-{self._count}.{suffix}"

    @Slot()
    def _refresh_preview(self) -> None:
        row = self._selected()
        if row is None:
            self.document.close()
            self.ui.messageLabel.setText(
                self.tr("No paper yet: the dossier needs the conference's votes on proposals.")
            )
            return
        path = self._preview_path("pdf")
        try:
            self.context.read(dossier.write_paper, self.year_uuid, row.paper.key, path)
        except EmuError as error:
            self.document.close()
            self.ui.messageLabel.setText(error.message)
            # the paper cannot be written yet: opening it in Word would only be refused
            self.ui.openButton.setEnabled(False)
            self.ui.openButton.setToolTip(error.message)
            return
        self.ui.openButton.setToolTip(self._open_tip)
        # stored wording that fails the check prints the built-in text: say so under the page
        found = self.context.read(wording.wording_of_year, self.year_uuid)
        self.ui.messageLabel.setText("\n".join(found.problems))
        self.document.load(str(path))

    # -- numbers -------------------------------------------------------------------------------

    def _number(self, number: int | None) -> bool:
        row = self._selected()
        if row is None or row.number is None:
            return False
        day = from_qdate(self.ui.dateEdit.date()) if self.ui.dateCheck.isChecked() else None
        try:
            self.context.write(
                numbers.set_number, self.year_uuid, row.paper.key, date=day, number=number
            )
        except EmuError as error:
            messages.refuse(self, error)
            return False
        return True

    @Slot()
    def on_nextButton_clicked(self) -> None:
        self._number(numbers.NEXT)

    @Slot()
    def on_saveNumberButton_clicked(self) -> None:
        text = self.ui.numberEdit.text().strip()
        if text and not text.isdigit():
            messages.refuse(self, ValidationError(self.tr("A number is written in digits.")))
            return
        self._number(int(text) if text else None)

    # -- files ---------------------------------------------------------------------------------

    def open_external(self, path: Path) -> bool:
        """Hand ``path`` to the program the computer opens it with (tests replace this)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def on_openButton_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        path = Path(self._folder.name) / f"{row.paper.stem}.docx"
        try:
            self.context.read(dossier.write_paper, self.year_uuid, row.paper.key, path)
        except EmuError as error:
            messages.refuse(self, error)
            return
        if not self.open_external(path):
            messages.warn(
                self,
                self.tr("No word processor"),
                arg(
                    self.tr(
                        "The paper is written to %1 but no program opens Word documents here; "
                        "install LibreOffice Writer or Word."
                    ),
                    path,
                ),
            )
            return
        self.ui.messageLabel.setText(
            arg(self.tr("Opened %1; save it under a name of your own there."), path.name)
        )

    def choose_folder(self) -> Path | None:
        """Ask where to write the dossier (tests replace this)."""
        start = str(saving.start_folder(saving.PAPERS))
        name = QFileDialog.getExistingDirectory(self, self.tr("Write the dossier to"), start)
        if not name:
            return None
        folder = Path(name)
        saving.remember(saving.PAPERS, folder / "dossier")
        return folder

    @Slot()
    def on_writeButton_clicked(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        formats = FORMATS[self.ui.formatCombo.currentData() or "both"]
        try:
            written = self.context.read(dossier.write_dossier, self.year_uuid, folder, formats)
        except EmuError as error:
            messages.refuse(self, error)
            return
        text = arg(self.tr("%1 file(s) of the dossier written to %2."), len(written), folder)
        self.ui.messageLabel.setText(text)
        from emudesk.ui import signing_actions

        signing_actions.offer_to_sign_all(self, self.context, written)
        saving.saved(self, self.tr("Dossier written"), folder, text, openable=False)

    @Slot()
    def on_wordingButton_clicked(self) -> None:
        from emudesk.ui.dialogs.wording import WordingDialog

        row = self._selected()
        paper = "report" if row is None or row.paper.key.startswith("report:") else row.paper.key
        dialog = WordingDialog(self.context, self.year_uuid, paper, self)
        dialog.accepted.connect(self._refresh_preview)
        dialog.open()
