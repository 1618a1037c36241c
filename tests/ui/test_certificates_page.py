"""The certificates page: tick awards, preview, print at actual size, register, templates."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from emudesk.printing.certificate import MM, Calibration
from emudesk.services.certificates import printers, templates
from emudesk.ui.dialogs.calibration import CalibrationDialog
from emudesk.ui.dialogs.certificate_register import RegisterDialog
from emudesk.ui.dialogs.template_editor import COLUMNS, TemplateEditorDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.certificate_awards import CertificateAwardsModel
from emudesk.ui.pages.certificates import CertificatesPage
from emudesk.ui.registry import CERTIFICATES
from tests.conftest import dump
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page


def open_page(window: MainWindow) -> CertificatesPage:
    page = open_year_page(window, CERTIFICATES, "UBDT-C4", 2024)
    assert isinstance(page, CertificatesPage)
    return page


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (round(float(w) / MM), round(float(h) / MM))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    ]


def numbers(page: CertificatesPage) -> list[str]:
    model = page.model
    return [
        model.index(row, CertificateAwardsModel.NUMBER).data() for row in range(model.rowCount())
    ]


def test_the_page_lists_the_awards_and_previews_the_selected_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_page(window)
    model = page.model
    recipients = [model.row(i).recipient for i in range(model.rowCount())]
    assert recipients == [
        "Ban Dân tộc tỉnh Đắk Lắk",
        "Ban Dân tộc tỉnh Phú Yên",
        "Ban Dân tộc tỉnh Bình Định",
    ]
    # the flag is no certificate: it is not ticked for printing, and says it is a flag
    assert len(model.checked()) == 2 and numbers(page) == ["cờ", "—", "—"]
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)
    size = page.document.pagePointSize(0)  # its preview is the flag maker's list (A4)
    assert (round(size.width() / MM), round(size.height() / MM)) == (210, 297)
    page.ui.awardsView.selectRow(1)
    qtbot.waitUntil(
        lambda: (
            page.document.status() == QPdfDocument.Status.Ready
            and round(page.document.pagePointSize(0).width() / MM) == 420
        )
    )
    size = page.document.pagePointSize(0)
    assert (round(size.width() / MM), round(size.height() / MM)) == (420, 297)
    # choosing blanks re-renders the preview (text only)
    page.ui.overlayRadio.setChecked(True)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)
    assert page.ui.messageLabel.text() == ""


def test_printing_numbers_the_ticked_awards_and_prints_at_actual_size(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    page = open_page(window)
    # GIVEN Bình Định unticked
    page.model.set_checked(page.model.row(2).proposal_uuid, False)
    # WHEN the officer prints on a printer
    printed = tmp_path / "printer.pdf"
    outcome = page.print_on(pdf_printer(printed))
    # THEN one certificate (the flag is no page), numbered 1, exactly A3 landscape
    assert outcome is not None and outcome.numbers == (1,)
    assert page_sizes_mm(printed) == [(420, 297)]
    assert numbers(page) == ["cờ", "1", "—"]
    assert "(số sổ 1)" in page.ui.messageLabel.text()
    # WHEN all three are printed and the reprint is declined THEN nothing changes
    page.model.set_checked(page.model.row(2).proposal_uuid, True)
    before = dump(window.context.db)
    boxes.answers = [1]
    assert page.print_on(pdf_printer(tmp_path / "again.pdf")) is None
    assert boxes.last.title == "In lại?" and "số sổ 1" in boxes.last.text
    assert dump(window.context.db) == before
    # WHEN it is confirmed THEN the printed keeps its number and the new one gets 2
    boxes.answers = [0]
    again = page.print_on(pdf_printer(tmp_path / "again.pdf"))
    assert again is not None and again.numbers == (1, 2) and again.reprints == 1
    assert numbers(page) == ["cờ", "1 (×2)", "2"]


def test_nothing_ticked_prints_nothing(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = open_page(window)
    for i in range(page.model.rowCount()):
        page.model.set_checked(page.model.row(i).proposal_uuid, False)
    before = dump(window.context.db)
    assert page.print_on(pdf_printer(Path("/nonexistent/x.pdf"))) is None
    assert boxes.last.title == "Chưa chọn bằng nào để in"
    assert dump(window.context.db) == before


def test_the_register_is_searchable(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    page = open_page(window)
    page.print_on(pdf_printer(tmp_path / "p.pdf"))
    click(qtbot, page.ui.registerButton)
    dialog = find_dialog(qtbot, RegisterDialog)
    assert dialog.model.rowCount() == 2
    qtbot.keyClicks(dialog.ui.searchEdit, "phu yen")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.rows[0].recipient == "Ban Dân tộc tỉnh Phú Yên"
    dialog.close()


def test_the_template_editor_refuses_a_field_off_the_page_and_saves_a_move(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = open_page(window)
    page.ui.templateCombo.setCurrentIndex(page.ui.templateCombo.findData("giay-khen-giam-doc"))
    click(qtbot, page.ui.editTemplateButton)
    dialog = find_dialog(qtbot, TemplateEditorDialog)
    model = dialog.model
    row = next(i for i, f in enumerate(model.fields) if f.name == "recipient")
    x_column = 1 + [name for name, _kind in COLUMNS].index("x")
    model.setData(model.index(row, x_column), "280")
    assert "recipient" in dialog.ui.messageLabel.text() and "nằm ngoài trang" in (
        dialog.ui.messageLabel.text()
    )
    before = dump(window.context.db)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and dump(window.context.db) == before
    model.setData(model.index(row, x_column), "30,5")
    assert dialog.ui.messageLabel.text() == ""
    dialog.ui.buttonBox.accepted.emit()
    assert not dialog.isVisible()
    stored = window.context.read(templates.get_template, "giay-khen-giam-doc")
    recipient = stored.field("recipient")
    assert recipient is not None and recipient.x == 30.5


def test_calibration_is_entered_and_shown(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = open_page(window)
    click(qtbot, page.ui.calibrateButton)
    dialog = find_dialog(qtbot, CalibrationDialog)
    dialog.ui.dxSpin.setValue(1.5)
    dialog.ui.dySpin.setValue(-2.0)
    dialog.ui.buttonBox.accepted.emit()
    assert printers.calibration_for("default") == Calibration(1.5, -2.0, 1.0)
    assert page.ui.calibrationValue.text().startswith("1.5 mm")
    assert page.ui.awardsView.model().flags(page.model.index(1, 0)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
