# Generated from forms/decisions_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DecisionsPage(object):
    def setupUi(self, DecisionsPage):
        if not DecisionsPage.objectName():
            DecisionsPage.setObjectName(u"DecisionsPage")
        DecisionsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DecisionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(DecisionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(DecisionsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.chooserRow = QHBoxLayout()
        self.chooserRow.setObjectName(u"chooserRow")
        self.issuerLabel = QLabel(DecisionsPage)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.chooserRow.addWidget(self.issuerLabel)

        self.issuerCombo = QComboBox(DecisionsPage)
        self.issuerCombo.setObjectName(u"issuerCombo")
        self.issuerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooserRow.addWidget(self.issuerCombo)

        self.chooserSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserRow.addItem(self.chooserSpacer)

        self.recordButton = QPushButton(DecisionsPage)
        self.recordButton.setObjectName(u"recordButton")

        self.chooserRow.addWidget(self.recordButton)

        self.paperButton = QPushButton(DecisionsPage)
        self.paperButton.setObjectName(u"paperButton")

        self.chooserRow.addWidget(self.paperButton)

        self.packageButton = QPushButton(DecisionsPage)
        self.packageButton.setObjectName(u"packageButton")

        self.chooserRow.addWidget(self.packageButton)


        self.pageLayout.addLayout(self.chooserRow)

        self.tableView = QTableView(DecisionsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.tableView)

        self.quotaLabel = QLabel(DecisionsPage)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.quotaLabel)

#if QT_CONFIG(shortcut)
        self.issuerLabel.setBuddy(self.issuerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuerCombo, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.paperButton)
        QWidget.setTabOrder(self.paperButton, self.packageButton)
        QWidget.setTabOrder(self.packageButton, self.tableView)

        self.retranslateUi(DecisionsPage)

        QMetaObject.connectSlotsByName(DecisionsPage)
    # setupUi

    def retranslateUi(self, DecisionsPage):
        self.titleLabel.setText(QCoreApplication.translate("DecisionsPage", u"Decisions", None))
        self.introLabel.setText(QCoreApplication.translate("DecisionsPage", u"The issuer's decisions on the clusters' proposals. Write a decision as Word or PDF (the decision and its annex), or as the package that brings the outcome and the register numbers back to the cluster heads. Record a decision on the year's proposals once the council has voted: the register numbers it takes are shown before anything is written.", None))
        self.issuerLabel.setText(QCoreApplication.translate("DecisionsPage", u"&Issuer:", None))
        self.recordButton.setText(QCoreApplication.translate("DecisionsPage", u"&Record a decision\u2026", None))
        self.paperButton.setText(QCoreApplication.translate("DecisionsPage", u"&Write the decision\u2026", None))
        self.packageButton.setText(QCoreApplication.translate("DecisionsPage", u"Write the &package\u2026", None))
        self.quotaLabel.setText("")
        pass
    # retranslateUi
