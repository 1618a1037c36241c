# Generated from forms/exclusions_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ExclusionsDialog(object):
    def setupUi(self, ExclusionsDialog):
        if not ExclusionsDialog.objectName():
            ExclusionsDialog.setObjectName(u"ExclusionsDialog")
        ExclusionsDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(ExclusionsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(ExclusionsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.tableView = QTableView(ExclusionsDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.tableView)

        self.buttonBox = QDialogButtonBox(ExclusionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ExclusionsDialog)

        QMetaObject.connectSlotsByName(ExclusionsDialog)
    # setupUi

    def retranslateUi(self, ExclusionsDialog):
        ExclusionsDialog.setWindowTitle(QCoreApplication.translate("ExclusionsDialog", u"Exclusions from awards", None))
        self.hintLabel.setText(QCoreApplication.translate("ExclusionsDialog", u"A unit under disciplinary review, inspection or an unresolved complaint receives no award this year; the suggestions pass it over and say why. Double-click a cell to change it.", None))
    # retranslateUi
