# Generated from forms/commitment_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CommitmentPage(object):
    def setupUi(self, CommitmentPage):
        if not CommitmentPage.objectName():
            CommitmentPage.setObjectName(u"CommitmentPage")
        self.pageLayout = QVBoxLayout(CommitmentPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageTitleLabel = QLabel(CommitmentPage)
        self.pageTitleLabel.setObjectName(u"pageTitleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.pageTitleLabel.setFont(font)
        self.pageTitleLabel.setText(u"\u2014")
        self.pageTitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.pageTitleLabel)

        self.statusLabel = QLabel(CommitmentPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"\u2014")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.textForm = QFormLayout()
        self.textForm.setObjectName(u"textForm")
        self.titleLabel = QLabel(CommitmentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CommitmentPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.signingLabel = QLabel(CommitmentPage)
        self.signingLabel.setObjectName(u"signingLabel")

        self.textForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signingLabel)

        self.signingRow = QHBoxLayout()
        self.signingRow.setObjectName(u"signingRow")
        self.dateCheck = QCheckBox(CommitmentPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.signingRow.addWidget(self.dateCheck)

        self.dateEdit = QDateEdit(CommitmentPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.signingRow.addWidget(self.dateEdit)

        self.placeEdit = QLineEdit(CommitmentPage)
        self.placeEdit.setObjectName(u"placeEdit")

        self.signingRow.addWidget(self.placeEdit)

        self.hostLabel = QLabel(CommitmentPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.signingRow.addWidget(self.hostLabel)

        self.hostCombo = QComboBox(CommitmentPage)
        self.hostCombo.setObjectName(u"hostCombo")

        self.signingRow.addWidget(self.hostCombo)


        self.textForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signingRow)

        self.preambleLabel = QLabel(CommitmentPage)
        self.preambleLabel.setObjectName(u"preambleLabel")

        self.textForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preambleLabel)

        self.preambleEdit = QPlainTextEdit(CommitmentPage)
        self.preambleEdit.setObjectName(u"preambleEdit")
        self.preambleEdit.setMaximumSize(QSize(16777215, 70))
        self.preambleEdit.setTabChangesFocus(True)

        self.textForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preambleEdit)


        self.pageLayout.addLayout(self.textForm)

        self.itemsView = QTableView(CommitmentPage)
        self.itemsView.setObjectName(u"itemsView")

        self.pageLayout.addWidget(self.itemsView)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(CommitmentPage)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(CommitmentPage)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtons.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.saveButton = QPushButton(CommitmentPage)
        self.saveButton.setObjectName(u"saveButton")

        self.itemButtons.addWidget(self.saveButton)

        self.printButton = QPushButton(CommitmentPage)
        self.printButton.setObjectName(u"printButton")

        self.itemButtons.addWidget(self.printButton)


        self.pageLayout.addLayout(self.itemButtons)

        self.signaturesView = QTableView(CommitmentPage)
        self.signaturesView.setObjectName(u"signaturesView")
        self.signaturesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signaturesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pageLayout.addWidget(self.signaturesView)

        self.signatureButtons = QHBoxLayout()
        self.signatureButtons.setObjectName(u"signatureButtons")
        self.signButton = QPushButton(CommitmentPage)
        self.signButton.setObjectName(u"signButton")

        self.signatureButtons.addWidget(self.signButton)

        self.viewScanButton = QPushButton(CommitmentPage)
        self.viewScanButton.setObjectName(u"viewScanButton")

        self.signatureButtons.addWidget(self.viewScanButton)

        self.signatureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatureButtons.addItem(self.signatureSpacer)

        self.registerButton = QPushButton(CommitmentPage)
        self.registerButton.setObjectName(u"registerButton")

        self.signatureButtons.addWidget(self.registerButton)


        self.pageLayout.addLayout(self.signatureButtons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.hostLabel.setBuddy(self.hostCombo)
        self.preambleLabel.setBuddy(self.preambleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentPage)
        self.dateCheck.toggled.connect(self.dateEdit.setEnabled)

        QMetaObject.connectSlotsByName(CommitmentPage)
    # setupUi

    def retranslateUi(self, CommitmentPage):
        self.titleLabel.setText(QCoreApplication.translate("CommitmentPage", u"T&itle:", None))
        self.signingLabel.setText(QCoreApplication.translate("CommitmentPage", u"Signed on / at:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CommitmentPage", u"place", None))
        self.hostLabel.setText(QCoreApplication.translate("CommitmentPage", u"H&ost:", None))
        self.preambleLabel.setText(QCoreApplication.translate("CommitmentPage", u"&Preamble:", None))
        self.addItemButton.setText(QCoreApplication.translate("CommitmentPage", u"&Add an item", None))
        self.removeItemButton.setText(QCoreApplication.translate("CommitmentPage", u"Remove the item", None))
        self.saveButton.setText(QCoreApplication.translate("CommitmentPage", u"&Save the commitment", None))
        self.printButton.setText(QCoreApplication.translate("CommitmentPage", u"Print for si&gnature\u2026", None))
        self.signButton.setText(QCoreApplication.translate("CommitmentPage", u"&Record the signature\u2026", None))
        self.viewScanButton.setText(QCoreApplication.translate("CommitmentPage", u"View the signed cop&y", None))
        self.registerButton.setText(QCoreApplication.translate("CommitmentPage", u"Signing register (E&xcel)\u2026", None))
        pass
    # retranslateUi
