"""The clusters page: every cluster and block with its issuer, founding decision and years."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.records.organisation import ClusterInfo
from emudesk.services.organisation import start_view
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_clusters_page import Ui_ClustersPage
from emudesk.ui.models.clusters import ClusterTableModel
from emudesk.ui.models.years import YearTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import CLUSTERS, ISSUERS, MEMBER, YEAR_OVERVIEW, Target
from emudesk.ui.widgets import fit_columns, select_uuid, selected_record


def _cluster_dialog(
    context: DataContext, cluster: ClusterInfo | None, parent: QWidget
) -> ServiceDialog:
    """The cluster's dialog, imported when first asked for: the page is the window's first,
    and the dialogs' modules (with the year's unit picker) are not needed to show it."""
    from emudesk.ui.dialogs.cluster import ClusterDialog

    return ClusterDialog(context, cluster, parent)


class ClustersPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ClustersPage()
        self.ui.setupUi(self)
        self.model = ClusterTableModel(self)
        self.ui.tableView.setModel(self.model)
        fit_columns(self.ui.tableView, stretch=ClusterTableModel.NAME)
        # the name and the issuer share what is left: on a small screen neither is cut to "Cụm t…"
        self.ui.tableView.horizontalHeader().setSectionResizeMode(
            ClusterTableModel.ISSUER, QHeaderView.ResizeMode.Stretch
        )
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(self._on_double_clicked)
        self.years = YearTableModel(self)
        self.ui.yearsView.setModel(self.years)
        fit_columns(self.ui.yearsView, stretch=YearTableModel.METHOD)
        self.ui.yearsView.activated.connect(self._on_year_activated)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.bind_keys(
            {
                self.ui.addButton: QKeySequence(Qt.Key.Key_Insert),
                self.ui.editButton: QKeySequence(Qt.Key.Key_F2),
                self.ui.removeButton: QKeySequence.StandardKey.Delete,
            }
        )
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self._selected_uuid()
        wanted = self.target.uuid if self.target and self.target.uuid else keep
        self.model.set_records(self.context.read_plain(start_view.list_clusters))
        empty = self.model.rowCount() == 0
        # An empty database shows where to begin, the real first step first and largest.
        self.ui.emptyPanel.setVisible(empty)
        self.ui.splitter.setVisible(not empty)
        for button in (
            self.ui.addButton,
            self.ui.editButton,
            self.ui.addYearButton,
            self.ui.removeButton,
        ):
            button.setVisible(not empty)
        no_issuer = not self.context.read_plain(start_view.has_issuer)
        self.ui.loadDemoButton.setVisible(no_issuer)
        self.ui.demoLabel.setVisible(no_issuer)
        self._show_first_step()
        if (
            not (wanted and select_uuid(self.ui.tableView, self.model, wanted))
            and self.model.rowCount()
        ):
            self.ui.tableView.selectRow(0)
        self.target = Target(CLUSTERS)
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self.years.retranslate()
        self._show_years(self._selected())
        self._show_first_step()

    def _show_first_step(self) -> None:
        """An empty database leads with the office's own first step: a member unit fills in
        the form its head sent (no cluster needed); a head office records its cluster."""
        settings = getattr(self.window(), "settings", None)
        member = getattr(settings, "role", "") == MEMBER
        self.ui.memberFormButton.setVisible(member)
        self.ui.fillFormButton.setVisible(not member)
        big = self.ui.memberFormButton.font()
        self.ui.startButton.setFont(self.font() if member else big)
        self.ui.startButton.setMinimumHeight(
            0 if member else self.ui.memberFormButton.minimumHeight()
        )
        if member:
            self.ui.emptyLabel.setText(
                self.tr(
                    "A member unit needs no cluster data here: open the scoring form the head "
                    "unit sent (an Excel workbook), score each criterion and save the return to "
                    "send back. To keep the cluster's records on this PC as well, add the issuer "
                    "and the cluster."
                )
            )

    def _selected(self) -> ClusterInfo | None:
        return selected_record(self.ui.tableView, self.model)

    def _selected_uuid(self) -> UUID | None:
        record = self._selected()
        return record.uuid if record else None

    def _update_buttons(self) -> None:
        cluster = self._selected()
        for button in (self.ui.editButton, self.ui.addYearButton, self.ui.removeButton):
            button.setEnabled(cluster is not None)
        self._show_years(cluster)

    def _show_years(self, cluster: ClusterInfo | None) -> None:
        found = self.context.read_plain(start_view.list_years, cluster.uuid) if cluster else []
        self.years.set_records(found)
        self.ui.yearsBox.setEnabled(cluster is not None)
        if cluster is not None and not found:  # a new cluster: say what comes next
            self.ui.yearsHint.setText(
                self.tr(
                    "No year yet. Next: the member units (on the Units page, or File › Import "
                    "units from a workbook), then Add a year… with its members, head and deputy."
                )
            )
        else:
            self.ui.yearsHint.setText(
                self.tr("Double-click a year (or press Enter) to open its overview.")
            )

    def _on_year_activated(self, index: QModelIndex) -> None:
        year = self.years.record(index)
        if year is not None:
            self.navigate.emit(Target(YEAR_OVERVIEW, year.uuid))

    # -- actions ---------------------------------------------------------------------------

    def _select(self, uuid: UUID) -> None:
        select_uuid(self.ui.tableView, self.model, uuid)

    @Slot()
    def on_addButton_clicked(self) -> None:
        if not self.context.read_plain(start_view.has_issuer):
            messages.inform(
                self,
                self.tr("Add a cluster"),
                self.tr(
                    "A cluster belongs to an issuer (a ministry, committee or province). "
                    "Add the issuer first on the Issuers page."
                ),
            )
            self.navigate.emit(Target(ISSUERS))
            return
        self.open_dialog(_cluster_dialog(self.context, None, self), self._select)

    @Slot()
    def on_editButton_clicked(self) -> None:
        cluster = self._selected()
        if cluster is None:
            return
        self.open_dialog(_cluster_dialog(self.context, cluster, self), self._select)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.on_editButton_clicked()

    @Slot()
    def on_addYearButton_clicked(self) -> None:
        cluster = self._selected()
        if cluster is None:
            return
        members: list[UUID] = []
        year = self.context.working_year or dt.date.today().year
        if cluster.years:
            from emudesk.services.organisation import years

            latest = self.context.read(years.get_year, cluster.uuid, max(cluster.years))
            members = [m.uuid for m in latest.members]
            year = latest.year + 1
        from emudesk.ui.dialogs.year import YearDialog

        dialog = YearDialog(
            self.context,
            cluster_uuid=cluster.uuid,
            cluster_label=cluster.code,
            existing=None,
            year=year,
            members=members,
            parent=self,
        )
        self.open_dialog(dialog, lambda saved: self.navigate.emit(Target(YEAR_OVERVIEW, saved)))

    @Slot()
    def on_removeButton_clicked(self) -> None:
        cluster = self._selected()
        if cluster is None:
            return
        question = arg(self.tr("Remove the cluster %1 “%2”?"), cluster.code, cluster.name)
        if not messages.confirm(self, self.tr("Remove a cluster"), question, self.tr("Remove")):
            return
        try:
            from emudesk.services.organisation import clusters

            self.context.write(clusters.remove_cluster, cluster.uuid)
        except EmuError as error:
            messages.refuse(self, error)

    @Slot()
    def on_startButton_clicked(self) -> None:
        """The first step of a head office: the issuer (when there is none yet), the cluster."""
        from emudesk.ui.dialogs.issuer import IssuerDialog

        if self.context.read_plain(start_view.has_issuer):
            self.open_dialog(_cluster_dialog(self.context, None, self), self._select)
            return

        def then_the_cluster(_issuer: UUID) -> None:
            self.open_dialog(_cluster_dialog(self.context, None, self), self._select)

        self.open_dialog(IssuerDialog(self.context, None, self), then_the_cluster)

    @Slot()
    def on_handoverButton_clicked(self) -> None:
        self._trigger("actionHandoverImport")

    @Slot()
    def on_fillFormButton_clicked(self) -> None:
        self._trigger("actionFillForm")

    @Slot()
    def on_memberFormButton_clicked(self) -> None:
        self._trigger("actionFillForm")

    def _trigger(self, name: str) -> None:
        """Run one of the window's File actions (the same as choosing it in the menu)."""
        action = self.window().findChild(QAction, name)
        if action is not None:
            action.trigger()

    @Slot()
    def on_loadDemoButton_clicked(self) -> None:
        from emudesk.services.demo.build import build_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context.write(build_demo)
        except EmuError as error:
            messages.refuse(self, error)
        finally:
            QApplication.restoreOverrideCursor()
