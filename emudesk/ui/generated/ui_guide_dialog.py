# Generated from forms/guide_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        GuideDialog.resize(760, 640)
        self.dialogLayout = QVBoxLayout(GuideDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sectionRow = QHBoxLayout()
        self.sectionRow.setObjectName(u"sectionRow")
        self.sectionLabel = QLabel(GuideDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.sectionRow.addWidget(self.sectionLabel)

        self.sectionCombo = QComboBox(GuideDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sectionCombo.sizePolicy().hasHeightForWidth())
        self.sectionCombo.setSizePolicy(sizePolicy)

        self.sectionRow.addWidget(self.sectionCombo)


        self.dialogLayout.addLayout(self.sectionRow)

        self.browser = QTextBrowser(GuideDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.dialogLayout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(GuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GuideDialog)

        QMetaObject.connectSlotsByName(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"User guide", None))
        self.sectionLabel.setText(QCoreApplication.translate("GuideDialog", u"&Section:", None))
    # retranslateUi
