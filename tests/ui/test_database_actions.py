"""File and Tools menus: an empty database, the demo, back up, restore, open another file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.services.organisation import clusters
from emudesk.ui.dialogs.cluster import ClusterDialog
from emudesk.ui.dialogs.issuer import IssuerDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.clusters import ClustersPage
from emudesk.ui.settings import Settings
from tests.conftest import dump
from tests.ui.conftest import Boxes, click, find_dialog, press_ok, type_text


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    chosen = (str(path), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)


def test_an_empty_database_offers_the_demo(qtbot: QtBot, empty_window: MainWindow) -> None:
    page = empty_window.current_page()
    assert isinstance(page, ClustersPage)
    assert page.ui.emptyPanel.isVisible() and page.ui.loadDemoButton.isVisible()
    click(qtbot, page.ui.loadDemoButton)
    # listed by their issuers' current names: Bộ Dân tộc và Tôn giáo, Bộ Văn hóa, …
    assert [c.code for c in empty_window.context.read(clusters.list_clusters)] == [
        "UBDT-C4",
        "VHTTDL-C4",
    ]
    assert not page.ui.emptyPanel.isVisible()
    assert page.model.rowCount() == 2


def test_an_empty_database_makes_the_real_first_step_the_obvious_one(
    qtbot: QtBot, empty_window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN a new, empty database
    page = empty_window.current_page()
    assert isinstance(page, ClustersPage)
    start, demo = page.ui.startButton, page.ui.loadDemoButton
    # THEN the biggest control of the page is "Add your issuer and cluster", the demo a small
    # flat button below the other real beginnings (a handover, a received form)
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert max(buttons, key=lambda b: b.width() * b.height()) is start
    assert start.height() > demo.height() and demo.isFlat()
    assert page.ui.handoverButton.isVisible() and page.ui.fillFormButton.isVisible()
    assert not page.ui.addButton.isVisible() and not page.ui.splitter.isVisible()
    # WHEN the officer clicks it THEN the issuer comes first, then the cluster
    click(qtbot, start)
    issuer = find_dialog(qtbot, IssuerDialog)
    type_text(qtbot, issuer.ui.nameEdit, "Ủy ban Dân tộc")
    type_text(qtbot, issuer.ui.shortNameEdit, "UBDT")
    press_ok(qtbot, issuer)
    cluster = find_dialog(qtbot, ClusterDialog)
    assert cluster.ui.issuerCombo.currentText() == "Ủy ban Dân tộc"
    type_text(qtbot, cluster.ui.codeEdit, "UBDT-C4")
    type_text(qtbot, cluster.ui.nameEdit, "Cụm thi đua số 4")
    press_ok(qtbot, cluster)
    qtbot.waitUntil(lambda: not cluster.isVisible())
    # THEN the cluster is stored under its issuer, the page lists it and says what is next
    (stored,) = empty_window.context.read(clusters.list_clusters)
    assert (stored.code, stored.issuer_name) == ("UBDT-C4", "Ủy ban Dân tộc")
    assert not page.ui.emptyPanel.isVisible() and page.ui.addYearButton.isVisible()
    assert page.ui.yearsHint.text().startswith("Chưa có năm nào. Tiếp theo: các đơn vị")


def test_the_other_beginnings_are_the_file_menus_own(
    qtbot: QtBot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an empty database WHEN "Receive a handover file" or "Fill in a received form" is
    # clicked THEN it does what the File menu entry does
    chosen: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.append(a[1]) or "", "")
    )
    page = empty_window.current_page()
    assert isinstance(page, ClustersPage)
    click(qtbot, page.ui.handoverButton)
    click(qtbot, page.ui.fillFormButton)
    assert len(chosen) == 2 and chosen[1] == "Mở phiếu chấm điểm nhận được"


def test_back_up_then_restore(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "copy.sqlite"
    answer_file_dialogs(monkeypatch, backup)
    window.ui.actionBackup.trigger()
    assert backup.exists()
    assert str(backup) in boxes.last.text

    # a change after the backup…
    uuid = window.context.read(clusters.get_cluster, "UBDT-C4").issuer_uuid
    window.context.write(clusters.create_cluster, clusters.ClusterFields("NEW-1", "Cụm mới", uuid))
    assert len(window.context.read(clusters.list_clusters)) == 3

    # …is undone by restoring, after confirming
    boxes.answers = [0, 0]
    window.ui.actionRestore.trigger()
    assert "Đã khôi phục" in boxes.last.title
    assert len(window.context.read(clusters.list_clusters)) == 2
    page = window.current_page()
    assert isinstance(page, ClustersPage) and page.model.rowCount() == 2


def test_restoring_a_file_that_is_no_backup_is_refused_before_any_question(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a letter chosen by mistake as the backup to restore
    letter = tmp_path / "thu-moi.sqlite"
    letter.write_text("Kính gửi các đơn vị", encoding="utf-8")
    answer_file_dialogs(monkeypatch, letter)
    before = dump(window.context.db)
    # WHEN the officer asks to restore it
    window.ui.actionRestore.trigger()
    # THEN the only box says it is no backup: no "replace everything?" question first
    assert len(boxes.shown) == 1
    assert boxes.last.title == "Khôi phục từ bản sao lưu"
    assert "thu-moi.sqlite" in boxes.last.text and "không phải" in boxes.last.text
    assert dump(window.context.db) == before


def test_open_another_database_and_find_it_in_recent(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite"
    answer_file_dialogs(monkeypatch, other)
    window.ui.actionNewDatabase.trigger()
    assert window.context.db.path == other
    assert str(other) in window.database_label.text()
    assert window.settings.recent_databases[0] == str(other)
    assert window.ui.menuRecent.actions()[0].text() == str(other)
    page = window.current_page()
    assert isinstance(page, ClustersPage) and page.model.rowCount() == 0


def test_a_file_that_is_not_a_database_is_refused_and_the_old_one_stays(
    window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.context.db.path
    bogus = tmp_path / "letter.sqlite"
    bogus.write_text("Kính gửi", encoding="utf-8")
    answer_file_dialogs(monkeypatch, bogus)
    window.ui.actionOpenDatabase.trigger()
    assert boxes.last.title == "Không mở được cơ sở dữ liệu"
    assert "letter.sqlite" in boxes.last.text
    assert window.context.db.path == before


def test_settings_choose_the_database_opened_at_start(
    window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    other = tmp_path / "second.sqlite"
    open_database(other).dispose()
    window.apply_settings("vi", str(other))
    assert window.context.db.path == other
    assert Settings.load(settings.path).database == str(other)
