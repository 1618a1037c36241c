# Generated from forms/certificates_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CertificatesPage(object):
    def setupUi(self, CertificatesPage):
        if not CertificatesPage.objectName():
            CertificatesPage.setObjectName(u"CertificatesPage")
        self.pageLayout = QVBoxLayout(CertificatesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CertificatesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.unlockedPanel = QFrame(CertificatesPage)
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
        self.reasonLabel = QLabel(self.unlockedPanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.unlockedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.unlockedPanel)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.unlockedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.unlockedLayout.addLayout(self.unlockedForm)


        self.pageLayout.addWidget(self.unlockedPanel)

        self.splitter = QSplitter(CertificatesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.awardsLabel = QLabel(self.leftPanel)
        self.awardsLabel.setObjectName(u"awardsLabel")

        self.leftLayout.addWidget(self.awardsLabel)

        self.awardsView = QTableView(self.leftPanel)
        self.awardsView.setObjectName(u"awardsView")
        self.awardsView.setWordWrap(True)
        self.awardsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.awardsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.awardsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.leftLayout.addWidget(self.awardsView)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.templateLabel = QLabel(self.leftPanel)
        self.templateLabel.setObjectName(u"templateLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateCombo = QComboBox(self.leftPanel)
        self.templateCombo.setObjectName(u"templateCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateCombo.sizePolicy().hasHeightForWidth())
        self.templateCombo.setSizePolicy(sizePolicy)
        self.templateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.templateCombo.setMinimumContentsLength(12)

        self.templateRow.addWidget(self.templateCombo)

        self.editTemplateButton = QPushButton(self.leftPanel)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.templateRow.addWidget(self.editTemplateButton)


        self.optionsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.templateRow)

        self.modeLabel = QLabel(self.leftPanel)
        self.modeLabel.setObjectName(u"modeLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeRow = QVBoxLayout()
        self.modeRow.setObjectName(u"modeRow")
        self.fullRadio = QRadioButton(self.leftPanel)
        self.fullRadio.setObjectName(u"fullRadio")
        self.fullRadio.setChecked(True)

        self.modeRow.addWidget(self.fullRadio)

        self.overlayRadio = QRadioButton(self.leftPanel)
        self.overlayRadio.setObjectName(u"overlayRadio")

        self.modeRow.addWidget(self.overlayRadio)


        self.optionsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.modeRow)

        self.placeLabel = QLabel(self.leftPanel)
        self.placeLabel.setObjectName(u"placeLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.leftPanel)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setText(u"H\u00e0 N\u1ed9i")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.signerLabel = QLabel(self.leftPanel)
        self.signerLabel.setObjectName(u"signerLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(self.leftPanel)
        self.signerEdit.setObjectName(u"signerEdit")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.calibrationLabel = QLabel(self.leftPanel)
        self.calibrationLabel.setObjectName(u"calibrationLabel")

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.calibrationLabel)

        self.calibrationRow = QHBoxLayout()
        self.calibrationRow.setObjectName(u"calibrationRow")
        self.calibrationValue = QLabel(self.leftPanel)
        self.calibrationValue.setObjectName(u"calibrationValue")
        self.calibrationValue.setText(u"\u2014")
        self.calibrationValue.setWordWrap(True)

        self.calibrationRow.addWidget(self.calibrationValue)

        self.calibrateButton = QPushButton(self.leftPanel)
        self.calibrateButton.setObjectName(u"calibrateButton")

        self.calibrationRow.addWidget(self.calibrateButton)


        self.optionsLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.calibrationRow)


        self.leftLayout.addLayout(self.optionsLayout)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.printButton = QPushButton(self.leftPanel)
        self.printButton.setObjectName(u"printButton")

        self.actionsRow.addWidget(self.printButton)

        self.saveButton = QPushButton(self.leftPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsRow.addWidget(self.saveButton)

        self.registerButton = QPushButton(self.leftPanel)
        self.registerButton.setObjectName(u"registerButton")

        self.actionsRow.addWidget(self.registerButton)

        self.flagListButton = QPushButton(self.leftPanel)
        self.flagListButton.setObjectName(u"flagListButton")

        self.actionsRow.addWidget(self.flagListButton)


        self.leftLayout.addLayout(self.actionsRow)

        self.messageLabel = QLabel(self.leftPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.leftPanel)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.previewHost)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.templateLabel.setBuddy(self.templateCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.signerLabel.setBuddy(self.signerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificatesPage)

        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage):
        self.unlockedLabel.setText(QCoreApplication.translate("CertificatesPage", u"The scores of this year are not locked yet: the ranking behind these awards can still change. Lock them on the Scores page first, or say why you print now (for example the issuer's deadline); the reason is kept in the register.", None))
        self.reasonLabel.setText(QCoreApplication.translate("CertificatesPage", u"Reaso&n:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CertificatesPage", u"e.g. the issuer hands the awards out before the scores can be locked", None))
        self.awardsLabel.setText(QCoreApplication.translate("CertificatesPage", u"Awards with a decision: tick those to print", None))
        self.templateLabel.setText(QCoreApplication.translate("CertificatesPage", u"Te&mplate:", None))
        self.editTemplateButton.setText(QCoreApplication.translate("CertificatesPage", u"&Edit\u2026", None))
        self.modeLabel.setText(QCoreApplication.translate("CertificatesPage", u"Paper:", None))
        self.fullRadio.setText(QCoreApplication.translate("CertificatesPage", u"Plain p&aper (full design)", None))
        self.overlayRadio.setText(QCoreApplication.translate("CertificatesPage", u"Pre-printed &blanks (text only)", None))
        self.placeLabel.setText(QCoreApplication.translate("CertificatesPage", u"P&lace:", None))
        self.signerLabel.setText(QCoreApplication.translate("CertificatesPage", u"&Signed by:", None))
        self.calibrationLabel.setText(QCoreApplication.translate("CertificatesPage", u"Printer offset:", None))
        self.calibrateButton.setText(QCoreApplication.translate("CertificatesPage", u"&Calibrate\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CertificatesPage", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("CertificatesPage", u"Save as P&DF\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("CertificatesPage", u"&Register\u2026", None))
#if QT_CONFIG(tooltip)
        self.flagListButton.setToolTip(QCoreApplication.translate("CertificatesPage", u"A flag is made by the flag maker to the issuer's specimen: write what is sewn on each approved flag", None))
#endif // QT_CONFIG(tooltip)
        self.flagListButton.setText(QCoreApplication.translate("CertificatesPage", u"Fla&g list\u2026", None))
        pass
    # retranslateUi
