# Generated from forms/year_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_YearPage(object):
    def setupUi(self, YearPage):
        if not YearPage.objectName():
            YearPage.setObjectName(u"YearPage")
        YearPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(YearPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(YearPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.issuerLabel = QLabel(YearPage)
        self.issuerLabel.setObjectName(u"issuerLabel")
        self.issuerLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.issuerLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.editButton = QPushButton(YearPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.nextYearButton = QPushButton(YearPage)
        self.nextYearButton.setObjectName(u"nextYearButton")

        self.buttonRow.addWidget(self.nextYearButton)

        self.removeButton = QPushButton(YearPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.summaryButton = QPushButton(YearPage)
        self.summaryButton.setObjectName(u"summaryButton")

        self.buttonRow.addWidget(self.summaryButton)

        self.deadlineButton = QPushButton(YearPage)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.buttonRow.addWidget(self.deadlineButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.deadlineLabel = QLabel(YearPage)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setText(u"\u2014")
        self.deadlineLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.deadlineLabel)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.leadershipBox = QGroupBox(YearPage)
        self.leadershipBox.setObjectName(u"leadershipBox")
        self.leadershipLayout = QFormLayout(self.leadershipBox)
        self.leadershipLayout.setObjectName(u"leadershipLayout")
        self.headCaption = QLabel(self.leadershipBox)
        self.headCaption.setObjectName(u"headCaption")

        self.leadershipLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headCaption)

        self.headLabel = QLabel(self.leadershipBox)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setText(u"\u2014")
        self.headLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leadershipLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headLabel)

        self.deputyCaption = QLabel(self.leadershipBox)
        self.deputyCaption.setObjectName(u"deputyCaption")

        self.leadershipLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deputyCaption)

        self.deputyLabel = QLabel(self.leadershipBox)
        self.deputyLabel.setObjectName(u"deputyLabel")
        self.deputyLabel.setText(u"\u2014")
        self.deputyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leadershipLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deputyLabel)

        self.methodCaption = QLabel(self.leadershipBox)
        self.methodCaption.setObjectName(u"methodCaption")

        self.leadershipLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodLabel = QLabel(self.leadershipBox)
        self.methodLabel.setObjectName(u"methodLabel")
        self.methodLabel.setText(u"\u2014")

        self.leadershipLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodLabel)

        self.decisionCaption = QLabel(self.leadershipBox)
        self.decisionCaption.setObjectName(u"decisionCaption")

        self.leadershipLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionCaption)

        self.decisionLabel = QLabel(self.leadershipBox)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setText(u"\u2014")
        self.decisionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leadershipLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionLabel)

        self.nextYearCaption = QLabel(self.leadershipBox)
        self.nextYearCaption.setObjectName(u"nextYearCaption")

        self.leadershipLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextYearCaption)

        self.nextYearLabel = QLabel(self.leadershipBox)
        self.nextYearLabel.setObjectName(u"nextYearLabel")
        self.nextYearLabel.setText(u"\u2014")

        self.leadershipLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nextYearLabel)


        self.topRow.addWidget(self.leadershipBox)

        self.todoBox = QGroupBox(YearPage)
        self.todoBox.setObjectName(u"todoBox")
        self.todoLayout = QVBoxLayout(self.todoBox)
        self.todoLayout.setObjectName(u"todoLayout")
        self.todoView = QListView(self.todoBox)
        self.todoView.setObjectName(u"todoView")
        self.todoView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todoView.setWordWrap(True)
        self.todoView.setSpacing(2)

        self.todoLayout.addWidget(self.todoView)


        self.topRow.addWidget(self.todoBox)

        self.topRow.setStretch(0, 1)
        self.topRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.topRow)

        self.membersBox = QGroupBox(YearPage)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersView = QTableView(self.membersBox)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersView.setAlternatingRowColors(True)
        self.membersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersView.setWordWrap(False)
        self.membersView.horizontalHeader().setHighlightSections(False)
        self.membersView.horizontalHeader().setStretchLastSection(True)
        self.membersView.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.membersView)


        self.pageLayout.addWidget(self.membersBox)

        self.pageLayout.setStretch(5, 1)

        self.retranslateUi(YearPage)

        QMetaObject.connectSlotsByName(YearPage)
    # setupUi

    def retranslateUi(self, YearPage):
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("YearPage", u"Choose the member units, the head and the deputy of this year (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("YearPage", u"&Members and leadership\u2026", None))
#if QT_CONFIG(tooltip)
        self.nextYearButton.setToolTip(QCoreApplication.translate("YearPage", u"Open the following year with this year's members", None))
#endif // QT_CONFIG(tooltip)
        self.nextYearButton.setText(QCoreApplication.translate("YearPage", u"Add the &next year\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("YearPage", u"Remove this year (only while it holds no scores, proposals or meetings)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("YearPage", u"&Remove this year", None))
#if QT_CONFIG(tooltip)
        self.summaryButton.setToolTip(QCoreApplication.translate("YearPage", u"The year's tables (members, signatures, ranking, proposals) as a PDF for the summary report", None))
#endif // QT_CONFIG(tooltip)
        self.summaryButton.setText(QCoreApplication.translate("YearPage", u"Year &summary (PDF)\u2026", None))
#if QT_CONFIG(tooltip)
        self.deadlineButton.setToolTip(QCoreApplication.translate("YearPage", u"Set the date by which the proposals' dossiers must reach the issuer", None))
#endif // QT_CONFIG(tooltip)
        self.deadlineButton.setText(QCoreApplication.translate("YearPage", u"Dossier &deadline\u2026", None))
        self.leadershipBox.setTitle(QCoreApplication.translate("YearPage", u"Leadership", None))
        self.headCaption.setText(QCoreApplication.translate("YearPage", u"Head:", None))
        self.deputyCaption.setText(QCoreApplication.translate("YearPage", u"Deputy:", None))
        self.methodCaption.setText(QCoreApplication.translate("YearPage", u"How chosen:", None))
        self.decisionCaption.setText(QCoreApplication.translate("YearPage", u"Recognising decision:", None))
        self.nextYearCaption.setText(QCoreApplication.translate("YearPage", u"Next year:", None))
        self.todoBox.setTitle(QCoreApplication.translate("YearPage", u"To do", None))
        self.membersBox.setTitle(QCoreApplication.translate("YearPage", u"Member units", None))
        pass
    # retranslateUi
