# Generated from forms/meetings_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        self.pageLayout = QVBoxLayout(MeetingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(MeetingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.meetingsView = QTableView(MeetingsPage)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.meetingsView)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.addButton = QPushButton(MeetingsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsRow.addWidget(self.addButton)

        self.editButton = QPushButton(MeetingsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsRow.addWidget(self.editButton)

        self.voteButton = QPushButton(MeetingsPage)
        self.voteButton.setObjectName(u"voteButton")

        self.buttonsRow.addWidget(self.voteButton)

        self.minutesButton = QPushButton(MeetingsPage)
        self.minutesButton.setObjectName(u"minutesButton")

        self.buttonsRow.addWidget(self.minutesButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.removeButton = QPushButton(MeetingsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsRow.addWidget(self.removeButton)


        self.pageLayout.addLayout(self.buttonsRow)

        self.detailsBrowser = QTextBrowser(MeetingsPage)
        self.detailsBrowser.setObjectName(u"detailsBrowser")

        self.pageLayout.addWidget(self.detailsBrowser)


        self.retranslateUi(MeetingsPage)

        QMetaObject.connectSlotsByName(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.addButton.setText(QCoreApplication.translate("MeetingsPage", u"&New meeting\u2026", None))
        self.editButton.setText(QCoreApplication.translate("MeetingsPage", u"&Edit\u2026", None))
        self.voteButton.setText(QCoreApplication.translate("MeetingsPage", u"Record a v&ote\u2026", None))
        self.minutesButton.setText(QCoreApplication.translate("MeetingsPage", u"&Minutes\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("MeetingsPage", u"&Remove", None))
        pass
    # retranslateUi
