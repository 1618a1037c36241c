# Generated from forms/ranking_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from emudesk.ui.ranking_chart import RankingChart

class Ui_RankingPage(object):
    def setupUi(self, RankingPage):
        if not RankingPage.objectName():
            RankingPage.setObjectName(u"RankingPage")
        RankingPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(RankingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(RankingPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(RankingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summaryLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.settingsButton = QPushButton(RankingPage)
        self.settingsButton.setObjectName(u"settingsButton")

        self.buttonRow.addWidget(self.settingsButton)

        self.exclusionsButton = QPushButton(RankingPage)
        self.exclusionsButton.setObjectName(u"exclusionsButton")

        self.buttonRow.addWidget(self.exclusionsButton)

        self.votesButton = QPushButton(RankingPage)
        self.votesButton.setObjectName(u"votesButton")

        self.buttonRow.addWidget(self.votesButton)

        self.proposalsButton = QPushButton(RankingPage)
        self.proposalsButton.setObjectName(u"proposalsButton")

        self.buttonRow.addWidget(self.proposalsButton)

        self.exportButton = QPushButton(RankingPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.reasonLabel = QLabel(RankingPage)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setText(u"")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.reasonLabel)

        self.splitter = QSplitter(RankingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.rankingView = QTableView(self.splitter)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingView.setAlternatingRowColors(True)
        self.rankingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingView.setWordWrap(False)
        self.splitter.addWidget(self.rankingView)
        self.rankingView.horizontalHeader().setHighlightSections(False)
        self.rankingView.horizontalHeader().setStretchLastSection(True)
        self.rankingView.verticalHeader().setVisible(False)
        self.bottomPanel = QWidget(self.splitter)
        self.bottomPanel.setObjectName(u"bottomPanel")
        self.bottomLayout = QHBoxLayout(self.bottomPanel)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomLayout.setContentsMargins(0, 0, 0, 0)
        self.chartBox = QGroupBox(self.bottomPanel)
        self.chartBox.setObjectName(u"chartBox")
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chart = RankingChart(self.chartBox)
        self.chart.setObjectName(u"chart")

        self.chartLayout.addWidget(self.chart)


        self.bottomLayout.addWidget(self.chartBox)

        self.awardsBox = QGroupBox(self.bottomPanel)
        self.awardsBox.setObjectName(u"awardsBox")
        self.awardsLayout = QVBoxLayout(self.awardsBox)
        self.awardsLayout.setObjectName(u"awardsLayout")
        self.suggestionsView = QTableView(self.awardsBox)
        self.suggestionsView.setObjectName(u"suggestionsView")
        self.suggestionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionsView.setAlternatingRowColors(True)
        self.suggestionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionsView.setWordWrap(False)
        self.suggestionsView.horizontalHeader().setHighlightSections(False)
        self.suggestionsView.horizontalHeader().setStretchLastSection(True)
        self.suggestionsView.verticalHeader().setVisible(False)

        self.awardsLayout.addWidget(self.suggestionsView)

        self.skippedCaption = QLabel(self.awardsBox)
        self.skippedCaption.setObjectName(u"skippedCaption")

        self.awardsLayout.addWidget(self.skippedCaption)

        self.skippedView = QListView(self.awardsBox)
        self.skippedView.setObjectName(u"skippedView")
        self.skippedView.setMaximumSize(QSize(16777215, 80))
        self.skippedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skippedView.setWordWrap(True)

        self.awardsLayout.addWidget(self.skippedView)

        self.awardsLayout.setStretch(0, 1)

        self.bottomLayout.addWidget(self.awardsBox)

        self.bottomLayout.setStretch(0, 1)
        self.bottomLayout.setStretch(1, 1)
        self.splitter.addWidget(self.bottomPanel)

        self.pageLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(RankingPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #b00020;")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

        self.pageLayout.setStretch(4, 1)

        self.retranslateUi(RankingPage)

        QMetaObject.connectSlotsByName(RankingPage)
    # setupUi

    def retranslateUi(self, RankingPage):
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("RankingPage", u"How scores combine, rounding, caps, the tie-break chain and the award quotas", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("RankingPage", u"&Regulation settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.exclusionsButton.setToolTip(QCoreApplication.translate("RankingPage", u"Units that may not receive an award this year, and why", None))
#endif // QT_CONFIG(tooltip)
        self.exclusionsButton.setText(QCoreApplication.translate("RankingPage", u"E&xclusions from awards\u2026", None))
#if QT_CONFIG(tooltip)
        self.votesButton.setToolTip(QCoreApplication.translate("RankingPage", u"The votes each unit received, for a tie-break by vote", None))
#endif // QT_CONFIG(tooltip)
        self.votesButton.setText(QCoreApplication.translate("RankingPage", u"V&otes\u2026", None))
#if QT_CONFIG(tooltip)
        self.proposalsButton.setToolTip(QCoreApplication.translate("RankingPage", u"Turn the suggestions into draft proposals and open the proposals page", None))
#endif // QT_CONFIG(tooltip)
        self.proposalsButton.setText(QCoreApplication.translate("RankingPage", u"Create award &proposals", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RankingPage", u"Write the selected unit's score sheet as PDF or Excel", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RankingPage", u"&Export score sheet\u2026", None))
        self.chartBox.setTitle(QCoreApplication.translate("RankingPage", u"Totals", None))
        self.awardsBox.setTitle(QCoreApplication.translate("RankingPage", u"Award suggestions", None))
        self.skippedCaption.setText(QCoreApplication.translate("RankingPage", u"Passed over:", None))
        pass
    # retranslateUi
