"""Record that a unit merged into another on a date (the 2025 province mergers), with a preview
of what passes to the successor: scores, explanations, signature, proposals, collisions.

Rows both units scored follow the regulation of the merger's year (keep the successor's, the
mean, or ask); the officer may choose another rule, and with "ask" picks per row what to keep
in a table showing both values and their mean. The choices go into the merger and its audit."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QWidget

from emudesk import rules
from emudesk.errors import EmuError, ValidationError
from emudesk.rules import format_points
from emudesk.services.organisation import units
from emudesk.services.organisation.units import UnitInfo, UnitRef
from emudesk.services.reorganisation import events, preview
from emudesk.services.reorganisation.events import Decision
from emudesk.services.reorganisation.merger import CollisionRule, MergePlan
from emudesk.ui import labels, messages
from emudesk.ui.context import DataContext
from emudesk.ui.delegates import ChoiceDelegate
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import DATE_FORMAT, arg, date_text, from_qdate
from emudesk.ui.generated.ui_merge_unit_dialog import Ui_MergeUnitDialog
from emudesk.ui.models.collisions import CollisionTableModel
from emudesk.ui.unit_picker import fill_units
from emudesk.ui.widgets import (
    fill_combo,
    find_data,
    fit_columns,
    optional_date,
    setup_optional_date,
)


class MergeUnitDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, unit: UnitInfo, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.unit = unit
        self.collisions = CollisionTableModel(self)
        self.rule_chosen = False  # the officer chose a rule: the regulation's no longer applies
        self.ui = Ui_MergeUnitDialog()
        self.ui.setupUi(self)
        self.ui.collisionsView.setModel(self.collisions)
        self.ui.collisionsView.setItemDelegateForColumn(
            CollisionTableModel.CHOICE, ChoiceDelegate(self)
        )
        fit_columns(self.ui.collisionsView, stretch=CollisionTableModel.CHOICE)
        self.ui.onDateEdit.setDisplayFormat(DATE_FORMAT)
        self.ui.onDateEdit.setDate(QDate(year, 1, 1))
        setup_optional_date(self.ui.decisionDateCheck, self.ui.decisionDateEdit, None)
        self._fill_rules()
        self.ui.successorCombo.setPlaceholderText(self.tr("Choose the unit it merged into"))
        self._fill_successors()
        self._describe()
        self.ui.successorCombo.currentIndexChanged.connect(self._preview)
        self.ui.onDateEdit.dateChanged.connect(self._preview)
        self.ui.ruleCombo.activated.connect(self._on_rule_chosen)
        self._preview()

    @property
    def rule(self) -> CollisionRule:
        return CollisionRule(self.ui.ruleCombo.currentData() or CollisionRule.KEEP_SUCCESSOR)

    @property
    def on(self) -> dt.date:
        return from_qdate(self.ui.onDateEdit.date())

    def _fill_rules(self) -> None:
        current = self.ui.ruleCombo.currentData()
        fill_combo(
            self.ui.ruleCombo,
            [(labels.collision_rule(rule), rule.value) for rule in CollisionRule],
            current or CollisionRule.KEEP_SUCCESSOR.value,
        )

    @Slot(int)
    def _on_rule_chosen(self, _index: int) -> None:
        self.rule_chosen = True
        self._show_collisions()

    def _show_collisions(self) -> None:
        asking = self.rule is CollisionRule.ASK
        shown = asking and self.collisions.rowCount() > 0
        self.ui.collisionsLabel.setVisible(shown)
        self.ui.collisionsView.setVisible(shown)

    def _describe(self) -> None:
        self.ui.unitLabel.setText(
            arg(self.tr("Unit: %1 (%2)"), self.unit.official_name, self.unit.code)
        )

    def _fill_successors(self) -> None:
        """Units that still exist in the chosen year, with their names of that year."""
        candidates = self.context.read(units.list_units, year=self.on.year, include_merged=False)
        current = self.ui.successorCombo.currentData()
        others = [
            UnitRef(u.uuid, u.code, u.official_name, u.short_name or u.official_name)
            for u in candidates
            if u.uuid != self.unit.uuid
        ]
        fill_units(self.ui.successorCombo, others, current, choose=False)

    @Slot()
    def _preview(self) -> None:
        successor = self.ui.successorCombo.currentData()
        plan: MergePlan | None = None
        if successor is None:
            self.ui.previewText.setPlainText(self.tr("Choose the unit it merged into."))
        else:
            try:
                plan = self.context.read(
                    events.merge_preview, self.unit.uuid, successor, on=self.on
                )
            except EmuError as error:
                self.ui.previewText.setPlainText(str(error))
            else:
                self.ui.previewText.setPlainText(self._plan_text(plan))
                if not self.rule_chosen:  # the regulation's rule, until the officer picks one
                    index = find_data(self.ui.ruleCombo, plan.rule.value)
                    self.ui.ruleCombo.setCurrentIndex(max(index, 0))
        self.collisions.set_collisions(plan.collisions if plan else [])
        self._show_collisions()

    def _plan_text(self, plan: MergePlan) -> str:
        lines = [
            arg(self.tr("From %1 on, papers name “%2”."), date_text(self.on), self._successor()),
        ]
        if not plan.years:
            lines.append(self.tr("No year in progress holds data of this unit to move."))
        else:
            lines.append(arg(self.tr("Years concerned: %1"), ", ".join(plan.years)))
            lines.append(
                arg(
                    self.tr(
                        "Scores that pass to the successor: %1; peer scores between the two, "
                        "dropped: %2; rows both scored: %3."
                    ),
                    plan.scores_moved,
                    plan.scores_dropped,
                    len(plan.collisions),
                )
            )
            lines.append(
                arg(
                    self.tr(
                        "Explanations: %1; commitment signatures: %2 (the successor's own "
                        "kept: %3); proposals: %4 (duplicates dropped: %5)."
                    ),
                    plan.explanations_moved,
                    plan.signatures_moved,
                    plan.signatures_kept,
                    plan.proposals_moved,
                    plan.proposals_dropped,
                )
            )
            lines.extend(
                arg(
                    self.tr("  %1, row %2, %3 by %4: successor %5, absorbed %6"),
                    c.key.split(":")[0],
                    c.criterion,
                    labels.scorer_role(rules.ScorerRole(c.role)),
                    c.scorer,
                    format_points(c.successor_value),
                    format_points(c.absorbed_value),
                )
                for c in plan.collisions
            )
            if plan.locked_years:
                lines.append(
                    arg(
                        self.tr("The scores of %1 are locked: unlock them first."),
                        ", ".join(plan.locked_years),
                    )
                )
        if plan.people_moved:
            lines.append(arg(self.tr("People of the unit: %1."), plan.people_moved))
        return "\n".join(lines)

    def _successor(self) -> str:
        return self.ui.successorCombo.currentText()

    @Slot(QDate)
    def on_onDateEdit_dateChanged(self, _date: QDate) -> None:
        self._fill_successors()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.collisions.retranslate()
        self.ui.successorCombo.setPlaceholderText(self.tr("Choose the unit it merged into"))
        self._fill_rules()
        self._describe()
        self._preview()

    def _decision(self) -> Decision:
        return Decision(
            self.ui.decisionEdit.text(),
            optional_date(self.ui.decisionDateCheck, self.ui.decisionDateEdit),
        )

    def confirm(self) -> bool:
        successor = self._successor()
        if not successor:
            return True  # save() explains what is missing
        preview.require_decision(self._decision())
        unanswered = [
            c for c in self.collisions.collisions() if c.key not in self.collisions.choices
        ]
        if self.rule is CollisionRule.ASK and unanswered:
            raise ValidationError(
                arg(
                    self.tr("Choose what to keep for each row both units scored (%1 left)."),
                    len(unanswered),
                )
            )
        text = arg(
            self.tr(
                "Record that “%1” merged into “%2” on %3?\n\n"
                "Its data of that year and its memberships pass to “%2”; papers dated earlier "
                "keep it under its own name."
            ),
            self.unit.official_name,
            successor,
            date_text(self.on),
        )
        return messages.confirm(self, self.tr("Merge units"), text, self.tr("Merge"))

    def save(self) -> UUID:
        successor = self.ui.successorCombo.currentData()
        if successor is None:
            raise ValidationError(self.tr("Choose the unit it merged into."))
        decision = self._decision()
        preview.require_decision(decision)
        rule = self.rule
        self.context.write(
            events.merge,
            self.unit.uuid,
            successor,
            on=self.on,
            rule=rule,
            answers=dict(self.collisions.choices) if rule is CollisionRule.ASK else {},
            decision=decision,
        )
        return self.unit.uuid
