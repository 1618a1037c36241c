# Generated from forms/proposal_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        ProposalDialog.resize(620, 460)
        self.dialogLayout = QVBoxLayout(ProposalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindCaption = QLabel(ProposalDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.unitRadio = QRadioButton(ProposalDialog)
        self.unitRadio.setObjectName(u"unitRadio")
        self.unitRadio.setChecked(True)

        self.kindRow.addWidget(self.unitRadio)

        self.collectiveRadio = QRadioButton(ProposalDialog)
        self.collectiveRadio.setObjectName(u"collectiveRadio")

        self.kindRow.addWidget(self.collectiveRadio)

        self.personRadio = QRadioButton(ProposalDialog)
        self.personRadio.setObjectName(u"personRadio")

        self.kindRow.addWidget(self.personRadio)

        self.kindSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.unitCaption = QLabel(ProposalDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(ProposalDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.collectiveCaption = QLabel(ProposalDialog)
        self.collectiveCaption.setObjectName(u"collectiveCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collectiveCaption)

        self.collectiveEdit = QLineEdit(ProposalDialog)
        self.collectiveEdit.setObjectName(u"collectiveEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectiveEdit)

        self.honorificCaption = QLabel(ProposalDialog)
        self.honorificCaption.setObjectName(u"honorificCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.honorificCaption)

        self.honorificCombo = QComboBox(ProposalDialog)
        self.honorificCombo.setObjectName(u"honorificCombo")
        self.honorificCombo.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.honorificCombo)

        self.personCaption = QLabel(ProposalDialog)
        self.personCaption.setObjectName(u"personCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personCaption)

        self.personEdit = QLineEdit(ProposalDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.positionCaption = QLabel(ProposalDialog)
        self.positionCaption.setObjectName(u"positionCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.positionCaption)

        self.positionEdit = QLineEdit(ProposalDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.awardCaption = QLabel(ProposalDialog)
        self.awardCaption.setObjectName(u"awardCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.awardCaption)

        self.awardCombo = QComboBox(ProposalDialog)
        self.awardCombo.setObjectName(u"awardCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.awardCombo)

        self.reasonCaption = QLabel(ProposalDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(ProposalDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ProposalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitCaption.setBuddy(self.unitCombo)
        self.collectiveCaption.setBuddy(self.collectiveEdit)
        self.honorificCaption.setBuddy(self.honorificCombo)
        self.personCaption.setBuddy(self.personEdit)
        self.positionCaption.setBuddy(self.positionEdit)
        self.awardCaption.setBuddy(self.awardCombo)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalDialog)

        QMetaObject.connectSlotsByName(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        ProposalDialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"Award proposal", None))
        self.kindCaption.setText(QCoreApplication.translate("ProposalDialog", u"Proposed for:", None))
        self.unitRadio.setText(QCoreApplication.translate("ProposalDialog", u"the &unit", None))
        self.collectiveRadio.setText(QCoreApplication.translate("ProposalDialog", u"a co&llective of the unit", None))
        self.personRadio.setText(QCoreApplication.translate("ProposalDialog", u"a &person", None))
        self.unitCaption.setText(QCoreApplication.translate("ProposalDialog", u"U&nit:", None))
        self.collectiveCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Collective:", None))
        self.collectiveEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"e.g. Ph\u00f2ng Ch\u00ednh s\u00e1ch d\u00e2n t\u1ed9c", None))
        self.honorificCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Honorific:", None))
#if QT_CONFIG(tooltip)
        self.honorificCombo.setToolTip(QCoreApplication.translate("ProposalDialog", u"\u00d4ng, B\u00e0\u2026 as printed on the certificate", None))
#endif // QT_CONFIG(tooltip)
        self.personCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Full name:", None))
        self.positionCaption.setText(QCoreApplication.translate("ProposalDialog", u"Po&sition:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"e.g. Tr\u01b0\u1edfng ban", None))
        self.awardCaption.setText(QCoreApplication.translate("ProposalDialog", u"A&ward:", None))
#if QT_CONFIG(tooltip)
        self.awardCombo.setToolTip(QCoreApplication.translate("ProposalDialog", u"The award asked for, from the issuer's catalogue (edited on the Issuers page)", None))
#endif // QT_CONFIG(tooltip)
        self.reasonCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Achievements:", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("ProposalDialog", u"The achievement sentence the papers and the certificate print, in Vietnamese", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
