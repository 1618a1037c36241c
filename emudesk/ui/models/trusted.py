"""The certificates this office trusts, as the digital signatures settings list them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import NAMESPACE_OID, UUID, uuid5

from emudesk.signing import Signer
from emudesk.ui.models.base import RecordTableModel


@dataclass(frozen=True)
class TrustedRow:
    """A trusted certificate, with a stable identity for the list (from its fingerprint)."""

    signer: Signer

    @property
    def uuid(self) -> UUID:
        return uuid5(NAMESPACE_OID, self.signer.sha256)


class TrustedModel(RecordTableModel[TrustedRow]):
    NAME, ORGANISATION, KIND, VALID_TO, FINGERPRINT = range(5)

    def set_signers(self, signers: Sequence[Signer]) -> None:
        self.set_records([TrustedRow(s) for s in signers])

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Kind"),
            self.tr("Valid until"),
            self.tr("Fingerprint (SHA-256)"),
        )

    def text(self, record: TrustedRow, column: int) -> str:
        signer = record.signer
        if column == self.NAME:
            return signer.name
        if column == self.ORGANISATION:
            return signer.organisation
        if column == self.KIND:
            if signer.is_ca:
                return self.tr("CA (vouches for the offices it certifies)")
            return self.tr("Office")
        if column == self.VALID_TO:
            return signer.valid_to.date().strftime("%d/%m/%Y")
        if column == self.FINGERPRINT:
            return signer.sha256[:16] + "…"
        return ""

    def tooltip(self, record: TrustedRow, column: int) -> str:
        return record.signer.sha256 if column == self.FINGERPRINT else self.text(record, column)
