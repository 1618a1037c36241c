"""Per-member lists edited in a table: award exclusions, and the votes of the conference."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from emudesk.services import ui_queries
from emudesk.services.scoring import regulation
from emudesk.ui.context import DataContext
from emudesk.ui.delegates import ChoiceDelegate, CountDelegate
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.generated.ui_exclusions_dialog import Ui_ExclusionsDialog
from emudesk.ui.generated.ui_votes_dialog import Ui_VotesDialog
from emudesk.ui.models.member_values import ExclusionRow, ExclusionTableModel, VoteTableModel


def _fit(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ExclusionsDialog(ServiceDialog):
    """OK stores every member whose reason or note changed, all together or not at all."""

    def __init__(
        self, context: DataContext, year_uuid: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.ui = Ui_ExclusionsDialog()
        self.ui.setupUi(self)
        self.model = ExclusionTableModel(self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.setItemDelegateForColumn(ExclusionTableModel.REASON, ChoiceDelegate(self))
        _fit(self.ui.tableView, ExclusionTableModel.NOTE)
        members = context.read(ui_queries.year_info, year_uuid).members
        stored = {e.unit.uuid: e for e in context.read(regulation.list_exclusions, year_uuid)}
        self.before = [
            ExclusionRow(
                m,
                stored[m.uuid].reason if m.uuid in stored else None,
                stored[m.uuid].note if m.uuid in stored else "",
            )
            for m in members
        ]
        self.model.set_rows(self.before)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def save(self) -> None:
        changes = [
            regulation.ExclusionChange(new.unit.uuid, new.reason, new.note if new.reason else "")
            for old, new in zip(self.before, self.model.rows(), strict=True)
            if old != new
        ]
        if changes:
            self.context.write(regulation.set_exclusions, self.year_uuid, changes)


class VotesDialog(ServiceDialog):
    """OK stores every member's count in one call (only when something changed)."""

    def __init__(
        self, context: DataContext, year_uuid: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.ui = Ui_VotesDialog()
        self.ui.setupUi(self)
        self.model = VoteTableModel(self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.setItemDelegateForColumn(
            VoteTableModel.VOTES, CountDelegate(VoteTableModel.MAX_VOTES, self)
        )
        _fit(self.ui.tableView, VoteTableModel.UNIT)
        members = context.read(ui_queries.year_info, year_uuid).members
        self.stored = context.read(ui_queries.votes, year_uuid)
        self.model.set_votes(members, self.stored)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def save(self) -> None:
        votes = self.model.votes()
        if votes != {unit: self.stored.get(unit, 0) for unit in votes}:
            self.context.write(regulation.set_votes, self.year_uuid, votes)
