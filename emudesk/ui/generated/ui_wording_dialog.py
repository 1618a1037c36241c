# Generated from forms/wording_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WordingDialog(object):
    def setupUi(self, WordingDialog):
        if not WordingDialog.objectName():
            WordingDialog.setObjectName(u"WordingDialog")
        WordingDialog.resize(680, 480)
        self.dialogLayout = QVBoxLayout(WordingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WordingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.symbolLabel = QLabel(WordingDialog)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(WordingDialog)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.paperLabel = QLabel(WordingDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(WordingDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.blockLabel = QLabel(WordingDialog)
        self.blockLabel.setObjectName(u"blockLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.blockCombo = QComboBox(WordingDialog)
        self.blockCombo.setObjectName(u"blockCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.blockCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.textEdit = QPlainTextEdit(WordingDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.textEdit)

        self.placeholdersLabel = QLabel(WordingDialog)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")
        self.placeholdersLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.placeholdersLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.resetButton = QPushButton(WordingDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.buttonBox = QDialogButtonBox(WordingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.paperLabel.setBuddy(self.paperCombo)
        self.blockLabel.setBuddy(self.blockCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WordingDialog)

        QMetaObject.connectSlotsByName(WordingDialog)
    # setupUi

    def retranslateUi(self, WordingDialog):
        WordingDialog.setWindowTitle(QCoreApplication.translate("WordingDialog", u"Wording of the papers", None))
        self.introLabel.setText(QCoreApplication.translate("WordingDialog", u"The texts the cluster's papers are made of. An edit is kept with the cluster and travels with the handover to the next head. Words in braces are filled in when a paper is written.", None))
        self.symbolLabel.setText(QCoreApplication.translate("WordingDialog", u"Office &symbol:", None))
#if QT_CONFIG(tooltip)
        self.symbolEdit.setToolTip(QCoreApplication.translate("WordingDialog", u"What follows the kind in a number: 12/TTr-CT\u01104", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("WordingDialog", u"&Paper:", None))
        self.blockLabel.setText(QCoreApplication.translate("WordingDialog", u"&Text:", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("WordingDialog", u"Put back emudesk's wording of this paper", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("WordingDialog", u"&Built-in wording", None))
    # retranslateUi
