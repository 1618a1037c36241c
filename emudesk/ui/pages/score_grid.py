"""The score grid: one unit's scores from itself, each peer and the head, typed in place."""

from __future__ import annotations

from functools import partial
from uuid import UUID

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QWidget

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.organisation.years import YearInfo
from emudesk.services.scoring import locking, scores
from emudesk.services.scoring.locking import ScoreStatus
from emudesk.services.scoring.scores import ScoreInput
from emudesk.services.ui_queries import GridRow, GridScorer, LockState, ScoreGrid
from emudesk.ui import labels, messages
from emudesk.ui.context import DataContext
from emudesk.ui.delegates import CheckedDelegate, Checker, cell_data, value_check
from emudesk.ui.dialogs.explanations import ExplanationsDialog
from emudesk.ui.dialogs.unlock import UnlockDialog
from emudesk.ui.formatting import arg, year_cluster
from emudesk.ui.generated.ui_score_grid_page import Ui_ScoreGridPage
from emudesk.ui.models.score_grid import SPEC_ROLE, ScoreGridModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import CLUSTERS, Target
from emudesk.ui.undo import ScoreEdit, undo_stack
from emudesk.ui.unit_picker import fill_units
from emudesk.ui.widgets import find_data

TITLE_COLUMN = 1
TITLE_MIN_WIDTH = 240


