# Generated from forms/signature_settings_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SignatureSettingsDialog(object):
    def setupUi(self, SignatureSettingsDialog):
        if not SignatureSettingsDialog.objectName():
            SignatureSettingsDialog.setObjectName(u"SignatureSettingsDialog")
        SignatureSettingsDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(SignatureSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tokenBox = QGroupBox(SignatureSettingsDialog)
        self.tokenBox.setObjectName(u"tokenBox")
        self.tokenLayout = QVBoxLayout(self.tokenBox)
        self.tokenLayout.setObjectName(u"tokenLayout")
        self.tokenForm = QFormLayout()
        self.tokenForm.setObjectName(u"tokenForm")
        self.tokenForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.moduleLabel = QLabel(self.tokenBox)
        self.moduleLabel.setObjectName(u"moduleLabel")

        self.tokenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moduleLabel)

        self.moduleRow = QHBoxLayout()
        self.moduleRow.setObjectName(u"moduleRow")
        self.moduleEdit = QLineEdit(self.tokenBox)
        self.moduleEdit.setObjectName(u"moduleEdit")

        self.moduleRow.addWidget(self.moduleEdit)

        self.browseButton = QPushButton(self.tokenBox)
        self.browseButton.setObjectName(u"browseButton")

        self.moduleRow.addWidget(self.browseButton)


        self.tokenForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.moduleRow)

        self.tokenLabel = QLabel(self.tokenBox)
        self.tokenLabel.setObjectName(u"tokenLabel")

        self.tokenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tokenLabel)

        self.tokenRow = QHBoxLayout()
        self.tokenRow.setObjectName(u"tokenRow")
        self.tokenCombo = QComboBox(self.tokenBox)
        self.tokenCombo.setObjectName(u"tokenCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tokenCombo.sizePolicy().hasHeightForWidth())
        self.tokenCombo.setSizePolicy(sizePolicy)
        self.tokenCombo.setEditable(True)

        self.tokenRow.addWidget(self.tokenCombo)

        self.findButton = QPushButton(self.tokenBox)
        self.findButton.setObjectName(u"findButton")

        self.tokenRow.addWidget(self.findButton)


        self.tokenForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.tokenRow)

        self.keyLabel = QLabel(self.tokenBox)
        self.keyLabel.setObjectName(u"keyLabel")

        self.tokenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyCombo = QComboBox(self.tokenBox)
        self.keyCombo.setObjectName(u"keyCombo")
        sizePolicy.setHeightForWidth(self.keyCombo.sizePolicy().hasHeightForWidth())
        self.keyCombo.setSizePolicy(sizePolicy)
        self.keyCombo.setEditable(True)

        self.tokenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyCombo)


        self.tokenLayout.addLayout(self.tokenForm)

        self.tokenStatus = QLabel(self.tokenBox)
        self.tokenStatus.setObjectName(u"tokenStatus")
        self.tokenStatus.setText(u"")
        self.tokenStatus.setWordWrap(True)

        self.tokenLayout.addWidget(self.tokenStatus)

        self.tokenHint = QLabel(self.tokenBox)
        self.tokenHint.setObjectName(u"tokenHint")
        self.tokenHint.setWordWrap(True)

        self.tokenLayout.addWidget(self.tokenHint)


        self.dialogLayout.addWidget(self.tokenBox)

        self.trustBox = QGroupBox(SignatureSettingsDialog)
        self.trustBox.setObjectName(u"trustBox")
        self.trustLayout = QVBoxLayout(self.trustBox)
        self.trustLayout.setObjectName(u"trustLayout")
        self.trustedView = QTableView(self.trustBox)
        self.trustedView.setObjectName(u"trustedView")
        self.trustedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trustedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trustedView.verticalHeader().setVisible(False)

        self.trustLayout.addWidget(self.trustedView)

        self.trustButtons = QHBoxLayout()
        self.trustButtons.setObjectName(u"trustButtons")
        self.importButton = QPushButton(self.trustBox)
        self.importButton.setObjectName(u"importButton")

        self.trustButtons.addWidget(self.importButton)

        self.removeButton = QPushButton(self.trustBox)
        self.removeButton.setObjectName(u"removeButton")

        self.trustButtons.addWidget(self.removeButton)

        self.trustSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trustButtons.addItem(self.trustSpacer)


        self.trustLayout.addLayout(self.trustButtons)

        self.trustHint = QLabel(self.trustBox)
        self.trustHint.setObjectName(u"trustHint")
        self.trustHint.setWordWrap(True)

        self.trustLayout.addWidget(self.trustHint)


        self.dialogLayout.addWidget(self.trustBox)

        self.buttonBox = QDialogButtonBox(SignatureSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.moduleLabel.setBuddy(self.moduleEdit)
        self.tokenLabel.setBuddy(self.tokenCombo)
        self.keyLabel.setBuddy(self.keyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignatureSettingsDialog)

        QMetaObject.connectSlotsByName(SignatureSettingsDialog)
    # setupUi

    def retranslateUi(self, SignatureSettingsDialog):
        SignatureSettingsDialog.setWindowTitle(QCoreApplication.translate("SignatureSettingsDialog", u"Digital signatures", None))
        self.tokenBox.setTitle(QCoreApplication.translate("SignatureSettingsDialog", u"The office's token", None))
        self.moduleLabel.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Driver (PKCS#11):", None))
        self.moduleEdit.setPlaceholderText(QCoreApplication.translate("SignatureSettingsDialog", u"e.g. C:\\Windows\\System32\\eps2003csp11.dll", None))
        self.browseButton.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Browse\u2026", None))
        self.tokenLabel.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Token:", None))
        self.findButton.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Find tokens", None))
        self.keyLabel.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Key:", None))
        self.tokenHint.setText(QCoreApplication.translate("SignatureSettingsDialog", u"The driver is a file of the token's software from its CA (VNPT-CA, Viettel-CA, BKAV-CA, FPT-CA\u2026); plug the token in and press Find tokens. The PIN is asked each time something is signed and never stored.", None))
        self.trustBox.setTitle(QCoreApplication.translate("SignatureSettingsDialog", u"Certificates this office trusts", None))
        self.importButton.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Import\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("SignatureSettingsDialog", u"&Remove", None))
        self.trustHint.setText(QCoreApplication.translate("SignatureSettingsDialog", u"Import the CA's chain (.cer, .pem, .p7b) to trust every office it certifies, or one office's own certificate; and the CA's revocation lists (.crl) to know revoked certificates. Nothing is fetched from the internet.", None))
    # retranslateUi
