# Generated from forms/unit_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(600, 380)
        self.dialogLayout = QVBoxLayout(UnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(UnitDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(UnitDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.officialNameLabel = QLabel(UnitDialog)
        self.officialNameLabel.setObjectName(u"officialNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officialNameLabel)

        self.officialNameEdit = QLineEdit(UnitDialog)
        self.officialNameEdit.setObjectName(u"officialNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officialNameEdit)

        self.shortNameLabel = QLabel(UnitDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(UnitDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.fromYearLabel = QLabel(UnitDialog)
        self.fromYearLabel.setObjectName(u"fromYearLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromYearLabel)

        self.fromYearSpin = QSpinBox(UnitDialog)
        self.fromYearSpin.setObjectName(u"fromYearSpin")
        self.fromYearSpin.setMinimum(2000)
        self.fromYearSpin.setMaximum(2100)
        self.fromYearSpin.setValue(2025)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromYearSpin)

        self.namesHint = QLabel(UnitDialog)
        self.namesHint.setObjectName(u"namesHint")
        self.namesHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.namesHint)

        self.provinceLabel = QLabel(UnitDialog)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(UnitDialog)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.contactLabel = QLabel(UnitDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(UnitDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.emailLabel = QLabel(UnitDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(UnitDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(UnitDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(UnitDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.officialNameLabel.setBuddy(self.officialNameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.fromYearLabel.setBuddy(self.fromYearSpin)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"Unit", None))
        self.codeLabel.setText(QCoreApplication.translate("UnitDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("UnitDialog", u"A short code without marks, used in file names", None))
#endif // QT_CONFIG(tooltip)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"e.g. BDT-DLK", None))
        self.officialNameLabel.setText(QCoreApplication.translate("UnitDialog", u"&Official name:", None))
        self.officialNameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"e.g. Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk L\u1eafk", None))
        self.shortNameLabel.setText(QCoreApplication.translate("UnitDialog", u"&Short name:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"e.g. Ban D\u00e2n t\u1ed9c \u0110\u1eafk L\u1eafk", None))
        self.fromYearLabel.setText(QCoreApplication.translate("UnitDialog", u"Name used &from:", None))
#if QT_CONFIG(tooltip)
        self.fromYearSpin.setToolTip(QCoreApplication.translate("UnitDialog", u"The first year in which the unit had this name", None))
#endif // QT_CONFIG(tooltip)
        self.namesHint.setText(QCoreApplication.translate("UnitDialog", u"The name of an existing unit changes with \u201cRename from a year\u2026\u201d, so that earlier years keep the old name.", None))
        self.provinceLabel.setText(QCoreApplication.translate("UnitDialog", u"&Province:", None))
        self.contactLabel.setText(QCoreApplication.translate("UnitDialog", u"Contact pe&rson:", None))
        self.emailLabel.setText(QCoreApplication.translate("UnitDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("UnitDialog", u"P&hone:", None))
    # retranslateUi
