# Generated from forms/issuer_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IssuerDialog(object):
    def setupUi(self, IssuerDialog):
        if not IssuerDialog.objectName():
            IssuerDialog.setObjectName(u"IssuerDialog")
        IssuerDialog.resize(560, 200)
        self.dialogLayout = QVBoxLayout(IssuerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(IssuerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IssuerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(IssuerDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(IssuerDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.kindLabel = QLabel(IssuerDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(IssuerDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.signerLabel = QLabel(IssuerDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(IssuerDialog)
        self.signerEdit.setObjectName(u"signerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(IssuerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.signerLabel.setBuddy(self.signerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IssuerDialog)

        QMetaObject.connectSlotsByName(IssuerDialog)
    # setupUi

    def retranslateUi(self, IssuerDialog):
        IssuerDialog.setWindowTitle(QCoreApplication.translate("IssuerDialog", u"Issuer", None))
        self.nameLabel.setText(QCoreApplication.translate("IssuerDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IssuerDialog", u"e.g. B\u1ed9 V\u0103n h\u00f3a, Th\u1ec3 thao v\u00e0 Du l\u1ecbch", None))
        self.shortNameLabel.setText(QCoreApplication.translate("IssuerDialog", u"&Short name:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("IssuerDialog", u"e.g. B\u1ed9 VHTTDL", None))
        self.kindLabel.setText(QCoreApplication.translate("IssuerDialog", u"&Kind:", None))
        self.signerLabel.setText(QCoreApplication.translate("IssuerDialog", u"Si&gner's title:", None))
#if QT_CONFIG(tooltip)
        self.signerEdit.setToolTip(QCoreApplication.translate("IssuerDialog", u"The title printed above the signature on certificates", None))
#endif // QT_CONFIG(tooltip)
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("IssuerDialog", u"e.g. B\u1ed8 TR\u01af\u1edeNG B\u1ed8 V\u0102N H\u00d3A, TH\u1ec2 THAO V\u00c0 DU L\u1ecaCH", None))
    # retranslateUi
