# Generated from forms/submitted_ranking_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_SubmittedRankingDialog(object):
    def setupUi(self, SubmittedRankingDialog):
        if not SubmittedRankingDialog.objectName():
            SubmittedRankingDialog.setObjectName(u"SubmittedRankingDialog")
        SubmittedRankingDialog.resize(1000, 560)
        self.dialogLayout = QVBoxLayout(SubmittedRankingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SubmittedRankingDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.dialogLayout.addWidget(self.titleLabel)

        self.tableView = QTableView(SubmittedRankingDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setWordWrap(True)

        self.dialogLayout.addWidget(self.tableView)

        self.noteLabel = QLabel(SubmittedRankingDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SubmittedRankingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SubmittedRankingDialog)

        QMetaObject.connectSlotsByName(SubmittedRankingDialog)
    # setupUi

    def retranslateUi(self, SubmittedRankingDialog):
        SubmittedRankingDialog.setWindowTitle(QCoreApplication.translate("SubmittedRankingDialog", u"The cluster's ranking table", None))
        self.titleLabel.setText(QCoreApplication.translate("SubmittedRankingDialog", u"Ranking table", None))
        self.noteLabel.setText("")
    # retranslateUi
