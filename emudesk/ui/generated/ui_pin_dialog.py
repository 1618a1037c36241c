# Generated from forms/pin_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PinDialog(object):
    def setupUi(self, PinDialog):
        if not PinDialog.objectName():
            PinDialog.setObjectName(u"PinDialog")
        PinDialog.resize(440, 200)
        self.dialogLayout = QVBoxLayout(PinDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.whoLabel = QLabel(PinDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setText(u"\u2014")
        self.whoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whoLabel)

        self.warningLabel = QLabel(PinDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #b00020;")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.pinForm = QFormLayout()
        self.pinForm.setObjectName(u"pinForm")
        self.pinLabel = QLabel(PinDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(PinDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(64)

        self.pinForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.dialogLayout.addLayout(self.pinForm)

        self.pinHint = QLabel(PinDialog)
        self.pinHint.setObjectName(u"pinHint")
        self.pinHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.pinHint)

        self.buttonBox = QDialogButtonBox(PinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PinDialog)

        QMetaObject.connectSlotsByName(PinDialog)
    # setupUi

    def retranslateUi(self, PinDialog):
        PinDialog.setWindowTitle(QCoreApplication.translate("PinDialog", u"Token PIN", None))
        self.pinLabel.setText(QCoreApplication.translate("PinDialog", u"&PIN:", None))
        self.pinHint.setText(QCoreApplication.translate("PinDialog", u"The PIN goes to the token and is kept nowhere; tokens lock after a few wrong PINs.", None))
    # retranslateUi
