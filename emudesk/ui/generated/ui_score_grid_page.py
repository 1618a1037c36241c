# Generated from forms/score_grid_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ScoreGridPage(object):
    def setupUi(self, ScoreGridPage):
        if not ScoreGridPage.objectName():
            ScoreGridPage.setObjectName(u"ScoreGridPage")
        ScoreGridPage.resize(900, 600)
        self.actionExplain = QAction(ScoreGridPage)
        self.actionExplain.setObjectName(u"actionExplain")
        self.pageLayout = QVBoxLayout(ScoreGridPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ScoreGridPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unitCaption = QLabel(ScoreGridPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.unitRow.addWidget(self.unitCaption)

        self.unitCombo = QComboBox(ScoreGridPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.unitRow.addWidget(self.unitCombo)

        self.previousButton = QPushButton(ScoreGridPage)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")
        self.previousButton.setMaximumSize(QSize(40, 16777215))

        self.unitRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(ScoreGridPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")
        self.nextButton.setMaximumSize(QSize(40, 16777215))

        self.unitRow.addWidget(self.nextButton)

        self.unitSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitRow.addItem(self.unitSpacer)

        self.revisionLabel = QLabel(ScoreGridPage)
        self.revisionLabel.setObjectName(u"revisionLabel")
        self.revisionLabel.setStyleSheet(u"font-weight: bold;")
        self.revisionLabel.setText(u"\u2014")

        self.unitRow.addWidget(self.revisionLabel)


        self.pageLayout.addLayout(self.unitRow)

        self.lockBanner = QLabel(ScoreGridPage)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setStyleSheet(u"background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #4a3b00;")
        self.lockBanner.setText(u"")
        self.lockBanner.setWordWrap(True)

        self.pageLayout.addWidget(self.lockBanner)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.lockButton = QPushButton(ScoreGridPage)
        self.lockButton.setObjectName(u"lockButton")

        self.buttonRow.addWidget(self.lockButton)

        self.unlockButton = QPushButton(ScoreGridPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)

        self.submittedButton = QPushButton(ScoreGridPage)
        self.submittedButton.setObjectName(u"submittedButton")

        self.buttonRow.addWidget(self.submittedButton)

        self.explainButton = QPushButton(ScoreGridPage)
        self.explainButton.setObjectName(u"explainButton")

        self.buttonRow.addWidget(self.explainButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.gridView = QTableView(ScoreGridPage)
        self.gridView.setObjectName(u"gridView")
        self.gridView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.gridView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.gridView.setAlternatingRowColors(False)
        self.gridView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.gridView.setWordWrap(False)
        self.gridView.horizontalHeader().setHighlightSections(True)
        self.gridView.horizontalHeader().setStretchLastSection(False)
        self.gridView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.gridView)

        self.textsLabel = QLabel(ScoreGridPage)
        self.textsLabel.setObjectName(u"textsLabel")
        self.textsLabel.setStyleSheet(u"background: #fff4e6; border-left: 3px solid #d9480f; padding: 3px 6px;")
        self.textsLabel.setText(u"")
        self.textsLabel.setWordWrap(True)
        self.textsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.textsLabel)

        self.totalLabel = QLabel(ScoreGridPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"\u2014")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.totalLabel)

        self.legendLabel = QLabel(ScoreGridPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setStyleSheet(u"color: #555555;")

        self.pageLayout.addWidget(self.legendLabel)

        self.statusLabel = QLabel(ScoreGridPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #b00020;")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.unitCaption.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoreGridPage)

        QMetaObject.connectSlotsByName(ScoreGridPage)
    # setupUi

    def retranslateUi(self, ScoreGridPage):
        self.actionExplain.setText(QCoreApplication.translate("ScoreGridPage", u"&Explanations\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExplain.setToolTip(QCoreApplication.translate("ScoreGridPage", u"The explanation thread about this criterion of the unit", None))
#endif // QT_CONFIG(tooltip)
        self.unitCaption.setText(QCoreApplication.translate("ScoreGridPage", u"Assessed &unit:", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("ScoreGridPage", u"The unit whose scores are shown (Ctrl+PgUp / Ctrl+PgDn to step)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"Previous unit (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"Next unit (Ctrl+PgDn)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"Lock every score of the year: the result the ranking and the proposals use", None))
#endif // QT_CONFIG(tooltip)
        self.lockButton.setText(QCoreApplication.translate("ScoreGridPage", u"&Lock the scores\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"Unlock the year's scores to correct them (the reason is recorded)", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("ScoreGridPage", u"U&nlock\u2026", None))
#if QT_CONFIG(tooltip)
        self.submittedButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"Every score given by the scorer of the selected column is marked as submitted", None))
#endif // QT_CONFIG(tooltip)
        self.submittedButton.setText(QCoreApplication.translate("ScoreGridPage", u"Mark this scorer's scores as &submitted", None))
#if QT_CONFIG(tooltip)
        self.explainButton.setToolTip(QCoreApplication.translate("ScoreGridPage", u"The explanation thread about the selected criterion of this unit", None))
#endif // QT_CONFIG(tooltip)
        self.explainButton.setText(QCoreApplication.translate("ScoreGridPage", u"&Explanations\u2026", None))
#if QT_CONFIG(tooltip)
        self.textsLabel.setToolTip(QCoreApplication.translate("ScoreGridPage", u"What the unit wrote with its self-score of the chosen criterion (the return's explanation and evidence columns)", None))
#endif // QT_CONFIG(tooltip)
        self.legendLabel.setText(QCoreApplication.translate("ScoreGridPage", u"Orange cells: the self-score and the peers' mean differ by more than 20 % of the row's maximum. A self-score with a corner mark carries the unit's explanation or evidence, shown above when its row is chosen. Per-occurrence rows take a number of occurrences; rows against a target take the result achieved.", None))
        pass
    # retranslateUi
