# Generated from forms/votes_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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

class Ui_VotesDialog(object):
    def setupUi(self, VotesDialog):
        if not VotesDialog.objectName():
            VotesDialog.setObjectName(u"VotesDialog")
        VotesDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(VotesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(VotesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.tableView = QTableView(VotesDialog)
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

        self.buttonBox = QDialogButtonBox(VotesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(VotesDialog)

        QMetaObject.connectSlotsByName(VotesDialog)
    # setupUi

    def retranslateUi(self, VotesDialog):
        VotesDialog.setWindowTitle(QCoreApplication.translate("VotesDialog", u"Votes", None))
        self.hintLabel.setText(QCoreApplication.translate("VotesDialog", u"The votes each unit received at the conference. They decide between units of equal total when the tie-break chain has \u201cMore votes\u201d. Double-click a number to change it.", None))
    # retranslateUi
