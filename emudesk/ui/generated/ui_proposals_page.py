# Generated from forms/proposals_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ProposalsPage(object):
    def setupUi(self, ProposalsPage):
        if not ProposalsPage.objectName():
            ProposalsPage.setObjectName(u"ProposalsPage")
        ProposalsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ProposalsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ProposalsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(ProposalsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.addButton = QPushButton(ProposalsPage)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.editButton = QPushButton(ProposalsPage)
        self.editButton.setObjectName(u"editButton")

        self.editRow.addWidget(self.editButton)

        self.removeButton = QPushButton(ProposalsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.editRow.addWidget(self.removeButton)

        self.dossierButton = QPushButton(ProposalsPage)
        self.dossierButton.setObjectName(u"dossierButton")

        self.editRow.addWidget(self.dossierButton)

        self.editSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)


        self.pageLayout.addLayout(self.editRow)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.stepCaption = QLabel(ProposalsPage)
        self.stepCaption.setObjectName(u"stepCaption")

        self.statusRow.addWidget(self.stepCaption)

        self.voteButton = QPushButton(ProposalsPage)
        self.voteButton.setObjectName(u"voteButton")

        self.statusRow.addWidget(self.voteButton)

        self.submitButton = QPushButton(ProposalsPage)
        self.submitButton.setObjectName(u"submitButton")

        self.statusRow.addWidget(self.submitButton)

        self.approveButton = QPushButton(ProposalsPage)
        self.approveButton.setObjectName(u"approveButton")

        self.statusRow.addWidget(self.approveButton)

        self.rejectButton = QPushButton(ProposalsPage)
        self.rejectButton.setObjectName(u"rejectButton")

        self.statusRow.addWidget(self.rejectButton)

        self.backButton = QPushButton(ProposalsPage)
        self.backButton.setObjectName(u"backButton")

        self.statusRow.addWidget(self.backButton)

        self.statusSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.pageLayout.addLayout(self.statusRow)

        self.tableView = QTableView(ProposalsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(True)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.detailsBox = QGroupBox(ProposalsPage)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.detailsBox)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"\u2014")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsLabel)


        self.pageLayout.addWidget(self.detailsBox)

        self.pageLayout.setStretch(4, 3)
        self.pageLayout.setStretch(5, 1)

        self.retranslateUi(ProposalsPage)

        QMetaObject.connectSlotsByName(ProposalsPage)
    # setupUi

    def retranslateUi(self, ProposalsPage):
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"Propose a unit, a collective or a person (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ProposalsPage", u"&Add proposal\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"Change the selected proposal (F2 or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProposalsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"Remove the selected proposal; only drafts (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ProposalsPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.dossierButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"The papers sent with the selected proposal: submission, minutes, achievement report", None))
#endif // QT_CONFIG(tooltip)
        self.dossierButton.setText(QCoreApplication.translate("ProposalsPage", u"&Dossier\u2026", None))
        self.stepCaption.setText(QCoreApplication.translate("ProposalsPage", u"Next step:", None))
#if QT_CONFIG(tooltip)
        self.voteButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"The conference voted for this proposal", None))
#endif // QT_CONFIG(tooltip)
        self.voteButton.setText(QCoreApplication.translate("ProposalsPage", u"V&oted", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"The proposal was submitted to the issuer's council", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("ProposalsPage", u"&Submitted", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"The issuer approved it: enter the decision's number and date", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ProposalsPage", u"A&pproved\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"The issuer did not grant the award", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ProposalsPage", u"&Not awarded\u2026", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ProposalsPage", u"Return the proposal to its previous step", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("ProposalsPage", u"Step &back", None))
        self.detailsBox.setTitle(QCoreApplication.translate("ProposalsPage", u"Selected proposal", None))
        pass
    # retranslateUi
