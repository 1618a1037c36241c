"""The ranking: the regulation applied to the year's scores, explained, charted, and awarded."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.cycle import proposals
from emudesk.services.exchange import documents
from emudesk.services.organisation.years import YearInfo
from emudesk.services.scoring import regulation, tables
from emudesk.services.scoring.ranking import RankingReport, RankRow, compute
from emudesk.ui import labels, messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.member_values import ExclusionsDialog, VotesDialog
from emudesk.ui.dialogs.regulation import RegulationDialog
from emudesk.ui.formatting import arg, year_cluster
from emudesk.ui.generated.ui_ranking_page import Ui_RankingPage
from emudesk.ui.models.ranking import RankingTableModel, SuggestionTableModel, rank_text
from emudesk.ui.pages.base import Page
from emudesk.ui.ranking_chart import ChartBar
from emudesk.ui.registry import CLUSTERS, PROPOSALS, Target


class RankingPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_RankingPage()
        self.ui.setupUi(self)
        self.model = RankingTableModel(self)
        self.ui.rankingView.setModel(self.model)
        self.model.modelReset.connect(self._fit_columns)
        self.ui.rankingView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.suggestions = SuggestionTableModel(self)
        self.ui.suggestionsView.setModel(self.suggestions)
        header = self.ui.suggestionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SuggestionTableModel.UNIT, QHeaderView.ResizeMode.Stretch)
        view = self.ui.rankingView
        view.setWordWrap(True)  # the "decided by" sentence: two lines, then "…" (and a tooltip)
        rows = view.verticalHeader()
        rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 4)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.skipped = QStringListModel(self)
        self.ui.skippedView.setModel(self.skipped)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self._split = False  # the table's share of the splitter is set once, when first shown
        self.year: YearInfo | None = None
        self.report: RankingReport | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            QTimer.singleShot(0, self._fit_splitter)

    def _fit_splitter(self) -> None:
        """Give the table the height of its rows (at most 60 %), the chart the rest."""
        total = sum(self.ui.splitter.sizes())
        rows = self.model.rowCount()
        if total <= 0 or not rows:
            return
        view = self.ui.rankingView
        needed = view.horizontalHeader().height() + rows * view.rowHeight(0) + 4
        top = min(needed, int(total * 0.6))
        self.ui.splitter.setSizes([top, total - top])
        self._split = True

    def _fit_columns(self) -> None:
        header = self.ui.rankingView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount():
            header.setSectionResizeMode(self.model.decided_column, QHeaderView.ResizeMode.Stretch)
            self.ui.rankingView.setColumnHidden(self.model.note_column, not self.model.has_notes())

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.target is None or self.target.uuid is None:
            return
        selected = self._selected()
        try:
            self.year = self.context.read(ui_queries.year_info, self.target.uuid)
        except EmuError:  # the year was removed meanwhile
            self.navigate.emit(Target(CLUSTERS))
            return
        problem = ""
        try:
            self.report = self.context.read(compute, self.target.uuid)
        except EmuError as error:
            self.report, problem = None, error.message
        self.model.set_report(self.report)
        self.suggestions.set_items(self.report.suggestions if self.report else ())
        votes = any(s.needs_vote for s in self.report.suggestions) if self.report else False
        self.ui.suggestionsView.setColumnHidden(SuggestionTableModel.VOTE, not votes)
        self.skipped.setStringList(list(self.report.skipped) if self.report else [])
        self.ui.chart.set_bars(self._bars())
        if selected is not None:
            self.select_unit(selected.unit.code)
        elif self.model.rowCount():
            self.ui.rankingView.selectRow(0)
        self._show(problem)

    def _bars(self) -> list[ChartBar]:
        rows = self.report.rows if self.report else ()
        short = labels.short_names([r.unit.short_name for r in rows])
        return [
            ChartBar(
                label=name,
                rank=rank_text(row),
                total=row.total,
                self_total=row.self_total,
                peer_mean_total=row.peer_mean_total,
                muted=bool(row.excluded),
            )
            for name, row in zip(short, rows, strict=True)
        ]

    def _show(self, problem: str) -> None:
        year, report = self.year, self.report
        if year is None:
            return
        self.ui.titleLabel.setText(
            arg(self.tr("Ranking — %1 — year %2"), year_cluster(year), year.year)
        )
        self._status(problem)
        if report is None:
            self.ui.summaryLabel.setText(self.tr("No ranking: see the reason below."))
        else:
            self.ui.summaryLabel.setText(self._summary(report))
        self.ui.skippedCaption.setVisible(bool(report and report.skipped))
        self.ui.skippedView.setVisible(bool(report and report.skipped))
        self._update_buttons()

    def _summary(self, report: RankingReport) -> str:
        settings = self.context.read(regulation.get_settings, report.year_uuid)
        chain = " → ".join(labels.tie_break(rule) for rule in settings.tie_breaks)
        state = self.tr("scores locked") if report.locked else self.tr("scores not locked yet")
        return arg(
            self.tr("Scoring table version %1 · %2 · %3 · ties: %4"),
            report.table_revision,
            labels.combine_method(settings.combine),
            state,
            chain or self.tr("none (equal totals share the rank)"),
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self.suggestions.retranslate()
        self.reload()

    def _selected(self) -> RankRow | None:
        rows = self.ui.rankingView.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def select_unit(self, code: str) -> None:
        """Select the row of the unit ``code`` (for the score sheet export)."""
        number = next((i for i, r in enumerate(self.model.rows()) if r.unit.code == code), -1)
        if number >= 0:
            self.ui.rankingView.selectRow(number)

    def _update_buttons(self) -> None:
        has_report = self.report is not None
        row = self._selected()
        if row is not None and row.explanation:  # the column may be narrow: said in full here
            self.ui.reasonLabel.setText(
                arg(self.tr("Rank %1, %2: %3"), rank_text(row), row.unit.name, row.explanation)
            )
        else:
            self.ui.reasonLabel.setText("")
        self.ui.exportButton.setEnabled(self._selected() is not None)
        self.ui.proposalsButton.setEnabled(has_report and bool(self.report.suggestions))  # type: ignore[union-attr]
        for button in (self.ui.settingsButton, self.ui.exclusionsButton, self.ui.votesButton):
            button.setEnabled(self.year is not None)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def on_settingsButton_clicked(self) -> None:
        if self.year is None:
            return
        table = self.context.read(tables.get_table, self.year.uuid)
        sections = [
            c.code
            for c in (table.criteria if table else ())
            if c.parent_uuid is None and c.kind is rules.CriterionKind.SECTION
        ]
        self.open_dialog(RegulationDialog(self.context, self.year.uuid, sections, self))

    @Slot()
    def on_exclusionsButton_clicked(self) -> None:
        if self.year is not None:
            self.open_dialog(ExclusionsDialog(self.context, self.year.uuid, self))

    @Slot()
    def on_votesButton_clicked(self) -> None:
        if self.year is not None:
            self.open_dialog(VotesDialog(self.context, self.year.uuid, self))

    @Slot()
    def on_proposalsButton_clicked(self) -> None:
        if self.year is None:
            return
        try:
            created = self.context.write(proposals.from_suggestions, self.year.uuid)
        except EmuError as error:
            messages.refuse(self, error)
            return
        if not created:
            messages.inform(
                self,
                self.tr("Award proposals"),
                self.tr("Every suggestion already has its proposal; nothing was added."),
            )
        self.navigate.emit(Target(PROPOSALS, self.year.uuid))

    @Slot()
    def on_exportButton_clicked(self) -> None:
        row = self._selected()
        if row is None or self.year is None:
            return
        pdf, xlsx = self.tr("PDF document (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        title = self.tr("Export the score sheet")
        picked: list[str] = []
        target = saving.ask_save_path(
            self,
            saving.PAPERS,
            title,
            f"bang-diem-{row.unit.code}-{self.year.year}.pdf",
            f"{pdf};;{xlsx}",
            chosen_filter=picked,
        )
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            target = target.with_suffix(".xlsx" if picked == [xlsx] else ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self.context.read(
                documents.write_score_sheet, self.year.uuid, row.unit.uuid, target
            )
        except (EmuError, OSError) as error:
            QApplication.restoreOverrideCursor()
            message = error.message if isinstance(error, EmuError) else str(error)
            messages.warn(self, self.tr("Export the score sheet"), message)
            return
        QApplication.restoreOverrideCursor()
        self._status(arg(self.tr("Score sheet written: %1"), written), ok=True)
        if written.suffix.lower() == ".pdf":
            from emudesk.ui import signing_actions

            signing_actions.offer_to_sign(self, self.context, written)
        saving.saved(self, title, written)

    def _status(self, text: str, *, ok: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.ui.statusLabel.setText(text)
