"""Old office screens: every page and dialog is usable at 1024 × 768, in both languages.

The window must not grow past the screen whatever page it shows; no dialog may need more
than the screen; the pages officers complained about show their columns and choices whole;
and unit pickers show what tells the units apart and find a unit by typing part of its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from emudesk.services.organisation import clusters, years
from emudesk.ui.dialogs.year import YearDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.certificates import CertificatesPage
from emudesk.ui.registry import CERTIFICATES, Scope, Target
from tests.ui.conftest import open_year_page
from tests.ui.test_translations import all_dialogs, english

SCREEN = QSize(1024, 768)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def every_page(window: MainWindow) -> list[Target]:
    found = [Target(spec.key) for spec in window.registry.pages(Scope.GLOBAL)]
    for cluster in window.context.read(clusters.list_clusters):
        for year in cluster.years:
            uuid = window.context.read(years.get_year, cluster.code, year).uuid
            found += [Target(spec.key, uuid) for spec in window.registry.pages(Scope.YEAR)]
    return found


def shows_whole(combo: QComboBox) -> bool:
    """The combo's current text is not cut (room for the text and the arrow)."""
    text = combo.currentText() if not combo.isEditable() else combo.lineEdit().text()
    return combo.fontMetrics().horizontalAdvance(text) + 28 <= combo.width()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_fits_the_screen(window: MainWindow, language: str) -> None:
    # GIVEN the window at 1024 × 768 in either language
    if language == "en":
        english(window)
    window.resize(SCREEN)
    for target in every_page(window):
        # WHEN any page is shown THEN the window stays inside the screen
        window.go(target)
        settle()
        assert window.width() <= SCREEN.width(), (target.page, window.width())
        assert window.height() <= SCREEN.height(), (target.page, window.height())


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_fits_the_screen(window: MainWindow, tmp_path: Path, language: str) -> None:
    if language == "en":
        english(window)
    for dialog in all_dialogs(window, tmp_path):
        needed = dialog.minimumSizeHint()
        assert needed.width() <= SCREEN.width(), (type(dialog).__name__, needed)
        assert needed.height() <= SCREEN.height() - 40, (type(dialog).__name__, needed)
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_certificates_page_shows_every_column_and_the_template(
    window: MainWindow, language: str
) -> None:
    if language == "en":
        english(window)
    window.resize(SCREEN)
    page = open_year_page(window, CERTIFICATES, "UBDT-C4", 2024)
    assert isinstance(page, CertificatesPage)
    settle()
    view = page.ui.awardsView
    # THEN no column is scrolled away or squeezed to nothing: the recipient, award, decision
    # and number are all in sight, the names and awards wrapped onto two lines if need be
    assert view.horizontalScrollBar().maximum() == 0
    columns = [view.columnWidth(c) for c in range(page.model.columnCount())]
    assert sum(columns) <= view.viewport().width() + 1
    assert min(columns[:2]) >= 100
    assert shows_whole(page.ui.templateCombo)


def open_year_dialog(window: MainWindow) -> YearDialog:
    info = window.context.read(years.get_year, "UBDT-C4", 2025)
    dialog = YearDialog.for_year(window.context, info, window)
    dialog.show()
    settle()
    return dialog


@pytest.mark.parametrize("language", ["vi", "en"])
def test_unit_pickers_show_what_tells_the_units_apart(window: MainWindow, language: str) -> None:
    # GIVEN eight members whose names all begin "Ban Dân tộc tỉnh"
    if language == "en":
        english(window)
    dialog = open_year_dialog(window)
    head = dialog.ui.headCombo
    # THEN the head picker shows the province first, and shows it whole
    assert head.currentText().startswith("Phú Yên")
    assert shows_whole(head)
    assert all(
        not head.itemText(i).startswith("Ban ") for i in range(head.count()) if head.itemData(i)
    )
    dialog.reject()


def test_a_unit_picker_finds_a_unit_by_part_of_its_name(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_year_dialog(window)
    deputy = dialog.ui.deputyCombo
    # WHEN the officer types "lam d" (without the marks) into the deputy picker and presses Enter
    deputy.setFocus()
    deputy.lineEdit().selectAll()
    qtbot.keyClicks(deputy.lineEdit(), "lam d")
    popup: QWidget = deputy.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert deputy.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # THEN Lâm Đồng is the chosen deputy
    assert deputy.currentData() == next(
        m.uuid for m in dialog.checklist.checked_units() if m.code == "BDT-LD"
    )
    assert deputy.currentText().startswith("Lâm Đồng")
    dialog.reject()
