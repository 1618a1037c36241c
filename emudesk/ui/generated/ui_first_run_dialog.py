# Generated from forms/first_run_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.welcomeLabel = QLabel(FirstRunDialog)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.welcomeLabel)

        self.languageForm = QFormLayout()
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(FirstRunDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(FirstRunDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addLayout(self.languageForm)

        self.roleBox = QGroupBox(FirstRunDialog)
        self.roleBox.setObjectName(u"roleBox")
        self.roleLayout = QVBoxLayout(self.roleBox)
        self.roleLayout.setObjectName(u"roleLayout")
        self.headRadio = QRadioButton(self.roleBox)
        self.headRadio.setObjectName(u"headRadio")
        self.headRadio.setChecked(True)

        self.roleLayout.addWidget(self.headRadio)

        self.memberRadio = QRadioButton(self.roleBox)
        self.memberRadio.setObjectName(u"memberRadio")

        self.roleLayout.addWidget(self.memberRadio)

        self.issuerRadio = QRadioButton(self.roleBox)
        self.issuerRadio.setObjectName(u"issuerRadio")

        self.roleLayout.addWidget(self.issuerRadio)


        self.dialogLayout.addWidget(self.roleBox)

        self.startBox = QGroupBox(FirstRunDialog)
        self.startBox.setObjectName(u"startBox")
        self.startLayout = QGridLayout(self.startBox)
        self.startLayout.setObjectName(u"startLayout")
        self.newRadio = QRadioButton(self.startBox)
        self.newRadio.setObjectName(u"newRadio")
        self.newRadio.setChecked(True)

        self.startLayout.addWidget(self.newRadio, 0, 0, 1, 3)

        self.openRadio = QRadioButton(self.startBox)
        self.openRadio.setObjectName(u"openRadio")

        self.startLayout.addWidget(self.openRadio, 1, 0, 1, 3)

        self.demoRadio = QRadioButton(self.startBox)
        self.demoRadio.setObjectName(u"demoRadio")

        self.startLayout.addWidget(self.demoRadio, 2, 0, 1, 3)

        self.pathLabel = QLabel(self.startBox)
        self.pathLabel.setObjectName(u"pathLabel")

        self.startLayout.addWidget(self.pathLabel, 3, 0, 1, 1)

        self.pathEdit = QLineEdit(self.startBox)
        self.pathEdit.setObjectName(u"pathEdit")

        self.startLayout.addWidget(self.pathEdit, 3, 1, 1, 1)

        self.browseButton = QPushButton(self.startBox)
        self.browseButton.setObjectName(u"browseButton")

        self.startLayout.addWidget(self.browseButton, 3, 2, 1, 1)


        self.dialogLayout.addWidget(self.startBox)

        self.formCheck = QCheckBox(FirstRunDialog)
        self.formCheck.setObjectName(u"formCheck")

        self.dialogLayout.addWidget(self.formCheck)

        self.hintLabel = QLabel(FirstRunDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"\u2014")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.headRadio)
        QWidget.setTabOrder(self.headRadio, self.memberRadio)
        QWidget.setTabOrder(self.memberRadio, self.issuerRadio)
        QWidget.setTabOrder(self.issuerRadio, self.newRadio)
        QWidget.setTabOrder(self.newRadio, self.openRadio)
        QWidget.setTabOrder(self.openRadio, self.demoRadio)
        QWidget.setTabOrder(self.demoRadio, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.formCheck)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to emudesk", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"emudesk keeps the emulation cluster's year: commitments, scoring, ranking, conferences, award proposals and certificates. Three choices and you can start; all of them can be changed later in Settings.", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Language:", None))
        self.roleBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"Your office in the cluster", None))
        self.headRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Cluster &head (or deputy): we send the scoring forms, import the returns, rank, and print", None))
        self.memberRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&Member unit: we fill in the scoring form the cluster head sends us", None))
        self.issuerRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&Issuer's emulation office: we receive the clusters' proposals, decide, number and print", None))
        self.startBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"Start with", None))
        self.newRadio.setText(QCoreApplication.translate("FirstRunDialog", u"A &new, empty database", None))
        self.openRadio.setText(QCoreApplication.translate("FirstRunDialog", u"An &existing database file (from a colleague or an earlier installation)", None))
#if QT_CONFIG(tooltip)
        self.openRadio.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Or the address of the cluster's shared PostgreSQL server: postgresql+psycopg://user@server/emudesk", None))
#endif // QT_CONFIG(tooltip)
        self.demoRadio.setText(QCoreApplication.translate("FirstRunDialog", u"The &demo: two real clusters with a year of sample scores, to try the program", None))
        self.pathLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Browse\u2026", None))
        self.formCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Open a received scoring form as &soon as the program starts", None))
    # retranslateUi