def typed_value(kind: rules.CriterionKind, text: str) -> int | None:
    """The raw value of checked text: None clears the cell, a count or hundredths otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if kind is rules.CriterionKind.PER_OCCURRENCE:
        return int(cleaned)
    return rules.parse_points(cleaned)


class ScoreGridPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ScoreGridPage()
        self.ui.setupUi(self)
        self.model = ScoreGridModel(self)
        self.model.store = self._store
        view = self.ui.gridView
        view.setModel(self.model)
        self.delegate = CheckedDelegate(self._checker, self)
        self.delegate.message.connect(self._show_status)
        view.setItemDelegate(self.delegate)
        self.delegate.closeEditor.connect(self._after_edit)
        view.addAction(self.ui.actionExplain)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        view.selectionModel().currentChanged.connect(lambda *_: self._show_texts())
        self.model.modelReset.connect(self._fit_columns)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().sectionResized.connect(self._fit_title)
        view.viewport().installEventFilter(self)
        self.year: YearInfo | None = None
        self.grid: ScoreGrid | None = None
        self.lock = LockState(False, None, "")
        self.bind_keys(
            {
                self.ui.previousButton: QKeySequence("Ctrl+PgUp"),
                self.ui.nextButton: QKeySequence("Ctrl+PgDown"),
            }
        )
        self.undo_stack, self.undo_action, self.redo_action = undo_stack(
            self, view, self.tr("&Undo"), self.tr("&Redo")
        )

    def _checker(self, index: QModelIndex | QPersistentModelIndex) -> Checker | None:
        spec = cell_data(index, SPEC_ROLE)
        return value_check(spec) if self.model.is_editable(index) and spec else None

    def _fit_columns(self) -> None:
        """Size the columns once per new grid, not on every stored cell (that re-reads all)."""
        header = self.ui.gridView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.gridView.resizeColumnsToContents()
        self._fit_title()

    def _fit_title(self, section: int = -1, *_sizes: int) -> None:
        """The title takes the width the numbers leave, but never less than a readable width."""
        header = self.ui.gridView.horizontalHeader()
        if section == TITLE_COLUMN or self.model.columnCount() <= TITLE_COLUMN:
            return
        others = sum(
            header.sectionSize(c) for c in range(self.model.columnCount()) if c != TITLE_COLUMN
        )
        width = max(TITLE_MIN_WIDTH, self.ui.gridView.viewport().width() - others)
        if header.sectionSize(TITLE_COLUMN) != width:
            header.resizeSection(TITLE_COLUMN, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.gridView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------

    @property
    def unit_uuid(self) -> UUID | None:
        data = self.ui.unitCombo.currentData()
        return data if isinstance(data, UUID) else None

    def select_unit(self, uuid: UUID) -> None:
        """Show the grid of the member ``uuid``."""
        index = find_data(self.ui.unitCombo, uuid)
        if index >= 0:
            self.ui.unitCombo.setCurrentIndex(index)

    def reload(self) -> None:
        if self.target is None or self.target.uuid is None:
            return
        try:
            self.year = self.context.read(ui_queries.year_info, self.target.uuid)
            self.lock = self.context.read(ui_queries.lock_state, self.target.uuid)
        except EmuError:  # the year was removed meanwhile
            self.navigate.emit(Target(CLUSTERS))
            return
        members = self.year.members
        fill_units(self.ui.unitCombo, members, self.unit_uuid)
        self._load_grid()

    def _load_grid(self) -> None:
        if self.year is None:
            return
        unit = self.unit_uuid
        try:
            grid = self.context.read(ui_queries.score_grid, self.year.uuid, unit) if unit else None
        except EmuError as error:
            grid = None
            self._show_status(error.message)
        self.grid = grid
        self.model.editable = not self.lock.locked
        self.model.set_grid(grid)
        self._keep_a_cell_current()
        self._show()

    def _keep_a_cell_current(self) -> None:
        """Start on the first criterion's self-score, so the keyboard and buttons have a cell."""
        view = self.ui.gridView
        if view.currentIndex().isValid() or self.grid is None:
            return
        row = next((i for i, r in enumerate(self.grid.rows) if r.criterion.kind.is_leaf), -1)
        column = self.model.column_of(rules.ScorerRole.SELF)
        if row >= 0 and column >= 0:
            view.setCurrentIndex(self.model.index(row, column))

    def _show(self) -> None:
        year, grid = self.year, self.grid
        if year is None:
            return
        self.ui.titleLabel.setText(
            arg(self.tr("Scores — %1 — year %2"), year_cluster(year), year.year)
        )
        self.ui.lockBanner.setVisible(self.lock.locked)
        if self.lock.locked:
            when = self.lock.locked_at.strftime("%d/%m/%Y %H:%M") if self.lock.locked_at else "?"
            self.ui.lockBanner.setText(
                arg(
                    self.tr(
                        "The scores of %1 were locked on %2 by %3: they can be read, not "
                        "changed. Unlock them (giving the reason) to correct a score."
                    ),
                    year.year,
                    when,
                    self.lock.locked_by or "?",
                )
            )
        if grid is None:
            self.ui.revisionLabel.setText("")
            self.ui.totalLabel.setText(
                self.tr("This year has no scoring table yet: create it on the Scoring table page.")
            )
        else:
            self.ui.revisionLabel.setText(
                arg(self.tr("Scoring table version %1"), grid.table_revision)
            )
            self.ui.totalLabel.setText(self._total_text(grid))
        self._update_buttons()
        self._show_texts()

    def _total_text(self, grid: ScoreGrid) -> str:
        if grid.total is None:
            return arg(self.tr("No total yet: %1"), grid.final_problem)

        def points(value: int | None) -> str:
            return rules.local_points(value, grid.decimals) if value is not None else "—"

        return arg(
            self.tr("Total of %1: %2 points (self-score %3 · peers' mean %4)"),
            grid.assessed.short_name,
            points(grid.total),
            points(grid.self_total),
            points(grid.peer_mean_total),
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self._show()

    @Slot(int)
    def on_unitCombo_currentIndexChanged(self, _index: int) -> None:
        self._show_status("")
        self._load_grid()

    def _step(self, delta: int) -> None:
        combo = self.ui.unitCombo
        if combo.count():
            combo.setCurrentIndex((combo.currentIndex() + delta) % combo.count())

    @Slot()
    def on_previousButton_clicked(self) -> None:
        self._step(-1)

    @Slot()
    def on_nextButton_clicked(self) -> None:
        self._step(+1)

    # -- cells -----------------------------------------------------------------------------

    def _after_edit(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After Enter stores a value, go down to the next criterion, as in a spreadsheet."""
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or self.grid is None:
            return
        current = self.ui.gridView.currentIndex()
        rows = self.grid.rows
        following = next(
            (i for i in range(current.row() + 1, len(rows)) if rows[i].criterion.kind.is_leaf),
            -1,
        )
        if following >= 0:
            self.ui.gridView.setCurrentIndex(self.model.index(following, current.column()))

    def _current(self) -> tuple[GridRow | None, GridScorer | None]:
        index = self.ui.gridView.currentIndex()
        return self.model.row(index), self.model.scorer(index.column())

    def _update_buttons(self) -> None:
        has_grid = self.grid is not None
        locked = self.lock.locked
        row, scorer = self._current()
        self.ui.lockButton.setEnabled(has_grid and not locked)
        self.ui.unlockButton.setEnabled(locked)
        self.ui.submittedButton.setEnabled(has_grid and not locked and scorer is not None)
        self.ui.explainButton.setEnabled(row is not None)
        self.ui.actionExplain.setEnabled(row is not None)

    def show_first_explained(self) -> None:
        """Go to the self-score of the first row the unit explained (if any)."""
        rows = self.grid.rows if self.grid is not None else ()
        row = next((i for i, r in enumerate(rows) if r.note or r.evidence), -1)
        column = self.model.column_of(rules.ScorerRole.SELF)
        if row >= 0 and column >= 0:
            self.ui.gridView.setCurrentIndex(self.model.index(row, column))
            self.ui.gridView.scrollTo(self.model.index(row, column))

    def _show_texts(self) -> None:
        """The unit's explanation and evidence of the current row, under the grid."""
        row, _scorer = self._current()
        text = self.model.texts(row) if row is not None and self.grid is not None else ""
        if text and row is not None and self.grid is not None:
            text = (
                arg(
                    self.tr("%1 — %2 wrote with its self-score:"),
                    row.criterion.code,
                    self.grid.assessed.short_name,
                )
                + "\n"
                + text
            )
        self.ui.textsLabel.setText(text)
        self.ui.textsLabel.setVisible(bool(text))

    def _show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _store(self, row: GridRow, scorer: GridScorer, text: str) -> bool:
        """One typed cell = one ``set_scores`` call; a refusal goes to the status line."""
        if self.grid is None:
            return False
        criterion = row.criterion
        try:
            value = typed_value(criterion.kind, text)
        except (ValueError, rules.PointsFormatError):
            return False  # the validator let nothing unreadable through; keep it that way
        item = ScoreInput(
            scorer_uuid=scorer.unit.uuid,
            assessed_uuid=self.grid.assessed.uuid,
            criterion_uuid=criterion.uuid,
            role=scorer.role,
            value=value,
        )
        old = row.values[self.grid.scorers.index(scorer)]
        year_uuid = self.grid.year_uuid
        if not self._write(year_uuid, item):
            return False
        label = arg(self.tr("score %1 of %2"), criterion.code, scorer.unit.short_name)
        self.undo_stack.push(
            ScoreEdit(label, partial(self._write, year_uuid), item._replace(value=old), item)
        )
        self._show_status(
            arg(
                self.tr("Stored %1 on %2 from %3 (%4)."),
                text.strip() or self.tr("an empty cell"),
                criterion.code,
                scorer.unit.short_name,
                labels.scorer_role(scorer.role),
            )
        )
        return True

    def _write(self, year_uuid: UUID, item: ScoreInput) -> bool:
        """Store one cell (typed, undone or redone); a refusal goes to the status line."""
        try:
            self.context.write(scores.set_scores, year_uuid, [item])
        except EmuError as error:
            self._show_status(error.message)
            return False
        return True

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def on_lockButton_clicked(self) -> None:
        if self.year is None:
            return
        question = arg(
            self.tr(
                "Lock every score of %1 %2? The ranking then stands as it is, and any later "
                "correction needs an unlock with a reason."
            ),
            self.year.cluster_code,
            self.year.year,
        )
        if not messages.confirm(self, self.tr("Lock the scores"), question, self.tr("Lock")):
            return
        try:
            self.context.write(locking.lock_year, self.year.uuid)
        except EmuError as error:
            messages.refuse(self, error)

    @Slot()
    def on_unlockButton_clicked(self) -> None:
        if self.year is not None:
            label = f"{self.year.cluster_code} {self.year.year}"
            self.open_dialog(UnlockDialog(self.context, self.year.uuid, label, self))

    @Slot()
    def on_submittedButton_clicked(self) -> None:
        _row, scorer = self._current()
        if self.year is None or scorer is None:
            self._show_status(self.tr("Choose a cell in the column of the scorer first."))
            return
        try:
            count = self.context.write(
                locking.set_status, self.year.uuid, scorer.unit.uuid, ScoreStatus.SUBMITTED
            )
        except EmuError as error:
            messages.refuse(self, error)
            return
        self._show_status(
            arg(self.tr("%1 scores given by %2 are marked as submitted."), count, scorer.unit.name)
        )

    @Slot()
    def on_explainButton_clicked(self) -> None:
        self.on_actionExplain_triggered()

    @Slot()
    def on_actionExplain_triggered(self) -> None:
        row, _scorer = self._current()
        if row is None or self.grid is None or self.year is None:
            return
        dialog = ExplanationsDialog(
            self.context,
            self.grid.year_uuid,
            self.grid.assessed,
            row.criterion,
            members=self.year.members,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
