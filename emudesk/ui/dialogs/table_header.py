"""The scoring table's title and total: edit them, or start an empty table with them."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.services.scoring import table_edit, tables
from emudesk.services.scoring.tables import TableInfo
from emudesk.ui.context import DataContext
from emudesk.ui.dialogs.base import ServiceDialog
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_table_header_dialog import Ui_TableHeaderDialog

DEFAULT_TOTAL = 100 * rules.SCALE


def parse_points_field(text: str, what: str) -> int:
    """Points typed in a dialog field; a refusal names the field."""
    try:
        return rules.parse_points(text)
    except rules.PointsFormatError as error:
        raise ValidationError(f"{what}: {error.message}") from error


class TableHeaderDialog(ServiceDialog):
    """With ``table`` None the year gets a new, empty table; otherwise its header changes."""

    def __init__(
        self,
        context: DataContext,
        year_uuid: UUID,
        year: int,
        table: TableInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year_uuid = year_uuid
        self.year = year
        self.table = table
        self.ui = Ui_TableHeaderDialog()
        self.ui.setupUi(self)
        if table is not None:
            self.ui.titleEdit.setText(table.title)
            self.ui.totalEdit.setText(rules.local_points(table.declared_total, 0))
        else:
            self.ui.totalEdit.setText(rules.local_points(DEFAULT_TOTAL, 0))
        self.ui.revisionHint.setVisible(table is not None and table.score_count > 0)
        self._set_title()

    def _set_title(self) -> None:
        if self.table is None:
            self.setWindowTitle(self.tr("New scoring table"))
            if not self.ui.titleEdit.text():
                self.ui.titleEdit.setText(arg(self.tr("Emulation scoring table of %1"), self.year))
        else:
            self.setWindowTitle(self.tr("Title and total of the scoring table"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._set_title()

    def save(self) -> UUID:
        total = parse_points_field(self.ui.totalEdit.text(), self.tr("Table total"))
        title = self.ui.titleEdit.text()
        if self.table is None:
            created = self.context.write(
                tables.create_table, self.year_uuid, declared_total=total, title=title
            )
            return created.uuid
        changed = self.context.write(
            table_edit.set_header, self.table.uuid, title=title, declared_total=total
        )
        return changed.uuid
