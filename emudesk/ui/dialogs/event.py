"""Enter one event on a date — a unit's or an issuer's rename, a split, joining or leaving a
cluster — with its decision, seeing what it changes before confirming.

The preview is the service rehearsing the event (``reorganisation.preview``): the names shown
on each date, the memberships and leaders that change, the years whose papers name
differently, or the refusal the recording would meet. One form serves every kind; the rows a
kind does not use are hidden.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from emudesk.errors import ValidationError
from emudesk.model import EventKind
from emudesk.services.organisation import clusters, units
from emudesk.services.organisation.issuers import IssuerInfo
from emudesk.services.organisation.units import UnitInfo, UnitRef
from emudesk.services.reorganisation import preview
from emudesk.services.reorganisation.events import Decision
from emudesk.services.reorganisation.preview import EventRequest
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.dialogs.event_preview import preview_text
from emudesk.ui.formatting import DATE_FORMAT, arg, date_text
from emudesk.ui.formatting import from_qdate as day_of
from emudesk.ui.generated.ui_event_dialog import Ui_EventDialog
from emudesk.ui.unit_picker import fill_units
from emudesk.ui.widgets import fill_combo, optional_date, setup_optional_date

TYPING_PAUSE_MS = 200


class EventDialog(ServiceDialog):
    """One event of ``kind`` for a unit (or, for ``RENAME_ISSUER``, an issuer)."""

    def __init__(
        self,
        context: DataContext,
        kind: EventKind,
        subject: UnitInfo | IssuerInfo,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.kind = kind
        self.subject = subject
        self.parts = QStandardItemModel(self)  # before setupUi: its slots may fire at once
        # typing waits for a pause: each preview rehearses the event against the database
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self._preview)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self.ui.onDateEdit.setDisplayFormat(DATE_FORMAT)
        self.ui.onDateEdit.setDate(QDate(year, 1, 1))
        setup_optional_date(self.ui.decisionDateCheck, self.ui.decisionDateEdit, None)
        self.ui.partsView.setModel(self.parts)
        self._show_rows()
        self._fill_names()
        self._fill_choices()
        self._retexts()
        self.subject_shown = True
        for edit in (self.ui.nameEdit, self.ui.shortEdit, self.ui.signerEdit, self.ui.decisionEdit):
            edit.textChanged.connect(self.typing.start)
        self.ui.clusterCombo.currentIndexChanged.connect(self._preview)
        self.ui.principalCombo.currentIndexChanged.connect(self._preview)
        self.parts.itemChanged.connect(self._preview)
        self.ui.decisionDateCheck.toggled.connect(self._preview)
        self.ui.decisionDateEdit.dateChanged.connect(self._preview)
        self._preview()

    # -- layout per kind -----------------------------------------------------------------

    def _show_rows(self) -> None:
        kind, form = self.kind, self.ui.formLayout
        renaming = kind in (EventKind.RENAME, EventKind.RENAME_ISSUER)
        form.setRowVisible(self.ui.nameEdit, renaming)
        form.setRowVisible(self.ui.shortEdit, renaming)
        form.setRowVisible(self.ui.signerEdit, kind is EventKind.RENAME_ISSUER)
        form.setRowVisible(self.ui.clusterCombo, kind in (EventKind.JOIN, EventKind.LEAVE))
        form.setRowVisible(self.ui.principalCombo, kind is EventKind.SPLIT)
        form.setRowVisible(self.ui.partsView, kind is EventKind.SPLIT)

    def _fill_names(self) -> None:
        subject = self.subject
        if isinstance(subject, IssuerInfo):
            self.ui.nameEdit.setText(subject.name)
            self.ui.shortEdit.setText(subject.short_name)
            self.ui.signerEdit.setText(subject.signer_title)
        elif self.kind is EventKind.RENAME:
            self.ui.nameEdit.setText(subject.official_name)
            self.ui.shortEdit.setText(subject.short_name)

    def _fill_choices(self) -> None:
        """Clusters for joining or leaving; the units that can take a split unit's place."""
        if self.kind in (EventKind.JOIN, EventKind.LEAVE):
            member_of = self.context.read(preview.clusters_of, self.subject.uuid, self.on.year)
            found = self.context.read(clusters.list_clusters)
            if self.kind is EventKind.LEAVE:
                found = [c for c in found if c.uuid in member_of] or found
            else:
                found = [c for c in found if c.uuid not in member_of] or found
            fill_combo(
                self.ui.clusterCombo,
                [(f"{c.code} — {c.name} ({c.issuer_name})", c.uuid) for c in found],
            )
        if self.kind is EventKind.SPLIT:
            existing = self.context.read(units.list_units, year=self.on.year, include_merged=False)
            others = [
                UnitRef(u.uuid, u.code, u.official_name, u.short_name or u.official_name)
                for u in existing
                if u.uuid != self.subject.uuid
            ]
            fill_units(self.ui.principalCombo, others, None, choose=False)
            self.parts.clear()
            for unit in others:
                item = QStandardItem(f"{unit.name} ({unit.code})")
                item.setData(unit.uuid, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                self.parts.appendRow(item)

    def _retexts(self) -> None:
        titles = {
            EventKind.RENAME: self.tr("Rename a unit on a date"),
            EventKind.RENAME_ISSUER: self.tr("Rename the issuer on a date"),
            EventKind.SPLIT: self.tr("Split a unit"),
            EventKind.JOIN: self.tr("A unit joins a cluster"),
            EventKind.LEAVE: self.tr("A unit leaves a cluster"),
        }
        explanations = {
            EventKind.RENAME: self.tr(
                "Papers, lists and workbooks dated before the effective day keep the old name; "
                "those dated from it show the new one."
            ),
            EventKind.RENAME_ISSUER: self.tr(
                "Papers and certificates dated before the effective day keep the old name and "
                "signer's title (a 2024 paper still prints the old name); later ones the new."
            ),
            EventKind.SPLIT: self.tr(
                "The unit ends on the effective day. The main successor takes its data of that "
                "year, as in a merger (scores cannot be divided); every part joins the clusters "
                "it belonged to."
            ),
            EventKind.JOIN: self.tr(
                "The unit is a member from the effective day, in that year and the years opened "
                "after it."
            ),
            EventKind.LEAVE: self.tr(
                "The unit is no longer a member from the effective day; its scores stay on "
                "record and the year ranks the units that are members at its end."
            ),
        }
        self.setWindowTitle(titles[self.kind])
        self.ui.explanationLabel.setText(explanations[self.kind])
        if isinstance(self.subject, IssuerInfo):
            self.ui.subjectLabel.setText(arg(self.tr("Issuer: %1"), self.subject.name))
        else:
            self.ui.subjectLabel.setText(
                arg(self.tr("Unit: %1 (%2)"), self.subject.official_name, self.subject.code)
            )
        self.ui.principalCombo.setPlaceholderText(self.tr("Choose the unit that takes its data"))

    # -- the request and its preview -----------------------------------------------------

    @property
    def on(self) -> dt.date:
        return day_of(self.ui.onDateEdit.date())

    def request(self) -> EventRequest:
        parts: list[UUID] = []
        principal = self.ui.principalCombo.currentData()
        if principal is not None:
            parts.append(principal)
        for row in range(self.parts.rowCount()):
            item = self.parts.item(row)
            uuid = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and uuid not in parts:
                parts.append(uuid)
        return EventRequest(
            self.kind,
            self.subject.uuid,
            self.on,
            Decision(
                self.ui.decisionEdit.text(),
                optional_date(self.ui.decisionDateCheck, self.ui.decisionDateEdit),
            ),
            name=self.ui.nameEdit.text(),
            short_name=self.ui.shortEdit.text(),
            signer_title=self.ui.signerEdit.text(),
            cluster=self.ui.clusterCombo.currentData(),
            parts=tuple(parts),
        )

    @Slot()
    def _preview(self) -> None:
        self.typing.stop()
        shown = self.context.read(preview.preview, self.request())
        self.ui.previewText.setPlainText(preview_text(shown))

    @Slot(QDate)
    def on_onDateEdit_dateChanged(self, _date: QDate) -> None:
        if not hasattr(self, "subject_shown"):
            return  # still being built
        if self.kind is EventKind.SPLIT:  # the units that exist on that day
            self._fill_choices()
        self._preview()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retexts()
        self._preview()

    def confirm(self) -> bool:
        request = self.request()
        if request.kind is EventKind.SPLIT and len(request.parts) < 2:
            raise ValidationError(self.tr("Choose the main successor and at least one other part."))
        shown = self.context.read(preview.preview, request)
        if shown.refusal:
            return True  # save() shows the refusal
        text = arg(
            self.tr("Record this event, effective on %1?\n\n%2"),
            date_text(request.on),
            preview_text(shown),
        )
        return messages.confirm(self, self.windowTitle(), text, self.tr("Record"))

    def save(self) -> UUID:
        self.context.write(preview.record, self.request())
        return self.subject.uuid
