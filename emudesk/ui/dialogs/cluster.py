"""Add or edit a cluster."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk.errors import ValidationError
from emudesk.model import ClusterKind
from emudesk.services.organisation import clusters, issuers
from emudesk.services.organisation.clusters import ClusterFields, ClusterInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import cluster_kind_label
from emudesk.ui.generated.ui_cluster_dialog import Ui_ClusterDialog
from emudesk.ui.widgets import fill_combo, optional_date, setup_optional_date


class ClusterDialog(ServiceDialog):
    def __init__(
        self, context: DataContext, cluster: ClusterInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.cluster = cluster
        self.ui = Ui_ClusterDialog()
        self.ui.setupUi(self)
        self._fill_kinds(cluster.kind if cluster else ClusterKind.CLUSTER)
        issuer_list = context.read(issuers.list_issuers)
        fill_combo(
            self.ui.issuerCombo,
            ((i.name, i.uuid) for i in issuer_list),
            cluster.issuer_uuid if cluster else None,
        )
        setup_optional_date(
            self.ui.decisionDateCheck,
            self.ui.decisionDateEdit,
            cluster.founding_decision_date if cluster else None,
        )
        if cluster is not None:
            self.ui.codeEdit.setText(cluster.code)
            self.ui.numberSpin.setValue(cluster.number or 0)
            self.ui.nameEdit.setText(cluster.name)
            self.ui.decisionNumberEdit.setText(cluster.founding_decision_number)
            self.ui.notesEdit.setPlainText(cluster.notes)
        self._set_title()

    def _fill_kinds(self, current: ClusterKind) -> None:
        fill_combo(self.ui.kindCombo, ((cluster_kind_label(k), k) for k in ClusterKind), current)

    def _set_title(self) -> None:
        self.setWindowTitle(
            self.tr("Add a cluster") if self.cluster is None else self.tr("Edit the cluster")
        )

    def retranslate(self) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.retranslateUi(self)
        self._fill_kinds(kind)
        self._set_title()

    def fields(self) -> ClusterFields:
        issuer_uuid = self.ui.issuerCombo.currentData()
        if issuer_uuid is None:
            raise ValidationError(self.tr("Choose the issuer the cluster belongs to."))
        number = self.ui.numberSpin.value()
        return ClusterFields(
            code=self.ui.codeEdit.text(),
            name=self.ui.nameEdit.text(),
            issuer_uuid=issuer_uuid,
            number=number or None,
            kind=self.ui.kindCombo.currentData(),
            founding_decision_number=self.ui.decisionNumberEdit.text(),
            founding_decision_date=optional_date(
                self.ui.decisionDateCheck, self.ui.decisionDateEdit
            ),
            notes=self.ui.notesEdit.toPlainText(),
        )

    def save(self) -> UUID:
        if self.cluster is None:
            return self.context.write(clusters.create_cluster, self.fields()).uuid
        return self.context.write(
            clusters.update_cluster, self.cluster.uuid, self.fields(), self.cluster.version
        ).uuid
