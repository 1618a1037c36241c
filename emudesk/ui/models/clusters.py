"""The clusters table."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.records.organisation import ClusterInfo
from emudesk.ui.formatting import NONE, cluster_kind_label, decision_text
from emudesk.ui.models.base import RecordTableModel


class ClusterTableModel(RecordTableModel[ClusterInfo]):
    CODE, NUMBER, NAME, KIND, ISSUER, FOUNDING, YEARS = range(7)
    NUMERIC_COLUMNS = frozenset({NUMBER})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("No."),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Issuer"),
            self.tr("Founding decision"),
            self.tr("Years"),
        )

    def text(self, record: ClusterInfo, column: int) -> str:
        if column == self.CODE:
            return record.code
        if column == self.NUMBER:
            return str(record.number) if record.number is not None else ""
        if column == self.NAME:
            return record.name
        if column == self.KIND:
            return cluster_kind_label(record.kind)
        if column == self.ISSUER:
            return record.issuer_name
        if column == self.FOUNDING:
            return decision_text(record.founding_decision_number, record.founding_decision_date)
        if column == self.YEARS:
            return ", ".join(str(y) for y in sorted(record.years)) or NONE
        return ""
