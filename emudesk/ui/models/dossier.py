"""The papers of a year's dossier, with the number and date each has."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.printing.official import number_text
from emudesk.services.papers.dossier import DossierRow
from emudesk.ui.formatting import arg, date_text
from emudesk.ui.models.base import RecordTableModel


class DossierTableModel(RecordTableModel[DossierRow]):
    PAPER, NUMBER, DATE = range(3)

    def headers(self) -> Sequence[str]:
        return (self.tr("Paper"), self.tr("Number"), self.tr("Date"))

    def label(self, record: DossierRow) -> str:
        """The paper in the interface's language (the paper itself is Vietnamese)."""
        key = record.paper.key
        if key == "submission":
            return self.tr("Submission")
        if key == "minutes":
            return self.tr("Minutes of the conference")
        return arg(self.tr("Achievement report: %1"), record.paper.subject)

    def text(self, record: DossierRow, column: int) -> str:
        if column == self.PAPER:
            return self.label(record)
        found = record.number
        if found is None:
            return self.tr("(the unit's own)") if column == self.NUMBER else ""
        if column == self.NUMBER:
            if found.number is None:
                return self.tr("by hand") + f" …/{found.symbol}"
            return f"{number_text(found.number)}/{found.symbol}"
        return date_text(found.date) if found.date is not None else self.tr("by hand")
