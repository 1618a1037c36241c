# Generated from forms/council_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_CouncilPage(object):
    def setupUi(self, CouncilPage):
        if not CouncilPage.objectName():
            CouncilPage.setObjectName(u"CouncilPage")
        CouncilPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(CouncilPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CouncilPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CouncilPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.chooserRow = QHBoxLayout()
        self.chooserRow.setObjectName(u"chooserRow")
        self.issuerLabel = QLabel(CouncilPage)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.chooserRow.addWidget(self.issuerLabel)

        self.issuerCombo = QComboBox(CouncilPage)
        self.issuerCombo.setObjectName(u"issuerCombo")
        self.issuerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooserRow.addWidget(self.issuerCombo)

        self.yearLabel = QLabel(CouncilPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.chooserRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CouncilPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2024)

        self.chooserRow.addWidget(self.yearSpin)

        self.chooserSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserRow.addItem(self.chooserSpacer)

        self.meetingButton = QPushButton(CouncilPage)
        self.meetingButton.setObjectName(u"meetingButton")

        self.chooserRow.addWidget(self.meetingButton)

        self.voteButton = QPushButton(CouncilPage)
        self.voteButton.setObjectName(u"voteButton")

        self.chooserRow.addWidget(self.voteButton)

        self.clearButton = QPushButton(CouncilPage)
        self.clearButton.setObjectName(u"clearButton")

        self.chooserRow.addWidget(self.clearButton)

        self.minutesButton = QPushButton(CouncilPage)
        self.minutesButton.setObjectName(u"minutesButton")

        self.chooserRow.addWidget(self.minutesButton)


        self.pageLayout.addLayout(self.chooserRow)

        self.tableView = QTableView(CouncilPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.tableView)

        self.quotaLabel = QLabel(CouncilPage)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.quotaLabel)

#if QT_CONFIG(shortcut)
        self.issuerLabel.setBuddy(self.issuerCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuerCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.voteButton)
        QWidget.setTabOrder(self.voteButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.minutesButton)
        QWidget.setTabOrder(self.minutesButton, self.tableView)

        self.retranslateUi(CouncilPage)

        QMetaObject.connectSlotsByName(CouncilPage)
    # setupUi

    def retranslateUi(self, CouncilPage):
        self.titleLabel.setText(QCoreApplication.translate("CouncilPage", u"Emulation council", None))
        self.introLabel.setText(QCoreApplication.translate("CouncilPage", u"The council's vote on each nominee of the year against its award's threshold (from the catalogue). Record the meeting first, then each nominee's vote (double-click a row); a vote recorded by mistake can be corrected or taken back until the decision. A nominee the council did not carry is not approved by the decision.", None))
        self.issuerLabel.setText(QCoreApplication.translate("CouncilPage", u"&Issuer:", None))
        self.yearLabel.setText(QCoreApplication.translate("CouncilPage", u"&Year:", None))
        self.meetingButton.setText(QCoreApplication.translate("CouncilPage", u"M&eeting\u2026", None))
        self.voteButton.setText(QCoreApplication.translate("CouncilPage", u"&Vote\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("CouncilPage", u"&Take back the vote", None))
        self.minutesButton.setText(QCoreApplication.translate("CouncilPage", u"Write the &minutes\u2026", None))
        self.quotaLabel.setText("")
        pass
    # retranslateUi
