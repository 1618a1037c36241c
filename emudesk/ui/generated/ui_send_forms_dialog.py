# Generated from forms/send_forms_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SendFormsDialog(object):
    def setupUi(self, SendFormsDialog):
        if not SendFormsDialog.objectName():
            SendFormsDialog.setObjectName(u"SendFormsDialog")
        SendFormsDialog.resize(680, 560)
        self.dialogLayout = QVBoxLayout(SendFormsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SendFormsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(SendFormsDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(SendFormsDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.deadlineCheck = QCheckBox(SendFormsDialog)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deadlineCheck)

        self.deadlineEdit = QDateEdit(SendFormsDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setEnabled(False)
        self.deadlineEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.sendToLabel = QLabel(SendFormsDialog)
        self.sendToLabel.setObjectName(u"sendToLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sendToLabel)

        self.sendToEdit = QLineEdit(SendFormsDialog)
        self.sendToEdit.setObjectName(u"sendToEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sendToEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.draftsRadio = QRadioButton(SendFormsDialog)
        self.draftsRadio.setObjectName(u"draftsRadio")
        self.draftsRadio.setChecked(True)

        self.dialogLayout.addWidget(self.draftsRadio)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(SendFormsDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(SendFormsDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(SendFormsDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.folderRow)

        self.smtpRadio = QRadioButton(SendFormsDialog)
        self.smtpRadio.setObjectName(u"smtpRadio")

        self.dialogLayout.addWidget(self.smtpRadio)

        self.smtpBox = QWidget(SendFormsDialog)
        self.smtpBox.setObjectName(u"smtpBox")
        self.smtpBox.setEnabled(False)
        self.smtpLayout = QFormLayout(self.smtpBox)
        self.smtpLayout.setObjectName(u"smtpLayout")
        self.hostLabel = QLabel(self.smtpBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.smtpLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostRow = QHBoxLayout()
        self.hostRow.setObjectName(u"hostRow")
        self.hostEdit = QLineEdit(self.smtpBox)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setPlaceholderText(u"smtp.example.gov.vn")

        self.hostRow.addWidget(self.hostEdit)

        self.portSpin = QSpinBox(self.smtpBox)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.hostRow.addWidget(self.portSpin)

        self.securityCombo = QComboBox(self.smtpBox)
        self.securityCombo.addItem(u"STARTTLS")
        self.securityCombo.addItem(u"SSL/TLS")
        self.securityCombo.setObjectName(u"securityCombo")

        self.hostRow.addWidget(self.securityCombo)


        self.smtpLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostRow)

        self.userLabel = QLabel(self.smtpBox)
        self.userLabel.setObjectName(u"userLabel")

        self.smtpLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.smtpBox)
        self.userEdit.setObjectName(u"userEdit")

        self.smtpLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.smtpBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.smtpLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.smtpBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtpLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.keepCheck = QCheckBox(self.smtpBox)
        self.keepCheck.setObjectName(u"keepCheck")

        self.smtpLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keepCheck)

        self.senderLabel = QLabel(self.smtpBox)
        self.senderLabel.setObjectName(u"senderLabel")

        self.smtpLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(self.smtpBox)
        self.senderEdit.setObjectName(u"senderEdit")

        self.smtpLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.caLabel = QLabel(self.smtpBox)
        self.caLabel.setObjectName(u"caLabel")

        self.smtpLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caEdit = QLineEdit(self.smtpBox)
        self.caEdit.setObjectName(u"caEdit")

        self.caRow.addWidget(self.caEdit)

        self.caButton = QPushButton(self.smtpBox)
        self.caButton.setObjectName(u"caButton")

        self.caRow.addWidget(self.caButton)


        self.smtpLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.caRow)


        self.dialogLayout.addWidget(self.smtpBox)

        self.resultsList = QListWidget(SendFormsDialog)
        self.resultsList.setObjectName(u"resultsList")

        self.dialogLayout.addWidget(self.resultsList)

        self.resultsRow = QHBoxLayout()
        self.resultsRow.setObjectName(u"resultsRow")
        self.openAllButton = QPushButton(SendFormsDialog)
        self.openAllButton.setObjectName(u"openAllButton")

        self.resultsRow.addWidget(self.openAllButton)

        self.openFolderButton = QPushButton(SendFormsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.resultsRow.addWidget(self.openFolderButton)

        self.resultsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultsRow.addItem(self.resultsSpacer)


        self.dialogLayout.addLayout(self.resultsRow)

        self.buttonBox = QDialogButtonBox(SendFormsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.sendToLabel.setBuddy(self.sendToEdit)
        self.folderLabel.setBuddy(self.folderEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.caLabel.setBuddy(self.caEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SendFormsDialog)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)
        self.smtpRadio.toggled.connect(self.smtpBox.setEnabled)

        QMetaObject.connectSlotsByName(SendFormsDialog)
    # setupUi

    def retranslateUi(self, SendFormsDialog):
        SendFormsDialog.setWindowTitle(QCoreApplication.translate("SendFormsDialog", u"Send the forms", None))
        self.yearLabel.setText(QCoreApplication.translate("SendFormsDialog", u"Cluster and &year:", None))
        self.deadlineCheck.setText(QCoreApplication.translate("SendFormsDialog", u"&Deadline:", None))
        self.sendToLabel.setText(QCoreApplication.translate("SendFormsDialog", u"Returns go &to (e-mail):", None))
        self.sendToEdit.setPlaceholderText(QCoreApplication.translate("SendFormsDialog", u"the head unit's e-mail address", None))
        self.draftsRadio.setText(QCoreApplication.translate("SendFormsDialog", u"As d&rafts, each to open in the mail program and send from there", None))
        self.folderLabel.setText(QCoreApplication.translate("SendFormsDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("SendFormsDialog", u"C&hoose\u2026", None))
        self.smtpRadio.setText(QCoreApplication.translate("SendFormsDialog", u"Send them now through the office's &mail server (TLS)", None))
        self.hostLabel.setText(QCoreApplication.translate("SendFormsDialog", u"Ser&ver and port:", None))

        self.userLabel.setText(QCoreApplication.translate("SendFormsDialog", u"&User name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SendFormsDialog", u"&Password:", None))
        self.keepCheck.setText(QCoreApplication.translate("SendFormsDialog", u"&Keep the password in the system's keyring", None))
        self.senderLabel.setText(QCoreApplication.translate("SendFormsDialog", u"Se&nder address:", None))
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("SendFormsDialog", u"the head unit's e-mail address", None))
        self.caLabel.setText(QCoreApplication.translate("SendFormsDialog", u"Certificate &authority:", None))
#if QT_CONFIG(tooltip)
        self.caEdit.setToolTip(QCoreApplication.translate("SendFormsDialog", u"Only when the office's mail server has a certificate from the office's own authority: its certificate file (PEM)", None))
#endif // QT_CONFIG(tooltip)
        self.caEdit.setPlaceholderText(QCoreApplication.translate("SendFormsDialog", u"the authorities this computer trusts", None))
#if QT_CONFIG(tooltip)
        self.caButton.setToolTip(QCoreApplication.translate("SendFormsDialog", u"Choose the certificate authority's file (PEM)", None))
#endif // QT_CONFIG(tooltip)
        self.caButton.setText(QCoreApplication.translate("SendFormsDialog", u"\u2026", None))
        self.openAllButton.setText(QCoreApplication.translate("SendFormsDialog", u"Open every draft in the mai&l program", None))
        self.openFolderButton.setText(QCoreApplication.translate("SendFormsDialog", u"Open the f&older", None))
    # retranslateUi
