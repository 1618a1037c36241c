"""A year's meetings: the launch, reviews, the year-end conference with its votes."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.services import ui_queries
from emudesk.services.cycle import meetings
from emudesk.services.organisation.years import YearInfo
from emudesk.ui import messages, saving
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.meeting import MeetingDialog, VoteDialog, kind_label
from emudesk.ui.formatting import arg, date_text, year_cluster
from emudesk.ui.generated.ui_meetings_page import Ui_MeetingsPage
from emudesk.ui.models.base import RecordTableModel
from emudesk.ui.pages.base import Page


class MeetingsModel(RecordTableModel[meetings.MeetingInfo]):
    NUMERIC_COLUMNS = frozenset({3, 4})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Meeting"),
            self.tr("Place"),
            self.tr("Units present"),
            self.tr("Votes"),
        )

    def text(self, record: meetings.MeetingInfo, column: int) -> str:
        return (
            date_text(record.held_on),
            kind_label(record.kind),
            record.place,
            str(len(record.attending)),
            str(len(record.votes)),
        )[column]


class MeetingsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year: YearInfo | None = None
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        self.model = MeetingsModel(self)
        self.ui.meetingsView.setModel(self.model)
        header = self.ui.meetingsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.meetingsView.selectionModel().selectionChanged.connect(self._on_selection)

    @property
    def year_uuid(self) -> UUID:
        assert self.target is not None and self.target.uuid is not None
        return self.target.uuid

    def _show_title(self) -> None:
        if self.year is not None:
            self.ui.titleLabel.setText(
                arg(self.tr("Meetings — %1 — year %2"), year_cluster(self.year), self.year.year)
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.target is not None:
            self._show_title()
            self._show_details()

    def reload(self) -> None:
        self.year = self.context.read(ui_queries.year_info, self.year_uuid)
        self._show_title()
        selected = self.selected()
        self.model.set_records(self.context.read(meetings.list_meetings, self.year_uuid))
        uuids = [m.uuid for m in self.model.records()]
        if uuids:
            row = uuids.index(selected.uuid) if selected and selected.uuid in uuids else 0
            self.ui.meetingsView.selectRow(row)
        self._show_details()

    def selected(self) -> meetings.MeetingInfo | None:
        rows = self.ui.meetingsView.selectionModel().selectedRows()
        return self.model.record(rows[0]) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details()

    def _show_details(self) -> None:
        meeting = self.selected()
        for button in (
            self.ui.editButton,
            self.ui.voteButton,
            self.ui.minutesButton,
            self.ui.removeButton,
        ):
            button.setEnabled(meeting is not None)
        if meeting is None:
            self.ui.detailsBrowser.setHtml(
                html.escape(self.tr("No meeting recorded for this year yet."))
            )
            return
        parts = [
            f"<h3>{html.escape(kind_label(meeting.kind))} — {date_text(meeting.held_on)}</h3>",
            self._paragraph(
                self.tr("Units present:"), ", ".join(u.name for u, _p in meeting.attending)
            ),
        ]
        agenda_label = self.tr("Agenda:")
        votes_label = self.tr("Votes:")
        resolutions_label = self.tr("Resolutions:")
        if meeting.agenda:
            parts.append(self._paragraph(agenda_label, meeting.agenda))
        if meeting.votes:
            subjects = {
                meetings.VoteSubject.PROPOSAL: self.tr("Proposal"),
                meetings.VoteSubject.HEAD: self.tr("Head for next year"),
                meetings.VoteSubject.DEPUTY: self.tr("Deputy for next year"),
            }
            lines = [
                arg(
                    self.tr("%1: %2 — for %3, against %4, abstaining %5%6"),
                    subjects[vote.subject],
                    vote.what,
                    vote.votes_for,
                    vote.votes_against,
                    vote.abstentions,
                    self.tr(" (unanimous)") if vote.unanimous else "",
                )
                for vote in meeting.votes
            ]
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            parts.append(f"<p><b>{html.escape(votes_label)}</b></p><ul>{items}</ul>")
        if meeting.resolutions:
            parts.append(self._paragraph(resolutions_label, meeting.resolutions))
        self.ui.detailsBrowser.setHtml("".join(parts))

    @staticmethod
    def _paragraph(label: str, text: str) -> str:
        return f"<p><b>{html.escape(label)}</b> {html.escape(text)}</p>"

    @Slot()
    def on_addButton_clicked(self) -> None:
        self.open_dialog(MeetingDialog(self.context, self.year_uuid, None, self))

    @Slot()
    def on_editButton_clicked(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.open_dialog(MeetingDialog(self.context, self.year_uuid, meeting, self))

    @Slot()
    def on_voteButton_clicked(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.open_dialog(VoteDialog(self.context, meeting, self))

    @Slot()
    def on_minutesButton_clicked(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        name = f"bien-ban-{meeting.cluster_code}-{meeting.held_on:%Y-%m-%d}.docx"
        title = self.tr("Minutes")
        filters = self.tr("Word document (*.docx);;PDF (*.pdf)")
        target = saving.ask_save_path(self, saving.PAPERS, title, name, filters)
        if target is not None and self.write_minutes(target):
            saving.saved(self, title, target)

    def write_minutes(self, target: Path) -> bool:
        from emudesk.services.papers import minutes

        meeting = self.selected()
        if meeting is None:
            return False
        try:
            self.context.read(minutes.write_minutes, meeting.uuid, target)
        except EmuError as error:
            messages.refuse(self, error)
            return False
        from emudesk.ui import signing_actions

        signing_actions.offer_to_sign(self, self.context, target)
        return True

    @Slot()
    def on_removeButton_clicked(self) -> None:
        meeting = self.selected()
        if meeting is None or not messages.confirm(
            self,
            self.tr("Remove the meeting"),
            arg(
                self.tr("Remove the meeting of %1 with its attendance and votes?"),
                date_text(meeting.held_on),
            ),
            self.tr("Remove"),
        ):
            return
        try:
            self.context.write(meetings.remove_meeting, meeting.uuid)
        except EmuError as error:
            messages.refuse(self, error)
