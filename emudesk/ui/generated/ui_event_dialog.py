# Generated from forms/event_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(680, 560)
        EventDialog.setWindowTitle(u"\u2014")
        self.dialogLayout = QVBoxLayout(EventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.subjectLabel = QLabel(EventDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setText(u"\u2014")
        self.subjectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.subjectLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(EventDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(EventDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortLabel = QLabel(EventDialog)
        self.shortLabel.setObjectName(u"shortLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortLabel)

        self.shortEdit = QLineEdit(EventDialog)
        self.shortEdit.setObjectName(u"shortEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortEdit)

        self.signerLabel = QLabel(EventDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(EventDialog)
        self.signerEdit.setObjectName(u"signerEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.clusterLabel = QLabel(EventDialog)
        self.clusterLabel.setObjectName(u"clusterLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clusterLabel)

        self.clusterCombo = QComboBox(EventDialog)
        self.clusterCombo.setObjectName(u"clusterCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clusterCombo)

        self.principalLabel = QLabel(EventDialog)
        self.principalLabel.setObjectName(u"principalLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalCombo = QComboBox(EventDialog)
        self.principalCombo.setObjectName(u"principalCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.principalCombo)

        self.partsLabel = QLabel(EventDialog)
        self.partsLabel.setObjectName(u"partsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partsLabel)

        self.partsView = QListView(EventDialog)
        self.partsView.setObjectName(u"partsView")
        self.partsView.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partsView)

        self.onLabel = QLabel(EventDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onDateEdit = QDateEdit(EventDialog)
        self.onDateEdit.setObjectName(u"onDateEdit")
        self.onDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onDateEdit)

        self.decisionLabel = QLabel(EventDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(EventDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decisionDateCheck = QCheckBox(EventDialog)
        self.decisionDateCheck.setObjectName(u"decisionDateCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decisionDateCheck)

        self.decisionDateEdit = QDateEdit(EventDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.explanationLabel = QLabel(EventDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"\u2014")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.previewLabel = QLabel(EventDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.dialogLayout.addWidget(self.previewLabel)

        self.previewText = QPlainTextEdit(EventDialog)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setReadOnly(True)

        self.dialogLayout.addWidget(self.previewText)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortLabel.setBuddy(self.shortEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.clusterLabel.setBuddy(self.clusterCombo)
        self.principalLabel.setBuddy(self.principalCombo)
        self.partsLabel.setBuddy(self.partsView)
        self.onLabel.setBuddy(self.onDateEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.previewLabel.setBuddy(self.previewText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.shortEdit)
        QWidget.setTabOrder(self.shortEdit, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.clusterCombo)
        QWidget.setTabOrder(self.clusterCombo, self.principalCombo)
        QWidget.setTabOrder(self.principalCombo, self.partsView)
        QWidget.setTabOrder(self.partsView, self.onDateEdit)
        QWidget.setTabOrder(self.onDateEdit, self.decisionEdit)
        QWidget.setTabOrder(self.decisionEdit, self.decisionDateCheck)
        QWidget.setTabOrder(self.decisionDateCheck, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.previewText)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        self.nameLabel.setText(QCoreApplication.translate("EventDialog", u"New &official name:", None))
        self.shortLabel.setText(QCoreApplication.translate("EventDialog", u"&Short name:", None))
        self.signerLabel.setText(QCoreApplication.translate("EventDialog", u"Signer's &title:", None))
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. B\u1ed9 tr\u01b0\u1edfng B\u1ed9 D\u00e2n t\u1ed9c v\u00e0 T\u00f4n gi\u00e1o", None))
        self.clusterLabel.setText(QCoreApplication.translate("EventDialog", u"&Cluster:", None))
        self.principalLabel.setText(QCoreApplication.translate("EventDialog", u"&Main successor:", None))
        self.partsLabel.setText(QCoreApplication.translate("EventDialog", u"&Other parts:", None))
        self.onLabel.setText(QCoreApplication.translate("EventDialog", u"&Effective on:", None))
        self.decisionLabel.setText(QCoreApplication.translate("EventDialog", u"Decision &number:", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. 202/2025/QH15", None))
        self.decisionDateCheck.setText(QCoreApplication.translate("EventDialog", u"Decision &dated:", None))
        self.previewLabel.setText(QCoreApplication.translate("EventDialog", u"&Preview of what changes:", None))
        pass
    # retranslateUi
