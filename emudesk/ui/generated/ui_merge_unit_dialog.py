# Generated from forms/merge_unit_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_MergeUnitDialog(object):
    def setupUi(self, MergeUnitDialog):
        if not MergeUnitDialog.objectName():
            MergeUnitDialog.setObjectName(u"MergeUnitDialog")
        MergeUnitDialog.resize(640, 640)
        self.dialogLayout = QVBoxLayout(MergeUnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.unitLabel = QLabel(MergeUnitDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"\u2014")
        self.unitLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.unitLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.successorLabel = QLabel(MergeUnitDialog)
        self.successorLabel.setObjectName(u"successorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.successorLabel)

        self.successorCombo = QComboBox(MergeUnitDialog)
        self.successorCombo.setObjectName(u"successorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.successorCombo)

        self.onLabel = QLabel(MergeUnitDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onDateEdit = QDateEdit(MergeUnitDialog)
        self.onDateEdit.setObjectName(u"onDateEdit")
        self.onDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.onDateEdit)

        self.decisionLabel = QLabel(MergeUnitDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(MergeUnitDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decisionDateCheck = QCheckBox(MergeUnitDialog)
        self.decisionDateCheck.setObjectName(u"decisionDateCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionDateCheck)

        self.decisionDateEdit = QDateEdit(MergeUnitDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.ruleLabel = QLabel(MergeUnitDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(MergeUnitDialog)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ruleCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.explanationLabel = QLabel(MergeUnitDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.previewLabel = QLabel(MergeUnitDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.dialogLayout.addWidget(self.previewLabel)

        self.previewText = QPlainTextEdit(MergeUnitDialog)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setReadOnly(True)

        self.dialogLayout.addWidget(self.previewText)

        self.collisionsLabel = QLabel(MergeUnitDialog)
        self.collisionsLabel.setObjectName(u"collisionsLabel")

        self.dialogLayout.addWidget(self.collisionsLabel)

        self.collisionsView = QTableView(MergeUnitDialog)
        self.collisionsView.setObjectName(u"collisionsView")
        self.collisionsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.collisionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.collisionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.collisionsView)

        self.buttonBox = QDialogButtonBox(MergeUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.successorLabel.setBuddy(self.successorCombo)
        self.onLabel.setBuddy(self.onDateEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.previewLabel.setBuddy(self.previewText)
        self.collisionsLabel.setBuddy(self.collisionsView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeUnitDialog)

        QMetaObject.connectSlotsByName(MergeUnitDialog)
    # setupUi

    def retranslateUi(self, MergeUnitDialog):
        MergeUnitDialog.setWindowTitle(QCoreApplication.translate("MergeUnitDialog", u"Merge a unit into another", None))
        self.successorLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Merged &into:", None))
        self.onLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"&Effective on:", None))
        self.decisionLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Decision &number:", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("MergeUnitDialog", u"e.g. 202/2025/QH15", None))
        self.decisionDateCheck.setText(QCoreApplication.translate("MergeUnitDialog", u"Decision &dated:", None))
        self.ruleLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Both scored a &row:", None))
        self.explanationLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Papers dated earlier keep the unit under its own name. Its scores, explanations, commitment signature and proposals of that year pass to the unit it merged into, and so do its memberships; a head or deputy role of that year is flagged on the year page until its successor is recorded.", None))
        self.previewLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"&Preview of what changes:", None))
        self.collisionsLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Rows both scored: &choose what to keep for each", None))
    # retranslateUi
