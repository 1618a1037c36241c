# Generated from forms/dossier_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DossierDialog(object):
    def setupUi(self, DossierDialog):
        if not DossierDialog.objectName():
            DossierDialog.setObjectName(u"DossierDialog")
        DossierDialog.resize(640, 300)
        self.dialogLayout = QVBoxLayout(DossierDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.nomineeLabel = QLabel(DossierDialog)
        self.nomineeLabel.setObjectName(u"nomineeLabel")
        self.nomineeLabel.setText(u"\u2014")
        self.nomineeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.nomineeLabel)

        self.papersView = QTableView(DossierDialog)
        self.papersView.setObjectName(u"papersView")
        self.papersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.papersView)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.attachButton = QPushButton(DossierDialog)
        self.attachButton.setObjectName(u"attachButton")

        self.buttonsRow.addWidget(self.attachButton)

        self.viewButton = QPushButton(DossierDialog)
        self.viewButton.setObjectName(u"viewButton")

        self.buttonsRow.addWidget(self.viewButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(DossierDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)


        self.retranslateUi(DossierDialog)
        self.buttonBox.rejected.connect(DossierDialog.reject)

        QMetaObject.connectSlotsByName(DossierDialog)
    # setupUi

    def retranslateUi(self, DossierDialog):
        DossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Dossier of the proposal", None))
        self.attachButton.setText(QCoreApplication.translate("DossierDialog", u"&Attach the paper\u2026", None))
        self.viewButton.setText(QCoreApplication.translate("DossierDialog", u"&View", None))
    # retranslateUi
