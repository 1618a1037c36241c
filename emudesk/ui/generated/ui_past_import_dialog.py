# Generated from forms/past_import_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PastImportDialog(object):
    def setupUi(self, PastImportDialog):
        if not PastImportDialog.objectName():
            PastImportDialog.setObjectName(u"PastImportDialog")
        PastImportDialog.resize(940, 560)
        self.dialogLayout = QVBoxLayout(PastImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PastImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileLabel = QLabel(PastImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(PastImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(PastImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.issuerLabel = QLabel(PastImportDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.issuerCombo = QComboBox(PastImportDialog)
        self.issuerCombo.setObjectName(u"issuerCombo")

        self.templateRow.addWidget(self.issuerCombo)

        self.templateButton = QPushButton(PastImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.templateRow.addWidget(self.templateButton)

        self.templateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateRow.addItem(self.templateSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.templateRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewView = QTableView(PastImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setWordWrap(True)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.previewView)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(PastImportDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(PastImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.progressRow)

        self.summaryLabel = QLabel(PastImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.problemsCheck = QCheckBox(PastImportDialog)
        self.problemsCheck.setObjectName(u"problemsCheck")

        self.buttonRow.addWidget(self.problemsCheck)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(PastImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(PastImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.issuerLabel.setBuddy(self.issuerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.issuerCombo)
        QWidget.setTabOrder(self.issuerCombo, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.previewView)
        QWidget.setTabOrder(self.previewView, self.problemsCheck)
        QWidget.setTabOrder(self.problemsCheck, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(PastImportDialog)

        QMetaObject.connectSlotsByName(PastImportDialog)
    # setupUi

    def retranslateUi(self, PastImportDialog):
        PastImportDialog.setWindowTitle(QCoreApplication.translate("PastImportDialog", u"Import past decisions", None))
        self.introLabel.setText(QCoreApplication.translate("PastImportDialog", u"Awards decided before emudesk, one row per recipient, typed into the template of past decisions. Every row is checked (the award in the catalogue, the unit by its name on the decision's date, the register number) and shown below before anything is stored; a row already here is left alone, or, if it corrects the register number, signer, position, achievement or note, shown with the old and new values for you to update it.", None))
        self.fileLabel.setText(QCoreApplication.translate("PastImportDialog", u"&Workbook:", None))
        self.chooseButton.setText(QCoreApplication.translate("PastImportDialog", u"&Choose\u2026", None))
        self.issuerLabel.setText(QCoreApplication.translate("PastImportDialog", u"Template &for:", None))
#if QT_CONFIG(tooltip)
        self.issuerCombo.setToolTip(QCoreApplication.translate("PastImportDialog", u"The issuer whose award catalogue the template's drop-down offers", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("PastImportDialog", u"Save an empty workbook with the columns, the catalogue's awards and the instructions, to fill in", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("PastImportDialog", u"Save the &template\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("PastImportDialog", u"&Stop", None))
        self.problemsCheck.setText(QCoreApplication.translate("PastImportDialog", u"Show only the rows to &correct", None))
        self.importButton.setText(QCoreApplication.translate("PastImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("PastImportDialog", u"Close", None))
    # retranslateUi
