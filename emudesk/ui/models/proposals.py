"""The year's award proposals, in their order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from emudesk import rules
from emudesk.services.cycle.proposals import ProposalInfo, ProposalStatus
from emudesk.ui import labels
from emudesk.ui.formatting import arg, date_text, decision_text
from emudesk.ui.models.base import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
DEMO_MARKERS = ("(ví dụ)", "(example)")  # what the demo writes instead of a real number


class ProposalTableModel(RecordTableModel[ProposalInfo]):
    NUMBER, NOMINEE, UNIT, AWARD, RANK, TOTAL, STATUS, DECISION = range(8)
    NUMERIC_COLUMNS = frozenset({NUMBER, RANK, TOTAL})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Nominee"),
            self.tr("Unit"),
            self.tr("Award"),
            self.tr("Rank"),
            self.tr("Total"),
            self.tr("Status"),
            self.tr("Decision"),
        )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: dict[UUID, str] = {}

    def set_records(self, records: Sequence[ProposalInfo]) -> None:
        # the unit column shows what tells the units apart ("Đắk Lắk"); the tooltip the name
        shown = labels.short_names([r.unit.short_name for r in records])
        self._units = {r.uuid: name for r, name in zip(records, shown, strict=True)}
        super().set_records(records)

    def decision(self, record: ProposalInfo) -> str:
        """The decision as officers write it, marked when it is an example, not a real one."""
        number = record.decision_number.strip()
        if record.decision_is_example and number in DEMO_MARKERS:
            number = ""
        if number:
            text = decision_text(number, record.decision_date)
        elif record.decision_date is not None:
            text = date_text(record.decision_date)
        else:
            return ""
        return arg(self.tr("%1 (example)"), text) if record.decision_is_example else text

    def text(self, record: ProposalInfo, column: int) -> str:
        if column == self.NUMBER:
            return str(self._rows.index(record) + 1)
        if column == self.NOMINEE:
            return record.nominee
        if column == self.UNIT:
            return self._units.get(record.uuid, record.unit.short_name)
        if column == self.AWARD:
            return record.award_text
        if column == self.RANK:
            return str(record.rank) if record.rank is not None else ""
        if column == self.TOTAL:
            return rules.local_points(record.total) if record.total is not None else ""
        if column == self.STATUS:
            status = labels.proposal_status(record.status)
            if record.unlocked_reason:  # approved before the scores were final: said at once
                return arg(self.tr("%1 (scores not locked)"), status)
            return status
        return self.decision(record)

    def tooltip(self, record: ProposalInfo, column: int) -> str:
        if column == self.UNIT:
            return record.unit.name
        if column == self.STATUS and record.unlocked_reason:
            return arg(
                self.tr("Approved before the scores were locked, because: %1"),
                record.unlocked_reason,
            )
        if column == self.NOMINEE:
            kind = labels.nominee_kind(record.nominee_kind)
            return "\n".join(p for p in (f"{kind}: {record.nominee}", record.reason) if p)
        return self.text(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.column() == self.STATUS:
            record = self.record(index)
            if record is not None and record.status is ProposalStatus.APPROVED:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
