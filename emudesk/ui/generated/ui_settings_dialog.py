# Generated from forms/settings_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(660, 380)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.interfaceBox = QGroupBox(SettingsDialog)
        self.interfaceBox.setObjectName(u"interfaceBox")
        self.interfaceLayout = QFormLayout(self.interfaceBox)
        self.interfaceLayout.setObjectName(u"interfaceLayout")
        self.interfaceLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.interfaceBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.interfaceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.interfaceBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.interfaceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.roleLabel = QLabel(self.interfaceBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.interfaceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.interfaceBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.interfaceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.dialogLayout.addWidget(self.interfaceBox)

        self.databaseBox = QGroupBox(SettingsDialog)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseLayout = QVBoxLayout(self.databaseBox)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseForm = QFormLayout()
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.currentCaption = QLabel(self.databaseBox)
        self.currentCaption.setObjectName(u"currentCaption")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentLabel = QLabel(self.databaseBox)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"\u2014")
        self.currentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.databaseLabel = QLabel(self.databaseBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.databaseEdit = QLineEdit(self.databaseBox)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.databaseRow.addWidget(self.databaseEdit)

        self.chooseButton = QPushButton(self.databaseBox)
        self.chooseButton.setObjectName(u"chooseButton")

        self.databaseRow.addWidget(self.chooseButton)


        self.databaseForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.databaseRow)


        self.databaseLayout.addLayout(self.databaseForm)

        self.databaseHint = QLabel(self.databaseBox)
        self.databaseHint.setObjectName(u"databaseHint")
        self.databaseHint.setWordWrap(True)

        self.databaseLayout.addWidget(self.databaseHint)


        self.dialogLayout.addWidget(self.databaseBox)

        self.signingBox = QGroupBox(SettingsDialog)
        self.signingBox.setObjectName(u"signingBox")
        self.signingLayout = QHBoxLayout(self.signingBox)
        self.signingLayout.setObjectName(u"signingLayout")
        self.signingLabel = QLabel(self.signingBox)
        self.signingLabel.setObjectName(u"signingLabel")
        self.signingLabel.setText(u"\u2014")
        self.signingLabel.setWordWrap(True)

        self.signingLayout.addWidget(self.signingLabel)

        self.signingButton = QPushButton(self.signingBox)
        self.signingButton.setObjectName(u"signingButton")

        self.signingLayout.addWidget(self.signingButton)


        self.dialogLayout.addWidget(self.signingBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.databaseLabel.setBuddy(self.databaseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.interfaceBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Interface", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.roleLabel.setText(QCoreApplication.translate("SettingsDialog", u"This PC &serves:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The pages the navigation shows follow the office: the issuer's office sees the board, the council, the decisions and the award history first, without the cluster's scoring pages.", None))
#endif // QT_CONFIG(tooltip)
        self.databaseBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.currentCaption.setText(QCoreApplication.translate("SettingsDialog", u"Open now:", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Open at start:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the default file in the data folder", None))
        self.chooseButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose file\u2026", None))
        self.databaseHint.setText(QCoreApplication.translate("SettingsDialog", u"Choose an emudesk .sqlite file, or type the address of a shared PostgreSQL server (postgresql://user@server/database). The database given here opens at once and at every start.", None))
        self.signingBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Digital signatures", None))
        self.signingButton.setText(QCoreApplication.translate("SettingsDialog", u"&Digital signatures\u2026", None))
    # retranslateUi
