# Generated from forms/export_forms_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportFormsDialog(object):
    def setupUi(self, ExportFormsDialog):
        if not ExportFormsDialog.objectName():
            ExportFormsDialog.setObjectName(u"ExportFormsDialog")
        ExportFormsDialog.resize(640, 300)
        self.dialogLayout = QVBoxLayout(ExportFormsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExportFormsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(ExportFormsDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(ExportFormsDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.folderLabel = QLabel(ExportFormsDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(ExportFormsDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportFormsDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.deadlineCheck = QCheckBox(ExportFormsDialog)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineCheck)

        self.deadlineEdit = QDateEdit(ExportFormsDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setEnabled(False)
        self.deadlineEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.sendToLabel = QLabel(ExportFormsDialog)
        self.sendToLabel.setObjectName(u"sendToLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sendToLabel)

        self.sendToEdit = QLineEdit(ExportFormsDialog)
        self.sendToEdit.setObjectName(u"sendToEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sendToEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportFormsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.folderLabel.setBuddy(self.folderEdit)
        self.sendToLabel.setBuddy(self.sendToEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportFormsDialog)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)

        QMetaObject.connectSlotsByName(ExportFormsDialog)
    # setupUi

    def retranslateUi(self, ExportFormsDialog):
        ExportFormsDialog.setWindowTitle(QCoreApplication.translate("ExportFormsDialog", u"Export scoring forms", None))
        self.introLabel.setText(QCoreApplication.translate("ExportFormsDialog", u"One workbook per member unit: its self-score and its scores of the other members, with instructions. Units fill it in Excel or LibreOffice and send it back; import the returns with File \u203a Import.", None))
        self.yearLabel.setText(QCoreApplication.translate("ExportFormsDialog", u"Cluster and &year:", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportFormsDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportFormsDialog", u"&Choose\u2026", None))
        self.deadlineCheck.setText(QCoreApplication.translate("ExportFormsDialog", u"&Deadline:", None))
        self.sendToLabel.setText(QCoreApplication.translate("ExportFormsDialog", u"Returns go &to (e-mail):", None))
        self.sendToEdit.setPlaceholderText(QCoreApplication.translate("ExportFormsDialog", u"the head unit's e-mail address", None))
    # retranslateUi
