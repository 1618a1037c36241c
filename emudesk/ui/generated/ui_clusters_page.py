# Generated from forms/clusters_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ClustersPage(object):
    def setupUi(self, ClustersPage):
        if not ClustersPage.objectName():
            ClustersPage.setObjectName(u"ClustersPage")
        ClustersPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ClustersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ClustersPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(ClustersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(ClustersPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.addYearButton = QPushButton(ClustersPage)
        self.addYearButton.setObjectName(u"addYearButton")

        self.buttonRow.addWidget(self.addYearButton)

        self.removeButton = QPushButton(ClustersPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.emptyPanel = QFrame(ClustersPage)
        self.emptyPanel.setObjectName(u"emptyPanel")
        self.emptyPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyLayout = QVBoxLayout(self.emptyPanel)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTitle = QLabel(self.emptyPanel)
        self.emptyTitle.setObjectName(u"emptyTitle")
        font1 = QFont()
        font1.setPointSize(12)
        font1.setBold(True)
        self.emptyTitle.setFont(font1)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyLabel = QLabel(self.emptyPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.memberFormButton = QPushButton(self.emptyPanel)
        self.memberFormButton.setObjectName(u"memberFormButton")
        self.memberFormButton.setMinimumSize(QSize(0, 44))
        font2 = QFont()
        font2.setPointSize(11)
        font2.setBold(True)
        self.memberFormButton.setFont(font2)

        self.emptyLayout.addWidget(self.memberFormButton)

        self.startButton = QPushButton(self.emptyPanel)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(0, 44))
        self.startButton.setFont(font2)

        self.emptyLayout.addWidget(self.startButton)

        self.otherStartsRow = QHBoxLayout()
        self.otherStartsRow.setObjectName(u"otherStartsRow")
        self.handoverButton = QPushButton(self.emptyPanel)
        self.handoverButton.setObjectName(u"handoverButton")

        self.otherStartsRow.addWidget(self.handoverButton)

        self.fillFormButton = QPushButton(self.emptyPanel)
        self.fillFormButton.setObjectName(u"fillFormButton")

        self.otherStartsRow.addWidget(self.fillFormButton)


        self.emptyLayout.addLayout(self.otherStartsRow)

        self.demoRow = QHBoxLayout()
        self.demoRow.setObjectName(u"demoRow")
        self.demoLabel = QLabel(self.emptyPanel)
        self.demoLabel.setObjectName(u"demoLabel")

        self.demoRow.addWidget(self.demoLabel)

        self.loadDemoButton = QPushButton(self.emptyPanel)
        self.loadDemoButton.setObjectName(u"loadDemoButton")
        self.loadDemoButton.setFlat(True)

        self.demoRow.addWidget(self.loadDemoButton)

        self.demoSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demoRow.addItem(self.demoSpacer)


        self.emptyLayout.addLayout(self.demoRow)

        self.emptySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)


        self.pageLayout.addWidget(self.emptyPanel)

        self.splitter = QSplitter(ClustersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)
        self.yearsBox = QGroupBox(self.splitter)
        self.yearsBox.setObjectName(u"yearsBox")
        self.yearsLayout = QVBoxLayout(self.yearsBox)
        self.yearsLayout.setObjectName(u"yearsLayout")
        self.yearsView = QTableView(self.yearsBox)
        self.yearsView.setObjectName(u"yearsView")
        self.yearsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.yearsView.setAlternatingRowColors(True)
        self.yearsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.yearsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.yearsView.setWordWrap(False)
        self.yearsView.horizontalHeader().setHighlightSections(False)
        self.yearsView.horizontalHeader().setStretchLastSection(True)
        self.yearsView.verticalHeader().setVisible(False)

        self.yearsLayout.addWidget(self.yearsView)

        self.yearsHint = QLabel(self.yearsBox)
        self.yearsHint.setObjectName(u"yearsHint")
        self.yearsHint.setWordWrap(True)

        self.yearsLayout.addWidget(self.yearsHint)

        self.splitter.addWidget(self.yearsBox)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(ClustersPage)

        QMetaObject.connectSlotsByName(ClustersPage)
    # setupUi

    def retranslateUi(self, ClustersPage):
        self.titleLabel.setText(QCoreApplication.translate("ClustersPage", u"Emulation clusters", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Add an emulation cluster or block (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ClustersPage", u"&Add cluster\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Change the selected cluster (F2 or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ClustersPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.addYearButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Open a year of the selected cluster with its members and leadership", None))
#endif // QT_CONFIG(tooltip)
        self.addYearButton.setText(QCoreApplication.translate("ClustersPage", u"Add a &year\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Remove the selected cluster (only when it has no years; Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ClustersPage", u"&Remove", None))
        self.emptyTitle.setText(QCoreApplication.translate("ClustersPage", u"This database is empty: where to begin", None))
        self.emptyLabel.setText(QCoreApplication.translate("ClustersPage", u"A head office starts with the cluster it works in: its issuer (the ministry, committee or province that formed it), the cluster, then its member units and the year. If last year's head hands the cluster over, receive their file instead.", None))
#if QT_CONFIG(tooltip)
        self.memberFormButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Open the Excel workbook the head unit sent, score each criterion and save the return to send back", None))
#endif // QT_CONFIG(tooltip)
        self.memberFormButton.setText(QCoreApplication.translate("ClustersPage", u"&Open the scoring form the head unit sent\u2026", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Record the issuer, then the cluster; the units and the year come next", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("ClustersPage", u"Add your issuer and &cluster\u2026", None))
#if QT_CONFIG(tooltip)
        self.handoverButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Merge the file last year's head wrote with File \u203a Hand over a cluster", None))
#endif // QT_CONFIG(tooltip)
        self.handoverButton.setText(QCoreApplication.translate("ClustersPage", u"Receive a handover fi&le\u2026", None))
#if QT_CONFIG(tooltip)
        self.fillFormButton.setToolTip(QCoreApplication.translate("ClustersPage", u"A member unit needs no cluster here: open the form the head sent, score, save the return", None))
#endif // QT_CONFIG(tooltip)
        self.fillFormButton.setText(QCoreApplication.translate("ClustersPage", u"Fill in a received &scoring form\u2026", None))
        self.demoLabel.setText(QCoreApplication.translate("ClustersPage", u"Only looking around?", None))
#if QT_CONFIG(tooltip)
        self.loadDemoButton.setToolTip(QCoreApplication.translate("ClustersPage", u"Fill this database with two real clusters of 2024\u20132025, to try the program", None))
#endif // QT_CONFIG(tooltip)
        self.loadDemoButton.setText(QCoreApplication.translate("ClustersPage", u"Load the &demo data", None))
        self.yearsBox.setTitle(QCoreApplication.translate("ClustersPage", u"Years of the selected cluster", None))
        self.yearsHint.setText(QCoreApplication.translate("ClustersPage", u"Double-click a year (or press Enter) to open its overview.", None))
        pass
    # retranslateUi
