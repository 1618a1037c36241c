"""Digital signatures in the window, with the SoftHSM2 token: the settings dialog, signing a
paper (PIN typed, a wrong one first), a signed handover received and shown, an unsigned one
refused unless accepted, and checking a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from emudesk.db import open_database
from emudesk.model import AuditEntry
from emudesk.services.signing import papers, settings, trust
from emudesk.signing import Status, Token
from emudesk.ui import handover_actions, signing_actions
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.pin import PinDialog
from emudesk.ui.dialogs.settings import SettingsDialog
from emudesk.ui.dialogs.signature_settings import SignatureSettingsDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.settings import Settings
from tests.conftest import dump
from tests.ui.conftest import Boxes, choose, click, find_dialog, open_year_page, press_ok, type_into

Step = tuple[type[QWidget], Callable[[Any], None]]


def later(*steps: Step) -> None:
    """Answer modal dialogs as they open, in turn: each step waits (without blocking) for a
    visible dialog of its class, then acts on it, as a person answers them one by one."""
    pending = list(steps)
    polls = [500]  # about ten seconds at most

    def poll() -> None:
        if not pending or polls[0] <= 0:
            return
        polls[0] -= 1
        kind, act = pending[0]
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            pending.pop(0)
            act(found[-1])
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def type_pin(qtbot: QtBot, pin: str, seen: list[str] | None = None) -> Step:
    def act(dialog: PinDialog) -> None:
        if seen is not None:
            seen.append(dialog.ui.warningLabel.text())
        type_into(qtbot, dialog.ui.pinEdit, pin)
        press_ok(qtbot, dialog)

    return PinDialog, act


def pick_block(label: str) -> Step:
    def act(dialog: QInputDialog) -> None:
        dialog.setTextValue(label)
        dialog.accept()

    return QInputDialog, act


def test_the_token_and_the_trusted_certificates_are_chosen_in_the_settings(
    qtbot: QtBot, window: MainWindow, test_token: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("MODULE", "TOKEN_LABEL", "SLOT", "KEY_LABEL", "PIN"):
        monkeypatch.delenv(f"EMUDESK_PKCS11_{name}", raising=False)
    # GIVEN the settings say no token is set up
    window.ui.actionSettings.trigger()
    dialog = find_dialog(qtbot, SettingsDialog)
    assert "Chưa thiết lập thiết bị ký" in dialog.ui.signingLabel.text()
    # WHEN the officer opens Digital signatures, gives the vendor's driver and finds the token
    click(qtbot, dialog.ui.signingButton)
    signatures = find_dialog(qtbot, SignatureSettingsDialog)
    type_into(qtbot, signatures.ui.moduleEdit, test_token["EMUDESK_PKCS11_MODULE"])
    click(qtbot, signatures.ui.findButton)
    assert "Tìm thấy 1 thiết bị ký" in signatures.ui.tokenStatus.text()
    choose(signatures.ui.tokenCombo, "emudesk-test")
    keys = signatures.ui.keyCombo
    assert sorted(keys.itemText(i) for i in range(keys.count())) == [
        "emudesk-signer",
        "emudesk-signer-ec",
    ]
    keys.setCurrentIndex(keys.findText("emudesk-signer"))
    assert "Nguyễn Văn Thử — Sở Nội vụ tỉnh Thử nghiệm" in signatures.ui.tokenStatus.text()
    # ... and imports the CA's certificate (the file dialog's choice)
    signatures.import_files([Path(test_token["EMUDESK_TEST_CA"])])
    assert signatures.model.rowCount() == 1
    press_ok(qtbot, signatures)
    # THEN the choice is stored (never a PIN), and the settings show it
    assert settings.stored_token() == Token(
        test_token["EMUDESK_PKCS11_MODULE"], "emudesk-test", "emudesk-signer"
    )
    assert [s.name for s in trust.trusted()] == ["Emudesk Test Root CA"]
    qtbot.waitUntil(lambda: "emudesk-test" in dialog.ui.signingLabel.text())
    assert "1 chứng thư số" in dialog.ui.signingLabel.text()


def test_the_minutes_are_signed_in_the_chairs_block_after_a_wrong_pin(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, trusting_ca: dict[str, str],
) -> None:  # fmt: skip
    # GIVEN the meetings page of VHTTDL-C4 2024, a token set up
    page = open_year_page(window, "meetings", "VHTTDL-C4", 2024)
    page.ui.meetingsView.selectRow(0)
    target = tmp_path / "bien-ban.pdf"
    warnings: list[str] = []
    # WHEN the minutes are written, the officer says "sign", picks the chair's block, types a
    # wrong PIN, then the right one
    boxes.answers = [0]
    later(
        pick_block("CHỦ TRÌ"),
        type_pin(qtbot, "000000", warnings),
        type_pin(qtbot, trusting_ca["EMUDESK_PKCS11_PIN"], warnings),
    )
    assert page.write_minutes(target)
    # THEN the paper is signed, and the second PIN dialog said why the first failed
    assert boxes.last.title == "Đã ký số văn bản"
    assert "Nguyễn Văn Thử" in boxes.last.text and "khối chữ ký CHỦ TRÌ" in boxes.last.text
    assert [f.name for f in papers.places(target)] == ["secretary"]  # left for the secretary
    assert warnings[0] == ""
    assert warnings[1].startswith("Thiết bị ký không chấp nhận mã PIN; hãy kiểm tra rồi nhập lại.")
    assert "chỉ còn ít lần thử" in warnings[1]  # the token's own count of wrong PINs
    [verdict] = papers.check_pdf(target)
    assert verdict.status is Status.VALID
    # AND Tools › Verify a signed file says so too
    signing_actions.verify_file(window, target)
    assert boxes.last.title == "Chữ ký số hợp lệ"
    assert "chữ ký hợp lệ của Nguyễn Văn Thử" in boxes.last.text


def test_a_signed_handover_shows_its_signer_and_an_unsigned_one_needs_acceptance(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, trusting_ca: dict[str, str],
) -> None:  # fmt: skip
    # GIVEN the old head writes the handover file and signs it with the token
    signed = tmp_path / "ban-giao.emudesk"
    boxes.answers = [0]  # "Sign"
    later(type_pin(qtbot, trusting_ca["EMUDESK_PKCS11_PIN"]))
    assert handover_actions.write_export(window, window.context, "VHTTDL-C4", signed) == signed
    assert boxes.last.title == "Đã ghi và ký số tệp bàn giao"
    # WHEN the new head receives it
    other = DataContext(open_database(tmp_path / "new.sqlite", create=True))
    new_window = MainWindow(other, Settings(path=tmp_path / "s.json"))
    qtbot.addWidget(new_window)
    boxes.answers = [0, 0]
    plan = handover_actions.merge_file(new_window, other, signed)
    # THEN the confirmation named the signer, and the cluster arrived
    assert plan is not None and sum(plan.new.values()) > 100
    confirmation = boxes.shown[-2]
    assert "Chữ ký số: chữ ký hợp lệ của Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm)" in (
        confirmation.text
    )
    # WHEN an unsigned file arrives and the officer refuses it
    unsigned = tmp_path / "khong-ky.emudesk"
    boxes.answers = [1]
    handover_actions.write_export(window, window.context, "UBDT-C4", unsigned)
    third = DataContext(open_database(tmp_path / "third.sqlite", create=True))
    before = dump(third.db)
    boxes.answers = [1]  # Refuse
    assert handover_actions.merge_file(new_window, third, unsigned) is None
    # THEN nothing changed
    assert boxes.last.title == "Không có chữ ký số hợp lệ" and dump(third.db) == before
    # WHEN it is accepted all the same, it is merged and the acceptance recorded
    boxes.answers = [0, 0]
    assert handover_actions.merge_file(new_window, third, unsigned) is not None
    with third.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "handover_signature")
        ).one()
    assert entry.new_value is not None and entry.new_value["accepted_without_valid_signature"]
    new_window.close()
    other.close()
    third.close()


def test_the_dossier_written_from_its_page_is_signed_with_one_pin(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, trusting_ca: dict[str, str],
) -> None:  # fmt: skip
    from emudesk.ui.pages.dossier import DossierPage

    # GIVEN the Dossier page of UBDT-C4 2024, a token set up
    page = open_year_page(window, "dossier", "UBDT-C4", 2024)
    assert isinstance(page, DossierPage)
    folder = tmp_path / "ho-so"
    folder.mkdir()
    page.choose_folder = lambda: folder  # type: ignore[method-assign]
    # WHEN the dossier is written and the officer signs its PDFs, typing the PIN once
    boxes.answers = [0]
    later(type_pin(qtbot, trusting_ca["EMUDESK_PKCS11_PIN"]))
    click(qtbot, page.ui.writeButton)
    # THEN every PDF paper carries a valid signature in its main block; Word files stay as
    # they were
    assert [b.title for b in boxes.shown][-2:] == ["Đã ký số các văn bản", "Đã ghi hồ sơ"]
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 5
    for pdf in pdfs:
        assert [v.status for v in papers.check_pdf(pdf)] == [Status.VALID], pdf.name
    assert "head" not in [f.name for f in papers.places(folder / "01-to-trinh.pdf")]
