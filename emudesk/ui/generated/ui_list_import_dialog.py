# Generated from forms/list_import_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_ListImportDialog(object):
    def setupUi(self, ListImportDialog):
        if not ListImportDialog.objectName():
            ListImportDialog.setObjectName(u"ListImportDialog")
        ListImportDialog.resize(760, 520)
        ListImportDialog.setWindowTitle(u"\u2014")
        self.dialogLayout = QVBoxLayout(ListImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ListImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"\u2014")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileLabel = QLabel(ListImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ListImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ListImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.templateButton = QPushButton(ListImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.fileRow.addWidget(self.templateButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.yearLabel = QLabel(ListImportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(ListImportDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.fromYearLabel = QLabel(ListImportDialog)
        self.fromYearLabel.setObjectName(u"fromYearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromYearLabel)

        self.fromYearSpin = QSpinBox(ListImportDialog)
        self.fromYearSpin.setObjectName(u"fromYearSpin")
        self.fromYearSpin.setMinimum(2000)
        self.fromYearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromYearSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewView = QTableView(ListImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setWordWrap(True)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.previewView)

        self.summaryLabel = QLabel(ListImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ListImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ListImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.yearLabel.setBuddy(self.yearCombo)
        self.fromYearLabel.setBuddy(self.fromYearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListImportDialog)

        QMetaObject.connectSlotsByName(ListImportDialog)
    # setupUi

    def retranslateUi(self, ListImportDialog):
        self.fileLabel.setText(QCoreApplication.translate("ListImportDialog", u"&Workbook:", None))
        self.chooseButton.setText(QCoreApplication.translate("ListImportDialog", u"&Choose\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ListImportDialog", u"Save an empty workbook with the right columns and an example, to fill in", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ListImportDialog", u"Save a &template\u2026", None))
        self.yearLabel.setText(QCoreApplication.translate("ListImportDialog", u"Cluster and &year:", None))
        self.fromYearLabel.setText(QCoreApplication.translate("ListImportDialog", u"New names valid &from:", None))
#if QT_CONFIG(tooltip)
        self.fromYearSpin.setToolTip(QCoreApplication.translate("ListImportDialog", u"The year from which the names of new units are used", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ListImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("ListImportDialog", u"Close", None))
        pass
    # retranslateUi
