# Generated from forms/decision_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(DecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.questionLabel = QLabel(DecisionDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"\u2014")
        self.questionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.questionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.numberCaption = QLabel(DecisionDialog)
        self.numberCaption.setObjectName(u"numberCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberEdit = QLineEdit(DecisionDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateCaption = QLabel(DecisionDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(DecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.unlockedPanel = QFrame(DecisionDialog)
        self.unlockedPanel.setObjectName(u"unlockedPanel")
        self.unlockedPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.unlockedLayout = QVBoxLayout(self.unlockedPanel)
        self.unlockedLayout.setObjectName(u"unlockedLayout")
        self.unlockedLabel = QLabel(self.unlockedPanel)
        self.unlockedLabel.setObjectName(u"unlockedLabel")
        self.unlockedLabel.setWordWrap(True)

        self.unlockedLayout.addWidget(self.unlockedLabel)

        self.unlockedForm = QFormLayout()
        self.unlockedForm.setObjectName(u"unlockedForm")
        self.unlockedForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonCaption = QLabel(self.unlockedPanel)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.unlockedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QLineEdit(self.unlockedPanel)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.unlockedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.unlockedLayout.addLayout(self.unlockedForm)


        self.dialogLayout.addWidget(self.unlockedPanel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberCaption.setBuddy(self.numberEdit)
        self.dateCaption.setBuddy(self.dateEdit)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decision", None))
        self.numberCaption.setText(QCoreApplication.translate("DecisionDialog", u"Decision &number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"e.g. 125/Q\u0110-UBDT", None))
        self.dateCaption.setText(QCoreApplication.translate("DecisionDialog", u"Decision &date:", None))
        self.unlockedLabel.setText(QCoreApplication.translate("DecisionDialog", u"The scores of this year are not locked yet: the ranking behind this award can still change. Lock them on the Scores page first, or say why the approval is recorded now (for example the issuer's deadline). The reason is kept with the approval and shown with it.", None))
        self.reasonCaption.setText(QCoreApplication.translate("DecisionDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"e.g. the issuer's council meets before the scores can be locked", None))
    # retranslateUi
