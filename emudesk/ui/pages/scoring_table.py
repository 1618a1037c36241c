"""The scoring table editor: the tree of criteria, typed in place, with its sums and problems."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.organisation.years import YearInfo
from emudesk.services.scoring import table_edit, tables
from emudesk.services.scoring.tables import CriterionFields, CriterionInfo, TableInfo
from emudesk.services.ui_queries import LockState
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.delegates import CheckedDelegate, ChoiceDelegate, points_check
from emudesk.ui.dialogs.criterion_params import CriterionParamsDialog
from emudesk.ui.dialogs.table_header import TableHeaderDialog
from emudesk.ui.formatting import arg, year_cluster
from emudesk.ui.generated.ui_scoring_table_page import Ui_ScoringTablePage
from emudesk.ui.models.criteria import CriterionTreeModel
from emudesk.ui.pages.base import Page
from emudesk.ui.pages.table_history import TableHistory, meaning
from emudesk.ui.pages.table_rows import WITH_PARAMS, completed, new_row, version_question
from emudesk.ui.registry import CLUSTERS, Target
from emudesk.ui.undo import undo_stack

Kind = rules.CriterionKind


class ScoringTablePage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ScoringTablePage()
        self.ui.setupUi(self)
        self.ui.pageLayout.addStretch(0)  # takes the tree's room while there is no table
        self.model = CriterionTreeModel(self)
        self.model.editor = self._store
        view = self.ui.treeView
        view.setModel(self.model)
        self.kind_delegate = ChoiceDelegate(self)
        view.setItemDelegateForColumn(CriterionTreeModel.KIND, self.kind_delegate)
        self.points_delegate = CheckedDelegate(lambda _index: points_check, self)
        self.points_delegate.message.connect(self.show_status)
        view.setItemDelegateForColumn(CriterionTreeModel.MAXIMUM, self.points_delegate)
        header = view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriterionTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        view.edit_gate = lambda index: self._may_edit(index.column() != CriterionTreeModel.TITLE)
        view.indent_requested.connect(self.on_indentButton_clicked)
        view.outdent_requested.connect(self.on_outdentButton_clicked)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.problems = QStringListModel(self)
        self.ui.problemsView.setModel(self.problems)
        self.table: TableInfo | None = None
        self.year: YearInfo | None = None
        self.lock = LockState(False, None, "")
        self.previous: YearInfo | None = None
        self._confirmed: set[UUID] = set()  # years whose new version the user agreed to
        self.bind_keys(
            {
                self.ui.addButton: QKeySequence(Qt.Key.Key_Insert),
                self.ui.addChildButton: QKeySequence("Ctrl+Ins"),
                self.ui.indentButton: QKeySequence("Ctrl+Right"),
                self.ui.outdentButton: QKeySequence("Ctrl+Left"),
                self.ui.upButton: QKeySequence("Ctrl+Up"),
                self.ui.downButton: QKeySequence("Ctrl+Down"),
                self.ui.removeButton: QKeySequence.StandardKey.Delete,
            }
        )
        # Undo covers typed cells and moves; an added row is removed, a removed one is
        # confirmed first (its scores would not come back).
        self.undo_stack, self.undo_action, self.redo_action = undo_stack(
            self, view, self.tr("&Undo"), self.tr("&Redo")
        )
        self.history = TableHistory(self)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.target is None or self.target.uuid is None:
            return
        year_uuid = self.target.uuid
        if self.year is not None and self.year.uuid != year_uuid:
            self.undo_stack.clear()  # the history belongs to the table it was made on
        keep = self._current()
        try:
            self.year = self.context.read(ui_queries.year_info, year_uuid)
            self.table = self.context.read(tables.get_table, year_uuid)
            self.lock = self.context.read(ui_queries.lock_state, year_uuid)
        except EmuError:  # the year was removed meanwhile
            self.navigate.emit(Target(CLUSTERS))
            return
        self.previous = (
            self.context.read(ui_queries.table_source_year, year_uuid)
            if self.table is None
            else None
        )
        self.model.editable = self.table is not None and not self.lock.locked
        self.ui.treeView.refill(lambda: self.model.set_table(self.table))
        self._select(keep.code if keep else None)
        self._show()

    def _show(self) -> None:
        year, table = self.year, self.table
        if year is None:
            return
        self.ui.titleLabel.setText(
            arg(self.tr("Scoring table — %1 — year %2"), year_cluster(year), year.year)
        )
        has_table = table is not None
        for widget in (self.ui.treeView, self.ui.totalLabel, self.ui.editHeaderButton):
            widget.setVisible(has_table)
        self.ui.noTableBox.setVisible(not has_table)
        self.ui.pageLayout.setStretch(self.ui.pageLayout.count() - 1, 0 if has_table else 1)
        self.ui.copyButton.setVisible(self.previous is not None)
        if self.previous is None:  # the cluster's first year: nothing to copy from
            self.ui.noTableLabel.setText(
                self.tr(
                    "This year has no scoring table yet. Start an empty table and add its rows, "
                    "or import the rows from a workbook (a template to fill in is offered)."
                )
            )
        for button in (  # nothing to edit before there is a table
            self.ui.addButton,
            self.ui.addChildButton,
            self.ui.indentButton,
            self.ui.outdentButton,
            self.ui.upButton,
            self.ui.downButton,
            self.ui.paramsButton,
            self.ui.removeButton,
        ):
            button.setVisible(has_table)
        if self.previous is not None:
            self.ui.copyButton.setText(arg(self.tr("Cop&y the table of %1"), self.previous.year))
        self.ui.lockBanner.setVisible(self.lock.locked)
        self.ui.lockBanner.setText(
            arg(
                self.tr(
                    "The scores of %1 are locked, so the table can only be read. "
                    "Unlock them on the Scores page (giving the reason) to change it."
                ),
                year.year,
            )
        )
        if table is None:
            self.ui.tableTitleLabel.setText("")
            self.ui.revisionLabel.setText("")
            self.problems.setStringList([])
            self.ui.problemsCaption.setVisible(False)
            self.ui.problemsView.setVisible(False)
        else:
            self._show_table(table)
        self._update_buttons()

    def _show_table(self, table: TableInfo) -> None:
        self.ui.tableTitleLabel.setText(table.title)
        self.ui.revisionLabel.setText(arg(self.tr("Version %1"), table.revision))
        self.ui.revisionLabel.setToolTip(
            arg(self.tr("Scores given against this version: %1"), table.score_count)
        )
        top = [c for c in table.criteria if c.parent_uuid is None]
        counted = sum(c.max_points for c in top if c.kind.counts_in_maximum)
        leaves = [c for c in table.criteria if c.kind.is_leaf and not c.kind.is_adjustment]
        self.ui.totalLabel.setText(
            arg(
                self.tr(
                    "The sections add up to %1 of the table's %2 points · %3 criteria · "
                    "%4 bonus and %5 deduction rows"
                ),
                rules.local_points(counted),
                rules.local_points(table.declared_total),
                len(leaves),
                sum(1 for c in table.criteria if c.kind is Kind.BONUS),
                sum(1 for c in table.criteria if c.kind is Kind.DEDUCTION),
            )
        )
        self.problems.setStringList(list(table.problems))
        self.ui.problemsView.setVisible(bool(table.problems))
        self.ui.problemsCaption.setVisible(True)
        self.ui.problemsCaption.setText(
            self.tr("To correct before the scores can be locked:")
            if table.problems
            else self.tr("The table adds up: no problems found.")
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self._show()

    # -- selection ---------------------------------------------------------------------------

    def _current(self) -> CriterionInfo | None:
        return self.model.criterion(self.ui.treeView.currentIndex())

    def _select(self, code: str | None, column: int = 0) -> None:
        found = next((c for c in self.model.criteria() if c.code == code), None)
        index = self.model.index_of(found.uuid if found else None, column)
        if not index.isValid():
            index = self.model.index(0, column)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.ui.treeView.selectionModel().setCurrentIndex(index, flags)
            self.ui.treeView.scrollTo(index)

    def _update_buttons(self) -> None:
        current = self._current()
        editable = self.model.editable
        self.ui.editHeaderButton.setEnabled(editable)
        self.ui.addButton.setEnabled(editable)
        for button in (
            self.ui.addChildButton,
            self.ui.indentButton,
            self.ui.outdentButton,
            self.ui.upButton,
            self.ui.downButton,
            self.ui.removeButton,
        ):
            button.setEnabled(editable and current is not None)
        self.ui.addChildButton.setEnabled(
            editable and current is not None and current.kind is Kind.SECTION
        )
        self.ui.paramsButton.setEnabled(
            editable and current is not None and current.kind in WITH_PARAMS
        )
        for button in (self.ui.copyButton, self.ui.createButton):
            button.setEnabled(self.table is None)

    def show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    # -- writing -----------------------------------------------------------------------------

    def _may_edit(self, changes_meaning: bool = True) -> bool:
        """False when the table cannot change; asks once before a scored table gets a version.

        Wording (a title, guidance) does not change what the scores mean, so the service
        edits it in place and no question is needed (``changes_meaning`` False).
        """
        table, year = self.table, self.year
        if table is None or year is None or self.lock.locked:
            return False
        if not changes_meaning or table.score_count == 0 or year.uuid in self._confirmed:
            return True
        title = self.tr("New version of the scoring table")
        question = version_question(table.revision)
        if not messages.confirm(self, title, question, self.tr("Make a new version")):
            return False
        self._confirmed.add(year.uuid)
        return True

    def write(
        self,
        service: Callable[..., Any],
        *args: Any,
        select: str | None = None,
        changes_meaning: bool = True,
        **kw: Any,
    ) -> bool:
        """Call ``service`` (after the version question), then select the row coded ``select``."""
        self.show_status("")
        if not self._may_edit(changes_meaning):
            return False
        try:
            self.context.write(service, *args, **kw)
        except EmuError as error:
            messages.refuse(self, error)
            return False
        self._select(select)  # the page reloaded on ``changed``; rows may have new UUIDs
        return True

    def _store(self, criterion: CriterionInfo, fields: CriterionFields) -> bool:
        """An edited cell; default parameters are then adjusted in their dialog."""
        fields, needs_params = completed(fields)
        revision = self.table.revision if self.table else None
        stored = self.write(
            table_edit.update_criterion,
            criterion.uuid,
            fields,
            select=fields.code,
            changes_meaning=meaning(criterion) != meaning(fields),
        )
        if stored:
            self.history.fields_changed(criterion, fields, revision)
        if stored and needs_params:
            QTimer.singleShot(0, self.on_paramsButton_clicked)
        return stored

    def _edit_title(self) -> None:
        current = self.ui.treeView.currentIndex()
        index = current.siblingAtColumn(CriterionTreeModel.TITLE)
        if index.isValid():
            self.ui.treeView.setCurrentIndex(index)
            self.ui.treeView.edit(index)

    def _add(self, parent: CriterionInfo | None, after: CriterionInfo | None) -> None:
        assert self.table is not None
        parent_uuid = parent.uuid if parent else None
        taken = [c.code for c in self.model.criteria()]
        fields, position = new_row(parent, after, self.model.rows_under(parent_uuid), taken)
        added = self.write(
            table_edit.add_criterion,
            self.table.uuid,
            fields,
            parent_uuid=parent_uuid,
            position=position,
            select=fields.code,
        )
        if added:
            self._edit_title()

    def _move(self, criterion: CriterionInfo, parent_uuid: UUID | None, position: int) -> None:
        codes = {c.uuid: c.code for c in self.model.criteria()}
        was = self.model.rows_under(criterion.parent_uuid).index(criterion)
        revision = self.table.revision if self.table else None
        moved = self.write(
            table_edit.move_criterion,
            criterion.uuid,
            parent_uuid=parent_uuid,
            position=position,
            select=criterion.code,
        )
        if moved:
            self.history.moved(
                criterion.code,
                (codes.get(criterion.parent_uuid) if criterion.parent_uuid else None, was),
                (codes.get(parent_uuid) if parent_uuid else None, position),
                revision,
            )

    # -- buttons -----------------------------------------------------------------------------

    @Slot()
    def on_addButton_clicked(self) -> None:
        current = self._current()
        parent = None
        if current is not None and current.parent_uuid is not None:
            parent = next(c for c in self.model.criteria() if c.uuid == current.parent_uuid)
        self._add(parent, current)

    @Slot()
    def on_addChildButton_clicked(self) -> None:
        current = self._current()
        if current is None or current.kind is not Kind.SECTION:
            self.show_status(self.tr("Choose a section to add a row under it."))
            return
        self._add(current, None)

    @Slot()
    def on_indentButton_clicked(self) -> None:
        current = self._current()
        if current is None or not self.model.editable:
            return
        siblings = self.model.rows_under(current.parent_uuid)
        place = siblings.index(current)
        if place == 0:
            self.show_status(self.tr("There is no row above at the same level to go under."))
            return
        above = siblings[place - 1]
        self._move(current, above.uuid, len(self.model.rows_under(above.uuid)))

    @Slot()
    def on_outdentButton_clicked(self) -> None:
        current = self._current()
        if current is None or not self.model.editable:
            return
        if current.parent_uuid is None:
            self.show_status(self.tr("The row is already at the top level."))
            return
        parent = next(c for c in self.model.criteria() if c.uuid == current.parent_uuid)
        outer = self.model.rows_under(parent.parent_uuid)
        self._move(current, parent.parent_uuid, outer.index(parent) + 1)

    def _step(self, delta: int) -> None:
        current = self._current()
        if current is None:
            return
        siblings = self.model.rows_under(current.parent_uuid)
        place = siblings.index(current) + delta
        if 0 <= place < len(siblings):
            self._move(current, current.parent_uuid, place)

    @Slot()
    def on_upButton_clicked(self) -> None:
        self._step(-1)

    @Slot()
    def on_downButton_clicked(self) -> None:
        self._step(+1)

    @Slot()
    def on_removeButton_clicked(self) -> None:
        current = self._current()
        if current is None or not self.model.editable:
            return
        question = arg(self.tr("Delete the row %1 “%2”?"), current.code, current.title)
        below = self.model.descendants(current.uuid)
        if below:
            question += "\n" + arg(self.tr("The %1 rows under it are deleted too."), below)
        if not messages.confirm(self, self.tr("Delete a row"), question, self.tr("Delete")):
            return
        siblings = self.model.rows_under(current.parent_uuid)
        place = siblings.index(current)
        neighbour = siblings[place - 1] if place else (siblings[1] if len(siblings) > 1 else None)
        self.write(
            table_edit.remove_criterion, current.uuid, select=neighbour.code if neighbour else None
        )

    @Slot()
    def on_paramsButton_clicked(self) -> None:
        current = self._current()
        if current is None or current.kind not in WITH_PARAMS or not self._may_edit():
            return
        self.open_dialog(CriterionParamsDialog(self.context, current, self))

    @Slot()
    def on_editHeaderButton_clicked(self) -> None:
        if self.year is not None and self._may_edit():
            dialog = TableHeaderDialog(
                self.context, self.year.uuid, self.year.year, self.table, self
            )
            self.open_dialog(dialog)

    @Slot()
    def on_createButton_clicked(self) -> None:
        if self.year is not None and self.table is None:
            dialog = TableHeaderDialog(self.context, self.year.uuid, self.year.year, None, self)
            self.open_dialog(dialog)

    @Slot()
    def on_importTableButton_clicked(self) -> None:
        from emudesk.ui.dialogs.list_import import ListKind, open_list_import

        if self.year is not None:
            open_list_import(self, self.context, ListKind.TABLE, year_uuid=self.year.uuid)

    @Slot()
    def on_copyButton_clicked(self) -> None:
        if self.year is None or self.previous is None:
            return
        try:
            self.context.write(tables.copy_table, self.previous.uuid, self.year.uuid)
        except EmuError as error:
            messages.refuse(self, error)
