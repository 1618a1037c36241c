# Generated from forms/deadline_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DeadlineDialog(object):
    def setupUi(self, DeadlineDialog):
        if not DeadlineDialog.objectName():
            DeadlineDialog.setObjectName(u"DeadlineDialog")
        DeadlineDialog.resize(420, 140)
        self.dialogLayout = QVBoxLayout(DeadlineDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.deadlineCheck = QCheckBox(DeadlineDialog)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.dateRow.addWidget(self.deadlineCheck)

        self.deadlineEdit = QDateEdit(DeadlineDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.deadlineEdit)


        self.dialogLayout.addLayout(self.dateRow)

        self.buttonBox = QDialogButtonBox(DeadlineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DeadlineDialog)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)

        QMetaObject.connectSlotsByName(DeadlineDialog)
    # setupUi

    def retranslateUi(self, DeadlineDialog):
        DeadlineDialog.setWindowTitle(QCoreApplication.translate("DeadlineDialog", u"Dossier deadline", None))
        self.deadlineCheck.setText(QCoreApplication.translate("DeadlineDialog", u"Dossiers must reach the issuer &by:", None))
    # retranslateUi
