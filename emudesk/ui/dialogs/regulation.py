"""The regulation's settings of a cluster-year: combining, rounding, caps, ties and quotas."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.i18n import decimal_mark
from emudesk.services.scoring import regulation
from emudesk.ui import labels
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.dialogs.table_header import parse_points_field
from emudesk.ui.generated.ui_regulation_dialog import Ui_RegulationDialog
from emudesk.ui.models.tie_breaks import ChainLink, TieBreakListModel
from emudesk.ui.widgets import fill_combo

Kind = rules.TieBreakKind


def _points(value: int | None) -> str:
    return rules.local_points(value) if value is not None else ""


class RegulationDialog(ServiceDialog):
    """Everything is checked on OK: by the rules, then against the year's scoring table."""

    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        sections: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.sections = list(sections)
        self.ui = Ui_RegulationDialog()
        self.ui.setupUi(self)
        self.chain = TieBreakListModel(self)
        self.ui.tieView.setModel(self.chain)
        self.ui.tieView.selectionModel().currentChanged.connect(lambda *_: self._update())
        for check, edit in (
            (self.ui.bonusCapCheck, self.ui.bonusCapEdit),
            (self.ui.deductionCapCheck, self.ui.deductionCapEdit),
            (self.ui.minimumCheck, self.ui.minimumEdit),
        ):
            check.toggled.connect(edit.setEnabled)
        self.ui.trimCheck.toggled.connect(self.ui.trimSpin.setEnabled)
        self.ui.flagCountRadio.toggled.connect(self._update)
        self.ui.tieKindCombo.currentIndexChanged.connect(self._update)
        self._fill_choices()
        self._load(context.read(regulation.get_settings, year_uuid))

    def _fill_choices(self) -> None:
        current = self.ui.combineCombo.currentData()
        fill_combo(
            self.ui.combineCombo,
            [(labels.combine_method(m), m.value) for m in rules.CombineMethod],
            current,
        )
        kind = self.ui.tieKindCombo.currentData()
        fill_combo(self.ui.tieKindCombo, [(labels.tie_break_kind(k), k.value) for k in Kind], kind)
        if not self.ui.sectionCombo.count():
            self.ui.sectionCombo.addItems(self.sections)

    def _load(self, settings: rules.RegulationSettings) -> None:
        fill_combo(
            self.ui.combineCombo,
            [(labels.combine_method(m), m.value) for m in rules.CombineMethod],
            settings.combine.value,
        )
        self._fill_reviewers(settings.head_reviewer.value)
        self._fill_collisions(settings.merger_collision.value)
        self.ui.trimCheck.setChecked(settings.trim_extremes)
        self.ui.trimSpin.setValue(settings.trim_min_peers)
        self.ui.trimSpin.setEnabled(settings.trim_extremes)
        self.ui.decimalsSpin.setValue(settings.decimals)
        for check, edit, value in (
            (self.ui.bonusCapCheck, self.ui.bonusCapEdit, settings.bonus_cap),
            (self.ui.deductionCapCheck, self.ui.deductionCapEdit, settings.deduction_cap),
            (self.ui.minimumCheck, self.ui.minimumEdit, settings.quotas.minimum_total),
        ):
            check.setChecked(value is not None)
            edit.setText(_points(value))
            edit.setEnabled(value is not None)
        self.chain.set_links(
            [ChainLink(rule.kind, rule.section_code or "") for rule in settings.tie_breaks]
        )
        quotas = settings.quotas
        by_percent = quotas.flag_percent is not None
        self.ui.flagPercentRadio.setChecked(by_percent)
        self.ui.flagCountRadio.setChecked(not by_percent)
        self.ui.flagCountSpin.setValue(quotas.flag_count or 0)
        self.ui.flagPercentEdit.setText(
            str(quotas.flag_percent).replace(".", decimal_mark()) if by_percent else ""
        )
        self.ui.meritSpin.setValue(quotas.merit_certificates)
        self._update()

    def _fill_reviewers(self, current: str) -> None:
        fill_combo(
            self.ui.reviewerCombo,
            [
                (self.tr("the deputy"), rules.HeadReviewer.DEPUTY.value),
                (self.tr("the head itself"), rules.HeadReviewer.HEAD.value),
            ],
            current,
        )

    def _fill_collisions(self, current: str) -> None:
        fill_combo(
            self.ui.collisionCombo,
            [(labels.collision_rule(rule), rule.value) for rule in rules.CollisionRule],
            current,
        )

    def retranslate(self) -> None:
        reviewer = self.ui.reviewerCombo.currentData()
        collision = self.ui.collisionCombo.currentData()
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._fill_reviewers(reviewer or rules.HeadReviewer.DEPUTY.value)
        self._fill_collisions(collision or rules.CollisionRule.KEEP_SUCCESSOR.value)
        self.chain.layoutChanged.emit()

    def _update(self) -> None:
        section = self.ui.tieKindCombo.currentData() == Kind.SECTION_TOTAL.value
        self.ui.sectionCombo.setEnabled(section)
        self.ui.sectionCaption.setEnabled(section)
        row = self.ui.tieView.currentIndex().row()
        count = self.chain.rowCount()
        self.ui.removeTieButton.setEnabled(0 <= row < count)
        self.ui.upTieButton.setEnabled(0 < row < count)
        self.ui.downTieButton.setEnabled(0 <= row < count - 1)
        by_count = self.ui.flagCountRadio.isChecked()
        self.ui.flagCountSpin.setEnabled(by_count)
        self.ui.flagPercentEdit.setEnabled(not by_count)

    # -- the chain -------------------------------------------------------------------------

    @Slot()
    def on_addTieButton_clicked(self) -> None:
        kind = Kind(self.ui.tieKindCombo.currentData())
        section = self.ui.sectionCombo.currentText().strip() if kind is Kind.SECTION_TOTAL else ""
        self.chain.append(ChainLink(kind, section))
        self.ui.tieView.setCurrentIndex(self.chain.index(self.chain.rowCount() - 1))
        self._update()

    @Slot()
    def on_removeTieButton_clicked(self) -> None:
        self.chain.remove(self.ui.tieView.currentIndex().row())
        self._update()

    def _move(self, delta: int) -> None:
        row = self.ui.tieView.currentIndex().row()
        if self.chain.move(row, delta):
            self.ui.tieView.setCurrentIndex(self.chain.index(row + delta))
        self._update()

    @Slot()
    def on_upTieButton_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def on_downTieButton_clicked(self) -> None:
        self._move(+1)

    # -- saving ----------------------------------------------------------------------------

    def _optional_points(self, enabled: bool, text: str, what: str) -> int | None:
        return parse_points_field(text, what) if enabled else None

    def settings_data(self) -> dict[str, object]:
        """The form as the dictionary ``RegulationSettings.from_dict`` reads."""
        percent = self.ui.flagPercentEdit.text().strip()
        if self.ui.flagPercentRadio.isChecked() and not percent:
            raise ValidationError(self.tr("Enter the percentage of flags, or choose a number."))
        by_count = self.ui.flagCountRadio.isChecked()
        return {
            "combine": self.ui.combineCombo.currentData(),
            "trim_extremes": self.ui.trimCheck.isChecked(),
            "trim_min_peers": self.ui.trimSpin.value(),
            "decimals": self.ui.decimalsSpin.value(),
            "bonus_cap_hundredths": self._optional_points(
                self.ui.bonusCapCheck.isChecked(), self.ui.bonusCapEdit.text(), self.tr("Bonus cap")
            ),
            "deduction_cap_hundredths": self._optional_points(
                self.ui.deductionCapCheck.isChecked(),
                self.ui.deductionCapEdit.text(),
                self.tr("Deduction cap"),
            ),
            "tie_breaks": [link.as_dict() for link in self.chain.links()],
            "head_reviewer": self.ui.reviewerCombo.currentData() or rules.HeadReviewer.DEPUTY.value,
            "merger_collision": self.ui.collisionCombo.currentData()
            or rules.CollisionRule.KEEP_SUCCESSOR.value,
            "quotas": {
                "flag_count": self.ui.flagCountSpin.value() if by_count else None,
                "flag_percent": None if by_count else percent,
                "merit_certificates": self.ui.meritSpin.value(),
                "minimum_total_hundredths": self._optional_points(
                    self.ui.minimumCheck.isChecked(),
                    self.ui.minimumEdit.text(),
                    self.tr("Minimum total"),
                ),
            },
        }

    def save(self) -> None:
        settings = regulation.settings_from_mapping(self.settings_data())
        self.context.write(regulation.set_settings, self.year_uuid, settings)
