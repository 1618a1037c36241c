# Generated from forms/member_form_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MemberFormDialog(object):
    def setupUi(self, MemberFormDialog):
        if not MemberFormDialog.objectName():
            MemberFormDialog.setObjectName(u"MemberFormDialog")
        MemberFormDialog.resize(1180, 720)
        self.dialogLayout = QVBoxLayout(MemberFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(MemberFormDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(MemberFormDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.gridView = QTableView(MemberFormDialog)
        self.gridView.setObjectName(u"gridView")
        self.gridView.setAlternatingRowColors(False)
        self.gridView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.gridView)

        self.messageLabel = QLabel(MemberFormDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(MemberFormDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.replyButton = QPushButton(MemberFormDialog)
        self.replyButton.setObjectName(u"replyButton")

        self.buttonsLayout.addWidget(self.replyButton)

        self.closeButton = QPushButton(MemberFormDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(MemberFormDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MemberFormDialog)
    # setupUi

    def retranslateUi(self, MemberFormDialog):
        MemberFormDialog.setWindowTitle(QCoreApplication.translate("MemberFormDialog", u"Fill in a scoring form", None))
        self.hintLabel.setText(QCoreApplication.translate("MemberFormDialog", u"Type your own score in the Self-score column and your scores of the other members in their columns; empty cells are left unscored. Each value is checked as you type, as the head's import will check it.", None))
        self.saveButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Save the return\u2026", None))
        self.replyButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Reply with the filled form\u2026", None))
#if QT_CONFIG(tooltip)
        self.replyButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Write an e-mail to the head unit with the saved return attached, ready in the mail program", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Close", None))
    # retranslateUi
