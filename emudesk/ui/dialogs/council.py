"""The issuer's council in the window: its meeting, and its vote on one nominee."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QWidget

from emudesk.errors import EmuError
from emudesk.services.issuing import council
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg, from_qdate, to_qdate
from emudesk.ui.generated.ui_council_meeting_dialog import Ui_CouncilMeetingDialog
from emudesk.ui.generated.ui_council_vote_dialog import Ui_CouncilVoteDialog
from emudesk.ui.widgets import fill_combo

COUNTS, SHARE = "counts", "share"


class CouncilMeetingDialog(ServiceDialog):
    """Record the council's meeting on a year, or correct it."""

    def __init__(
        self,
        context: DataContext,
        issuer: str,
        year: int,
        existing: council.CouncilInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.issuer, self.year = issuer, year
        self.ui = Ui_CouncilMeetingDialog()
        self.ui.setupUi(self)
        if existing is None:
            self.ui.dateEdit.setDate(QDate.currentDate())
        else:
            self.ui.dateEdit.setDate(to_qdate(existing.held_on))
            self.ui.placeEdit.setText(existing.place)
            self.ui.chairEdit.setText(existing.chair)
            self.ui.secretaryEdit.setText(existing.secretary)
            self.ui.membersEdit.setPlainText("\n".join(existing.members))
            self.ui.totalSpin.setValue(existing.members_total)
        self.ui.membersEdit.textChanged.connect(self._at_least_the_listed)
        self._show_title()

    def _show_title(self) -> None:
        self.setWindowTitle(arg(self.tr("The council's meeting on %1"), self.year))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_title()

    def _members(self) -> list[str]:
        return [line for line in self.ui.membersEdit.toPlainText().splitlines() if line.strip()]

    @Slot()
    def _at_least_the_listed(self) -> None:
        listed = len(self._members())
        if self.ui.totalSpin.value() < listed:
            self.ui.totalSpin.setValue(listed)

    def save(self) -> UUID | None:
        self.context.write(
            council.save_meeting,
            self.issuer,
            self.year,
            held_on=from_qdate(self.ui.dateEdit.date()),
            members=self._members(),
            members_total=self.ui.totalSpin.value(),
            place=self.ui.placeEdit.text(),
            chair=self.ui.chairEdit.text(),
            secretary=self.ui.secretaryEdit.text(),
        )
        return None


class CouncilVoteDialog(ServiceDialog):
    """The council's vote on one nominee, as counts or as the share the minutes give."""

    def __init__(
        self,
        context: DataContext,
        issuer: str,
        year: int,
        result: council.VoteResult,
        *,
        members: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.issuer, self.year, self.vote, self.members = issuer, year, result, members
        self.ui = Ui_CouncilVoteDialog()
        self.ui.setupUi(self)
        self.ui.nomineeLabel.setText(f"{result.nominee}\n{result.award}")
        self.ui.thresholdLabel.setText(f"{result.threshold} ({result.needed}/{members})")
        for spin in (self.ui.forSpin, self.ui.againstSpin, self.ui.abstainSpin):
            spin.setRange(0, members)
            spin.valueChanged.connect(self._show_result)
        self._fill_modes()
        if result.votes_for is not None:
            self.ui.forSpin.setValue(result.votes_for)
            self.ui.againstSpin.setValue(result.votes_against)
            self.ui.abstainSpin.setValue(result.abstentions)
        self.ui.modeCombo.currentIndexChanged.connect(self._on_mode)
        self.ui.shareSpin.valueChanged.connect(self._show_result)
        self._on_mode()

    def _fill_modes(self) -> None:
        fill_combo(
            self.ui.modeCombo,
            [(self.tr("numbers of votes"), COUNTS), (self.tr("a share of the council"), SHARE)],
            self.ui.modeCombo.currentData() or COUNTS,
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_modes()
        self._show_result()

    @Slot()
    def _on_mode(self) -> None:
        share = self.ui.modeCombo.currentData() == SHARE
        for spin in (self.ui.forSpin, self.ui.againstSpin, self.ui.abstainSpin):
            spin.setEnabled(not share)
        self.ui.shareSpin.setEnabled(share)
        self._show_result()

    def _votes_for(self) -> int:
        if self.ui.modeCombo.currentData() == SHARE:
            share = Decimal(str(self.ui.shareSpin.value()))
            return council.votes_from_share(share, self.members)
        return self.ui.forSpin.value()

    @Slot()
    def _show_result(self) -> None:
        try:
            votes = self._votes_for()
        except EmuError as error:
            self.ui.resultLabel.setText(error.message)
            return
        text = self.tr("carried") if votes >= self.vote.needed else self.tr("not carried")
        self.ui.resultLabel.setText(
            arg(
                self.tr("%1: %2 of %3 for, %4 needed"),
                text,
                votes,
                self.members,
                self.vote.needed,
            )
        )

    def save(self) -> UUID | None:
        share = self.ui.modeCombo.currentData() == SHARE
        self.context.write(
            council.record_vote,
            self.issuer,
            self.year,
            self.vote.unit_code,
            votes_for=self._votes_for(),
            votes_against=0 if share else self.ui.againstSpin.value(),
            abstentions=0 if share else self.ui.abstainSpin.value(),
            proposal_uuid=self.vote.uuid,
        )
        return self.vote.uuid
