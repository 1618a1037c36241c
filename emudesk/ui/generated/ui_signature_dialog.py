# Generated from forms/signature_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        SignatureDialog.resize(560, 280)
        self.dialogLayout = QVBoxLayout(SignatureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(SignatureDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(SignatureDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.nameLabel = QLabel(SignatureDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SignatureDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.titleLabel = QLabel(SignatureDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SignatureDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(SignatureDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SignatureDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sealedCheck = QCheckBox(SignatureDialog)
        self.sealedCheck.setObjectName(u"sealedCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sealedCheck)

        self.scanLabel = QLabel(SignatureDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanEdit = QLineEdit(SignatureDialog)
        self.scanEdit.setObjectName(u"scanEdit")

        self.scanRow.addWidget(self.scanEdit)

        self.browseButton = QPushButton(SignatureDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.scanRow.addWidget(self.browseButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scanRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SignatureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignatureDialog)

        QMetaObject.connectSlotsByName(SignatureDialog)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        SignatureDialog.setWindowTitle(QCoreApplication.translate("SignatureDialog", u"Signature of the commitment", None))
        self.unitLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Unit:", None))
        self.nameLabel.setText(QCoreApplication.translate("SignatureDialog", u"Signer's &name:", None))
        self.titleLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Title:", None))
        self.dateLabel.setText(QCoreApplication.translate("SignatureDialog", u"Signed &on:", None))
        self.sealedCheck.setText(QCoreApplication.translate("SignatureDialog", u"S&ealed", None))
        self.scanLabel.setText(QCoreApplication.translate("SignatureDialog", u"Signed copy:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("SignatureDialog", u"PDF, JPEG or PNG (optional)", None))
        self.browseButton.setText(QCoreApplication.translate("SignatureDialog", u"&Choose\u2026", None))
    # retranslateUi
