# Generated from forms/meeting_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.hostLabel = QLabel(MeetingDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostCombo = QComboBox(MeetingDialog)
        self.hostCombo.setObjectName(u"hostCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hostCombo)

        self.chairLabel = QLabel(MeetingDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairEdit = QLineEdit(MeetingDialog)
        self.chairEdit.setObjectName(u"chairEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.secretaryLabel = QLabel(MeetingDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryEdit = QLineEdit(MeetingDialog)
        self.secretaryEdit.setObjectName(u"secretaryEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secretaryEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.attendanceBox = QGroupBox(MeetingDialog)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceView = QTableView(self.attendanceBox)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.attendanceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.attendanceView.horizontalHeader().setStretchLastSection(True)
        self.attendanceView.verticalHeader().setVisible(False)

        self.attendanceLayout.addWidget(self.attendanceView)


        self.bodyRow.addWidget(self.attendanceBox)

        self.textsLayout = QVBoxLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.agendaLabel = QLabel(MeetingDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.textsLayout.addWidget(self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(MeetingDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.agendaEdit)

        self.resolutionsLabel = QLabel(MeetingDialog)
        self.resolutionsLabel.setObjectName(u"resolutionsLabel")

        self.textsLayout.addWidget(self.resolutionsLabel)

        self.resolutionsEdit = QPlainTextEdit(MeetingDialog)
        self.resolutionsEdit.setObjectName(u"resolutionsEdit")
        self.resolutionsEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.resolutionsEdit)


        self.bodyRow.addLayout(self.textsLayout)

        self.bodyRow.setStretch(0, 3)
        self.bodyRow.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyRow)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.hostLabel.setBuddy(self.hostCombo)
        self.chairLabel.setBuddy(self.chairEdit)
        self.secretaryLabel.setBuddy(self.secretaryEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.resolutionsLabel.setBuddy(self.resolutionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind:", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date:", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Place:", None))
        self.hostLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Host:", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Chaired by:", None))
        self.chairEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. \u00d4ng Nguy\u1ec5n V\u0103n A, Tr\u01b0\u1edfng Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk L\u1eafk", None))
#if QT_CONFIG(tooltip)
        self.chairEdit.setToolTip(QCoreApplication.translate("MeetingDialog", u"Name and title, as the minutes print them (the name signs the minutes)", None))
#endif // QT_CONFIG(tooltip)
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Secretary:", None))
        self.secretaryEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. B\u00e0 Tr\u1ea7n Th\u1ecb B, Chuy\u00ean vi\u00ean", None))
        self.attendanceBox.setTitle(QCoreApplication.translate("MeetingDialog", u"Units that attended", None))
        self.agendaLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Agenda:", None))
        self.resolutionsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Resolutions:", None))
    # retranslateUi
