"""The overview of one cluster-year: leadership, members as named that year, what remains."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.organisation import clusters, years
from emudesk.services.organisation.units import UnitRef
from emudesk.services.organisation.years import YearOverview
from emudesk.ui import labels, messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.year import YearDialog
from emudesk.ui.formatting import NONE, arg, date_text, decision_text, method_label, year_cluster
from emudesk.ui.generated.ui_year_page import Ui_YearPage
from emudesk.ui.models.years import MemberTableModel, TodoListModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import (
    CLUSTERS,
    COMMITMENT,
    MEETINGS,
    PROPOSALS,
    SCORE_GRID,
    SCORING_TABLE,
    YEAR_OVERVIEW,
    Target,
)
from emudesk.ui.widgets import fit_columns

# Where each to-do item is done: a page of the year (the others open this page's dialogs).
TODO_PAGES = {
    "commitment": COMMITMENT,
    "signatures": COMMITMENT,
    "table": SCORING_TABLE,
    "scores": SCORE_GRID,
    "lock": SCORE_GRID,
    "proposals": PROPOSALS,
    "election": MEETINGS,  # at the year-end conference
}


def _unit_text(unit: UnitRef | None) -> str:
    return f"{unit.name} ({unit.code})" if unit else NONE


class YearPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_YearPage()
        self.ui.setupUi(self)
        self.members = MemberTableModel(self)
        self.ui.membersView.setModel(self.members)
        fit_columns(self.ui.membersView, stretch=MemberTableModel.NAME)
        self.todo = TodoListModel(self)
        self.ui.todoView.setModel(self.todo)
        self.ui.todoView.activated.connect(self._do)  # double-click or Enter
        self._set_todo_tip()
        self.overview: YearOverview | None = None
        self.bind_keys({self.ui.editButton: QKeySequence(Qt.Key.Key_F2)})

    def reload(self) -> None:
        if self.target is None or self.target.uuid is None:
            return
        try:
            self.overview = self.context.read(years.overview, self.target.uuid)
        except EmuError:  # the year was removed meanwhile (here or by a colleague)
            self.overview = None
            self.navigate.emit(Target(CLUSTERS))
            return
        self._show()

    def _show(self) -> None:
        if self.overview is None:
            return
        info = self.overview.info
        cluster = self.context.read(clusters.get_cluster, info.cluster_uuid)
        self.ui.titleLabel.setText(arg(self.tr("%1 — year %2"), year_cluster(info), info.year))
        self.ui.issuerLabel.setText(
            arg(
                self.tr("Issuer: %1 · cluster code %2"),
                info.issuer_name or cluster.issuer_name,
                info.cluster_code,
            )
        )
        self.ui.headLabel.setText(_unit_text(info.head))
        self.ui.deputyLabel.setText(_unit_text(info.deputy))
        for role, name, day, heir in self.overview.vanished:
            label = self.ui.headLabel if role == "head" else self.ui.deputyLabel
            label.setWordWrap(True)  # the flag must not widen the window past 1024 pixels
            label.setText(
                arg(
                    self.tr("⚠ %1 — ceased to exist on %2 (successor: %3)"),
                    name,
                    date_text(day),
                    heir or NONE,
                )
            )
        self.ui.methodLabel.setText(method_label(info.method))
        self.ui.decisionLabel.setText(decision_text(info.decision_number, info.decision_date))
        following = self.overview.next_year
        if following is None:
            self.ui.nextYearLabel.setText(arg(self.tr("%1 not opened yet"), info.year + 1))
        else:
            self.ui.nextYearLabel.setText(
                arg(
                    self.tr("%1: head %2, deputy %3"),
                    following.year,
                    following.head.short_name if following.head else NONE,
                    following.deputy.short_name if following.deputy else NONE,
                )
            )
        self.ui.nextYearButton.setEnabled(following is None)
        head = info.head.uuid if info.head else None
        deputy = info.deputy.uuid if info.deputy else None
        self.members.set_members(info.members, head, deputy)
        self.ui.membersBox.setTitle(arg(self.tr("Member units (%1)"), len(info.members)))
        self.todo.set_items(self.overview.todo)
        self._show_deadline()

    def _show_deadline(self) -> None:
        from emudesk.services.cycle import dossiers

        if self.overview is None:
            return
        status = self.context.read(dossiers.deadline_status, self.overview.info.uuid)
        if status.deadline is None:
            text = self.tr("No dossier deadline set.")
        elif status.days_left is not None and status.days_left < 0:
            text = arg(
                self.tr("Dossier deadline %1 passed %2 day(s) ago."),
                date_text(status.deadline),
                -status.days_left,
            )
        else:
            text = arg(
                self.tr("Dossier deadline %1: %2 day(s) left."),
                date_text(status.deadline),
                status.days_left,
            )
        if status.missing:
            missing = (f"{name}: {labels.dossier_paper(kind)}" for name, kind in status.missing)
            text += " " + arg(self.tr("Still missing: %1."), "; ".join(missing))
        elif status.deadline is not None:
            text += " " + self.tr("Every dossier is complete.")
        self.ui.deadlineLabel.setText(text)

    def _set_todo_tip(self) -> None:
        self.ui.todoView.setToolTip(self.tr("Double-click an item, or press Enter, to do it"))

    def _do(self, index: QModelIndex) -> None:
        """Go where the to-do item at ``index`` is done."""
        key = index.data(Qt.ItemDataRole.UserRole)
        if self.overview is None or not key:
            return
        page = TODO_PAGES.get(key)
        if page is not None:
            self.navigate.emit(Target(page, self.overview.info.uuid))
        elif key == "next_year" and self.overview.next_year is not None:
            self.navigate.emit(Target(YEAR_OVERVIEW, self.overview.next_year.uuid))
        elif key == "next_year":
            self.on_nextYearButton_clicked()
        elif key in ("successor_head", "successor_deputy"):
            self.record_successor(key.removeprefix("successor_"))
        else:  # members, head, deputy, decision
            self.on_editButton_clicked()

    def record_successor(self, role: str) -> bool:
        """One action: the vanished head's (or deputy's) successor takes the role."""
        from emudesk.services.reorganisation import leaders

        if self.overview is None:
            return False
        found = next((v for v in self.overview.vanished if v[0] == role), None)
        if found is None:
            return False
        _role, name, day, heir = found
        question = arg(
            self.tr("Record “%1” as %2 from %3, in place of “%4”?"),
            heir,
            self.tr("head") if role == "head" else self.tr("deputy"),
            date_text(day),
            name,
        )
        if not messages.confirm(self, self.tr("Record the successor"), question, self.tr("Record")):
            return False
        try:
            self.context.write(leaders.record_successor, self.overview.info.uuid, role)
        except EmuError as error:
            messages.refuse(self, error)
            return False
        self.reload()
        return True

    @Slot()
    def on_summaryButton_clicked(self) -> None:
        if self.overview is None:
            return
        info = self.overview.info
        name = f"tong-hop-{info.cluster_code}-{info.year}.pdf"
        title = self.tr("Year summary")
        target = saving.ask_save_path(self, saving.PAPERS, title, name, self.tr("PDF (*.pdf)"))
        if target is not None and self.write_summary(target):
            saving.saved(self, title, target)

    def write_summary(self, target: Path) -> bool:
        from emudesk.services.cycle import year_summary

        if self.overview is None:
            return False
        try:
            self.context.read(year_summary.write_summary, self.overview.info.uuid, target)
        except EmuError as error:
            messages.refuse(self, error)
            return False
        from emudesk.ui import signing_actions

        signing_actions.offer_to_sign(self, self.context, target)
        return True

    @Slot()
    def on_deadlineButton_clicked(self) -> None:
        from emudesk.ui.dialogs.deadline import DeadlineDialog

        if self.overview is not None:
            self.open_dialog(DeadlineDialog(self.context, self.overview.info.uuid, self))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._set_todo_tip()
        self.members.retranslate()
        self.reload()  # the to-do texts come from the services, in the new language

    @Slot()
    def on_editButton_clicked(self) -> None:
        if self.overview is not None:
            self.open_dialog(YearDialog.for_year(self.context, self.overview.info, self))

    @Slot()
    def on_nextYearButton_clicked(self) -> None:
        if self.overview is None:
            return
        from emudesk.services.organisation import next_year

        info = self.overview.info
        plan = self.context.read(next_year.plan, info.uuid)
        dialog = YearDialog(
            self.context,
            cluster_uuid=info.cluster_uuid,
            cluster_label=info.cluster_code,
            existing=None,
            year=plan.year,
            members=[m.uuid for m in plan.members],
            from_year=info.uuid,
            elected=(
                plan.head.uuid if plan.head else None,
                plan.deputy.uuid if plan.deputy else None,
            ),
            parent=self,
        )
        self.open_dialog(dialog, lambda saved: self.navigate.emit(Target(YEAR_OVERVIEW, saved)))

    @Slot()
    def on_removeButton_clicked(self) -> None:
        if self.overview is None:
            return
        info = self.overview.info
        question = arg(
            self.tr("Remove the year %1 of %2 with its member list and leadership?"),
            info.year,
            info.cluster_code,
        )
        if not messages.confirm(self, self.tr("Remove a year"), question, self.tr("Remove")):
            return
        try:
            self.context.write(years.remove_year, info.uuid)
        except EmuError as error:
            messages.refuse(self, error)
