# Generated from forms/history_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        HistoryPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(HistoryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(HistoryPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(HistoryPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(HistoryPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HistoryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.importButton = QPushButton(HistoryPage)
        self.importButton.setObjectName(u"importButton")

        self.searchRow.addWidget(self.importButton)

        self.templateButton = QPushButton(HistoryPage)
        self.templateButton.setObjectName(u"templateButton")

        self.searchRow.addWidget(self.templateButton)


        self.pageLayout.addLayout(self.searchRow)

        self.tableView = QTableView(HistoryPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.tableView)

        self.countLabel = QLabel(HistoryPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.importButton)
        QWidget.setTabOrder(self.importButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.tableView)

        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.titleLabel.setText(QCoreApplication.translate("HistoryPage", u"Award history", None))
        self.introLabel.setText(QCoreApplication.translate("HistoryPage", u"The awards a unit, a collective or a person received, across years, clusters and the unit's former names. Type part of a name: marks and case do not matter (\"phu yen\").", None))
        self.searchLabel.setText(QCoreApplication.translate("HistoryPage", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"Name of a unit or person, or a unit's code", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("HistoryPage", u"Awards decided before emudesk, from the template of past decisions (Excel)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("HistoryPage", u"&Import past decisions\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("HistoryPage", u"Save the workbook to type past decisions into, with the award catalogue", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("HistoryPage", u"Save the &template\u2026", None))
        self.countLabel.setText("")
        pass
    # retranslateUi
