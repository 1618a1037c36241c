# Generated from forms/merge_unit_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_MergeUnitDialog(object):
    def setupUi(self, MergeUnitDialog):
        if not MergeUnitDialog.objectName():
            MergeUnitDialog.setObjectName(u"MergeUnitDialog")
        MergeUnitDialog.resize(600, 240)
        self.dialogLayout = QVBoxLayout(MergeUnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.unitLabel = QLabel(MergeUnitDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"\u2014")
        self.unitLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.unitLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.successorLabel = QLabel(MergeUnitDialog)
        self.successorLabel.setObjectName(u"successorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.successorLabel)

        self.successorCombo = QComboBox(MergeUnitDialog)
        self.successorCombo.setObjectName(u"successorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.successorCombo)

        self.yearLabel = QLabel(MergeUnitDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(MergeUnitDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.explanationLabel = QLabel(MergeUnitDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MergeUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.successorLabel.setBuddy(self.successorCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeUnitDialog)

        QMetaObject.connectSlotsByName(MergeUnitDialog)
    # setupUi

    def retranslateUi(self, MergeUnitDialog):
        MergeUnitDialog.setWindowTitle(QCoreApplication.translate("MergeUnitDialog", u"Merge a unit into another", None))
        self.successorLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Merged &into:", None))
        self.yearLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"From &year:", None))
        self.explanationLabel.setText(QCoreApplication.translate("MergeUnitDialog", u"Earlier years keep the unit under its own name. Its memberships and head or deputy roles of that year and later pass to the unit it merged into.", None))
    # retranslateUi
