"""The units table and a unit's name history."""

from __future__ import annotations

from collections.abc import Sequence

from emudesk.services.organisation.units import UnitInfo
from emudesk.ui.formatting import arg
from emudesk.ui.models.base import RecordTableModel


class UnitTableModel(RecordTableModel[UnitInfo]):
    CODE, NAME, SHORT_NAME, PROVINCE, CONTACT, EMAIL, MERGED_INTO = range(7)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Official name"),
            self.tr("Short name"),
            self.tr("Province"),
            self.tr("Contact person"),
            self.tr("E-mail"),
            self.tr("Merged into"),
        )

    def tooltip(self, record: UnitInfo, column: int) -> str:
        if column == self.CONTACT and record.phone:
            return f"{record.contact_person} — {record.phone}".strip(" —")
        return self.text(record, column)

    def text(self, record: UnitInfo, column: int) -> str:
        if column == self.CODE:
            return record.code
        if column == self.NAME:
            return record.official_name
        if column == self.SHORT_NAME:
            return record.short_name
        if column == self.PROVINCE:
            return record.province
        if column == self.CONTACT:
            return record.contact_person
        if column == self.EMAIL:
            return record.email
        if column == self.MERGED_INTO:
            if not record.successor_name:
                return ""
            merged = record.merged_on.strftime("%d/%m/%Y") if record.merged_on else ""
            return arg(self.tr("%1 (since %2)"), record.successor_name, merged)
        return ""
