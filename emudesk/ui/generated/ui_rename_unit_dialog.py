# Generated from forms/rename_unit_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_RenameUnitDialog(object):
    def setupUi(self, RenameUnitDialog):
        if not RenameUnitDialog.objectName():
            RenameUnitDialog.setObjectName(u"RenameUnitDialog")
        RenameUnitDialog.resize(640, 440)
        self.dialogLayout = QVBoxLayout(RenameUnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.unitLabel = QLabel(RenameUnitDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"\u2014")
        self.unitLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.unitLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fromYearLabel = QLabel(RenameUnitDialog)
        self.fromYearLabel.setObjectName(u"fromYearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromYearLabel)

        self.fromYearSpin = QSpinBox(RenameUnitDialog)
        self.fromYearSpin.setObjectName(u"fromYearSpin")
        self.fromYearSpin.setMinimum(2000)
        self.fromYearSpin.setMaximum(2100)
        self.fromYearSpin.setValue(2025)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromYearSpin)

        self.officialNameLabel = QLabel(RenameUnitDialog)
        self.officialNameLabel.setObjectName(u"officialNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officialNameLabel)

        self.officialNameEdit = QLineEdit(RenameUnitDialog)
        self.officialNameEdit.setObjectName(u"officialNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officialNameEdit)

        self.shortNameLabel = QLabel(RenameUnitDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(RenameUnitDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.historyBox = QGroupBox(RenameUnitDialog)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyBox)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setMinimumSize(QSize(0, 120))
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyView.setWordWrap(False)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyView)


        self.dialogLayout.addWidget(self.historyBox)

        self.buttonBox = QDialogButtonBox(RenameUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromYearLabel.setBuddy(self.fromYearSpin)
        self.officialNameLabel.setBuddy(self.officialNameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RenameUnitDialog)

        QMetaObject.connectSlotsByName(RenameUnitDialog)
    # setupUi

    def retranslateUi(self, RenameUnitDialog):
        RenameUnitDialog.setWindowTitle(QCoreApplication.translate("RenameUnitDialog", u"Rename a unit", None))
        self.fromYearLabel.setText(QCoreApplication.translate("RenameUnitDialog", u"New name &from year:", None))
#if QT_CONFIG(tooltip)
        self.fromYearSpin.setToolTip(QCoreApplication.translate("RenameUnitDialog", u"Years before this one keep the previous name", None))
#endif // QT_CONFIG(tooltip)
        self.officialNameLabel.setText(QCoreApplication.translate("RenameUnitDialog", u"New &official name:", None))
        self.shortNameLabel.setText(QCoreApplication.translate("RenameUnitDialog", u"New &short name:", None))
        self.historyBox.setTitle(QCoreApplication.translate("RenameUnitDialog", u"Name history", None))
    # retranslateUi
