# Generated from forms/council_meeting_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CouncilMeetingDialog(object):
    def setupUi(self, CouncilMeetingDialog):
        if not CouncilMeetingDialog.objectName():
            CouncilMeetingDialog.setObjectName(u"CouncilMeetingDialog")
        CouncilMeetingDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(CouncilMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CouncilMeetingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(CouncilMeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CouncilMeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(CouncilMeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CouncilMeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.chairLabel = QLabel(CouncilMeetingDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairEdit = QLineEdit(CouncilMeetingDialog)
        self.chairEdit.setObjectName(u"chairEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.secretaryLabel = QLabel(CouncilMeetingDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryEdit = QLineEdit(CouncilMeetingDialog)
        self.secretaryEdit.setObjectName(u"secretaryEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.secretaryEdit)

        self.membersLabel = QLabel(CouncilMeetingDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersEdit = QPlainTextEdit(CouncilMeetingDialog)
        self.membersEdit.setObjectName(u"membersEdit")
        self.membersEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.membersEdit)

        self.totalLabel = QLabel(CouncilMeetingDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalSpin = QSpinBox(CouncilMeetingDialog)
        self.totalSpin.setObjectName(u"totalSpin")
        self.totalSpin.setMinimum(1)
        self.totalSpin.setMaximum(500)
        self.totalSpin.setValue(1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.totalSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CouncilMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.chairLabel.setBuddy(self.chairEdit)
        self.secretaryLabel.setBuddy(self.secretaryEdit)
        self.membersLabel.setBuddy(self.membersEdit)
        self.totalLabel.setBuddy(self.totalSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.secretaryEdit)
        QWidget.setTabOrder(self.secretaryEdit, self.membersEdit)
        QWidget.setTabOrder(self.membersEdit, self.totalSpin)

        self.retranslateUi(CouncilMeetingDialog)

        QMetaObject.connectSlotsByName(CouncilMeetingDialog)
    # setupUi

    def retranslateUi(self, CouncilMeetingDialog):
        CouncilMeetingDialog.setWindowTitle(QCoreApplication.translate("CouncilMeetingDialog", u"The council's meeting", None))
        self.introLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"The council's meeting on the year's proposals. Each vote is counted against the council's size (all its members, present or not), as the catalogue's threshold asks.", None))
        self.dateLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"Held &on:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CouncilMeetingDialog", u"dd/MM/yyyy", None))
        self.placeLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"&Place:", None))
        self.chairLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"C&hair:", None))
        self.secretaryLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"&Secretary:", None))
        self.membersLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"&Members present\n"
"(one a line):", None))
        self.totalLabel.setText(QCoreApplication.translate("CouncilMeetingDialog", u"Council &size:", None))
    # retranslateUi
