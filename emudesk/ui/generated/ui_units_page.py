# Generated from forms/units_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(UnitsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(UnitsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearLabel = QLabel(UnitsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(UnitsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.filterRow.addWidget(self.yearSpin)

        self.filterLabel = QLabel(UnitsPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(UnitsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.showMergedCheck = QCheckBox(UnitsPage)
        self.showMergedCheck.setObjectName(u"showMergedCheck")
        self.showMergedCheck.setChecked(True)

        self.filterRow.addWidget(self.showMergedCheck)


        self.pageLayout.addLayout(self.filterRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(UnitsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(UnitsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.renameButton = QPushButton(UnitsPage)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonRow.addWidget(self.renameButton)

        self.mergeButton = QPushButton(UnitsPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonRow.addWidget(self.mergeButton)

        self.reorganiseButton = QPushButton(UnitsPage)
        self.reorganiseButton.setObjectName(u"reorganiseButton")

        self.buttonRow.addWidget(self.reorganiseButton)

        self.removeButton = QPushButton(UnitsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.importButton = QPushButton(UnitsPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.emptyHint = QLabel(UnitsPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyHint)

        self.tableView = QTableView(UnitsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        self.titleLabel.setText(QCoreApplication.translate("UnitsPage", u"Member units", None))
        self.yearLabel.setText(QCoreApplication.translate("UnitsPage", u"Names as in &year:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("UnitsPage", u"Units are listed with the names they had in this year", None))
#endif // QT_CONFIG(tooltip)
        self.filterLabel.setText(QCoreApplication.translate("UnitsPage", u"F&ilter:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Code, name or province (with or without marks)", None))
        self.showMergedCheck.setText(QCoreApplication.translate("UnitsPage", u"Show &merged units", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Add a member unit (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("UnitsPage", u"&Add unit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Change the code and contact details of the selected unit (F2 or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("UnitsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Give the unit a new name from a date on, with its decision; papers dated earlier keep the old name", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("UnitsPage", u"Re&name on a date\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Record that the unit merged into another unit on a date, with a preview", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("UnitsPage", u"Mer&ge into\u2026", None))
#if QT_CONFIG(tooltip)
        self.reorganiseButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Split the unit, or record that it joins or leaves a cluster on a date (also in the list's context menu: Menu key or right-click)", None))
#endif // QT_CONFIG(tooltip)
        self.reorganiseButton.setText(QCoreApplication.translate("UnitsPage", u"Re&organise", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Remove a unit typed by mistake (only when it has no history; Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("UnitsPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Add the units from an Excel list (a template to fill in is offered)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("UnitsPage", u"Im&port\u2026", None))
        self.emptyHint.setText(QCoreApplication.translate("UnitsPage", u"No unit yet. Add the member units one by one with Add unit\u2026, or the whole list at once with Import\u2026 (an Excel list; a template to fill in is offered). Then add the cluster's year with its members on the Clusters page.", None))
        pass
    # retranslateUi
