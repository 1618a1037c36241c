# Generated from forms/scoring_table_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from emudesk.ui.views import CriterionTreeView

class Ui_ScoringTablePage(object):
    def setupUi(self, ScoringTablePage):
        if not ScoringTablePage.objectName():
            ScoringTablePage.setObjectName(u"ScoringTablePage")
        ScoringTablePage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ScoringTablePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ScoringTablePage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.tableTitleLabel = QLabel(ScoringTablePage)
        self.tableTitleLabel.setObjectName(u"tableTitleLabel")
        self.tableTitleLabel.setText(u"\u2014")
        self.tableTitleLabel.setWordWrap(True)

        self.headerRow.addWidget(self.tableTitleLabel)

        self.revisionLabel = QLabel(ScoringTablePage)
        self.revisionLabel.setObjectName(u"revisionLabel")
        self.revisionLabel.setStyleSheet(u"font-weight: bold;")
        self.revisionLabel.setText(u"\u2014")
        self.revisionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.revisionLabel)

        self.editHeaderButton = QPushButton(ScoringTablePage)
        self.editHeaderButton.setObjectName(u"editHeaderButton")

        self.headerRow.addWidget(self.editHeaderButton)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.lockBanner = QLabel(ScoringTablePage)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setStyleSheet(u"background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #4a3b00;")
        self.lockBanner.setText(u"")
        self.lockBanner.setWordWrap(True)

        self.pageLayout.addWidget(self.lockBanner)

        self.noTableBox = QGroupBox(ScoringTablePage)
        self.noTableBox.setObjectName(u"noTableBox")
        self.noTableLayout = QVBoxLayout(self.noTableBox)
        self.noTableLayout.setObjectName(u"noTableLayout")
        self.noTableLabel = QLabel(self.noTableBox)
        self.noTableLabel.setObjectName(u"noTableLabel")
        self.noTableLabel.setWordWrap(True)

        self.noTableLayout.addWidget(self.noTableLabel)

        self.noTableButtons = QHBoxLayout()
        self.noTableButtons.setObjectName(u"noTableButtons")
        self.copyButton = QPushButton(self.noTableBox)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setText(u"\u2014")

        self.noTableButtons.addWidget(self.copyButton)

        self.createButton = QPushButton(self.noTableBox)
        self.createButton.setObjectName(u"createButton")

        self.noTableButtons.addWidget(self.createButton)

        self.importTableButton = QPushButton(self.noTableBox)
        self.importTableButton.setObjectName(u"importTableButton")

        self.noTableButtons.addWidget(self.importTableButton)

        self.noTableSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noTableButtons.addItem(self.noTableSpacer)


        self.noTableLayout.addLayout(self.noTableButtons)


        self.pageLayout.addWidget(self.noTableBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(ScoringTablePage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.addChildButton = QPushButton(ScoringTablePage)
        self.addChildButton.setObjectName(u"addChildButton")

        self.buttonRow.addWidget(self.addChildButton)

        self.indentButton = QPushButton(ScoringTablePage)
        self.indentButton.setObjectName(u"indentButton")

        self.buttonRow.addWidget(self.indentButton)

        self.outdentButton = QPushButton(ScoringTablePage)
        self.outdentButton.setObjectName(u"outdentButton")

        self.buttonRow.addWidget(self.outdentButton)

        self.upButton = QPushButton(ScoringTablePage)
        self.upButton.setObjectName(u"upButton")

        self.buttonRow.addWidget(self.upButton)

        self.downButton = QPushButton(ScoringTablePage)
        self.downButton.setObjectName(u"downButton")

        self.buttonRow.addWidget(self.downButton)

        self.paramsButton = QPushButton(ScoringTablePage)
        self.paramsButton.setObjectName(u"paramsButton")

        self.buttonRow.addWidget(self.paramsButton)

        self.removeButton = QPushButton(ScoringTablePage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.treeView = CriterionTreeView(ScoringTablePage)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.treeView.setAlternatingRowColors(True)
        self.treeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.treeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.treeView.setUniformRowHeights(True)
        self.treeView.setAllColumnsShowFocus(True)
        self.treeView.header().setStretchLastSection(False)

        self.pageLayout.addWidget(self.treeView)

        self.problemsLayout = QVBoxLayout()
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.totalLabel = QLabel(ScoringTablePage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"\u2014")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problemsLayout.addWidget(self.totalLabel)

        self.problemsCaption = QLabel(ScoringTablePage)
        self.problemsCaption.setObjectName(u"problemsCaption")

        self.problemsLayout.addWidget(self.problemsCaption)

        self.problemsView = QListView(ScoringTablePage)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setMaximumSize(QSize(16777215, 110))
        self.problemsView.setStyleSheet(u"color: #b00020;")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsView)


        self.pageLayout.addLayout(self.problemsLayout)

        self.statusLabel = QLabel(ScoringTablePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #b00020;")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

        self.pageLayout.setStretch(5, 1)

        self.retranslateUi(ScoringTablePage)

        QMetaObject.connectSlotsByName(ScoringTablePage)
    # setupUi

    def retranslateUi(self, ScoringTablePage):
#if QT_CONFIG(tooltip)
        self.editHeaderButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Change the table's title and the total it must add up to", None))
#endif // QT_CONFIG(tooltip)
        self.editHeaderButton.setText(QCoreApplication.translate("ScoringTablePage", u"Tit&le and total\u2026", None))
        self.noTableBox.setTitle(QCoreApplication.translate("ScoringTablePage", u"No scoring table yet", None))
        self.noTableLabel.setText(QCoreApplication.translate("ScoringTablePage", u"This year has no scoring table. Start from last year's table (recommended: the rows, maxima and parameters are copied, no scores) or from an empty one.", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Copy every row of the previous year's current table", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Create a table with only its title and total", None))
#endif // QT_CONFIG(tooltip)
        self.createButton.setText(QCoreApplication.translate("ScoringTablePage", u"Start an &empty table\u2026", None))
#if QT_CONFIG(tooltip)
        self.importTableButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Read the criteria from an Excel table (a template to fill in is offered)", None))
#endif // QT_CONFIG(tooltip)
        self.importTableButton.setText(QCoreApplication.translate("ScoringTablePage", u"Impo&rt from a workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Add a row after the selected one, at the same level (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ScoringTablePage", u"&Add row", None))
#if QT_CONFIG(tooltip)
        self.addChildButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Add a row under the selected section (Ctrl+Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addChildButton.setText(QCoreApplication.translate("ScoringTablePage", u"Add &child row", None))
#if QT_CONFIG(tooltip)
        self.indentButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Put the row under the row above it (Tab or Ctrl+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.indentButton.setText(QCoreApplication.translate("ScoringTablePage", u"&Indent", None))
#if QT_CONFIG(tooltip)
        self.outdentButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Move the row up one level (Shift+Tab or Ctrl+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.outdentButton.setText(QCoreApplication.translate("ScoringTablePage", u"&Outdent", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Move the row before the row above it (Ctrl+\u2191)", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("ScoringTablePage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Move the row after the row below it (Ctrl+\u2193)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("ScoringTablePage", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.paramsButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Points per occurrence, or the target of a row measured against a target", None))
#endif // QT_CONFIG(tooltip)
        self.paramsButton.setText(QCoreApplication.translate("ScoringTablePage", u"&Parameters\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ScoringTablePage", u"Delete the row and every row under it (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ScoringTablePage", u"&Delete", None))
        self.problemsCaption.setText(QCoreApplication.translate("ScoringTablePage", u"To correct before the scores can be locked:", None))
        pass
    # retranslateUi
