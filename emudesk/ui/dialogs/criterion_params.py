"""The parameters of a counted row (points per occurrence) or of a row with a target."""

from __future__ import annotations

import dataclasses
from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk import rules
from emudesk.services.scoring import table_edit
from emudesk.services.scoring.tables import CriterionInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.dialogs.table_header import parse_points_field
from emudesk.ui.generated.ui_criterion_params_dialog import Ui_CriterionParamsDialog


class CriterionParamsDialog(ServiceDialog):
    """Shows the fields of the row's kind only; OK stores them with ``update_criterion``."""

    def __init__(
        self, context: DataContext, criterion: CriterionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.criterion = criterion
        self.ui = Ui_CriterionParamsDialog()
        self.ui.setupUi(self)
        self.ui.rowLabel.setText(f"{criterion.code}. {criterion.title}")
        counted = criterion.kind is rules.CriterionKind.PER_OCCURRENCE
        count_fields: list[QWidget] = [self.ui.pointsCaption, self.ui.pointsEdit]
        target_fields: list[QWidget] = [
            self.ui.targetCaption,
            self.ui.targetEdit,
            self.ui.higherCheck,
            self.ui.ruleHint,
        ]
        for widget in count_fields:
            widget.setVisible(counted)
        for widget in target_fields:
            widget.setVisible(not counted)
        params = criterion.params
        each = params.get("points_per_occurrence")
        if isinstance(each, int):
            self.ui.pointsEdit.setText(rules.local_points(each))
        target = params.get("target")
        if isinstance(target, int):
            self.ui.targetEdit.setText(rules.local_points(target))
        self.ui.higherCheck.setChecked(params.get("higher_is_better", True) is not False)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def save(self) -> UUID:
        params = dict(self.criterion.params)
        if self.criterion.kind is rules.CriterionKind.PER_OCCURRENCE:
            params["points_per_occurrence"] = parse_points_field(
                self.ui.pointsEdit.text(), self.tr("Points per occurrence")
            )
        else:
            params["target"] = parse_points_field(self.ui.targetEdit.text(), self.tr("Target"))
            params["higher_is_better"] = self.ui.higherCheck.isChecked()
        fields = dataclasses.replace(self.criterion.fields, params=params)
        table = self.context.write(table_edit.update_criterion, self.criterion.uuid, fields)
        return table.uuid
