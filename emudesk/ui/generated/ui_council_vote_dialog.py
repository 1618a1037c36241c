# Generated from forms/council_vote_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CouncilVoteDialog(object):
    def setupUi(self, CouncilVoteDialog):
        if not CouncilVoteDialog.objectName():
            CouncilVoteDialog.setObjectName(u"CouncilVoteDialog")
        CouncilVoteDialog.resize(520, 340)
        self.dialogLayout = QVBoxLayout(CouncilVoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nomineeCaption = QLabel(CouncilVoteDialog)
        self.nomineeCaption.setObjectName(u"nomineeCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomineeCaption)

        self.nomineeLabel = QLabel(CouncilVoteDialog)
        self.nomineeLabel.setObjectName(u"nomineeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomineeLabel)

        self.thresholdCaption = QLabel(CouncilVoteDialog)
        self.thresholdCaption.setObjectName(u"thresholdCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.thresholdCaption)

        self.thresholdLabel = QLabel(CouncilVoteDialog)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.thresholdLabel)

        self.modeLabel = QLabel(CouncilVoteDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(CouncilVoteDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.forLabel = QLabel(CouncilVoteDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forSpin = QSpinBox(CouncilVoteDialog)
        self.forSpin.setObjectName(u"forSpin")
        self.forSpin.setMinimum(0)
        self.forSpin.setMaximum(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.forSpin)

        self.againstLabel = QLabel(CouncilVoteDialog)
        self.againstLabel.setObjectName(u"againstLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.againstLabel)

        self.againstSpin = QSpinBox(CouncilVoteDialog)
        self.againstSpin.setObjectName(u"againstSpin")
        self.againstSpin.setMinimum(0)
        self.againstSpin.setMaximum(500)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.againstSpin)

        self.abstainLabel = QLabel(CouncilVoteDialog)
        self.abstainLabel.setObjectName(u"abstainLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.abstainLabel)

        self.abstainSpin = QSpinBox(CouncilVoteDialog)
        self.abstainSpin.setObjectName(u"abstainSpin")
        self.abstainSpin.setMinimum(0)
        self.abstainSpin.setMaximum(500)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.abstainSpin)

        self.shareLabel = QLabel(CouncilVoteDialog)
        self.shareLabel.setObjectName(u"shareLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareSpin = QDoubleSpinBox(CouncilVoteDialog)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setDecimals(2)
        self.shareSpin.setMaximum(100.000000000000000)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.shareSpin)

        self.resultCaption = QLabel(CouncilVoteDialog)
        self.resultCaption.setObjectName(u"resultCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.resultCaption)

        self.resultLabel = QLabel(CouncilVoteDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.resultLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CouncilVoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
        self.forLabel.setBuddy(self.forSpin)
        self.againstLabel.setBuddy(self.againstSpin)
        self.abstainLabel.setBuddy(self.abstainSpin)
        self.shareLabel.setBuddy(self.shareSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.modeCombo, self.forSpin)
        QWidget.setTabOrder(self.forSpin, self.againstSpin)
        QWidget.setTabOrder(self.againstSpin, self.abstainSpin)
        QWidget.setTabOrder(self.abstainSpin, self.shareSpin)

        self.retranslateUi(CouncilVoteDialog)

        QMetaObject.connectSlotsByName(CouncilVoteDialog)
    # setupUi

    def retranslateUi(self, CouncilVoteDialog):
        CouncilVoteDialog.setWindowTitle(QCoreApplication.translate("CouncilVoteDialog", u"The council's vote", None))
        self.nomineeCaption.setText(QCoreApplication.translate("CouncilVoteDialog", u"Nominee:", None))
        self.nomineeLabel.setText("")
        self.thresholdCaption.setText(QCoreApplication.translate("CouncilVoteDialog", u"Threshold:", None))
        self.thresholdLabel.setText("")
        self.modeLabel.setText(QCoreApplication.translate("CouncilVoteDialog", u"Entered &as:", None))
        self.forLabel.setText(QCoreApplication.translate("CouncilVoteDialog", u"Votes &for:", None))
        self.againstLabel.setText(QCoreApplication.translate("CouncilVoteDialog", u"Votes a&gainst:", None))
        self.abstainLabel.setText(QCoreApplication.translate("CouncilVoteDialog", u"A&bstentions:", None))
        self.shareLabel.setText(QCoreApplication.translate("CouncilVoteDialog", u"&Share for (%):", None))
        self.resultCaption.setText(QCoreApplication.translate("CouncilVoteDialog", u"Result:", None))
        self.resultLabel.setText("")
    # retranslateUi
