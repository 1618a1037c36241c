# Generated from forms/table_header_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TableHeaderDialog(object):
    def setupUi(self, TableHeaderDialog):
        if not TableHeaderDialog.objectName():
            TableHeaderDialog.setObjectName(u"TableHeaderDialog")
        TableHeaderDialog.resize(520, 180)
        self.dialogLayout = QVBoxLayout(TableHeaderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleCaption = QLabel(TableHeaderDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleEdit = QLineEdit(TableHeaderDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.totalCaption = QLabel(TableHeaderDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.totalCaption)

        self.totalEdit = QLineEdit(TableHeaderDialog)
        self.totalEdit.setObjectName(u"totalEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.totalEdit)

        self.revisionHint = QLabel(TableHeaderDialog)
        self.revisionHint.setObjectName(u"revisionHint")
        self.revisionHint.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.revisionHint)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TableHeaderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleCaption.setBuddy(self.titleEdit)
        self.totalCaption.setBuddy(self.totalEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TableHeaderDialog)

        QMetaObject.connectSlotsByName(TableHeaderDialog)
    # setupUi

    def retranslateUi(self, TableHeaderDialog):
        TableHeaderDialog.setWindowTitle(QCoreApplication.translate("TableHeaderDialog", u"Scoring table", None))
        self.titleCaption.setText(QCoreApplication.translate("TableHeaderDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TableHeaderDialog", u"e.g. B\u1ea3ng ch\u1ea5m \u0111i\u1ec3m thi \u0111ua n\u0103m 2025", None))
        self.totalCaption.setText(QCoreApplication.translate("TableHeaderDialog", u"Table total (&points):", None))
#if QT_CONFIG(tooltip)
        self.totalEdit.setToolTip(QCoreApplication.translate("TableHeaderDialog", u"The sections' maxima must add up to this total, e.g. 100 or 1000", None))
#endif // QT_CONFIG(tooltip)
        self.totalEdit.setPlaceholderText(QCoreApplication.translate("TableHeaderDialog", u"e.g. 100", None))
        self.revisionHint.setText(QCoreApplication.translate("TableHeaderDialog", u"This table already has scores: the change is saved as a new version.", None))
    # retranslateUi
