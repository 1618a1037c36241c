"""Record a meeting (who came, agenda, resolutions), and a vote taken at it."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk.services import ui_queries
from emudesk.services.cycle import meetings, proposals
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import from_qdate, to_qdate
from emudesk.ui.generated.ui_meeting_dialog import Ui_MeetingDialog
from emudesk.ui.generated.ui_vote_dialog import Ui_VoteDialog
from emudesk.ui.models.attendance import AttendanceModel
from emudesk.ui.widgets import fill_combo


def kind_label(kind: meetings.MeetingKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        meetings.MeetingKind.LAUNCH: QCoreApplication.translate("Meetings", "Launch"),
        meetings.MeetingKind.MID_YEAR: QCoreApplication.translate("Meetings", "Mid-year review"),
        meetings.MeetingKind.YEAR_END: QCoreApplication.translate(
            "Meetings", "Year-end conference"
        ),
    }[kind]


class MeetingDialog(ServiceDialog):
    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        existing: meetings.MeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.existing = existing
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        members = context.read(ui_queries.year_info, year_uuid).members
        kind = existing.kind if existing else meetings.MeetingKind.YEAR_END
        fill_combo(self.ui.kindCombo, ((kind_label(k), k) for k in meetings.MeetingKind), kind)
        host = existing.host.uuid if existing and existing.host else None
        fill_combo(self.ui.hostCombo, [("—", None), *((m.name, m.uuid) for m in members)], host)
        self.attendance = AttendanceModel(self)
        self.ui.attendanceView.setModel(self.attendance)
        self.ui.attendanceView.horizontalHeader().setSectionResizeMode(
            AttendanceModel.UNIT, QHeaderView.ResizeMode.ResizeToContents
        )
        if existing is None:
            self.ui.dateEdit.setDate(QDate.currentDate())
            self.attendance.set_attendance(members, [(m.uuid, "") for m in members])
        else:
            self.ui.dateEdit.setDate(to_qdate(existing.held_on))
            self.ui.placeEdit.setText(existing.place)
            self.ui.agendaEdit.setPlainText(existing.agenda)
            self.ui.resolutionsEdit.setPlainText(existing.resolutions)
            self.ui.chairEdit.setText(existing.chair)
            self.ui.secretaryEdit.setText(existing.secretary)
            self.attendance.set_attendance(
                members, [(unit.uuid, persons) for unit, persons in existing.attending]
            )

    def save(self) -> UUID | None:
        fields = meetings.MeetingFields(
            kind=self.ui.kindCombo.currentData(),
            held_on=from_qdate(self.ui.dateEdit.date()),
            place=self.ui.placeEdit.text(),
            host_unit_uuid=self.ui.hostCombo.currentData(),
            agenda=self.ui.agendaEdit.toPlainText(),
            resolutions=self.ui.resolutionsEdit.toPlainText(),
            attending=self.attendance.attending(),
            chair=self.ui.chairEdit.text(),
            secretary=self.ui.secretaryEdit.text(),
        )
        saved = self.context.write(
            meetings.save_meeting,
            self.year_uuid,
            fields,
            self.existing.uuid if self.existing else None,
        )
        return saved.uuid


class VoteDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, meeting: meetings.MeetingInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.meeting = meeting
        self.ui = Ui_VoteDialog()
        self.ui.setupUi(self)
        subjects = (
            (self.tr("an award proposal"), meetings.VoteSubject.PROPOSAL),
            (self.tr("next year's head"), meetings.VoteSubject.HEAD),
            (self.tr("next year's deputy"), meetings.VoteSubject.DEPUTY),
        )
        fill_combo(self.ui.subjectCombo, subjects)
        methods = (
            (self.tr("show of hands"), meetings.VoteMethod.HANDS),
            (self.tr("secret ballot"), meetings.VoteMethod.SECRET),
        )
        fill_combo(self.ui.methodCombo, methods)
        present = len(meeting.attending)
        for spin in (self.ui.forSpin, self.ui.againstSpin, self.ui.abstainSpin):
            spin.setRange(0, 999)
        self.ui.forSpin.setValue(present)
        self.ui.subjectCombo.currentIndexChanged.connect(self._fill_choices)
        self.ui.unanimousCheck.toggled.connect(self._on_unanimous)
        self._fill_choices()

    @Slot()
    def _fill_choices(self) -> None:
        if self.ui.subjectCombo.currentData() == meetings.VoteSubject.PROPOSAL:
            found = self.context.read(proposals.list_proposals, self.meeting.year_uuid)
            choices = [(f"{p.nominee}: {p.award_text}", p.uuid) for p in found]
        else:
            choices = [(unit.name, unit.uuid) for unit, _persons in self.meeting.attending]
        fill_combo(self.ui.choiceCombo, choices)

    @Slot(bool)
    def _on_unanimous(self, checked: bool) -> None:
        if checked:
            self.ui.forSpin.setValue(len(self.meeting.attending))
            self.ui.againstSpin.setValue(0)
            self.ui.abstainSpin.setValue(0)

    def save(self) -> UUID | None:
        subject = self.ui.subjectCombo.currentData()
        choice = self.ui.choiceCombo.currentData()
        fields = meetings.VoteFields(
            subject=subject,
            method=self.ui.methodCombo.currentData(),
            votes_for=self.ui.forSpin.value(),
            votes_against=self.ui.againstSpin.value(),
            abstentions=self.ui.abstainSpin.value(),
            unanimous=self.ui.unanimousCheck.isChecked(),
            proposal_uuid=choice if subject == meetings.VoteSubject.PROPOSAL else None,
            candidate_uuid=choice if subject != meetings.VoteSubject.PROPOSAL else None,
        )
        self.context.write(meetings.record_vote, self.meeting.uuid, fields)
        return self.meeting.uuid
