# Generated from forms/certificate_register_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QLineEdit, QSizePolicy, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_RegisterDialog(object):
    def setupUi(self, RegisterDialog):
        if not RegisterDialog.objectName():
            RegisterDialog.setObjectName(u"RegisterDialog")
        RegisterDialog.resize(900, 520)
        self.dialogLayout = QVBoxLayout(RegisterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(RegisterDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RegisterDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.yearLabel = QLabel(RegisterDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.searchRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(RegisterDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1999)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(1999)

        self.searchRow.addWidget(self.yearSpin)

        self.decisionLabel = QLabel(RegisterDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.searchRow.addWidget(self.decisionLabel)

        self.decisionEdit = QLineEdit(RegisterDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.searchRow.addWidget(self.decisionEdit)


        self.dialogLayout.addLayout(self.searchRow)

        self.registerView = QTableView(RegisterDialog)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.registerView)

        self.buttonBox = QDialogButtonBox(RegisterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.decisionLabel.setBuddy(self.decisionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterDialog)
        self.buttonBox.rejected.connect(RegisterDialog.reject)

        QMetaObject.connectSlotsByName(RegisterDialog)
    # setupUi

    def retranslateUi(self, RegisterDialog):
        RegisterDialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Certificate register", None))
        self.searchLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterDialog", u"name, unit, award or number (marks optional)", None))
        self.yearLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Year:", None))
        self.decisionLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Decision:", None))
    # retranslateUi
