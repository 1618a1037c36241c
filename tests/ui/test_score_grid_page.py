"""The score grid: typing scores, refusals as typed, the lock, explanations, and its speed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from emudesk import rules
from emudesk.services.organisation import years
from emudesk.services.organisation.units import UnitRef
from emudesk.services.scoring import explanations, scores, tables
from emudesk.services.scoring.locking import ScoreStatus
from emudesk.services.ui_queries import GridRow, GridScorer, ScoreGrid
from emudesk.ui.dialogs.explanations import ExplanationsDialog
from emudesk.ui.dialogs.unlock import UnlockDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.models.score_grid import ScoreGridModel
from emudesk.ui.pages.score_grid import ScoreGridPage
from emudesk.ui.registry import SCORE_GRID
from tests.conftest import dump
from tests.ui.conftest import (
    Boxes,
    choose,
    click,
    find_dialog,
    focused_editor,
    open_year_page,
    press_ok,
    type_text,
)

ROLE = rules.ScorerRole


def grid_page(window: MainWindow, year: int = 2025, unit: str = "Bình Định") -> ScoreGridPage:
    page = open_year_page(window, SCORE_GRID, "UBDT-C4", year)
    assert isinstance(page, ScoreGridPage)
    choose(page.ui.unitCombo, unit)
    return page


def start_typing(qtbot: QtBot, page: ScoreGridPage, code: str, column: int, text: str) -> QLineEdit:
    """Click the cell and type: the first key opens the editor, the rest goes into it."""
    view = page.ui.gridView
    index = page.model.index(page.model.row_of(code), column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.keyClicks(view, text[0])
    editor = focused_editor(qtbot)
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, text[1:])
    return editor


def stored_values(window: MainWindow, year: int = 2025) -> list[scores.StoredScore]:
    info = window.context.read(years.get_year, "UBDT-C4", year)
    return window.context.read(scores.list_scores, info.uuid)


def test_the_grid_shows_every_scorer_of_a_unit(window: MainWindow) -> None:
    page = grid_page(window, 2024, "Đắk Lắk")
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Mã", "Tiêu chí", "Tối đa", "Tự\nchấm"]
    assert "Phú\nYên" in headers and "TB\nchéo" in headers and headers[-1] == "Tổng\nhợp"
    assert headers.index("TB\nchéo") < headers.index("Thẩm\nđịnh") < len(headers) - 1
    row = model.row_of("2.1")
    assert model.index(row, 2).data() == "10,00"
    assert model.index(row, model.columnCount() - 1).data() == "9,50"  # the head's review
    section = model.row_of("I")
    assert model.index(section, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "98,12" in page.ui.totalLabel.text()
    assert page.ui.revisionLabel.text() == "Bảng chấm điểm phiên bản 1"


def test_typing_a_score_stores_hundredths(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window)
    self_column = page.model.column_of(ROLE.SELF)
    editor = start_typing(qtbot, page, "1.1", self_column, "4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_values(window)) == 1)
    value = stored_values(window)[0]
    assert value.value == 450 and value.role is ROLE.SELF
    assert page.model.index(page.model.row_of("1.1"), self_column).data() == "4,50"
    assert "Đã lưu 4,5 ở tiêu chí 1.1" in page.ui.statusLabel.text()
    current = page.model.row(page.ui.gridView.currentIndex())  # Enter went down a row
    assert current is not None and current.criterion.code == "1.2"
    # a peer's count of occurrences on the per-occurrence row is a whole number
    peer = page.model.column_of(ROLE.PEER, "BDT-DLK")
    editor = start_typing(qtbot, page, "2.4", peer, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_values(window)) == 2)
    assert {v.value for v in stored_values(window)} == {450, 3}


def test_a_score_above_the_maximum_is_refused_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window)
    before = dump(window.context.db)
    peer = page.model.column_of(ROLE.PEER, "BDT-PY")
    editor = start_typing(qtbot, page, "1.1", peer, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.ui.statusLabel.text() == "Tiêu chí 1.1: điểm 12,00 vượt quá tối đa 5,00"
    assert editor.isVisible() and editor.text() == "12"  # still open, with what was typed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dump(window.context.db) == before


def test_text_is_refused_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window)
    before = dump(window.context.db)
    editor = start_typing(qtbot, page, "1.2", page.model.column_of(ROLE.SELF), "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "“abc” không phải là điểm" in page.ui.statusLabel.text()
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dump(window.context.db) == before


def test_a_locked_year_is_read_only(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window, 2024)
    view = page.ui.gridView
    assert not page.ui.lockBanner.isHidden()
    assert "đã khóa" in page.ui.lockBanner.text()
    index = page.model.index(page.model.row_of("1.1"), page.model.column_of(ROLE.SELF))
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.keyClicks(view, "3")
    assert view.state() != QTableView.State.EditingState
    assert not page.ui.lockButton.isEnabled() and page.ui.unlockButton.isEnabled()


def test_unlocking_needs_a_reason(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = grid_page(window, 2024)
    before = dump(window.context.db)
    click(qtbot, page.ui.unlockButton)
    dialog = find_dialog(qtbot, UnlockDialog)
    press_ok(qtbot, dialog)
    assert boxes.last.text == "Hãy ghi lý do mở khóa (ít nhất vài từ)."
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.ui.reasonEdit.setFocus()
    type_text(qtbot, dialog.ui.reasonEdit, "Đắk Nông gửi lại điểm tự chấm tiêu chí 2.4")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.ui.lockBanner.isHidden()
    index = page.model.index(page.model.row_of("1.1"), page.model.column_of(ROLE.SELF))
    assert index.flags() & Qt.ItemFlag.ItemIsEditable


def test_lock_after_confirming_and_mark_a_scorer_submitted(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = grid_page(window)
    peer = page.model.column_of(ROLE.PEER, "BDT-DLK")
    editor = start_typing(qtbot, page, "1.1", peer, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_values(window)) == 1)
    click(qtbot, page.ui.submittedButton)
    assert stored_values(window)[0].status is ScoreStatus.SUBMITTED
    assert "Ban Dân tộc tỉnh Đắk Lắk" in page.ui.statusLabel.text()
    boxes.answers = [0]
    click(qtbot, page.ui.lockButton)
    assert boxes.last.title == "Khóa điểm"
    assert stored_values(window)[0].status is ScoreStatus.LOCKED
    assert not page.ui.lockBanner.isHidden()


def test_step_through_the_units_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window, 2024, "Bình Định")
    page.ui.gridView.setFocus()
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Đắk Lắk" in page.ui.unitCombo.currentText())
    assert "Đắk Lắk" in page.ui.totalLabel.text()
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Bình Định" in page.ui.unitCombo.currentText())


def test_an_explanation_thread_on_a_cell(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = grid_page(window, 2024, "Đắk Nông")
    view = page.ui.gridView
    index = page.model.index(page.model.row_of("2.4"), page.model.column_of(ROLE.SELF))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert page.ui.actionExplain in view.actions()  # the cell's context menu
    page.ui.actionExplain.trigger()
    dialog = find_dialog(qtbot, ExplanationsDialog)
    assert "2.4" in dialog.ui.subjectLabel.text()
    click(qtbot, dialog.ui.addButton)
    assert boxes.last.text == "Nội dung giải trình không được để trống."
    dialog.ui.textEdit.setFocus()
    type_text(qtbot, dialog.ui.textEdit, "Có 4 sáng kiến được Sở Khoa học công nhận")
    click(qtbot, dialog.ui.addButton)
    assert dialog.entries.rowCount() == 1
    assert "4 sáng kiến" in dialog.entries.index(0).data()
    info = window.context.read(years.get_year, "UBDT-C4", 2024)
    table = window.context.read(tables.get_table, info.uuid)
    assert table is not None
    criterion = next(c for c in table.criteria if c.code == "2.4")
    dno = next(m for m in info.members if m.code == "BDT-DNO")
    thread = window.context.read(
        explanations.list_explanations, info.uuid, dno.uuid, criterion.uuid
    )
    assert [t.text for t in thread] == ["Có 4 sáng kiến được Sở Khoa học công nhận"]
    dialog.reject()
    title_index = page.model.index(page.model.row_of("2.4"), 1)
    assert "giải trình: 1" in title_index.data(Qt.ItemDataRole.ToolTipRole)


def synthetic_grid(rows: int, peers: int) -> ScoreGrid:
    units = [
        UnitRef(uuid.uuid4(), f"U{i}", f"Ban Dân tộc tỉnh {i}", f"Ban {i}")
        for i in range(peers + 1)
    ]
    scorers = (
        GridScorer(units[0], ROLE.SELF),
        *(GridScorer(u, ROLE.PEER) for u in units[1:]),
        GridScorer(units[1], ROLE.HEAD),
    )
    grid_rows = []
    for number in range(rows):
        criterion = tables.CriterionInfo(
            uuid=uuid.uuid4(),
            parent_uuid=None,
            code=f"{number}",
            title=f"Tiêu chí số {number} về công tác thi đua, khen thưởng",
            guidance="",
            kind=rules.CriterionKind.SECTION if number % 10 == 0 else rules.CriterionKind.POINTS,
            max_points=500,
            params={},
            depth=0,
            position=number,
        )
        values = tuple(400 + (number + i) % 100 for i in range(len(scorers)))
        grid_rows.append(
            GridRow(criterion, values, ("draft",) * len(scorers), 450, 450, number % 7 == 0, 0)
        )
    return ScoreGrid(uuid.uuid4(), units[0], scorers, tuple(grid_rows), 1, 2, 9000, 9100, 9050, "")


def test_150_rows_by_15_columns_are_cells_of_one_model(qtbot: QtBot) -> None:
    # GIVEN 150 criteria and 13 scorers: 15 value columns with the peers' mean and the final
    # (how quick this is, is a bench's matter: no test here is timed)
    view = QTableView()
    qtbot.addWidget(view)
    model = ScoreGridModel(view)
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    model.set_grid(synthetic_grid(150, 11))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole):
                model.data(model.index(row, column), role)  # not index.data(): see cell_data
    view.grab()
    model.set_grid(synthetic_grid(150, 11))  # a reload after storing a cell
    view.grab()
    # THEN every cell is read and painted from the model, twice, without a widget per cell
    assert model.rowCount() == 150
    assert model.columnCount() == 3 + 15
    assert view.findChildren(QLineEdit) == []  # no widget per cell


def test_a_large_gap_between_self_and_peers_is_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    from emudesk.ui.models.score_grid import GAP_BRUSH

    page = grid_page(window)
    model = page.model
    own, peer = model.column_of(ROLE.SELF), model.column_of(ROLE.PEER, "BDT-PY")
    for column, text in ((own, "5"), (peer, "3,5")):
        editor = start_typing(qtbot, page, "1.1", column, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=column: model.index(model.row_of("1.1"), c).data() != "")
    row = model.row_of("1.1")
    mean = model.columns.index(next(c for c in model.columns if c.kind == "mean"))
    # 5,00 against a mean of 3,50 differ by 1,50: more than 20 % of the 5-point maximum
    assert model.data(model.index(row, own), Qt.ItemDataRole.BackgroundRole) == GAP_BRUSH
    assert model.data(model.index(row, mean), Qt.ItemDataRole.BackgroundRole) == GAP_BRUSH
    assert model.data(model.index(row, peer), Qt.ItemDataRole.BackgroundRole) is None
    editor = start_typing(qtbot, page, "1.1", peer, "4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(model.row_of("1.1"), peer).data() == "4,50")
    assert model.data(model.index(row, own), Qt.ItemDataRole.BackgroundRole) is None


def test_ctrl_z_undoes_a_typed_score_and_ctrl_y_redoes_it(qtbot: QtBot, window: MainWindow) -> None:
    page = grid_page(window)
    self_column = page.model.column_of(ROLE.SELF)
    editor = start_typing(qtbot, page, "1.1", self_column, "4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_values(window)) == 1)
    editor = start_typing(qtbot, page, "1.1", self_column, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_values(window)[0].value == 300)
    view = page.ui.gridView
    # WHEN the officer presses Ctrl+Z twice THEN 4,50 comes back, then the cell is empty again
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_values(window)[0].value == 450
    assert page.model.index(page.model.row_of("1.1"), self_column).data() == "4,50"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_values(window) == []
    # AND Ctrl+Y stores it again
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_values(window)[0].value == 450
    assert page.undo_action.text() == "&Hoàn tác điểm 1.1 của Ban Dân tộc Bình Định"
