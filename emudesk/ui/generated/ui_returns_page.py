# Generated from forms/returns_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReturnsPage(object):
    def setupUi(self, ReturnsPage):
        if not ReturnsPage.objectName():
            ReturnsPage.setObjectName(u"ReturnsPage")
        self.pageLayout = QVBoxLayout(ReturnsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReturnsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(ReturnsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.boardView = QTableView(ReturnsPage)
        self.boardView.setObjectName(u"boardView")
        self.boardView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.boardView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardView.setWordWrap(False)

        self.pageLayout.addWidget(self.boardView)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.sendButton = QPushButton(ReturnsPage)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonsRow.addWidget(self.sendButton)

        self.importButton = QPushButton(ReturnsPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonsRow.addWidget(self.importButton)

        self.remindButton = QPushButton(ReturnsPage)
        self.remindButton.setObjectName(u"remindButton")

        self.buttonsRow.addWidget(self.remindButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsRow)

        self.detailsBrowser = QTextBrowser(ReturnsPage)
        self.detailsBrowser.setObjectName(u"detailsBrowser")
        self.detailsBrowser.setMaximumSize(QSize(16777215, 140))

        self.pageLayout.addWidget(self.detailsBrowser)


        self.retranslateUi(ReturnsPage)

        QMetaObject.connectSlotsByName(ReturnsPage)
    # setupUi

    def retranslateUi(self, ReturnsPage):
        self.sendButton.setText(QCoreApplication.translate("ReturnsPage", u"&Send the forms\u2026", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("ReturnsPage", u"Write each member unit a ready e-mail with its form, as drafts or through the office's mail server", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ReturnsPage", u"&Import the returns\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ReturnsPage", u"Check the returned workbooks, or the e-mails that carry them (.eml, .mbox, .msg), and store their scores", None))
#endif // QT_CONFIG(tooltip)
        self.remindButton.setText(QCoreApplication.translate("ReturnsPage", u"Re&mind the missing ones\u2026", None))
#if QT_CONFIG(tooltip)
        self.remindButton.setToolTip(QCoreApplication.translate("ReturnsPage", u"Write a reminder, with the form attached again, to each unit whose return is missing or was refused", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
