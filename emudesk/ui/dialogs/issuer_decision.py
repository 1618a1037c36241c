"""Record the issuer's decision on a year's proposals (of every cluster, or of the clusters
ticked), after a preview of what it takes."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QWidget

from emudesk.errors import EmuError, ValidationError
from emudesk.printing.official import SIGNING_MODES
from emudesk.services.issuing import decisions
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg, from_qdate
from emudesk.ui.generated.ui_record_decision_dialog import Ui_RecordDecisionDialog
from emudesk.ui.models.decision_plan import DecisionPlanModel
from emudesk.ui.widgets import fill_combo


class RecordDecisionDialog(ServiceDialog):
    """The decision's number, date and signer; the nominees it approves (from the council's
    result) and the reasons for the others; the register numbers it takes, shown live."""

    def __init__(
        self, context: DataContext, issuer: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.issuer = issuer
        self.ui = Ui_RecordDecisionDialog()
        self.ui.setupUi(self)
        self.model = DecisionPlanModel(self)
        self.ui.itemsView.setModel(self.model)
        header = self.ui.itemsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.REASON, QHeaderView.ResizeMode.Stretch)
        # a reason (the council's vote) is read whole: rows grow to their wrapped text, at
        # the width the stretched column finally gets
        header.sectionResized.connect(lambda *_args: self.ui.itemsView.resizeRowsToContents())
        self._fill_modes()
        # the clusters whose proposals the decision takes: one box each, all ticked at first
        self.clusterBoxes: list[QCheckBox] = []
        self.clustersLabel = QLabel(self)
        self.clustersRow = QWidget(self)
        self.clustersLayout = QHBoxLayout(self.clustersRow)
        self.clustersLayout.setContentsMargins(0, 0, 0, 0)
        self.clustersLayout.addStretch(1)
        self.ui.formLayout.insertRow(1, self.clustersLabel, self.clustersRow)
        self._texts()
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.yearSpin.setValue(year)
        self.ui.yearSpin.valueChanged.connect(self._load)
        self.ui.numberEdit.textChanged.connect(self._preview)
        self.model.edited.connect(self._preview)
        self._load()

    def _fill_modes(self) -> None:
        fill_combo(
            self.ui.modeCombo,
            [(mode or self.tr("(signs in their own right)"), mode) for mode in SIGNING_MODES],
            self.ui.modeCombo.currentData() or "",
        )

    def _texts(self) -> None:
        self.clustersLabel.setText(self.tr("Clusters:"))
        self.clustersRow.setToolTip(
            self.tr("The decision takes the pending proposals of the clusters ticked")
        )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_modes()
        self._texts()
        self._preview()

    @Slot()
    def _load(self) -> None:
        try:
            found = self.context.read(decisions.candidates, self.issuer, self.ui.yearSpin.value())
        except EmuError as error:
            found = ()
            self.ui.previewLabel.setText(error.message)
        self.model.set_candidates(found)
        self._fill_clusters(list(dict.fromkeys(item.cluster for item in found)))

    def _fill_clusters(self, codes: list[str]) -> None:
        for box in self.clusterBoxes:
            self.clustersLayout.removeWidget(box)
            box.deleteLater()
        self.clusterBoxes = []
        for position, code in enumerate(codes):
            box = QCheckBox(code, self.clustersRow)
            box.setProperty("code", code)
            box.setChecked(True)
            box.toggled.connect(self._clusters_changed)
            self.clustersLayout.insertWidget(position, box)
            self.clusterBoxes.append(box)
        self.clustersLabel.setVisible(bool(codes))
        self.clustersRow.setVisible(bool(codes))
        self._clusters_changed()

    def chosen_clusters(self) -> set[str]:
        """The codes of the clusters ticked."""
        return {str(box.property("code")) for box in self.clusterBoxes if box.isChecked()}

    @Slot()
    def _clusters_changed(self) -> None:
        chosen = self.chosen_clusters()
        for row, item in enumerate(self.model.items):
            self.ui.itemsView.setRowHidden(row, item.cluster not in chosen)
        self._preview()

    def fields(self) -> decisions.DecisionFields:
        return decisions.DecisionFields(
            number=self.ui.numberEdit.text(),
            signed_on=from_qdate(self.ui.dateEdit.date()),
            year=self.ui.yearSpin.value(),
            signer_name=self.ui.signerEdit.text(),
            signer_title=self.ui.titleEdit.text(),
            signing_mode=self.ui.modeCombo.currentData() or "",
            signing_for=self.ui.forEdit.text(),
            place=self.ui.placeEdit.text(),
        )

    def _planned(self) -> tuple[decisions.ItemInfo, ...]:
        chosen = self.chosen_clusters()
        if self.clusterBoxes and not chosen:
            raise ValidationError(self.tr("Tick the clusters whose proposals it decides."))
        return self.context.read(
            decisions.preview_decision,
            self.issuer,
            self.fields(),
            refused=self.model.refused(chosen),
            clusters=tuple(sorted(chosen)),
        )

    @Slot()
    def _preview(self) -> None:
        if not self.model.items:
            self.model.show_preview(None)
            if not self.ui.previewLabel.text():
                self.ui.previewLabel.setText(self.tr("No proposal of this year is left to decide."))
            return
        try:
            planned = self._planned()
        except EmuError as error:
            self.model.show_preview(None)
            self.ui.previewLabel.setText(error.message)
            return
        self.model.show_preview(planned)
        self.ui.previewLabel.setText(self._summary(planned))
        self.ui.itemsView.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.itemsView.resizeRowsToContents()

    def _summary(self, planned: tuple[decisions.ItemInfo, ...]) -> str:
        numbers = [i.register_number for i in planned if i.approved]
        text = arg(
            self.tr("%1 approved, %2 not approved."),
            len(numbers),
            len(planned) - len(numbers),
        )
        if numbers:
            shown = ", ".join(numbers[:8]) + (", …" if len(numbers) > 8 else "")
            text += " " + arg(self.tr("Register numbers taken: %1."), shown)
        return text

    def confirm(self) -> bool:
        planned = self._planned()  # refused here in words when something is missing
        fields = self.fields()
        return messages.confirm(
            self,
            self.tr("Record the decision"),
            arg(
                self.tr(
                    "Record decision %1 of %2? %3\nA recorded decision and the register "
                    "numbers it takes cannot be taken back."
                ),
                fields.number.strip(),
                fields.signed_on.strftime("%d/%m/%Y"),
                self._summary(planned),
            ),
            self.tr("Record"),
        )

    def save(self) -> UUID | None:
        chosen = self.chosen_clusters()
        if self.clusterBoxes and not chosen:  # no clusters would be every cluster's: never
            raise ValidationError(self.tr("Tick the clusters whose proposals it decides."))
        found = self.context.write(
            decisions.record_decision,
            self.issuer,
            self.fields(),
            refused=self.model.refused(chosen),
            clusters=tuple(sorted(chosen)),
        )
        return found.uuid
