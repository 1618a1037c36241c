"""The issuers table."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.services.organisation.issuers import IssuerInfo
from emudesk.ui.formatting import issuer_kind_label
from emudesk.ui.models.base import RecordTableModel


class IssuerTableModel(RecordTableModel[IssuerInfo]):
    NAME, SHORT_NAME, KIND, SIGNER, CLUSTERS = range(5)
    NUMERIC_COLUMNS = frozenset({CLUSTERS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Kind"),
            self.tr("Signer's title"),
            self.tr("Clusters"),
        )

    def text(self, record: IssuerInfo, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.SHORT_NAME:
            return record.short_name
        if column == self.KIND:
            return issuer_kind_label(record.kind)
        if column == self.SIGNER:
            return record.signer_title
        if column == self.CLUSTERS:
            return str(record.cluster_count)
        return ""
