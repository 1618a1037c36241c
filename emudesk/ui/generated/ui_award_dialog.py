# Generated from forms/award_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AwardDialog(object):
    def setupUi(self, AwardDialog):
        if not AwardDialog.objectName():
            AwardDialog.setObjectName(u"AwardDialog")
        AwardDialog.resize(640, 720)
        self.dialogLayout = QVBoxLayout(AwardDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.issuerLabel = QLabel(AwardDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")
        self.issuerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.issuerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(AwardDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(AwardDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(AwardDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AwardDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(AwardDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AwardDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.recipientLabel = QLabel(AwardDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(AwardDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.artefactLabel = QLabel(AwardDialog)
        self.artefactLabel.setObjectName(u"artefactLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.artefactLabel)

        self.artefactCombo = QComboBox(AwardDialog)
        self.artefactCombo.setObjectName(u"artefactCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.artefactCombo)

        self.templateLabel = QLabel(AwardDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(AwardDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.paperLabel = QLabel(AwardDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(AwardDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.grantorLabel = QLabel(AwardDialog)
        self.grantorLabel.setObjectName(u"grantorLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.grantorLabel)

        self.grantorEdit = QLineEdit(AwardDialog)
        self.grantorEdit.setObjectName(u"grantorEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.grantorEdit)

        self.modeLabel = QLabel(AwardDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(AwardDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.forLabel = QLabel(AwardDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forEdit = QLineEdit(AwardDialog)
        self.forEdit.setObjectName(u"forEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.forEdit)

        self.signerLabel = QLabel(AwardDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(AwardDialog)
        self.signerEdit.setObjectName(u"signerEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.basisLabel = QLabel(AwardDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(AwardDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)
        self.basisEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.moneyLabel = QLabel(AwardDialog)
        self.moneyLabel.setObjectName(u"moneyLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.moneyLabel)

        self.moneyEdit = QLineEdit(AwardDialog)
        self.moneyEdit.setObjectName(u"moneyEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.moneyEdit)

        self.quotaLabel = QLabel(AwardDialog)
        self.quotaLabel.setObjectName(u"quotaLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.quotaLabel)

        self.quotaEdit = QLineEdit(AwardDialog)
        self.quotaEdit.setObjectName(u"quotaEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.quotaEdit)

        self.roundingLabel = QLabel(AwardDialog)
        self.roundingLabel.setObjectName(u"roundingLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.roundingLabel)

        self.roundingCombo = QComboBox(AwardDialog)
        self.roundingCombo.setObjectName(u"roundingCombo")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.roundingCombo)

        self.voteLabel = QLabel(AwardDialog)
        self.voteLabel.setObjectName(u"voteLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.voteLabel)

        self.voteEdit = QLineEdit(AwardDialog)
        self.voteEdit.setObjectName(u"voteEdit")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.voteEdit)

        self.roleLabel = QLabel(AwardDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AwardDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.fromLabel = QLabel(AwardDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateRow = QHBoxLayout()
        self.fromDateRow.setObjectName(u"fromDateRow")
        self.fromCheck = QCheckBox(AwardDialog)
        self.fromCheck.setObjectName(u"fromCheck")

        self.fromDateRow.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(AwardDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.fromDateRow.addWidget(self.fromDate)

        self.fromDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fromDateRow.addItem(self.fromDateSpacer)


        self.formLayout.setLayout(17, QFormLayout.ItemRole.FieldRole, self.fromDateRow)

        self.untilLabel = QLabel(AwardDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilDateRow = QHBoxLayout()
        self.untilDateRow.setObjectName(u"untilDateRow")
        self.untilCheck = QCheckBox(AwardDialog)
        self.untilCheck.setObjectName(u"untilCheck")

        self.untilDateRow.addWidget(self.untilCheck)

        self.untilDate = QDateEdit(AwardDialog)
        self.untilDate.setObjectName(u"untilDate")
        self.untilDate.setCalendarPopup(True)

        self.untilDateRow.addWidget(self.untilDate)

        self.untilDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilDateRow.addItem(self.untilDateSpacer)


        self.formLayout.setLayout(18, QFormLayout.ItemRole.FieldRole, self.untilDateRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(AwardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.artefactLabel.setBuddy(self.artefactCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.grantorLabel.setBuddy(self.grantorEdit)
        self.modeLabel.setBuddy(self.modeCombo)
        self.forLabel.setBuddy(self.forEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.moneyLabel.setBuddy(self.moneyEdit)
        self.quotaLabel.setBuddy(self.quotaEdit)
        self.roundingLabel.setBuddy(self.roundingCombo)
        self.voteLabel.setBuddy(self.voteEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.untilLabel.setBuddy(self.untilDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AwardDialog)

        QMetaObject.connectSlotsByName(AwardDialog)
    # setupUi

    def retranslateUi(self, AwardDialog):
        AwardDialog.setWindowTitle(QCoreApplication.translate("AwardDialog", u"Award", None))
        self.codeLabel.setText(QCoreApplication.translate("AwardDialog", u"&Code:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. BANG-KHEN", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"A short code for the award in this catalogue (letters without marks, digits, dash)", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("AwardDialog", u"&Name as printed:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. B\u1eb1ng khen c\u1ee7a B\u1ed9 tr\u01b0\u1edfng B\u1ed9 V\u0103n h\u00f3a, Th\u1ec3 thao v\u00e0 Du l\u1ecbch", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"The award's name exactly as the issuer's papers print it", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("AwardDialog", u"&Kind:", None))
        self.recipientLabel.setText(QCoreApplication.translate("AwardDialog", u"&Given to:", None))
        self.artefactLabel.setText(QCoreApplication.translate("AwardDialog", u"&Made into:", None))
#if QT_CONFIG(tooltip)
        self.artefactCombo.setToolTip(QCoreApplication.translate("AwardDialog", u"A flag is made by the flag maker; a certificate is printed on its template", None))
#endif // QT_CONFIG(tooltip)
        self.templateLabel.setText(QCoreApplication.translate("AwardDialog", u"&Template:", None))
        self.paperLabel.setText(QCoreApplication.translate("AwardDialog", u"&Paper:", None))
        self.grantorLabel.setText(QCoreApplication.translate("AwardDialog", u"Granted &by:", None))
        self.grantorEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. B\u1ed8 TR\u01af\u1edeNG B\u1ed8 V\u0102N H\u00d3A, TH\u1ec2 THAO V\u00c0 DU L\u1ecaCH", None))
#if QT_CONFIG(tooltip)
        self.grantorEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"The line in red at the top of the certificate", None))
#endif // QT_CONFIG(tooltip)
        self.modeLabel.setText(QCoreApplication.translate("AwardDialog", u"&Signing mode:", None))
#if QT_CONFIG(tooltip)
        self.modeCombo.setToolTip(QCoreApplication.translate("AwardDialog", u"TM. for a collective, KT. when a deputy signs for the head, Q., TL., TUQ.", None))
#endif // QT_CONFIG(tooltip)
        self.forLabel.setText(QCoreApplication.translate("AwardDialog", u"Signs &for:", None))
        self.forEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. B\u1ed8 TR\u01af\u1edeNG", None))
#if QT_CONFIG(tooltip)
        self.forEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"Whom the signer signs for (after KT., TM. \u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.signerLabel.setText(QCoreApplication.translate("AwardDialog", u"Signer's titl&e:", None))
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. TH\u1ee8 TR\u01af\u1edeNG", None))
        self.basisLabel.setText(QCoreApplication.translate("AwardDialog", u"&Legal basis:", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"C\u0103n c\u1ee9 \u2026 (one line each; the submission cites them)", None))
        self.moneyLabel.setText(QCoreApplication.translate("AwardDialog", u"M&oney:", None))
        self.moneyEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. 1,5 (times the base salary)", None))
#if QT_CONFIG(tooltip)
        self.moneyEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"The money that goes with the award, as a multiple of the base salary; empty for none", None))
#endif // QT_CONFIG(tooltip)
        self.quotaLabel.setText(QCoreApplication.translate("AwardDialog", u"&Quota per cluster:", None))
        self.quotaEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. 1, or 30 %", None))
#if QT_CONFIG(tooltip)
        self.quotaEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"At most so many per cluster, or a share of its members; empty for no cap", None))
#endif // QT_CONFIG(tooltip)
        self.roundingLabel.setText(QCoreApplication.translate("AwardDialog", u"&Rounding:", None))
#if QT_CONFIG(tooltip)
        self.roundingCombo.setToolTip(QCoreApplication.translate("AwardDialog", u"How a share of the members becomes a number of places", None))
#endif // QT_CONFIG(tooltip)
        self.voteLabel.setText(QCoreApplication.translate("AwardDialog", u"&Vote needed:", None))
        self.voteEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"e.g. \u2265 2/3, \u2265 80 %, > 1/2", None))
#if QT_CONFIG(tooltip)
        self.voteEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"The share of all members that must vote for a proposal; empty: more than half", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("AwardDialog", u"Suggested for:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("AwardDialog", u"Which of the ranking's suggestions proposes this award", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("AwardDialog", u"Valid from:", None))
        self.fromCheck.setText(QCoreApplication.translate("AwardDialog", u"has a start", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("AwardDialog", u"The first day the award has this name (leave the box unticked for no start)", None))
#endif // QT_CONFIG(tooltip)
        self.untilLabel.setText(QCoreApplication.translate("AwardDialog", u"Valid until:", None))
        self.untilCheck.setText(QCoreApplication.translate("AwardDialog", u"has an end", None))
#if QT_CONFIG(tooltip)
        self.untilDate.setToolTip(QCoreApplication.translate("AwardDialog", u"The last day (for example the day before a renaming)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
