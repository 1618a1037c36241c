# Generated from forms/issuers_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QTableView, QVBoxLayout, QWidget)

class Ui_IssuersPage(object):
    def setupUi(self, IssuersPage):
        if not IssuersPage.objectName():
            IssuersPage.setObjectName(u"IssuersPage")
        IssuersPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(IssuersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(IssuersPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(IssuersPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(IssuersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(IssuersPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.renameButton = QPushButton(IssuersPage)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonRow.addWidget(self.renameButton)

        self.removeButton = QPushButton(IssuersPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.tableView = QTableView(IssuersPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.catalogueLabel = QLabel(IssuersPage)
        self.catalogueLabel.setObjectName(u"catalogueLabel")
        font1 = QFont()
        font1.setBold(True)
        self.catalogueLabel.setFont(font1)

        self.pageLayout.addWidget(self.catalogueLabel)

        self.catalogueIntro = QLabel(IssuersPage)
        self.catalogueIntro.setObjectName(u"catalogueIntro")
        self.catalogueIntro.setWordWrap(True)

        self.pageLayout.addWidget(self.catalogueIntro)

        self.awardButtonRow = QHBoxLayout()
        self.awardButtonRow.setObjectName(u"awardButtonRow")
        self.addAwardButton = QPushButton(IssuersPage)
        self.addAwardButton.setObjectName(u"addAwardButton")

        self.awardButtonRow.addWidget(self.addAwardButton)

        self.editAwardButton = QPushButton(IssuersPage)
        self.editAwardButton.setObjectName(u"editAwardButton")

        self.awardButtonRow.addWidget(self.editAwardButton)

        self.removeAwardButton = QPushButton(IssuersPage)
        self.removeAwardButton.setObjectName(u"removeAwardButton")

        self.awardButtonRow.addWidget(self.removeAwardButton)

        self.upButton = QPushButton(IssuersPage)
        self.upButton.setObjectName(u"upButton")

        self.awardButtonRow.addWidget(self.upButton)

        self.downButton = QPushButton(IssuersPage)
        self.downButton.setObjectName(u"downButton")

        self.awardButtonRow.addWidget(self.downButton)

        self.awardSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.awardButtonRow.addItem(self.awardSpacer)


        self.pageLayout.addLayout(self.awardButtonRow)

        self.awardsView = QTableView(IssuersPage)
        self.awardsView.setObjectName(u"awardsView")
        self.awardsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.awardsView.setAlternatingRowColors(True)
        self.awardsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.awardsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.awardsView.setWordWrap(False)
        self.awardsView.horizontalHeader().setHighlightSections(False)
        self.awardsView.horizontalHeader().setStretchLastSection(True)
        self.awardsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.awardsView)


        self.retranslateUi(IssuersPage)

        QMetaObject.connectSlotsByName(IssuersPage)
    # setupUi

    def retranslateUi(self, IssuersPage):
        self.titleLabel.setText(QCoreApplication.translate("IssuersPage", u"Issuers", None))
        self.introLabel.setText(QCoreApplication.translate("IssuersPage", u"The ministries, committees and provinces that form clusters and grant awards.", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Add an issuing body (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("IssuersPage", u"&Add issuer\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Change the selected issuer (F2 or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("IssuersPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Give the issuer a new name from a date on, with its decision; papers dated earlier keep the old name", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("IssuersPage", u"Rena&me on a date\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Remove the selected issuer (only when no cluster belongs to it; Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("IssuersPage", u"&Remove", None))
        self.catalogueLabel.setText(QCoreApplication.translate("IssuersPage", u"Award catalogue of the selected issuer", None))
        self.catalogueIntro.setText(QCoreApplication.translate("IssuersPage", u"The awards its clusters propose, named as its papers name them, each valid between two dates: what it is made into, who signs, the legal basis, the money, the quota per cluster and the vote it needs.", None))
#if QT_CONFIG(tooltip)
        self.addAwardButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Add an award to the selected issuer's catalogue", None))
#endif // QT_CONFIG(tooltip)
        self.addAwardButton.setText(QCoreApplication.translate("IssuersPage", u"Add a&ward\u2026", None))
#if QT_CONFIG(tooltip)
        self.editAwardButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Change the selected award (or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        self.editAwardButton.setText(QCoreApplication.translate("IssuersPage", u"Change awar&d\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeAwardButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Remove the selected award (only when no proposal asks for it)", None))
#endif // QT_CONFIG(tooltip)
        self.removeAwardButton.setText(QCoreApplication.translate("IssuersPage", u"De&lete award", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Move the selected award up: papers list the awards in this order", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("IssuersPage", u"&Up", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("IssuersPage", u"Move the selected award down", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("IssuersPage", u"Dow&n", None))
        pass
    # retranslateUi
