"""F1 and Help › User guide show the guide offline, pictures included, at the page's section."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from emudesk import paths
from emudesk.ui.guide import GuideDialog, images_of
from emudesk.ui.main_window import MainWindow
from emudesk.ui.registry import CERTIFICATES, RANKING
from tests.ui.conftest import find_dialog, open_year_page
from tests.ui.test_translations import english


def shown_pictures(guide: GuideDialog) -> list[str]:
    """The pictures of the guide the browser could load (each one a real image)."""
    document = guide.ui.browser.document()
    loaded = []
    for picture in images_of(paths.guide_file(guide.language)):
        url = QUrl(f"screenshots/{picture.name}")
        resource = document.resource(QTextDocument.ResourceType.ImageResource, url)
        if resource is not None and not resource.isNull():
            loaded.append(picture.name)
    return loaded


def laid_out_heights(guide: GuideDialog) -> list[float]:
    """The height each picture is drawn at (0 would be an invisible picture)."""
    heights = []
    block = guide.ui.browser.document().begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            text_format = piece.fragment().charFormat()
            if text_format.isImageFormat():
                heights.append(text_format.toImageFormat().height())
            piece += 1
        block = block.next()
    return heights


def test_f1_on_the_ranking_opens_the_guide_at_the_ranking(qtbot: QtBot, window: MainWindow) -> None:
    # GIVEN the officer on the ranking page
    open_year_page(window, RANKING, "UBDT-C4", 2024)
    # WHEN they press F1
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = find_dialog(qtbot, GuideDialog)
    # THEN the Vietnamese guide opens at "5. Xếp hạng", with its pictures
    assert guide.current_section() == 5
    assert guide.ui.sectionCombo.currentText() == "5. Xếp hạng"
    assert "09-ranking-ubdt-c4-2024.png" in shown_pictures(guide)
    assert len(shown_pictures(guide)) == len(images_of(paths.guide_file("vi")))
    assert all(height > 10 for height in laid_out_heights(guide))
    # and it fits its window: no picture is wider than the view
    assert guide.ui.browser.horizontalScrollBar().maximum() == 0


def test_the_help_menu_opens_the_english_guide_at_the_certificates(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the interface in English, on the certificates page
    english(window)
    open_year_page(window, CERTIFICATES, "UBDT-C4", 2024)
    # WHEN the officer chooses Help › User guide
    window.ui.actionUserGuide.trigger()
    guide = find_dialog(qtbot, GuideDialog)
    # THEN the English guide shows section 8 at the top of the view
    assert guide.language == "en"
    assert guide.ui.sectionCombo.currentText() == "8. Certificates"
    assert guide.current_section() == 8
    # WHEN another section is chosen from the list THEN the view goes there
    guide.ui.sectionCombo.setCurrentIndex(guide.ui.sectionCombo.findData(3))
    guide.ui.sectionCombo.activated.emit(guide.ui.sectionCombo.currentIndex())
    assert guide.current_section() == 3


def test_the_bundle_finds_the_guide_beside_its_resources(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a PyInstaller bundle, whose files live under sys._MEIPASS (build.spec copies
    # docs/guide.*.md and docs/screenshots there)
    shutil.copytree(paths.docs_dir(), tmp_path / "docs")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    # THEN the guide and every picture it shows are found there
    guide = paths.guide_file("en")
    assert guide == tmp_path / "docs" / "guide.en.md"
    assert all(picture.is_file() for picture in images_of(guide))
    dialog = GuideDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.sections()  # read and laid out


def test_the_bundle_spec_ships_the_guide() -> None:
    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text(encoding="utf-8")
    assert '("guide.vi.md", "guide.en.md", "windows.md")' in spec
    # (as 256-colour copies made at build time; the checkout's pictures stay as they are)
    assert 'palette_screenshots(ROOT / "docs" / "screenshots", "docs/screenshots")' in spec
