# Generated from forms/template_editor_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_TemplateEditorDialog(object):
    def setupUi(self, TemplateEditorDialog):
        if not TemplateEditorDialog.objectName():
            TemplateEditorDialog.setObjectName(u"TemplateEditorDialog")
        TemplateEditorDialog.resize(1200, 680)
        self.dialogLayout = QVBoxLayout(TemplateEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pageForm = QFormLayout()
        self.pageForm.setObjectName(u"pageForm")
        self.nameLabel = QLabel(TemplateEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TemplateEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sizeLabel = QLabel(TemplateEditorDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.pageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeRow = QHBoxLayout()
        self.sizeRow.setObjectName(u"sizeRow")
        self.widthSpin = QDoubleSpinBox(TemplateEditorDialog)
        self.widthSpin.setObjectName(u"widthSpin")
        self.widthSpin.setDecimals(1)
        self.widthSpin.setMinimum(50.000000000000000)
        self.widthSpin.setMaximum(1000.000000000000000)

        self.sizeRow.addWidget(self.widthSpin)

        self.timesLabel = QLabel(TemplateEditorDialog)
        self.timesLabel.setObjectName(u"timesLabel")
        self.timesLabel.setText(u"\u00d7")

        self.sizeRow.addWidget(self.timesLabel)

        self.heightSpin = QDoubleSpinBox(TemplateEditorDialog)
        self.heightSpin.setObjectName(u"heightSpin")
        self.heightSpin.setDecimals(1)
        self.heightSpin.setMinimum(50.000000000000000)
        self.heightSpin.setMaximum(1000.000000000000000)

        self.sizeRow.addWidget(self.heightSpin)

        self.sizeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sizeRow.addItem(self.sizeSpacer)


        self.pageForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sizeRow)


        self.dialogLayout.addLayout(self.pageForm)

        self.splitter = QSplitter(TemplateEditorDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.fieldsView = QTableView(self.splitter)
        self.fieldsView.setObjectName(u"fieldsView")
        self.splitter.addWidget(self.fieldsView)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.previewHost)

        self.dialogLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(TemplateEditorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.resetButton = QPushButton(TemplateEditorDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsRow.addWidget(self.resetButton)

        self.buttonBox = QDialogButtonBox(TemplateEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateEditorDialog)
        self.buttonBox.rejected.connect(TemplateEditorDialog.reject)

        QMetaObject.connectSlotsByName(TemplateEditorDialog)
    # setupUi

    def retranslateUi(self, TemplateEditorDialog):
        TemplateEditorDialog.setWindowTitle(QCoreApplication.translate("TemplateEditorDialog", u"Certificate template", None))
        self.nameLabel.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Name:", None))
        self.sizeLabel.setText(QCoreApplication.translate("TemplateEditorDialog", u"Page (mm):", None))
        self.resetButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"Back to the &built-in template", None))
    # retranslateUi
