# Generated from forms/explanations_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExplanationsDialog(object):
    def setupUi(self, ExplanationsDialog):
        if not ExplanationsDialog.objectName():
            ExplanationsDialog.setObjectName(u"ExplanationsDialog")
        ExplanationsDialog.resize(620, 480)
        self.dialogLayout = QVBoxLayout(ExplanationsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.subjectLabel = QLabel(ExplanationsDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setText(u"\u2014")
        self.subjectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.subjectLabel)

        self.threadView = QListView(ExplanationsDialog)
        self.threadView.setObjectName(u"threadView")
        self.threadView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.threadView.setWordWrap(True)
        self.threadView.setAlternatingRowColors(True)
        self.threadView.setSpacing(2)

        self.dialogLayout.addWidget(self.threadView)

        self.addLayout = QFormLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.addLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.authorCaption = QLabel(ExplanationsDialog)
        self.authorCaption.setObjectName(u"authorCaption")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorCaption)

        self.authorCombo = QComboBox(ExplanationsDialog)
        self.authorCombo.setObjectName(u"authorCombo")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorCombo)

        self.textCaption = QLabel(ExplanationsDialog)
        self.textCaption.setObjectName(u"textCaption")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textCaption)

        self.textEdit = QPlainTextEdit(ExplanationsDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMaximumSize(QSize(16777215, 100))

        self.addLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.resolvesCheck = QCheckBox(ExplanationsDialog)
        self.resolvesCheck.setObjectName(u"resolvesCheck")

        self.addLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resolvesCheck)


        self.dialogLayout.addLayout(self.addLayout)

        self.sendRow = QHBoxLayout()
        self.sendRow.setObjectName(u"sendRow")
        self.sendSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendRow.addItem(self.sendSpacer)

        self.addButton = QPushButton(ExplanationsDialog)
        self.addButton.setObjectName(u"addButton")

        self.sendRow.addWidget(self.addButton)


        self.dialogLayout.addLayout(self.sendRow)

        self.buttonBox = QDialogButtonBox(ExplanationsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.authorCaption.setBuddy(self.authorCombo)
        self.textCaption.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExplanationsDialog)

        QMetaObject.connectSlotsByName(ExplanationsDialog)
    # setupUi

    def retranslateUi(self, ExplanationsDialog):
        ExplanationsDialog.setWindowTitle(QCoreApplication.translate("ExplanationsDialog", u"Explanations", None))
        self.authorCaption.setText(QCoreApplication.translate("ExplanationsDialog", u"&From:", None))
#if QT_CONFIG(tooltip)
        self.authorCombo.setToolTip(QCoreApplication.translate("ExplanationsDialog", u"The unit that explains (or the cluster head who asks)", None))
#endif // QT_CONFIG(tooltip)
        self.textCaption.setText(QCoreApplication.translate("ExplanationsDialog", u"&Message:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ExplanationsDialog", u"What was done, and which evidence shows it", None))
        self.resolvesCheck.setText(QCoreApplication.translate("ExplanationsDialog", u"This message &settles the question", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ExplanationsDialog", u"Record the message (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ExplanationsDialog", u"&Add to the thread", None))
    # retranslateUi
