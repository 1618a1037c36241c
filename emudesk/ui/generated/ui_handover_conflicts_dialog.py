# Generated from forms/handover_conflicts_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HandoverConflictsDialog(object):
    def setupUi(self, HandoverConflictsDialog):
        if not HandoverConflictsDialog.objectName():
            HandoverConflictsDialog.setObjectName(u"HandoverConflictsDialog")
        HandoverConflictsDialog.resize(1100, 480)
        self.dialogLayout = QVBoxLayout(HandoverConflictsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(HandoverConflictsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.hintLabel = QLabel(HandoverConflictsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.tableWidget = QTableWidget(HandoverConflictsDialog)
        if (self.tableWidget.columnCount() < 4):
            self.tableWidget.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.tableWidget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tableWidget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tableWidget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tableWidget.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.tableWidget.setObjectName(u"tableWidget")
        self.tableWidget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableWidget.setAlternatingRowColors(True)
        self.tableWidget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableWidget.setWordWrap(False)
        self.tableWidget.horizontalHeader().setStretchLastSection(True)
        self.tableWidget.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.tableWidget)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.takeAllButton = QPushButton(HandoverConflictsDialog)
        self.takeAllButton.setObjectName(u"takeAllButton")

        self.choiceLayout.addWidget(self.takeAllButton)

        self.keepAllButton = QPushButton(HandoverConflictsDialog)
        self.keepAllButton.setObjectName(u"keepAllButton")

        self.choiceLayout.addWidget(self.keepAllButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.buttonBox = QDialogButtonBox(HandoverConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.choiceLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.choiceLayout)


        self.retranslateUi(HandoverConflictsDialog)

        QMetaObject.connectSlotsByName(HandoverConflictsDialog)
    # setupUi

    def retranslateUi(self, HandoverConflictsDialog):
        HandoverConflictsDialog.setWindowTitle(QCoreApplication.translate("HandoverConflictsDialog", u"Receive the handover", None))
        self.hintLabel.setText(QCoreApplication.translate("HandoverConflictsDialog", u"These records differ between this database and the file. Tick the ones to take from the file; the others keep this database's version. Shared records (issuers, units, persons) are never changed by a handover.", None))
        ___qtablewidgetitem = self.tableWidget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HandoverConflictsDialog", u"Take the file's", None))
        ___qtablewidgetitem1 = self.tableWidget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HandoverConflictsDialog", u"Record", None))
        ___qtablewidgetitem2 = self.tableWidget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HandoverConflictsDialog", u"This database", None))
        ___qtablewidgetitem3 = self.tableWidget.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HandoverConflictsDialog", u"The file", None))
        self.takeAllButton.setText(QCoreApplication.translate("HandoverConflictsDialog", u"Take the file's for all", None))
        self.keepAllButton.setText(QCoreApplication.translate("HandoverConflictsDialog", u"Keep this database's for all", None))
    # retranslateUi
