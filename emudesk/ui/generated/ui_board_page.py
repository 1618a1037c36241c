# Generated from forms/board_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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

class Ui_BoardPage(object):
    def setupUi(self, BoardPage):
        if not BoardPage.objectName():
            BoardPage.setObjectName(u"BoardPage")
        BoardPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(BoardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(BoardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(BoardPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.chooserRow = QHBoxLayout()
        self.chooserRow.setObjectName(u"chooserRow")
        self.issuerLabel = QLabel(BoardPage)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.chooserRow.addWidget(self.issuerLabel)

        self.issuerCombo = QComboBox(BoardPage)
        self.issuerCombo.setObjectName(u"issuerCombo")
        self.issuerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooserRow.addWidget(self.issuerCombo)

        self.yearLabel = QLabel(BoardPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.chooserRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(BoardPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2024)

        self.chooserRow.addWidget(self.yearSpin)

        self.chooserSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserRow.addItem(self.chooserSpacer)

        self.rankingButton = QPushButton(BoardPage)
        self.rankingButton.setObjectName(u"rankingButton")

        self.chooserRow.addWidget(self.rankingButton)


        self.pageLayout.addLayout(self.chooserRow)

        self.tableView = QTableView(BoardPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.tableView)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.quotaLabel = QLabel(BoardPage)
        self.quotaLabel.setObjectName(u"quotaLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.quotaLabel.sizePolicy().hasHeightForWidth())
        self.quotaLabel.setSizePolicy(sizePolicy)
        self.quotaLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.quotaLabel)

        self.receiveButton = QPushButton(BoardPage)
        self.receiveButton.setObjectName(u"receiveButton")

        self.footerLayout.addWidget(self.receiveButton)


        self.pageLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.issuerLabel.setBuddy(self.issuerCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuerCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.rankingButton)
        QWidget.setTabOrder(self.rankingButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.receiveButton)

        self.retranslateUi(BoardPage)

        QMetaObject.connectSlotsByName(BoardPage)
    # setupUi

    def retranslateUi(self, BoardPage):
        self.titleLabel.setText(QCoreApplication.translate("BoardPage", u"Issuer's board", None))
        self.introLabel.setText(QCoreApplication.translate("BoardPage", u"Every cluster's nominees of a year, as their submissions brought them: the award asked for, total and rank, the dossier papers still missing, and the decision. Double-click a nominee to see its cluster's whole ranking table.", None))
        self.issuerLabel.setText(QCoreApplication.translate("BoardPage", u"&Issuer:", None))
        self.yearLabel.setText(QCoreApplication.translate("BoardPage", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.rankingButton.setToolTip(QCoreApplication.translate("BoardPage", u"The chosen nominee's cluster: every member's rank and total as its submission sent them (also on a double-click).", None))
#endif // QT_CONFIG(tooltip)
        self.rankingButton.setText(QCoreApplication.translate("BoardPage", u"The cluster's &ranking\u2026", None))
        self.quotaLabel.setText("")
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("BoardPage", u"Open the package a cluster's head sent (File \u203a Receive a package): its nominees, ranking and papers come onto this board.", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("BoardPage", u"Receive a &submission package\u2026", None))
        pass
    # retranslateUi
