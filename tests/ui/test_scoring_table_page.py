"""The scoring table editor: rows typed in place, indented, deleted; versions; copying."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from emudesk import rules
from emudesk.services.organisation import years
from emudesk.services.scoring import locking, tables
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.criteria import CriterionTreeModel
from emudesk.ui.pages.scoring_table import ScoringTablePage
from emudesk.ui.registry import SCORING_TABLE
from tests.conftest import dump
from tests.ui.conftest import Boxes, click, focused_editor, open_year_page, type_text

K = rules.CriterionKind


def table_page(window: MainWindow, cluster: str = "UBDT-C4", year: int = 2025) -> ScoringTablePage:
    page = open_year_page(window, SCORING_TABLE, cluster, year)
    assert isinstance(page, ScoringTablePage)
    return page


def cell(page: ScoringTablePage, code: str, column: int) -> QModelIndex:
    found = next(c for c in page.model.criteria() if c.code == code)
    return page.model.index_of(found.uuid, column)


def click_cell(qtbot: QtBot, page: ScoringTablePage, code: str, column: int) -> None:
    view = page.ui.treeView
    index = cell(page, code, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex() == index


def type_in_cell(qtbot: QtBot, page: ScoringTablePage, code: str, column: int, text: str) -> None:
    """F2 on the cell, replace its text, Enter; then wait until the page shows the result."""
    click_cell(qtbot, page, code, column)
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_F2)
    editor = focused_editor(qtbot)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.treeView.state() != page.ui.treeView.State.EditingState)


def stored(window: MainWindow, cluster: str = "UBDT-C4", year: int = 2025) -> tables.TableInfo:
    info = window.context.read(years.get_year, cluster, year)
    table = window.context.read(tables.get_table, info.uuid)
    assert table is not None
    return table


def test_shows_the_tree_with_sums_kinds_and_version(window: MainWindow) -> None:
    page = table_page(window, year=2024)
    model = page.model
    assert model.rowCount() == 7  # I, II, III, T1, T2, Đ1, Đ2
    assert cell(page, "2.2", CriterionTreeModel.KIND).data() == "Theo chỉ tiêu"
    assert cell(page, "2.4", CriterionTreeModel.KIND).data() == "Theo số lần"
    assert cell(page, "I", CriterionTreeModel.SUM).data() == "50,00"
    assert cell(page, "1.1", CriterionTreeModel.MAXIMUM).data() == "5,00"
    assert page.ui.revisionLabel.text() == "Phiên bản 1"
    assert "100,00 trên tổng 100,00" in page.ui.totalLabel.text()
    # 2024 is locked: read only, and said so
    assert not page.ui.lockBanner.isHidden()
    assert not (cell(page, "1.1", CriterionTreeModel.TITLE).flags() & Qt.ItemFlag.ItemIsEditable)
    assert not page.ui.addButton.isEnabled()


def test_add_a_section_and_a_leaf_indent_it_and_delete_it(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = table_page(window)
    view = page.ui.treeView
    # GIVEN the last section chosen WHEN "Add row" THEN a new section IV opens its title
    click_cell(qtbot, page, "III", CriterionTreeModel.CODE)
    click(qtbot, page.ui.addButton)
    editor = focused_editor(qtbot)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Chuyển đổi số và cải cách hành chính")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "IV" in [c.code for c in stored(window).criteria])
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    section = next(c for c in stored(window).criteria if c.code == "IV")
    assert section.kind is K.SECTION and section.title == "Chuyển đổi số và cải cách hành chính"
    type_in_cell(qtbot, page, "IV", CriterionTreeModel.MAXIMUM, "7,5")

    # a second row after it, made a criterion through the kind combo, then indented with Tab
    click(qtbot, page.ui.addButton)
    editor = focused_editor(qtbot)
    editor.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, editor, "Số hóa hồ sơ thi đua")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    new_code = next(c.code for c in stored(window).criteria if c.title == "Số hóa hồ sơ thi đua")
    type_in_cell(qtbot, page, new_code, CriterionTreeModel.CODE, "8")
    click_cell(qtbot, page, "8", CriterionTreeModel.KIND)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = focused_editor(qtbot)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Chấm điểm"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: next(c for c in stored(window).criteria if c.code == "8").kind is K.POINTS
    )
    type_in_cell(qtbot, page, "8", CriterionTreeModel.MAXIMUM, "7,5")
    click_cell(qtbot, page, "8", CriterionTreeModel.CODE)
    qtbot.keyClick(view, Qt.Key.Key_Tab)

    # THEN the row sits under IV, the section adds up, and the table total shows the change
    table = stored(window)
    leaf = next(c for c in table.criteria if c.code == "8")
    assert leaf.parent_uuid == section.uuid and leaf.max_points == 750 and leaf.depth == 1
    assert cell(page, "IV", CriterionTreeModel.SUM).data() == "7,50"
    assert "107,50 trên tổng 100,00" in page.ui.totalLabel.text()
    assert any("107,50" in p for p in page.problems.stringList())

    # WHEN the section is deleted (Del), THEN the question says its row goes too
    click_cell(qtbot, page, "IV", CriterionTreeModel.CODE)
    boxes.answers = [0]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(boxes.shown))  # the button shows itself pressed first
    qtbot.waitUntil(lambda: "IV" not in [c.code for c in stored(window).criteria])
    assert "1 dòng con bên dưới cũng bị xóa" in boxes.last.text
    codes = [c.code for c in stored(window).criteria]
    assert "IV" not in codes and "8" not in codes
    assert "100,00 trên tổng 100,00" in page.ui.totalLabel.text()


def test_a_maximum_that_is_not_points_is_refused_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    page = table_page(window)
    before = dump(window.context.db)
    click_cell(qtbot, page, "1.1", CriterionTreeModel.MAXIMUM)
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_F2)
    editor = focused_editor(qtbot)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "năm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "“năm” không phải là điểm" in page.ui.statusLabel.text()
    assert editor.isVisible()  # the editor stays open with what was typed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dump(window.context.db) == before


def test_cancelling_the_delete_keeps_the_row(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = table_page(window)
    before = dump(window.context.db)
    click_cell(qtbot, page, "1", CriterionTreeModel.CODE)
    boxes.answers = [1]
    click(qtbot, page.ui.removeButton)
    assert "3 dòng con bên dưới cũng bị xóa" in boxes.last.text
    assert dump(window.context.db) == before


def test_moving_and_outdenting_rows(qtbot: QtBot, window: MainWindow) -> None:
    page = table_page(window)
    page.ui.treeView.collapse(cell(page, "2", 0))  # a folded section stays folded
    click_cell(qtbot, page, "1.2", CriterionTreeModel.CODE)
    click(qtbot, page.ui.upButton)
    under = [c.code for c in stored(window).criteria if c.code.startswith("1.")]
    assert under == ["1.2", "1.1", "1.3"]
    assert not page.ui.treeView.isExpanded(cell(page, "2", 0))
    assert page.ui.treeView.isExpanded(cell(page, "1", 0))
    assert page.model.criterion(page.ui.treeView.currentIndex()).code == "1.2"  # type: ignore[union-attr]
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_Backtab)  # Shift+Tab: out of section 1
    moved = next(c for c in stored(window).criteria if c.code == "1.2")
    parent = next(c for c in stored(window).criteria if c.uuid == moved.parent_uuid)
    assert parent.code == "I" and moved.depth == 1


def test_a_scored_table_asks_once_then_makes_version_2(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    info = window.context.read(years.get_year, "UBDT-C4", 2024)
    window.context.write(locking.unlock_year, info.uuid, "Sửa lại điểm tối đa tiêu chí 1.1")
    page = table_page(window, year=2024)
    # Wording only: edited in place, no question, still version 1
    shown = len(boxes.shown)
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.TITLE, "Tham mưu văn bản chỉ đạo")
    assert len(boxes.shown) == shown
    assert stored(window, year=2024).revision == 1
    before = dump(window.context.db)
    # WHEN the user starts editing a maximum and declines THEN nothing opens or changes
    boxes.answers = [1]
    click_cell(qtbot, page, "1.1", CriterionTreeModel.MAXIMUM)
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_F2)
    assert boxes.last.title == "Phiên bản mới của bảng chấm điểm"
    assert page.ui.treeView.state() != page.ui.treeView.State.EditingState
    assert dump(window.context.db) == before
    # WHEN accepted THEN the edit goes into version 2, and the next edit does not ask again
    boxes.answers = [0]
    shown = len(boxes.shown)
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.MAXIMUM, "4")
    assert len(boxes.shown) == shown + 1
    table = stored(window, year=2024)
    assert table.revision == 2
    assert next(c for c in table.criteria if c.code == "1.1").max_points == 400
    assert table.score_count > 0  # the other rows' scores were carried over
    assert page.ui.revisionLabel.text() == "Phiên bản 2"
    type_in_cell(qtbot, page, "1.2", CriterionTreeModel.MAXIMUM, "6")
    assert len(boxes.shown) == shown + 1


def test_a_year_without_a_table_copies_last_years(qtbot: QtBot, window: MainWindow) -> None:
    info = window.context.read(years.get_year, "UBDT-C4", 2025)
    window.context.write(years.create_year, info.cluster_uuid, 2026, [m.uuid for m in info.members])
    page = table_page(window, year=2026)
    assert not page.ui.noTableBox.isHidden()
    assert page.ui.treeView.isHidden()
    assert page.ui.copyButton.text().replace("&", "") == "Sao chép bảng của năm 2025"
    click(qtbot, page.ui.copyButton)
    table = stored(window, year=2026)
    assert len(table.criteria) == 35
    assert page.model.rowCount() == 7
    assert page.ui.noTableBox.isHidden()


def test_parameters_of_a_counted_row(qtbot: QtBot, window: MainWindow) -> None:
    from emudesk.ui.dialogs.criterion_params import CriterionParamsDialog
    from tests.ui.conftest import find_dialog, press_ok, type_into

    page = table_page(window)
    click_cell(qtbot, page, "2.4", CriterionTreeModel.CODE)
    click(qtbot, page.ui.paramsButton)
    dialog = find_dialog(qtbot, CriterionParamsDialog)
    assert dialog.ui.pointsEdit.text() == "1,00"
    assert dialog.ui.targetEdit.isHidden()
    type_into(qtbot, dialog.ui.pointsEdit, "0,5")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = next(c for c in stored(window).criteria if c.code == "2.4")
    assert row.params["points_per_occurrence"] == 50
    assert cell(page, "2.4", CriterionTreeModel.KIND).data(Qt.ItemDataRole.ToolTipRole) == (
        "0,50 điểm mỗi lần, tối đa 5,00"
    )


def test_new_rows_get_the_next_free_code() -> None:
    from emudesk.ui.pages.table_rows import next_code

    assert next_code({"I", "II", "III"}, "III", None) == "IV"
    assert next_code({"1.1", "1.2", "1.3"}, "1.2", "1") == "1.4"
    assert next_code({"1", "2", "3"}, None, "I") == "4"  # criteria under a roman section
    assert next_code({"Đ1", "Đ2"}, "Đ2", None) == "Đ3"
    assert next_code(set(), None, "7") == "7.1"
    assert next_code({"1", "2"}, "Tổng", None) == "3"


def test_ctrl_z_undoes_typed_cells_and_moves_and_ctrl_y_redoes_them(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN the 2025 table, where the officer retitles 1.1, changes its maximum, moves 1.2 up
    page = table_page(window)
    original = stored(window)
    title = next(c for c in original.criteria if c.code == "1.1").title
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.TITLE, "Tham mưu văn bản")
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.MAXIMUM, "4")
    click_cell(qtbot, page, "1.2", CriterionTreeModel.CODE)
    click(qtbot, page.ui.upButton)
    assert [c.code for c in stored(window).criteria if c.code.startswith("1.")] == [
        "1.2",
        "1.1",
        "1.3",
    ]
    assert page.undo_action.text() == "&Hoàn tác vị trí của dòng 1.2"
    view = page.ui.treeView

    def row(code: str) -> tables.CriterionInfo:
        return next(c for c in stored(window).criteria if c.code == code)

    # WHEN Ctrl+Z three times THEN the order, the maximum and the title come back in turn
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.code for c in stored(window).criteria if c.code.startswith("1.")] == [
        "1.1",
        "1.2",
        "1.3",
    ]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row("1.1").max_points != 400 and row("1.1").title == "Tham mưu văn bản"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row("1.1").title == title
    assert stored(window).criteria == original.criteria  # exactly the table before
    assert cell(page, "1.1", CriterionTreeModel.TITLE).data() == title
    # AND Ctrl+Y puts the title back; nothing asked, nothing refused
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert row("1.1").title == "Tham mưu văn bản"
    assert boxes.shown == []
    # AND the history stays with its table: another year starts with none
    other = table_page(window, "VHTTDL-C4", 2025)
    assert other is page and not page.undo_stack.canUndo()


def test_on_a_scored_table_undo_keeps_wording_only_and_never_loses_scores(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN the scored 2024 table, unlocked for a correction
    info = window.context.read(years.get_year, "UBDT-C4", 2024)
    window.context.write(locking.unlock_year, info.uuid, "Sửa lại tên và điểm tối đa tiêu chí 1.1")
    page = table_page(window, year=2024)
    view = page.ui.treeView
    title = next(c for c in stored(window, year=2024).criteria if c.code == "1.1").title
    # WHEN a title is retyped and undone THEN it comes back in place: no question, version 1
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.TITLE, "Tham mưu văn bản")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    table = stored(window, year=2024)
    assert next(c for c in table.criteria if c.code == "1.1").title == title
    assert table.revision == 1 and boxes.shown == []
    # WHEN a maximum is changed (accepting version 2) THEN the history is cleared, and said so
    boxes.answers = [0]
    type_in_cell(qtbot, page, "1.1", CriterionTreeModel.MAXIMUM, "4")
    assert stored(window, year=2024).revision == 2
    assert not page.undo_stack.canUndo()
    assert "phiên bản 2" in page.ui.statusLabel.text()
    # AND Ctrl+Z then changes nothing: no version 3, the other rows keep their scores
    scored = stored(window, year=2024).score_count
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    table = stored(window, year=2024)
    assert (table.revision, table.score_count) == (2, scored) and scored > 0
