"""An issuer's award catalogue, as the issuers page lists it."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.services.papers.catalogue import AwardInfo
from emudesk.ui import labels
from emudesk.ui.formatting import date_text
from emudesk.ui.models.base import RecordTableModel


class AwardTableModel(RecordTableModel[AwardInfo]):
    NAME, MADE, SIGNS, QUOTA, VOTE, VALID = range(6)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Award, as printed"),
            self.tr("Made into"),
            self.tr("Signed"),
            self.tr("Quota"),
            self.tr("Vote"),
            self.tr("Valid"),
        )

    def text(self, record: AwardInfo, column: int) -> str:
        fields = record.fields
        if column == self.NAME:
            return fields.name
        if column == self.MADE:
            return labels.artefact(fields.artefact.value)
        if column == self.SIGNS:
            first = f"{fields.signing_mode} {fields.signing_for}".strip()
            return " / ".join(p for p in (first, fields.signer_title) if p)
        if column == self.QUOTA:
            if fields.quota_count is not None:
                return str(fields.quota_count)
            if fields.quota_percent:
                rounding = labels.rounding(fields.quota_rounding.value)
                return f"{fields.quota_percent.replace('.', ',')} % ({rounding})"
            return ""
        if column == self.VOTE:
            return fields.vote_threshold or "> 1/2"
        start = date_text(fields.valid_from) if fields.valid_from else "…"
        end = date_text(fields.valid_until) if fields.valid_until else "…"
        return (
            "" if fields.valid_from is None and fields.valid_until is None else f"{start} – {end}"
        )
