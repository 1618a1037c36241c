"""The main window: Vietnamese by default, navigation, search, language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from emudesk import i18n
from emudesk.ui.dialogs.about import AboutDialog
from emudesk.ui.dialogs.settings import SettingsDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.clusters import ClustersPage
from emudesk.ui.pages.units import UnitsPage
from emudesk.ui.pages.year import YearPage
from emudesk.ui.registry import UNITS, Target
from emudesk.ui.settings import Settings
from tests.ui.conftest import Boxes, find_dialog, press_ok


def _nav_texts(window: MainWindow) -> list[str]:
    model = window.navigation
    texts = []
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        texts.append(index.data())
        pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return texts


def test_window_opens_in_vietnamese_on_the_clusters(window: MainWindow) -> None:
    # GIVEN the demo database WHEN the window opens
    # THEN menus and navigation speak Vietnamese and the clusters page lists both clusters
    assert window.ui.menuFile.title() == "Tệ&p"
    assert window.ui.menuHelp.title() == "T&rợ giúp"
    assert "Cụm thi đua" in _nav_texts(window)
    assert "Đơn vị" in _nav_texts(window)
    assert "Năm 2025" in _nav_texts(window)
    page = window.current_page()
    assert isinstance(page, ClustersPage)
    assert page.model.rowCount() == 2
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Mã"
    assert str(window.context.db.path) in window.database_label.text()


def test_choosing_a_year_in_the_tree_opens_its_overview(qtbot: QtBot, window: MainWindow) -> None:
    # WHEN the officer clicks "Năm 2024" under UBDT-C4
    tree = window.ui.navTree
    cluster = next(
        window.navigation.index(r, 0, window.navigation.index(0, 0))
        for r in range(window.navigation.rowCount(window.navigation.index(0, 0)))
        # two clusters are called "Cụm thi đua số 4": the tree tells them apart by the issuer
        if window.navigation.index(r, 0, window.navigation.index(0, 0)).data()
        == "Cụm thi đua số 4 (UBDT)"
    )
    tree.expand(cluster)
    year_2024 = next(
        window.navigation.index(r, 0, cluster)
        for r in range(window.navigation.rowCount(cluster))
        if window.navigation.index(r, 0, cluster).data() == "Năm 2024"
    )
    rect = tree.visualRect(year_2024)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # THEN the overview of 2024 shows Đắk Lắk as head and Phú Yên as deputy
    page = window.current_page()
    assert isinstance(page, YearPage)
    assert "2024" in page.ui.titleLabel.text()
    assert "Đắk Lắk" in page.ui.headLabel.text()
    assert "Phú Yên" in page.ui.deputyLabel.text()
    assert page.members.rowCount() == 8
    assert tree.currentIndex().data() == "Năm 2024"


def test_keyboard_shortcuts_switch_pages_and_focus_the_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), UnitsPage)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), ClustersPage)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_search_without_marks_finds_dak_lak_and_goes_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the search box WHEN the officer types "dak lak" without marks
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "dak lak")
    popup = window.search.popup_view()
    qtbot.waitUntil(popup.isVisible)

    # THEN the popup lists the Ban Dân tộc of Đắk Lắk
    titles = [hit.title for hit in window.search.hits.hits()]
    assert "Ban Dân tộc tỉnh Đắk Lắk" in titles

    # WHEN they pick it with the keyboard
    row = titles.index("Ban Dân tộc tỉnh Đắk Lắk")
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    # THEN the units page opens with that unit selected
    page = window.current_page()
    assert isinstance(page, UnitsPage)
    chosen = page._selected()
    assert chosen is not None and chosen.official_name == "Ban Dân tộc tỉnh Đắk Lắk"
    assert window.navigation.target_of(window.ui.navTree.currentIndex()) is not None


def test_enter_in_the_search_goes_to_the_first_hit(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "UBDT-C4")
    window.search.run_search()
    window.search.popup_view().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, ClustersPage)
    selected = page._selected()
    assert selected is not None and selected.code == "UBDT-C4"


def test_switching_to_english_retranslates_the_open_window(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    # GIVEN the units page in Vietnamese
    window.go(Target(UNITS))
    page = window.current_page()
    assert isinstance(page, UnitsPage)
    assert page.ui.titleLabel.text() == "Đơn vị thành viên"

    # WHEN the officer chooses English in the settings dialog
    window.ui.actionSettings.trigger()
    dialog = find_dialog(qtbot, SettingsDialog)
    combo: QComboBox = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    press_ok(qtbot, dialog)

    # THEN menus, page, headers and tree are English at once, and the choice is saved
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert page.ui.titleLabel.text() == "Member units"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Official name"
    assert "Units" in _nav_texts(window)
    assert "Year 2025" in _nav_texts(window)
    assert settings.language == "en"
    assert settings.path is not None
    assert '"language": "en"' in settings.path.read_text(encoding="utf-8")
    # and the lower layers' messages follow
    assert i18n.language() == "en"


def test_about_shows_version_and_database(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionAbout.trigger()
    dialog = find_dialog(qtbot, AboutDialog)
    assert dialog.ui.databaseLabel.text() == str(window.context.db.path)
    assert dialog.ui.licenceCaption.text() == "Giấy phép:"
    dialog.close()


def test_check_database_reports_a_sound_demo(window: MainWindow, boxes: Boxes) -> None:
    window.ui.actionCheckDatabase.trigger()
    assert boxes.last.text == "Cơ sở dữ liệu không có lỗi."


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_entries_of_a_menu_share_an_alt_key(window: MainWindow, language: str) -> None:
    from emudesk.ui import translation

    # GIVEN the menus in either language
    translation.install(language)
    QApplication.sendPostedEvents(None, 0)
    menus = [window.ui.menubar]
    for menu in menus:  # grows while it is walked: submenus too
        menus += [a.menu() for a in menu.actions() if a.menu() and a.menu() not in menus]
    # THEN within each menu every Alt+letter opens one entry only
    for menu in menus:
        texts = [a.text() for a in menu.actions() if "&" in a.text().replace("&&", "")]
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(keys) == len(set(keys)), (menu.objectName(), texts)


def focus_of(qtbot: QtBot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_ctrl_tab_leaves_a_table_and_f6_reaches_the_navigation_tree(
    qtbot: QtBot, window: MainWindow
) -> None:
    from emudesk.ui.pages.score_grid import ScoreGridPage
    from emudesk.ui.registry import SCORE_GRID
    from tests.ui.conftest import open_year_page

    # GIVEN the keyboard in the score grid
    page = open_year_page(window, SCORE_GRID, "UBDT-C4", 2024)
    assert isinstance(page, ScoreGridPage)
    grid = page.ui.gridView
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    start = grid.currentIndex()
    # WHEN Tab is pressed THEN it moves between cells and stays in the table
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.hasFocus() and grid.currentIndex().column() == start.column() + 1
    # WHEN Ctrl+Tab is pressed THEN the focus leaves the table for the next control
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    after = focus_of(qtbot)
    assert after is not grid and not grid.isAncestorOf(after) and after.window() is window
    # AND Ctrl+Shift+Tab from the table goes to the control before it
    grid.setFocus()
    qtbot.keyClick(
        grid,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    before = focus_of(qtbot)
    assert before is not grid and page.isAncestorOf(before)
    # WHEN F6 is pressed in the table THEN the navigation tree has the focus
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F6)
    assert window.ui.navTree.hasFocus()
    # AND F6 again goes back to the table, where the keyboard was
    qtbot.keyClick(window.ui.navTree, Qt.Key.Key_F6)
    assert grid.hasFocus()


def test_ctrl_tab_leaves_the_scoring_tree_whose_tab_indents(
    qtbot: QtBot, window: MainWindow
) -> None:
    from emudesk.ui.registry import SCORING_TABLE
    from tests.ui.conftest import open_year_page

    page = open_year_page(window, SCORING_TABLE, "UBDT-C4", 2025)
    tree = page.ui.treeView
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not tree.hasFocus() and focus_of(qtbot).window() is window


def test_ctrl_tab_leaves_a_table_in_a_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from emudesk.ui.dialogs.meeting import MeetingDialog
    from emudesk.ui.registry import MEETINGS
    from tests.ui.conftest import click, open_year_page

    page = open_year_page(window, MEETINGS, "UBDT-C4", 2025)
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, MeetingDialog)
    table = dialog.ui.attendanceView
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not table.hasFocus() and focus_of(qtbot).window() is dialog
    dialog.reject()
