# Generated from forms/cluster_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ClusterDialog(object):
    def setupUi(self, ClusterDialog):
        if not ClusterDialog.objectName():
            ClusterDialog.setObjectName(u"ClusterDialog")
        ClusterDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(ClusterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(ClusterDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ClusterDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.numberLabel = QLabel(ClusterDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(ClusterDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(0)
        self.numberSpin.setMaximum(9999)
        self.numberSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.nameLabel = QLabel(ClusterDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ClusterDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(ClusterDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ClusterDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.issuerLabel = QLabel(ClusterDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerCombo = QComboBox(ClusterDialog)
        self.issuerCombo.setObjectName(u"issuerCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuerCombo)

        self.decisionNumberLabel = QLabel(ClusterDialog)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(ClusterDialog)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(ClusterDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateRow = QHBoxLayout()
        self.decisionDateRow.setObjectName(u"decisionDateRow")
        self.decisionDateCheck = QCheckBox(ClusterDialog)
        self.decisionDateCheck.setObjectName(u"decisionDateCheck")

        self.decisionDateRow.addWidget(self.decisionDateCheck)

        self.decisionDateEdit = QDateEdit(ClusterDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.decisionDateEdit.setCalendarPopup(True)

        self.decisionDateRow.addWidget(self.decisionDateEdit)

        self.decisionDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionDateRow.addItem(self.decisionDateRowSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.decisionDateRow)

        self.notesLabel = QLabel(ClusterDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ClusterDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ClusterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.numberLabel.setBuddy(self.numberSpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.issuerLabel.setBuddy(self.issuerCombo)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClusterDialog)

        QMetaObject.connectSlotsByName(ClusterDialog)
    # setupUi

    def retranslateUi(self, ClusterDialog):
        ClusterDialog.setWindowTitle(QCoreApplication.translate("ClusterDialog", u"Cluster", None))
        self.codeLabel.setText(QCoreApplication.translate("ClusterDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("ClusterDialog", u"A short code without marks, used in file names", None))
#endif // QT_CONFIG(tooltip)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ClusterDialog", u"e.g. UBDT-C4", None))
        self.numberLabel.setText(QCoreApplication.translate("ClusterDialog", u"N&umber:", None))
#if QT_CONFIG(tooltip)
        self.numberSpin.setToolTip(QCoreApplication.translate("ClusterDialog", u"The cluster's number in the issuer's list (leave at \u2014 when it has none)", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("ClusterDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ClusterDialog", u"e.g. C\u1ee5m thi \u0111ua s\u1ed1 4", None))
        self.kindLabel.setText(QCoreApplication.translate("ClusterDialog", u"&Kind:", None))
        self.issuerLabel.setText(QCoreApplication.translate("ClusterDialog", u"&Issuer:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("ClusterDialog", u"Founding &decision:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("ClusterDialog", u"e.g. 441/Q\u0110-UBDT", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ClusterDialog", u"Decision da&te:", None))
        self.decisionDateCheck.setText(QCoreApplication.translate("ClusterDialog", u"Known", None))
        self.notesLabel.setText(QCoreApplication.translate("ClusterDialog", u"N&otes:", None))
    # retranslateUi
