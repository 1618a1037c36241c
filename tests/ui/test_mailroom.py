"""The mail room in the window: send the forms, the Returns board, remind, reply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from emudesk.exchange.formdata import COL_SELF
from emudesk.model import FormDispatch, ReturnReceipt
from emudesk.services.exchange import member
from emudesk.ui.dialogs.import_returns import ImportDialog
from emudesk.ui.dialogs.member_form import MemberFormDialog
from emudesk.ui.dialogs.send_forms import SendFormsDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.returns import ReturnsModel, ReturnsPage
from emudesk.ui.registry import RETURNS
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    forms_fixture,
    set_cell,
)
from tests.mail.conftest import address_of, mail_forms_fixture, return_email  # noqa: F401
from tests.mail.smtp_server import PASSWORD, USER, smtp_server
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page, press_ok, type_into


def states(page: ReturnsPage) -> dict[str, str]:
    model = page.model
    return {
        model.index(row, ReturnsModel.UNIT).data(): model.index(row, ReturnsModel.STATE).data()
        for row in range(model.rowCount())
    }


def test_send_the_forms_as_drafts_from_the_returns_page_then_import_a_reply(
    qtbot: QtBot, window: MainWindow, mail_forms: Forms, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN the head on UBDT-C4's 2025 Returns page: nothing sent yet
    page = open_year_page(window, RETURNS, "UBDT-C4", 2025)
    assert isinstance(page, ReturnsPage)
    assert set(states(page).values()) == {"Chưa gửi phiếu"}
    assert not page.ui.remindButton.isEnabled()
    # WHEN she sends the forms as drafts into a folder with a deadline
    click(qtbot, page.ui.sendButton)
    dialog = find_dialog(qtbot, SendFormsDialog)
    opened: list[QUrl] = []
    dialog.opened = opened.append  # type: ignore[assignment]
    assert dialog.ui.yearCombo.currentText().endswith("2025")
    out = tmp_path / "thu-nhap"
    out.mkdir()
    type_into(qtbot, dialog.ui.folderEdit, str(out))
    click(qtbot, dialog.ui.deadlineCheck)
    press_ok(qtbot, dialog)
    # THEN eight drafts are written and listed; one click opens each in the mail program
    assert dialog.ui.resultsList.count() == 8 and len(list(out.glob("*.eml"))) == 8
    click(qtbot, dialog.ui.openAllButton)
    assert sorted(Path(u.toLocalFile()).name for u in opened) == sorted(
        p.name for p in out.glob("*.eml")
    )
    dialog.close()
    # AND the board shows every form sent, waiting for its return
    assert set(states(page).values()) == {"Đang chờ"}
    assert page.ui.summaryLabel.text().startswith("UBDT-C4 năm 2025: đã gửi 8/8 phiếu")
    assert page.ui.remindButton.isEnabled()
    # WHEN Phú Yên's reply arrives as an e-mail and the head imports it from the page
    form = out / "UBDT-C4_2025_BDT-PY.xlsx"
    set_cell(form, "1.1", COL_SELF, 5)
    mail = tmp_path / "tra-loi.eml"
    mail.write_bytes(return_email(form, sender=address_of("BDT-PY")))
    click(qtbot, page.ui.importButton)
    importer = find_dialog(qtbot, ImportDialog)
    assert importer.year_uuid == page.year_uuid
    importer.add_files([mail])
    qtbot.waitUntil(lambda: importer.task is None, timeout=30_000)
    assert importer.model.index(0, 0).data() == f"tra-loi.eml › {form.name}"
    boxes.answers = [0, 0]
    click(qtbot, importer.ui.importButton)
    qtbot.waitUntil(lambda: not importer.committing and importer.task is None, timeout=30_000)
    importer.close()
    # THEN the board shows Phú Yên's return received, from its address
    found = states(page)
    assert found.pop("Ban Dân tộc Phú Yên") == "Đã nhận"
    assert set(found.values()) == {"Đang chờ"}
    page.ui.boardView.selectRow(page.model.row_of(next(
        r.uuid for r in page.model.records() if r.row.unit_code == "BDT-PY")))  # fmt: skip
    assert address_of("BDT-PY") in page.ui.detailsBrowser.toPlainText()
    # WHEN she reminds the missing ones
    click(qtbot, page.ui.remindButton)
    reminder = find_dialog(qtbot, SendFormsDialog)
    assert reminder.remind and reminder.windowTitle() == "Nhắc các đơn vị chưa gửi phiếu"
    later = tmp_path / "nhac"
    later.mkdir()
    type_into(qtbot, reminder.ui.folderEdit, str(later))
    press_ok(qtbot, reminder)
    # THEN the seven others get a reminder draft, recorded on the board
    assert len(list(later.glob("*_nhac-lai.eml"))) == 7
    with mail_forms.db.session() as session:
        assert session.query(FormDispatch).filter_by(kind="reminder").count() == 7
        assert session.query(ReturnReceipt).count() == 1


def test_send_the_forms_through_the_mail_server_with_a_progress_dialog(
    qtbot: QtBot, window: MainWindow, mail_forms: Forms, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN a mail server on loopback
    with smtp_server(tmp_path) as box:
        open_year_page(window, RETURNS, "UBDT-C4", 2024)
        window.ui.actionSendForms.trigger()
        dialog = find_dialog(qtbot, SendFormsDialog)
        # WHEN the head chooses the server, types her account and sends
        radio = dialog.ui.smtpRadio  # clicked on its circle, where a person clicks
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        assert dialog.ui.smtpBox.isEnabled() and not dialog.ui.folderEdit.isEnabled()
        type_into(qtbot, dialog.ui.hostEdit, "127.0.0.1")
        dialog.ui.portSpin.setValue(box.port)
        type_into(qtbot, dialog.ui.userEdit, USER)
        dialog.ui.passwordEdit.setText(PASSWORD)
        # AND names the office's own certificate authority, which the server's certificate
        # comes from (without it the certificate cannot be verified and nothing is sent)
        type_into(qtbot, dialog.ui.caEdit, box.cafile)
        press_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert not [b for b in boxes.shown if b.title != "Đã gửi thư"], boxes.shown
    # THEN the eight e-mails went out and she is told so
    assert len(box.messages) == 8
    assert boxes.last.title == "Đã gửi thư" and boxes.last.text == "Đã gửi 8 thư."
    # AND the server is remembered, but never the password
    assert window.settings.smtp["host"] == "127.0.0.1"
    assert window.settings.smtp["cafile"] == box.cafile
    assert window.settings.smtp["user"] == USER
    saved = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert PASSWORD not in saved and "127.0.0.1" in saved


def test_the_member_replies_with_the_filled_form(
    qtbot: QtBot, mail_forms: Forms, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN Phú Yên's received form, opened to fill in
    from emudesk.services.mail import drafts

    received = tmp_path / "nhan"
    received.mkdir()
    with mail_forms.db.session() as session:
        drafts.write_drafts(session, mail_forms.year_uuid, received)
    form = member.open_received_form(received / "UBDT-C4_2024_BDT-PY.xlsx")
    dialog = MemberFormDialog(form)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.opened = opened.append  # type: ignore[assignment]
    # WHEN the return is saved and she replies with it
    saved = tmp_path / "UBDT-C4_2024_BDT-PY.xlsx"
    assert dialog.save_to(saved)
    click(qtbot, dialog.ui.replyButton)
    # THEN a draft to the head with the return attached opens in the mail program
    draft = saved.with_suffix(".eml")
    assert [Path(u.toLocalFile()) for u in opened] == [draft]
    text = draft.read_bytes()
    assert b"X-Unsent: 1" in text and address_of("BDT-DLK").encode() in text


def test_the_returns_page_follows_a_language_switch(window: MainWindow, mail_forms: Forms) -> None:
    from emudesk.ui import translation

    page = open_year_page(window, RETURNS, "UBDT-C4", 2025)
    translation.install("en")
    QApplication.sendPostedEvents(None, 0)
    QApplication.processEvents()
    assert page.ui.sendButton.text() == "&Send the forms…"
    assert page.model.headers()[1] == "State"
    assert set(states(page).values()) == {"Not sent"}
