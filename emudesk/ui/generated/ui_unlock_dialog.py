# Generated from forms/unlock_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(UnlockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.questionLabel = QLabel(UnlockDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"\u2014")
        self.questionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.questionLabel)

        self.reasonCaption = QLabel(UnlockDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.dialogLayout.addWidget(self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(UnlockDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock the scores", None))
        self.reasonCaption.setText(QCoreApplication.translate("UnlockDialog", u"&Reason (recorded in the audit trail):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("UnlockDialog", u"e.g. \u0110\u1eafk N\u00f4ng sent a corrected self-score for row 2.4", None))
    # retranslateUi
