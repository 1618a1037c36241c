"""The certificates page: tick awards, preview, print at actual size, register, templates."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
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
from tests.ui.conftest import Boxes, choose, click, find_dialog, open_year_page


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
    assert outcome is not None and outcome.numbers == ("2 (ví dụ)",)
    assert page_sizes_mm(printed) == [(420, 297)]
    assert numbers(page) == ["cờ", "2 (ví dụ)", "—"]
    assert "(số sổ 2 (ví dụ))" in page.ui.messageLabel.text()
    # WHEN all three are printed and the reprint is declined THEN nothing changes
    page.model.set_checked(page.model.row(2).proposal_uuid, True)
    before = dump(window.context.db)
    boxes.answers = [1]
    assert page.print_on(pdf_printer(tmp_path / "again.pdf")) is None
    assert boxes.last.title == "In lại?" and "số sổ 2 (ví dụ)" in boxes.last.text
    assert dump(window.context.db) == before
    # WHEN it is confirmed THEN the printed keeps its number and the new one gets 2
    boxes.answers = [0]
    again = page.print_on(pdf_printer(tmp_path / "again.pdf"))
    assert again is not None and again.numbers == ("2 (ví dụ)", "3 (ví dụ)") and again.reprints == 1
    assert numbers(page) == ["cờ", "2 (ví dụ) (×2)", "3 (ví dụ)"]


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
    message = dialog.ui.messageLabel.text()
    assert "ô “Người/đơn vị nhận” (280, 86,3, 240,4 × 17 mm) nằm ngoài trang" in message
    assert "recipient" not in message
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


def test_the_template_editor_names_fields_offers_alignments_and_refuses_words(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

    from tests.ui.conftest import focused_editor, type_into

    page = open_page(window)
    click(qtbot, page.ui.editTemplateButton)
    dialog = find_dialog(qtbot, TemplateEditorDialog)
    model, view = dialog.model, dialog.ui.fieldsView
    # THEN fields are named as a person says them, alignments in words
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Người/đơn vị nhận" in names and "recipient" not in names
    row = next(i for i, f in enumerate(model.fields) if f.name == "recipient")
    align = len(COLUMNS)
    assert model.index(row, align).data() == "giữa"
    # WHEN the officer types a word into x (mm) THEN it is refused, naming the column
    x = 1 + [name for name, _kind in COLUMNS].index("x")
    view.setFocus()
    view.setCurrentIndex(model.index(row, x))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = focused_editor(qtbot)
    assert isinstance(editor, QLineEdit)
    type_into(qtbot, editor, "ba mươi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "x (mm): hãy nhập một số, ví dụ 30,5."
    assert view.state() == QAbstractItemView.State.EditingState  # nothing dropped silently
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # WHEN she chooses "phải" for the alignment from the list THEN it is stored as such
    view.setCurrentIndex(model.index(row, align))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = focused_editor(qtbot)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["trái", "giữa", "phải"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: model.fields[row].align == "right")
    assert model.index(row, align).data() == "phải"
    dialog.ui.buttonBox.accepted.emit()
    assert not dialog.isVisible()
    stored = window.context.read(templates.get_template, dialog.key)
    assert stored.field("recipient").align == "right"  # type: ignore[union-attr]


HP, CANON = "HP LaserJet M706", "Canon LBP2900"


def test_calibration_is_for_the_printer_that_will_print_shown_by_name(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.ui import pdf_printing

    # GIVEN two printers installed, the HP the system's default
    monkeypatch.setattr(pdf_printing, "installed_printers", lambda: [HP, CANON])
    monkeypatch.setattr(pdf_printing, "default_printer", lambda: HP)
    page = open_page(window)
    # THEN the page names the printer that will print (no English "default")
    assert page.ui.calibrationValue.text() == f"{HP}\nchưa căn chỉnh (không dịch chuyển)"
    # WHEN the officer calibrates: the dialog is on that printer
    click(qtbot, page.ui.calibrateButton)
    dialog = find_dialog(qtbot, CalibrationDialog)
    assert dialog.ui.printerCombo.currentText() == HP
    dialog.ui.dxSpin.setValue(1.5)
    dialog.ui.dySpin.setValue(-2.0)
    typed = dialog.ui.dxSpin.text(), dialog.ui.dySpin.text()
    dialog.ui.buttonBox.accepted.emit()
    # THEN it is stored for the HP, and shown as the dialog wrote it (decimal comma)
    assert printers.stored_calibration(HP) == Calibration(1.5, -2.0, 1.0)
    assert typed == ("1,50", "-2,00")
    assert page.ui.calibrationValue.text() == f"{HP}\nlệch ngang 1,50 mm, dọc -2,00 mm, tỉ lệ 1,000"
    # WHEN the Canon is calibrated too THEN it starts from its own (none) and is the next one
    click(qtbot, page.ui.calibrateButton)
    dialog = find_dialog(qtbot, CalibrationDialog)
    choose(dialog.ui.printerCombo, CANON)
    assert dialog.ui.dxSpin.value() == 0.0
    dialog.ui.dxSpin.setValue(0.5)
    dialog.ui.buttonBox.accepted.emit()
    assert page.ui.calibrationValue.text().startswith(f"{CANON}\nlệch ngang 0,50 mm")
    # AND text printed onto blanks is moved by the Canon's offset, the HP's kept apart
    page.ui.overlayRadio.setChecked(True)
    assert page._options()["calibration"] == Calibration(0.5, 0.0, 1.0)
    assert printers.stored_calibration(HP) == Calibration(1.5, -2.0, 1.0)


def test_no_printer_installed_is_said_in_words(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emudesk.ui import pdf_printing

    monkeypatch.setattr(pdf_printing, "installed_printers", lambda: [])
    monkeypatch.setattr(pdf_printing, "default_printer", lambda: "")
    page = open_page(window)
    assert page.ui.calibrationValue.text() == "Máy tính này chưa cài máy in nào."
    click(qtbot, page.ui.calibrateButton)
    dialog = find_dialog(qtbot, CalibrationDialog)
    dialog.ui.buttonBox.accepted.emit()
    assert boxes.last.text == "Hãy chọn máy in đã đo độ lệch."
    assert dialog.isVisible()
    dialog.reject()
    # AND a printing failure is told in Vietnamese too
    with pytest.raises(OSError, match="không đọc được"):
        pdf_printing.print_pdf(Path("/nonexistent/x.pdf"), QPrinter())
    assert page.ui.awardsView.model().flags(page.model.index(1, 0)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
