"""Edit the wording of a cluster's papers, block by block (kept with the cluster)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from emudesk.services.papers import wording
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.generated.ui_wording_dialog import Ui_WordingDialog
from emudesk.ui.widgets import fill_combo


class WordingDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, year_uuid: UUID, paper: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_WordingDialog()
        self.ui.setupUi(self)
        found = context.read(wording.wording_of_year, year_uuid)
        self.cluster_uuid = found.cluster_uuid
        self.texts = {p: dict(blocks) for p, blocks in found.texts.items()}
        self.ui.symbolEdit.setText(found.office_symbol)
        self._block: tuple[str, str] | None = None
        self.ui.paperCombo.currentIndexChanged.connect(self._on_paper)
        self.ui.blockCombo.currentIndexChanged.connect(self._on_block)
        self._fill_papers(paper)

    def _paper_names(self) -> dict[str, str]:
        return {
            "submission": self.tr("Submission"),
            "minutes": self.tr("Minutes"),
            "report": self.tr("Achievement report"),
            "summary": self.tr("Year summary"),
        }

    def _block_names(self) -> dict[str, str]:
        return {
            "summary": self.tr("Summary line"),
            "addressee": self.tr("Addressed to"),
            "basis": self.tr("Legal basis"),
            "request": self.tr("Request"),
            "closing": self.tr("Closing"),
            "sign_mode": self.tr("Signing mode (TM., KT. …)"),
            "sign_for": self.tr("Signs on behalf of"),
            "sign_title": self.tr("Signer's title"),
            "sign_name": self.tr("Signer's name"),
            "recipients": self.tr("Recipients, one a line"),
            "annex_title": self.tr("Title of the ranking annex"),
            "opening": self.tr("Opening"),
            "chair_title": self.tr("Chair's signature title"),
            "secretary_title": self.tr("Secretary's signature title"),
            "superior": self.tr("Body above the unit"),
            "situation": self.tr("General information"),
            "duties": self.tr("Functions and duties"),
            "measures": self.tr("Measures that brought the achievements"),
            "party": self.tr("Policies, Party and mass organisations"),
            "unit_title": self.tr("Unit head's signature title"),
            "confirm_title": self.tr("Confirmation by the proposing level"),
        }

    def _fill_papers(self, current: str) -> None:
        fill_combo(
            self.ui.paperCombo, [(name, key) for key, name in self._paper_names().items()], current
        )
        self._on_paper()

    def _keep_current(self) -> None:
        if self._block is not None:
            paper, block = self._block
            self.texts[paper][block] = self.ui.textEdit.toPlainText()

    @Slot()
    def _on_paper(self) -> None:
        self._keep_current()
        self._block = None
        paper = self.ui.paperCombo.currentData() or "submission"
        names = self._block_names()
        self.ui.blockCombo.blockSignals(True)
        fill_combo(
            self.ui.blockCombo,
            [(names.get(block, block), block) for block in wording.DEFAULTS[paper]],
            None,
        )
        self.ui.blockCombo.blockSignals(False)
        names_ = ", ".join("{" + p + "}" for p in wording.placeholders(paper))
        self.ui.placeholdersLabel.setText(self.tr("Placeholders: %1").replace("%1", names_))
        self._on_block()

    @Slot()
    def _on_block(self) -> None:
        self._keep_current()
        paper = self.ui.paperCombo.currentData() or "submission"
        block = self.ui.blockCombo.currentData()
        if not block:
            return
        self._block = (paper, block)
        self.ui.textEdit.setPlainText(self.texts[paper][block])

    @Slot()
    def on_resetButton_clicked(self) -> None:
        paper = self.ui.paperCombo.currentData() or "submission"
        self.texts[paper] = dict(wording.DEFAULTS[paper])
        self._block = None
        self._on_block()

    def retranslate(self) -> None:
        self._keep_current()
        paper = self.ui.paperCombo.currentData() or "submission"
        self.ui.retranslateUi(self)
        self._block = None
        self._fill_papers(paper)

    def save(self) -> UUID:
        self._keep_current()
        symbol = self.ui.symbolEdit.text()
        for paper, blocks in self.texts.items():
            self.context.write(
                wording.save_wording, self.cluster_uuid, paper, blocks, office_symbol=symbol
            )
        return self.cluster_uuid
