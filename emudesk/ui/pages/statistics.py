"""Award statistics of the issuer: how many awards were proposed and granted, per award,
unit and level across the years, as a table and a chart; the Excel report of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emudesk.errors import EmuError
from emudesk.records import award_statistics as stats
from emudesk.services.issuing import statistics
from emudesk.services.organisation import issuers
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.count_chart import CountBar, CountChart
from emudesk.ui.formatting import arg
from emudesk.ui.models.statistics import CrosstabModel
from emudesk.ui.pages.base import Page
from emudesk.ui.widgets import fill_combo

ANY_YEAR = 1999  # a year spin at its minimum: the period is open on that side


class StatisticsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.found: stats.AwardStatistics | None = None
        layout = QVBoxLayout(self)
        self.titleLabel = QLabel(self)
        font = self.titleLabel.font()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        layout.addWidget(self.titleLabel)
        self.introLabel = QLabel(self)
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)

        filters = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.issuerCombo = QComboBox(self)
        self.issuerLabel = QLabel(self)
        self.issuerLabel.setBuddy(self.issuerCombo)
        left.addRow(self.issuerLabel, self.issuerCombo)
        self.clusterCombo = QComboBox(self)
        self.clusterLabel = QLabel(self)
        self.clusterLabel.setBuddy(self.clusterCombo)
        left.addRow(self.clusterLabel, self.clusterCombo)
        years = QHBoxLayout()
        self.fromSpin, self.toSpin = QSpinBox(self), QSpinBox(self)
        for spin in (self.fromSpin, self.toSpin):
            spin.setRange(ANY_YEAR, 2100)
            spin.setValue(ANY_YEAR)
        self.fromLabel, self.toLabel = QLabel(self), QLabel(self)
        self.fromLabel.setBuddy(self.fromSpin)
        self.toLabel.setBuddy(self.toSpin)
        years.addWidget(self.fromSpin)
        years.addWidget(self.toLabel)
        years.addWidget(self.toSpin)
        years.addStretch(1)
        right.addRow(self.fromLabel, years)
        self.breakdownCombo = QComboBox(self)
        self.breakdownLabel = QLabel(self)
        self.breakdownLabel.setBuddy(self.breakdownCombo)
        right.addRow(self.breakdownLabel, self.breakdownCombo)
        filters.addLayout(left, 3)
        filters.addLayout(right, 2)
        layout.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tableView = QTableView(self.splitter)
        self.model = CrosstabModel(self)
        self.tableView.setModel(self.model)
        self.tableView.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.chart = CountChart(self.splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        bottom.addWidget(self.summaryLabel, 1)
        self.exportButton = QPushButton(self)
        bottom.addWidget(self.exportButton)
        layout.addLayout(bottom)
        for widget in (
            self.issuerCombo,
            self.clusterCombo,
            self.fromSpin,
            self.toSpin,
            self.breakdownCombo,
            self.tableView,
            self.exportButton,
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabOrder(self.issuerCombo, self.clusterCombo)
        self.setTabOrder(self.clusterCombo, self.fromSpin)
        self.setTabOrder(self.fromSpin, self.toSpin)
        self.setTabOrder(self.toSpin, self.breakdownCombo)
        self.setTabOrder(self.breakdownCombo, self.tableView)
        self.setTabOrder(self.tableView, self.exportButton)
        self._texts()

        self.issuerCombo.currentIndexChanged.connect(self._issuer_changed)
        self.clusterCombo.currentIndexChanged.connect(self._load)
        self.fromSpin.valueChanged.connect(self._load)
        self.toSpin.valueChanged.connect(self._load)
        self.breakdownCombo.currentIndexChanged.connect(self._show)
        self.exportButton.clicked.connect(self.export)

    def _texts(self) -> None:
        self.titleLabel.setText(self.tr("Award statistics"))
        self.introLabel.setText(
            self.tr(
                "How many awards the issuer's clusters proposed and how many its decisions "
                "granted, by award, unit and level, year by year, with the past decisions "
                "imported from the template. Units and the issuer are named as on each "
                "decision's date, so a unit renamed or merged since keeps its name of then."
            )
        )
        self.issuerLabel.setText(self.tr("&Issuer:"))
        self.clusterLabel.setText(self.tr("C&luster:"))
        self.fromLabel.setText(self.tr("&Years from:"))
        self.toLabel.setText(self.tr("&to:"))
        self.breakdownLabel.setText(self.tr("&Breakdown:"))
        for spin in (self.fromSpin, self.toSpin):
            spin.setSpecialValueText(self.tr("any"))
        self.exportButton.setText(self.tr("&Export to Excel…"))
        chosen = self.breakdownCombo.currentData()
        fill_combo(
            self.breakdownCombo,
            [
                (self.tr("By award and year"), stats.AWARD_YEAR),
                (self.tr("By unit and award"), stats.UNIT_AWARD),
                (self.tr("By level and year"), stats.LEVEL_YEAR),
            ],
            chosen,
        )

    def retranslate(self) -> None:
        self._texts()
        self.reload()

    def reload(self) -> None:
        chosen = self.issuerCombo.currentData()
        found = self.context.read(issuers.list_issuers)
        fill_combo(
            self.issuerCombo,
            [(i.short_name or i.name, i.short_name or i.name) for i in found],
            chosen,
        )
        self._issuer_changed()

    def _issuer_changed(self) -> None:
        issuer = self.issuerCombo.currentData()
        chosen = self.clusterCombo.currentData()
        clusters: list[tuple[str, str]] = []
        if issuer:
            try:
                clusters = self.context.read(statistics.clusters_of, issuer)
            except EmuError:
                clusters = []
        fill_combo(
            self.clusterCombo,
            [(self.tr("Every cluster"), "")]
            + [(f"{code} — {name}", code) for code, name in clusters],
            chosen or "",
        )
        self._load()

    def _period(self) -> tuple[int | None, int | None]:
        first, last = self.fromSpin.value(), self.toSpin.value()
        return (None if first == ANY_YEAR else first), (None if last == ANY_YEAR else last)

    def _load(self) -> None:
        issuer = self.issuerCombo.currentData()
        self.found = None
        if not issuer:
            self._show()
            self.summaryLabel.setText(self.tr("No issuer yet: import a cluster's submission."))
            return
        first, last = self._period()
        try:
            self.found = self.context.read(
                statistics.statistics,
                issuer,
                first_year=first,
                last_year=last,
                cluster=self.clusterCombo.currentData() or "",
            )
        except EmuError as exc:
            self._show()
            self.summaryLabel.setText(exc.message)
            return
        self._show()

    def _show(self) -> None:
        found = self.found
        key = self.breakdownCombo.currentData() or stats.AWARD_YEAR
        table = statistics.crosstab(found, key) if found is not None else None
        self.model.set_table(table)
        self.exportButton.setEnabled(found is not None)
        if table is None or found is None:
            self.chart.set_data([], [], "")
            return
        bars = [
            CountBar(label, table.decided[row], table.proposed[row])
            for row, label in enumerate(table.rows)
        ]
        self.chart.set_data(table.columns, bars, self.tr("Proposed"))
        summary = arg(
            self.tr("%1: %2 award(s) decided of %3 proposed."),
            found.issuer,
            found.decided,
            found.proposed,
        )
        if found.past_left_out:
            summary += " " + arg(
                self.tr("%1 award(s) of past decisions are left out: they belong to no cluster."),
                found.past_left_out,
            )
        elif found.past:
            summary += " " + arg(
                self.tr("Of them, %1 from past decisions imported from the template."),
                found.past,
            )
        self.summaryLabel.setText(summary)

    @Slot()
    def export(self) -> None:
        issuer = self.issuerCombo.currentData()
        if not issuer or self.found is None:
            return
        title = self.tr("Export the award statistics")
        first, last = self._period()
        years = "-".join(str(y) for y in (first, last) if y is not None)
        name = f"thong-ke-khen-thuong-{self.found.issuer_code}{'-' + years if years else ''}.xlsx"
        target = saving.ask_save_path(
            self, saving.WORKBOOKS, title, name, self.tr("Excel workbook (*.xlsx)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        self.summaryLabel.setText(self.tr("Writing the workbook…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context.read(
                statistics.export_report,
                issuer,
                target,
                first_year=first,
                last_year=last,
                cluster=self.clusterCombo.currentData() or "",
            )
        except (EmuError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self._show()
            messages.warn(self, title, error.message if isinstance(error, EmuError) else str(error))
            return
        QApplication.restoreOverrideCursor()
        self._show()
        saving.saved(self, title, target)
