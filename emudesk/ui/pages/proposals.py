"""Award proposals of a year: add and edit them, and move them from draft to decision."""

from __future__ import annotations

from collections import Counter
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.cycle import proposals
from emudesk.services.cycle.proposals import TRANSITIONS, ProposalInfo, ProposalStatus
from emudesk.services.organisation.years import YearInfo
from emudesk.ui import labels, messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.proposal import DecisionDialog, ProposalDialog
from emudesk.ui.formatting import arg, year_cluster
from emudesk.ui.generated.ui_proposals_page import Ui_ProposalsPage
from emudesk.ui.models.proposals import ProposalTableModel
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import CLUSTERS, Target
from emudesk.ui.widgets import fit_columns, select_uuid, selected_record

Status = ProposalStatus
BACK = {
    Status.VOTED: Status.DRAFT,
    Status.SUBMITTED: Status.VOTED,
    Status.APPROVED: Status.SUBMITTED,
    Status.REJECTED: Status.SUBMITTED,
}


class ProposalsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ProposalsPage()
        self.ui.setupUi(self)
        self._remove_tip = self.ui.removeButton.toolTip()
        self.model = ProposalTableModel(self)
        self.ui.tableView.setModel(self.model)
        fit_columns(self.ui.tableView, stretch=ProposalTableModel.AWARD)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(
            ProposalTableModel.NOMINEE, QHeaderView.ResizeMode.Stretch
        )  # nominees and awards share the width and wrap: no column squeezed away
        rows = self.ui.tableView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # awards wrap
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(self._on_double_clicked)
        self.year: YearInfo | None = None
        self.bind_keys(
            {
                self.ui.addButton: QKeySequence(Qt.Key.Key_Insert),
                self.ui.editButton: QKeySequence(Qt.Key.Key_F2),
                self.ui.removeButton: QKeySequence.StandardKey.Delete,
            }
        )
        self._update_buttons()

    def reload(self) -> None:
        if self.target is None or self.target.uuid is None:
            return
        wanted = self._selected()
        try:
            self.year = self.context.read(ui_queries.year_info, self.target.uuid)
            records = self.context.read(proposals.list_proposals, self.target.uuid)
        except EmuError:  # the year was removed meanwhile
            self.navigate.emit(Target(CLUSTERS))
            return
        self.model.set_records(records)
        if not (wanted and self._select(wanted.uuid)) and self.model.rowCount():
            self.ui.tableView.selectRow(0)
        self._show()

    def _show(self) -> None:
        if self.year is None:
            return
        self.ui.titleLabel.setText(
            arg(
                self.tr("Award proposals — %1 — year %2"),
                year_cluster(self.year),
                self.year.year,
            )
        )
        records = self.model.records()
        if not records:
            self.ui.summaryLabel.setText(
                self.tr(
                    "No proposals yet. Create them from the ranking's suggestions, or add one "
                    "for a unit, a collective or a person."
                )
            )
        else:
            counts = Counter(r.status for r in records)
            parts = ", ".join(
                f"{labels.proposal_status(s)}: {counts[s]}" for s in Status if counts[s]
            )
            self.ui.summaryLabel.setText(arg(self.tr("%1 proposals — %2"), len(records), parts))
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._remove_tip = self.ui.removeButton.toolTip()
        self.model.retranslate()
        self._show()

    def _selected(self) -> ProposalInfo | None:
        return selected_record(self.ui.tableView, self.model)

    def _select(self, uuid: UUID) -> bool:
        return select_uuid(self.ui.tableView, self.model, uuid)

    def _update_buttons(self) -> None:
        proposal = self._selected()
        allowed = TRANSITIONS[proposal.status] if proposal else frozenset()
        decided = proposal is not None and proposal.status in (Status.APPROVED, Status.REJECTED)
        self.ui.addButton.setEnabled(self.year is not None)
        self.ui.editButton.setEnabled(proposal is not None and not decided)
        # only a draft can go; past the vote the button says how to make it a draft again
        past = proposal is not None and proposal.status is not Status.DRAFT
        self.ui.removeButton.setEnabled(proposal is not None and not past)
        self.ui.removeButton.setToolTip(
            self.tr(
                "Only a draft proposal can be removed; this one is past the vote "
                "(Step back returns it to its previous step)."
            )
            if past
            else self._remove_tip
        )
        self.ui.dossierButton.setEnabled(proposal is not None)
        status = proposal.status if proposal else None
        # forward steps only: a step back has its own button
        self.ui.voteButton.setEnabled(status is Status.DRAFT and Status.VOTED in allowed)
        self.ui.submitButton.setEnabled(status is Status.VOTED and Status.SUBMITTED in allowed)
        self.ui.approveButton.setEnabled(Status.APPROVED in allowed)
        self.ui.rejectButton.setEnabled(Status.REJECTED in allowed)
        self.ui.backButton.setEnabled(proposal is not None and proposal.status in BACK)
        self._show_details(proposal)

    def _show_details(self, proposal: ProposalInfo | None) -> None:
        if proposal is None:
            self.ui.detailsLabel.setText(self.tr("Choose a proposal to see its details."))
            return
        nominee = proposal.nominee
        if proposal.person_title:
            nominee += f", {proposal.person_title}"
        status = labels.proposal_status(proposal.status)
        decision = self.model.decision(proposal)
        lines = [
            f"{labels.nominee_kind(proposal.nominee_kind)}: {nominee}",
            arg(self.tr("Award: %1"), proposal.award_text),
            arg(self.tr("Status: %1"), f"{status} — {decision}" if decision else status),
            arg(self.tr("Achievements: %1"), proposal.reason or "—"),
        ]
        if proposal.unlocked_reason:
            lines.append(
                arg(
                    self.tr("Approved before the scores were locked, because: %1"),
                    proposal.unlocked_reason,
                )
            )
        self.ui.detailsLabel.setText("\n".join(lines))

    # -- editing ---------------------------------------------------------------------------

    @Slot()
    def on_addButton_clicked(self) -> None:
        if self.year is not None:
            dialog = ProposalDialog(self.context, self.year.uuid, self.year.members, None, self)
            self.open_dialog(dialog, self._select)

    @Slot()
    def on_editButton_clicked(self) -> None:
        proposal = self._selected()
        if proposal is not None and self.year is not None:
            dialog = ProposalDialog(self.context, self.year.uuid, self.year.members, proposal, self)
            self.open_dialog(dialog, self._select)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        if self.ui.editButton.isEnabled():
            self.on_editButton_clicked()

    @Slot()
    def on_removeButton_clicked(self) -> None:
        proposal = self._selected()
        if proposal is None:
            return
        if proposal.status is Status.DRAFT:
            question = arg(
                self.tr("Remove the proposal “%1 — %2”?"),
                proposal.nominee,
                proposal.award_text,
            )
            if not messages.confirm(
                self, self.tr("Remove a proposal"), question, self.tr("Remove")
            ):
                return
        try:  # past the draft the service refuses, and says why
            self.context.write(proposals.remove_proposal, proposal.uuid)
        except EmuError as error:
            messages.refuse(self, error)

    # -- status ----------------------------------------------------------------------------

    def _move(self, status: ProposalStatus) -> None:
        proposal = self._selected()
        if proposal is None:
            return
        try:
            self.context.write(proposals.set_status, proposal.uuid, status)
        except EmuError as error:
            messages.refuse(self, error)
            return
        self._select(proposal.uuid)

    def _decide(self, status: ProposalStatus) -> None:
        proposal = self._selected()
        if proposal is None or self.year is None:
            return
        locked = self.context.read(ui_queries.lock_state, self.year.uuid).locked
        dialog = DecisionDialog(self.context, proposal, status, self, scores_locked=locked)
        self.open_dialog(dialog, self._select)

    @Slot()
    def on_dossierButton_clicked(self) -> None:
        from emudesk.ui.dialogs.dossier import DossierDialog

        proposal = self._selected()
        if proposal is None:
            return
        award = proposal.award_text
        dialog = DossierDialog(self.context, proposal.uuid, f"{proposal.nominee} — {award}", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.context.changed.emit())
        dialog.open()

    @Slot()
    def on_voteButton_clicked(self) -> None:
        self._move(Status.VOTED)

    @Slot()
    def on_submitButton_clicked(self) -> None:
        self._move(Status.SUBMITTED)

    @Slot()
    def on_approveButton_clicked(self) -> None:
        self._decide(Status.APPROVED)

    @Slot()
    def on_rejectButton_clicked(self) -> None:
        self._decide(Status.REJECTED)

    @Slot()
    def on_backButton_clicked(self) -> None:
        proposal = self._selected()
        if proposal is not None and proposal.status in BACK:
            self._move(BACK[proposal.status])
