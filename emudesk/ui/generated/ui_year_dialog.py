# Generated from forms/year_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_YearDialog(object):
    def setupUi(self, YearDialog):
        if not YearDialog.objectName():
            YearDialog.setObjectName(u"YearDialog")
        YearDialog.resize(960, 520)
        self.dialogLayout = QVBoxLayout(YearDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.yearLayout = QFormLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(YearDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(YearDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.yearLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.dialogLayout.addLayout(self.yearLayout)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.membersBox = QGroupBox(YearDialog)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersView = QListView(self.membersBox)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setMinimumSize(QSize(320, 0))
        self.membersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersView.setAlternatingRowColors(True)

        self.membersLayout.addWidget(self.membersView)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.checkAllButton = QPushButton(self.membersBox)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.memberButtons.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(self.membersBox)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.memberButtons.addWidget(self.checkNoneButton)

        self.memberButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberButtonsSpacer)


        self.membersLayout.addLayout(self.memberButtons)


        self.bodyRow.addWidget(self.membersBox)

        self.leadershipBox = QGroupBox(YearDialog)
        self.leadershipBox.setObjectName(u"leadershipBox")
        self.leadershipColumn = QVBoxLayout(self.leadershipBox)
        self.leadershipColumn.setObjectName(u"leadershipColumn")
        self.leadershipLayout = QFormLayout()
        self.leadershipLayout.setObjectName(u"leadershipLayout")
        self.leadershipLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.headLabel = QLabel(self.leadershipBox)
        self.headLabel.setObjectName(u"headLabel")

        self.leadershipLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headCombo = QComboBox(self.leadershipBox)
        self.headCombo.setObjectName(u"headCombo")

        self.leadershipLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headCombo)

        self.deputyLabel = QLabel(self.leadershipBox)
        self.deputyLabel.setObjectName(u"deputyLabel")

        self.leadershipLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deputyLabel)

        self.deputyCombo = QComboBox(self.leadershipBox)
        self.deputyCombo.setObjectName(u"deputyCombo")

        self.leadershipLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deputyCombo)

        self.methodLabel = QLabel(self.leadershipBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.leadershipLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.leadershipBox)
        self.methodCombo.setObjectName(u"methodCombo")

        self.leadershipLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.decisionNumberLabel = QLabel(self.leadershipBox)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.leadershipLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(self.leadershipBox)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.leadershipLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(self.leadershipBox)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.leadershipLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateRow = QHBoxLayout()
        self.decisionDateRow.setObjectName(u"decisionDateRow")
        self.decisionDateCheck = QCheckBox(self.leadershipBox)
        self.decisionDateCheck.setObjectName(u"decisionDateCheck")

        self.decisionDateRow.addWidget(self.decisionDateCheck)

        self.decisionDateEdit = QDateEdit(self.leadershipBox)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.decisionDateEdit.setCalendarPopup(True)

        self.decisionDateRow.addWidget(self.decisionDateEdit)

        self.decisionDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionDateRow.addItem(self.decisionDateRowSpacer)


        self.leadershipLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.decisionDateRow)

        self.notesLabel = QLabel(self.leadershipBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.leadershipLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.leadershipBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.leadershipLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.leadershipColumn.addLayout(self.leadershipLayout)

        self.leadershipSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leadershipColumn.addItem(self.leadershipSpacer)


        self.bodyRow.addWidget(self.leadershipBox)

        self.bodyRow.setStretch(0, 3)
        self.bodyRow.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyRow)

        self.buttonBox = QDialogButtonBox(YearDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.headLabel.setBuddy(self.headCombo)
        self.deputyLabel.setBuddy(self.deputyCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(YearDialog)

        QMetaObject.connectSlotsByName(YearDialog)
    # setupUi

    def retranslateUi(self, YearDialog):
        YearDialog.setWindowTitle(QCoreApplication.translate("YearDialog", u"Members and leadership", None))
        self.yearLabel.setText(QCoreApplication.translate("YearDialog", u"&Year:", None))
        self.membersBox.setTitle(QCoreApplication.translate("YearDialog", u"Member units", None))
        self.checkAllButton.setText(QCoreApplication.translate("YearDialog", u"Tick &all", None))
        self.checkNoneButton.setText(QCoreApplication.translate("YearDialog", u"Tic&k none", None))
        self.leadershipBox.setTitle(QCoreApplication.translate("YearDialog", u"Leadership", None))
        self.headLabel.setText(QCoreApplication.translate("YearDialog", u"&Head:", None))
        self.deputyLabel.setText(QCoreApplication.translate("YearDialog", u"&Deputy:", None))
        self.methodLabel.setText(QCoreApplication.translate("YearDialog", u"How &chosen:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("YearDialog", u"Recognising decision &number:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("YearDialog", u"e.g. 123/Q\u0110-BVHTTDL", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("YearDialog", u"Decision da&te:", None))
        self.decisionDateCheck.setText(QCoreApplication.translate("YearDialog", u"Known", None))
        self.notesLabel.setText(QCoreApplication.translate("YearDialog", u"N&otes:", None))
    # retranslateUi
