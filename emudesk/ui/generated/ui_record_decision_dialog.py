# Generated from forms/record_decision_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_RecordDecisionDialog(object):
    def setupUi(self, RecordDecisionDialog):
        if not RecordDecisionDialog.objectName():
            RecordDecisionDialog.setObjectName(u"RecordDecisionDialog")
        RecordDecisionDialog.resize(980, 680)
        self.dialogLayout = QVBoxLayout(RecordDecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RecordDecisionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(RecordDecisionDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(RecordDecisionDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2024)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.numberLabel = QLabel(RecordDecisionDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(RecordDecisionDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(RecordDecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(RecordDecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.signerLabel = QLabel(RecordDecisionDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(RecordDecisionDialog)
        self.signerEdit.setObjectName(u"signerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.titleLabel = QLabel(RecordDecisionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(RecordDecisionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.modeLabel = QLabel(RecordDecisionDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(RecordDecisionDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.forLabel = QLabel(RecordDecisionDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forEdit = QLineEdit(RecordDecisionDialog)
        self.forEdit.setObjectName(u"forEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.forEdit)

        self.placeLabel = QLabel(RecordDecisionDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(RecordDecisionDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.itemsView = QTableView(RecordDecisionDialog)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.itemsView)

        self.previewLabel = QLabel(RecordDecisionDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.buttonBox = QDialogButtonBox(RecordDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.modeLabel.setBuddy(self.modeCombo)
        self.forLabel.setBuddy(self.forEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.forEdit)
        QWidget.setTabOrder(self.forEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.itemsView)

        self.retranslateUi(RecordDecisionDialog)

        QMetaObject.connectSlotsByName(RecordDecisionDialog)
    # setupUi

    def retranslateUi(self, RecordDecisionDialog):
        RecordDecisionDialog.setWindowTitle(QCoreApplication.translate("RecordDecisionDialog", u"Record a decision", None))
        self.introLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Tick the nominees the decision approves; give the reason for each one it does not. A nominee the council did not carry cannot be approved. The register numbers shown are the ones the decision will take.", None))
        self.yearLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Emulation &year:", None))
        self.numberLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Decision &number:", None))
        self.dateLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Signed &on:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RecordDecisionDialog", u"dd/MM/yyyy", None))
        self.signerLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Si&gner:", None))
        self.titleLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Signer's &title:", None))
        self.modeLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Signing &mode:", None))
        self.forLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"Signing &for:", None))
        self.placeLabel.setText(QCoreApplication.translate("RecordDecisionDialog", u"&Place:", None))
        self.previewLabel.setText("")
    # retranslateUi
