"""Official papers in the window: the issuer's award catalogue, the Dossier page with its
preview, numbers and Word documents, the wording, flags on the certificates page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from emudesk.services.organisation import years
from emudesk.services.papers import catalogue, numbers, wording
from emudesk.ui.dialogs.award import AwardDialog
from emudesk.ui.dialogs.wording import WordingDialog
from emudesk.ui.formatting import to_qdate
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.certificates import CertificatesPage
from emudesk.ui.pages.dossier import DossierPage
from emudesk.ui.pages.issuers import IssuersPage
from emudesk.ui.registry import CERTIFICATES, DOSSIER, ISSUERS, Target
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    open_year_page,
    press_ok,
    type_into,
    type_text,
)


def test_an_award_is_added_to_the_issuers_catalogue(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    window.go(Target(ISSUERS))
    page = window.current_page()
    assert isinstance(page, IssuersPage)
    uuid = next(i.uuid for i in page.model.records() if i.name == "Bộ Văn hóa, Thể thao và Du lịch")
    page.show_target(Target(ISSUERS, uuid))
    # GIVEN the ministry's catalogue is shown under it
    assert "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch" in [
        a.name for a in page.awards.records()
    ]
    # WHEN the officer adds "Tập thể lao động xuất sắc", typed as its papers print it
    click(qtbot, page.ui.addAwardButton)
    dialog = find_dialog(qtbot, AwardDialog)
    type_text(qtbot, dialog.ui.codeEdit, "TTLDXS")
    type_text(qtbot, dialog.ui.nameEdit, "Tập thể lao động xuất sắc")
    choose(dialog.ui.kindCombo, "Danh hiệu")
    choose(dialog.ui.artefactCombo, "Bằng")
    type_text(qtbot, dialog.ui.moneyEdit, "1,5")
    type_text(qtbot, dialog.ui.quotaEdit, "20 %")
    type_text(qtbot, dialog.ui.voteEdit, "≥ 2/3")
    choose(dialog.ui.modeCombo, "KT.")
    type_text(qtbot, dialog.ui.forEdit, "Bộ trưởng")
    type_text(qtbot, dialog.ui.signerEdit, "Thứ trưởng")
    dialog.ui.fromCheck.setChecked(True)
    dialog.ui.fromDate.setDate(to_qdate(dt.date(2025, 7, 1)))
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # THEN it is kept in the catalogue with its rules as data
    added = next(
        a for a in window.context.read(catalogue.list_awards, uuid) if a.fields.code == "TTLDXS"
    )
    assert added.fields.money_multiple == "1,5" and added.quota.places(5) == 1
    assert added.fields.signing_mode == "KT." and added.fields.signing_for == "BỘ TRƯỞNG"
    assert added.fields.valid_from == dt.date(2025, 7, 1)
    assert page._selected_award() is not None and page._selected_award().name == added.name


def test_the_dossier_page_previews_numbers_and_opens_papers_in_word(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    page = open_year_page(window, DOSSIER, "UBDT-C4", 2024)
    assert isinstance(page, DossierPage)
    labels = [page.model.label(r) for r in page.model.records()]
    assert labels[:2] == ["Tờ trình", "Biên bản hội nghị"]
    assert (
        labels[2] == "Báo cáo thành tích: Ban Dân tộc tỉnh Đắk Lắk — Cờ thi đua của Ủy ban Dân tộc"
    )
    assert len(labels) == 5  # and a report per proposed collective
    # the preview shows the selected paper
    qtbot.waitUntil(lambda: page.document.pageCount() >= 2)
    assert page.ui.symbolLabel.text() == "/TTr-CTĐ4" and page.ui.numberEdit.text() == "2"
    # WHEN the officer opens the paper in Word/Writer THEN a .docx is handed over
    opened: list[Path] = []
    page.open_external = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    click(qtbot, page.ui.openButton)
    assert opened and opened[0].suffix == ".docx" and opened[0].stat().st_size > 5000
    # WHEN the year summary… (not in the dossier) — the minutes get another number by hand
    page.ui.papersView.selectRow(1)
    type_into(qtbot, page.ui.numberEdit, "7")
    click(qtbot, page.ui.saveNumberButton)
    year = window.context.read(years.get_year, "UBDT-C4", 2024)
    assert window.context.read(numbers.numbers, year.uuid)["minutes"].number == 7
    # AND a number another paper took is refused, saying which is free
    type_into(qtbot, page.ui.numberEdit, "2")
    click(qtbot, page.ui.saveNumberButton)
    assert "số còn trống" in boxes.last.text
    # WHEN the whole dossier is written THEN both formats land in the chosen folder
    folder = tmp_path / "hs"
    folder.mkdir()
    page.choose_folder = lambda: folder  # type: ignore[method-assign]
    click(qtbot, page.ui.writeButton)
    assert len(list(folder.glob("*.docx"))) == 5 and len(list(folder.glob("*.pdf"))) == 5


def test_the_wording_is_edited_and_kept_with_the_cluster(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = open_year_page(window, DOSSIER, "VHTTDL-C4", 2024)
    assert isinstance(page, DossierPage)
    click(qtbot, page.ui.wordingButton)
    dialog = find_dialog(qtbot, WordingDialog)
    choose(dialog.ui.blockCombo, "Ký thay mặt")
    type_into(qtbot, dialog.ui.textEdit, "Cụm thi đua số 4")
    type_into(qtbot, dialog.ui.symbolEdit, "CTĐ4-VH")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = window.context.read(wording.get_wording, "VHTTDL-C4")
    assert kept.office_symbol == "CTĐ4-VH"
    assert kept.texts["submission"]["sign_for"] == "Cụm thi đua số 4"
    assert ("submission", "sign_for") in kept.edited


def test_a_flag_is_shown_as_a_flag_and_listed_for_the_flag_maker(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    page = open_year_page(window, CERTIFICATES, "UBDT-C4", 2024)
    assert isinstance(page, CertificatesPage)
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    flag = next(r for r in rows if r.artefact == "flag")
    assert flag.recipient == "Ban Dân tộc tỉnh Đắk Lắk"
    # the flag cannot be ticked for printing; the two certificates are
    assert [r.recipient for r in page.model.checked()] == [
        "Ban Dân tộc tỉnh Phú Yên",
        "Ban Dân tộc tỉnh Bình Định",
    ]
    assert page.model.data(page.model.index(rows.index(flag), 3)) == "cờ"
    target = tmp_path / "co.docx"
    assert page.write_flag_list(target) and target.stat().st_size > 5000
    window.go(Target(CERTIFICATES, window.context.read(years.get_year, "UBDT-C4", 2024).uuid))


def test_the_dossier_page_says_when_stored_wording_is_left_out(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from emudesk.model import Cluster, PaperWording

    # GIVEN wording stored outside the Wording dialog, with a placeholder no paper knows
    def store(session: Session) -> None:
        cluster = session.scalar(select(Cluster).where(Cluster.code == "UBDT-C4"))
        session.add(
            PaperWording(
                cluster=cluster, office_symbol="", texts={"submission": {"request": "{sếp}"}}
            )
        )
        session.commit()

    window.context.write(store)
    # WHEN the Dossier page shows the tờ trình THEN the preview prints the built-in request
    # and the page says which stored block was left out
    page = open_year_page(window, DOSSIER, "UBDT-C4", 2024)
    assert isinstance(page, DossierPage)
    qtbot.waitUntil(lambda: page.document.pageCount() >= 2)
    assert "Tờ trình (request)" in page.ui.messageLabel.text()
    assert "bị bỏ qua" in page.ui.messageLabel.text()
