# Generated from forms/vote_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_VoteDialog(object):
    def setupUi(self, VoteDialog):
        if not VoteDialog.objectName():
            VoteDialog.setObjectName(u"VoteDialog")
        VoteDialog.resize(600, 300)
        self.dialogLayout = QVBoxLayout(VoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.subjectLabel = QLabel(VoteDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(VoteDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.choiceLabel = QLabel(VoteDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choiceCombo = QComboBox(VoteDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.methodLabel = QLabel(VoteDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(VoteDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.countsLabel = QLabel(VoteDialog)
        self.countsLabel.setObjectName(u"countsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countsLabel)

        self.countsRow = QHBoxLayout()
        self.countsRow.setObjectName(u"countsRow")
        self.forSpin = QSpinBox(VoteDialog)
        self.forSpin.setObjectName(u"forSpin")

        self.countsRow.addWidget(self.forSpin)

        self.againstSpin = QSpinBox(VoteDialog)
        self.againstSpin.setObjectName(u"againstSpin")

        self.countsRow.addWidget(self.againstSpin)

        self.abstainSpin = QSpinBox(VoteDialog)
        self.abstainSpin.setObjectName(u"abstainSpin")

        self.countsRow.addWidget(self.abstainSpin)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.countsRow)

        self.unanimousCheck = QCheckBox(VoteDialog)
        self.unanimousCheck.setObjectName(u"unanimousCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unanimousCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(VoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoteDialog)

        QMetaObject.connectSlotsByName(VoteDialog)
    # setupUi

    def retranslateUi(self, VoteDialog):
        VoteDialog.setWindowTitle(QCoreApplication.translate("VoteDialog", u"Vote", None))
        self.subjectLabel.setText(QCoreApplication.translate("VoteDialog", u"&On:", None))
        self.choiceLabel.setText(QCoreApplication.translate("VoteDialog", u"&Proposal or unit:", None))
        self.methodLabel.setText(QCoreApplication.translate("VoteDialog", u"&How:", None))
        self.countsLabel.setText(QCoreApplication.translate("VoteDialog", u"For / against / abstaining:", None))
        self.unanimousCheck.setText(QCoreApplication.translate("VoteDialog", u"&Unanimous", None))
    # retranslateUi
