"""Edit a certificate template: page size and each field's box in mm, with a live preview.

Numbers, not dragging: an officer measures the blank with a ruler and types what it says.
Each change re-renders a sample certificate; a field that would leave the page is named at
once, and Save stores the office's copy (the built-in stays, to go back to).
"""

from __future__ import annotations

import tempfile
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from emudesk.errors import EmuError
from emudesk.printing import templates as templates_text
from emudesk.printing.templates import ALIGNMENTS, Field, Template, from_dict
from emudesk.services.certificates import templates
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.delegates import CHOICES_ROLE, CheckedDelegate, Checker, ChoiceDelegate
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_template_editor_dialog import Ui_TemplateEditorDialog

Index = QModelIndex | QPersistentModelIndex

SAMPLE = {
    "issuer_title": "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC",
    "recipient": "Ban Dân tộc tỉnh Phú Yên",
    "achievement": "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
    "decision_line": "Quyết định số 100/QĐ-UBDT, ngày 24 tháng 01 năm 2025",
    "register_line": "Số sổ: 12",
    "place_date": "Hà Nội, ngày 24 tháng 01 năm 2025",
    "signer_title": "BỘ TRƯỞNG, CHỦ NHIỆM",
    "signer_name": "Nguyễn Văn A",
    "qr": "EMUDESK1|UBDT|100/QĐ-UBDT|12|Ban Dân tộc tỉnh Phú Yên|0000000000",
}
# (attribute, kind) of each editable column after the field's name
COLUMNS: tuple[tuple[str, type], ...] = (
    ("x", float),
    ("y", float),
    ("width", float),
    ("height", float),
    ("size", float),
    ("min_size", float),
    ("max_lines", int),
    ("align", str),
)


class FieldsModel(QAbstractTableModel):
    """One row per field: its name as a person says it, then its numbers and alignment."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[Field] = []

    def set_fields(self, fields: tuple[Field, ...]) -> None:
        self.beginResetModel()
        self.fields = list(fields)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header(section)

    def header(self, section: int) -> str:
        labels = (
            self.tr("Field"),
            self.tr("x (mm)"),
            self.tr("y (mm)"),
            self.tr("Width"),
            self.tr("Height"),
            self.tr("Size (pt)"),
            self.tr("Smallest"),
            self.tr("Lines"),
            self.tr("Alignment"),
        )
        return labels[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return templates_text.field_label(field.name)
            return None
        name, _kind = COLUMNS[index.column() - 1]
        value = getattr(field, name)
        if name == "align":
            if role == Qt.ItemDataRole.DisplayRole:
                return templates_text.alignment_label(value)
            if role == Qt.ItemDataRole.EditRole:
                return value
            if role == CHOICES_ROLE:
                return [(templates_text.alignment_label(a), a) for a in ALIGNMENTS]
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return templates_text.mm(value) if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def checker(self, index: Index) -> Checker | None:
        """What a typed number must look like in ``index``'s column (alignment is chosen)."""
        if not index.isValid() or index.column() == 0:
            return None
        name, kind = COLUMNS[index.column() - 1]
        if name == "align":
            return None
        header = self.header(index.column())

        def check(text: str) -> str | None:
            try:
                kind(text.strip().replace(",", "."))
            except ValueError:
                if kind is int:
                    return arg(self.tr("%1: type a whole number, such as 2."), header)
                return arg(self.tr("%1: type a number, such as 30,5."), header)
            return None

        return check

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        name, kind = COLUMNS[index.column() - 1]
        if name == "align" and value not in ALIGNMENTS:
            return False
        text = str(value).strip().replace(",", ".")
        try:
            converted = kind(text)
        except ValueError:
            return False  # the delegate refuses such text before it gets here
        self.fields[index.row()] = replace(self.fields[index.row()], **{name: converted})
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


class TemplateEditorDialog(QDialog):
    def __init__(self, context: DataContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.key = key
        self.ui = Ui_TemplateEditorDialog()
        self.ui.setupUi(self)
        self.model = FieldsModel(self)
        self.ui.fieldsView.setModel(self.model)
        numbers = CheckedDelegate(self.model.checker, self)
        numbers.message.connect(self.ui.messageLabel.setText)
        self.ui.fieldsView.setItemDelegate(numbers)
        self.ui.fieldsView.setItemDelegateForColumn(len(COLUMNS), ChoiceDelegate(self))
        self.ui.fieldsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self.ui.previewHost)
        self.preview.setDocument(self.document)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.ui.previewLayout.addWidget(self.preview)
        self.ui.splitter.setSizes([620, 560])
        self._folder = tempfile.TemporaryDirectory(prefix="emudesk-template-")
        self._renders = 0
        self.template: Template | None = None
        self.load(context.read(templates.get_template, key))
        self.model.changed.connect(self.refresh)
        self.ui.widthSpin.valueChanged.connect(self.refresh)
        self.ui.heightSpin.valueChanged.connect(self.refresh)
        self.ui.nameEdit.textEdited.connect(self.refresh)

    def load(self, template: Template) -> None:
        self.ui.nameEdit.setText(template.name)
        for spin, value in (
            (self.ui.widthSpin, template.width),
            (self.ui.heightSpin, template.height),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.model.set_fields(template.fields)
        self.refresh()

    def edited(self) -> Template:
        """The template as typed; raises ``ValidationError`` naming what is wrong."""
        data = {
            "key": self.key,
            "name": self.ui.nameEdit.text().strip() or self.key,
            "width": self.ui.widthSpin.value(),
            "height": self.ui.heightSpin.value(),
            "fields": [
                {f.name: getattr(field, f.name) for f in dataclass_fields(Field)}
                for field in self.model.fields
            ],
        }
        base = self.context.read(templates.get_template, self.key)
        data.update(border=base.border, national_header=base.national_header, qr=base.qr)
        return from_dict(data)

    @Slot()
    def refresh(self) -> None:
        from emudesk.printing.certificate import render

        try:
            template = self.edited()
            self._renders += 1
            path = Path(self._folder.name) / f"sample-{self._renders}.pdf"
            render(path, [(template, SAMPLE)])
        except EmuError as error:
            self.template = None
            self.ui.messageLabel.setText(error.message)
            return
        self.template = template
        self.ui.messageLabel.setText("")
        self.document.load(str(path))

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        try:
            template = self.edited()
            self.context.write(templates.save_template, template)
        except EmuError as error:
            messages.refuse(self, error)
            return
        self.accept()

    @Slot()
    def on_resetButton_clicked(self) -> None:
        if not messages.confirm(
            self,
            self.tr("Back to the built-in template"),
            self.tr("Forget this office's changes to the template and use the built-in one?"),
            self.tr("Use the built-in"),
        ):
            return
        self.context.write(templates.reset_template, self.key)
        self.load(self.context.read(templates.get_template, self.key))
