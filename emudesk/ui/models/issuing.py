"""The issuer's tables: the board of a year's nominees, and a unit's award history."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.rules import format_points
from emudesk.services.issuing.board import BoardRow
from emudesk.services.issuing.council import VoteResult
from emudesk.services.issuing.decisions import DecisionInfo
from emudesk.services.issuing.history import HistoryRow
from emudesk.ui.models.base import RecordTableModel

PAPERS = {"submission": "Tờ trình", "minutes": "Biên bản", "achievement_report": "Báo cáo"}


class BoardTableModel(RecordTableModel[BoardRow]):
    CLUSTER, RANK, NOMINEE, AWARD, TOTAL, MISSING, DECISION = range(7)
    NUMERIC_COLUMNS = frozenset({RANK, TOTAL})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Cluster"),
            self.tr("Rank"),
            self.tr("Nominee"),
            self.tr("Award asked"),
            self.tr("Total"),
            self.tr("Papers missing"),
            self.tr("Decision"),
        )

    def text(self, record: BoardRow, column: int) -> str:
        if column == self.CLUSTER:
            return record.cluster
        if column == self.RANK:
            return str(record.rank) if record.rank is not None else ""
        if column == self.NOMINEE:
            return record.nominee
        if column == self.AWARD:
            return record.award
        if column == self.TOTAL:
            return format_points(record.total, 2) if record.total is not None else ""
        if column == self.MISSING:
            return ", ".join(PAPERS.get(k, k) for k in record.papers_missing)
        if column == self.DECISION:
            if not record.decision:
                return ""
            if record.status == "approved":
                return (
                    self.tr("%1, register number %2")
                    .replace("%1", record.decision)
                    .replace("%2", record.register_number)
                )
            return self.tr("%1: not approved").replace("%1", record.decision)
        return ""


class HistoryTableModel(RecordTableModel[HistoryRow]):
    YEAR, NOMINEE, AWARD, CLUSTER, DECISION, REGISTER = range(6)
    NUMERIC_COLUMNS = frozenset({YEAR})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Year"),
            self.tr("Recipient"),
            self.tr("Award"),
            self.tr("Cluster"),
            self.tr("Decision"),
            self.tr("Register number"),
        )

    def text(self, record: HistoryRow, column: int) -> str:
        if column == self.YEAR:
            return str(record.year)
        if column == self.NOMINEE:
            return record.nominee
        if column == self.AWARD:
            return record.award
        if column == self.CLUSTER:
            return record.cluster or "—"  # a past decision, imported: no cluster sent it
        if column == self.DECISION:
            day = record.decision_date.strftime("%d/%m/%Y") if record.decision_date else ""
            return f"{record.decision_number} {day}".strip()
        if column == self.REGISTER:
            return record.register_number
        return ""


class DecisionTableModel(RecordTableModel[DecisionInfo]):
    NUMBER, DATE, YEAR, SIGNER, APPROVED = range(5)
    NUMERIC_COLUMNS = frozenset({YEAR, APPROVED})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Year"),
            self.tr("Signer"),
            self.tr("Approved"),
        )

    def text(self, record: DecisionInfo, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.DATE:
            return record.signed_on.strftime("%d/%m/%Y")
        if column == self.YEAR:
            return str(record.year)
        if column == self.SIGNER:
            return record.signer_name
        if column == self.APPROVED:
            return f"{len(record.approved)}/{len(record.items)}"
        return ""


class CouncilTableModel(RecordTableModel[VoteResult]):
    CLUSTER, NOMINEE, AWARD, THRESHOLD, VOTES, RESULT = range(6)

    members = 0  # the council's size, which each vote is a share of

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Cluster"),
            self.tr("Nominee"),
            self.tr("Award asked"),
            self.tr("Threshold"),
            self.tr("Votes for"),
            self.tr("Result"),
        )

    def text(self, record: VoteResult, column: int) -> str:
        if column == self.CLUSTER:
            return record.cluster
        if column == self.NOMINEE:
            return record.nominee
        if column == self.AWARD:
            return record.award
        if column == self.THRESHOLD:
            return f"{record.threshold} ({record.needed}/{self.members})"
        if column == self.VOTES:
            return "—" if record.votes_for is None else f"{record.votes_for}/{self.members}"
        if column == self.RESULT:
            return self.tr("carried") if record.passed else self.tr("not carried")
        return ""
