# Generated from forms/criterion_params_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CriterionParamsDialog(object):
    def setupUi(self, CriterionParamsDialog):
        if not CriterionParamsDialog.objectName():
            CriterionParamsDialog.setObjectName(u"CriterionParamsDialog")
        CriterionParamsDialog.resize(480, 240)
        self.dialogLayout = QVBoxLayout(CriterionParamsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rowCaption = QLabel(CriterionParamsDialog)
        self.rowCaption.setObjectName(u"rowCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowCaption)

        self.rowLabel = QLabel(CriterionParamsDialog)
        self.rowLabel.setObjectName(u"rowLabel")
        self.rowLabel.setText(u"\u2014")
        self.rowLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rowLabel)

        self.pointsCaption = QLabel(CriterionParamsDialog)
        self.pointsCaption.setObjectName(u"pointsCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pointsCaption)

        self.pointsEdit = QLineEdit(CriterionParamsDialog)
        self.pointsEdit.setObjectName(u"pointsEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pointsEdit)

        self.targetCaption = QLabel(CriterionParamsDialog)
        self.targetCaption.setObjectName(u"targetCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetCaption)

        self.targetEdit = QLineEdit(CriterionParamsDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.higherCheck = QCheckBox(CriterionParamsDialog)
        self.higherCheck.setObjectName(u"higherCheck")
        self.higherCheck.setChecked(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.higherCheck)

        self.ruleHint = QLabel(CriterionParamsDialog)
        self.ruleHint.setObjectName(u"ruleHint")
        self.ruleHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.ruleHint)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CriterionParamsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pointsCaption.setBuddy(self.pointsEdit)
        self.targetCaption.setBuddy(self.targetEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CriterionParamsDialog)

        QMetaObject.connectSlotsByName(CriterionParamsDialog)
    # setupUi

    def retranslateUi(self, CriterionParamsDialog):
        CriterionParamsDialog.setWindowTitle(QCoreApplication.translate("CriterionParamsDialog", u"Row parameters", None))
        self.rowCaption.setText(QCoreApplication.translate("CriterionParamsDialog", u"Row:", None))
        self.pointsCaption.setText(QCoreApplication.translate("CriterionParamsDialog", u"&Points per occurrence:", None))
#if QT_CONFIG(tooltip)
        self.pointsEdit.setToolTip(QCoreApplication.translate("CriterionParamsDialog", u"Points earned by each occurrence; the row's maximum caps the sum", None))
#endif // QT_CONFIG(tooltip)
        self.pointsEdit.setPlaceholderText(QCoreApplication.translate("CriterionParamsDialog", u"e.g. 0,5", None))
        self.targetCaption.setText(QCoreApplication.translate("CriterionParamsDialog", u"&Target:", None))
#if QT_CONFIG(tooltip)
        self.targetEdit.setToolTip(QCoreApplication.translate("CriterionParamsDialog", u"The quantity to reach, in the row's unit (e.g. 95 for 95 %)", None))
#endif // QT_CONFIG(tooltip)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("CriterionParamsDialog", u"e.g. 95", None))
#if QT_CONFIG(tooltip)
        self.higherCheck.setToolTip(QCoreApplication.translate("CriterionParamsDialog", u"Untick when a smaller result is better (e.g. days late)", None))
#endif // QT_CONFIG(tooltip)
        self.higherCheck.setText(QCoreApplication.translate("CriterionParamsDialog", u"&Higher is better", None))
        self.ruleHint.setText(QCoreApplication.translate("CriterionParamsDialog", u"Meeting the target earns half the maximum, the best unit the full maximum, proportionally in between; below the target earns nothing.", None))
    # retranslateUi
