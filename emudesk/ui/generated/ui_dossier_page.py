# Generated from forms/dossier_page.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_DossierPage(object):
    def setupUi(self, DossierPage):
        if not DossierPage.objectName():
            DossierPage.setObjectName(u"DossierPage")
        DossierPage.resize(1100, 700)
        self.pageLayout = QHBoxLayout(DossierPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(DossierPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.leftPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.leftLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.leftPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.introLabel)

        self.papersView = QTableView(self.leftPanel)
        self.papersView.setObjectName(u"papersView")
        self.papersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.papersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.papersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersView.horizontalHeader().setStretchLastSection(True)
        self.papersView.verticalHeader().setVisible(False)

        self.leftLayout.addWidget(self.papersView)

        self.numberBox = QGroupBox(self.leftPanel)
        self.numberBox.setObjectName(u"numberBox")
        self.numberLayout = QFormLayout(self.numberBox)
        self.numberLayout.setObjectName(u"numberLayout")
        self.dateCheck = QCheckBox(self.numberBox)
        self.dateCheck.setObjectName(u"dateCheck")

        self.numberLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateCheck)

        self.dateEdit = QDateEdit(self.numberBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.numberLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.numberLabel = QLabel(self.numberBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.numberLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberRow = QHBoxLayout()
        self.numberRow.setObjectName(u"numberRow")
        self.numberEdit = QLineEdit(self.numberBox)
        self.numberEdit.setObjectName(u"numberEdit")

        self.numberRow.addWidget(self.numberEdit)

        self.symbolLabel = QLabel(self.numberBox)
        self.symbolLabel.setObjectName(u"symbolLabel")
        self.symbolLabel.setText(u"")

        self.numberRow.addWidget(self.symbolLabel)

        self.nextButton = QPushButton(self.numberBox)
        self.nextButton.setObjectName(u"nextButton")

        self.numberRow.addWidget(self.nextButton)


        self.numberLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.numberRow)

        self.saveNumberButton = QPushButton(self.numberBox)
        self.saveNumberButton.setObjectName(u"saveNumberButton")

        self.numberLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.saveNumberButton)


        self.leftLayout.addWidget(self.numberBox)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.openButton = QPushButton(self.leftPanel)
        self.openButton.setObjectName(u"openButton")

        self.actionsRow.addWidget(self.openButton)

        self.writeButton = QPushButton(self.leftPanel)
        self.writeButton.setObjectName(u"writeButton")

        self.actionsRow.addWidget(self.writeButton)

        self.wordingButton = QPushButton(self.leftPanel)
        self.wordingButton.setObjectName(u"wordingButton")

        self.actionsRow.addWidget(self.wordingButton)


        self.leftLayout.addLayout(self.actionsRow)

        self.formatRow = QHBoxLayout()
        self.formatRow.setObjectName(u"formatRow")
        self.formatLabel = QLabel(self.leftPanel)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formatRow.addWidget(self.formatLabel)

        self.formatCombo = QComboBox(self.leftPanel)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formatRow.addWidget(self.formatCombo)

        self.formatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatRow.addItem(self.formatSpacer)


        self.leftLayout.addLayout(self.formatRow)

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

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierPage)

        QMetaObject.connectSlotsByName(DossierPage)
    # setupUi

    def retranslateUi(self, DossierPage):
        self.titleLabel.setText(QCoreApplication.translate("DossierPage", u"Dossier", None))
        self.introLabel.setText(QCoreApplication.translate("DossierPage", u"The papers the head sends with the year's proposals: the submission, the conference's minutes and an achievement report per proposed collective, in the state's form. Offices finish them in Word or LibreOffice Writer.", None))
        self.numberBox.setTitle(QCoreApplication.translate("DossierPage", u"Number and date of the selected paper", None))
        self.dateCheck.setText(QCoreApplication.translate("DossierPage", u"&Dated:", None))
        self.numberLabel.setText(QCoreApplication.translate("DossierPage", u"&Number:", None))
#if QT_CONFIG(tooltip)
        self.numberEdit.setToolTip(QCoreApplication.translate("DossierPage", u"The office's number for this paper in its date's year; empty: written by hand", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DossierPage", u"Take the office's next free number of the paper's year", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("DossierPage", u"Ne&xt free number", None))
        self.saveNumberButton.setText(QCoreApplication.translate("DossierPage", u"&Keep the date and number", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("DossierPage", u"Write the selected paper as a Word document and open it in Word or LibreOffice Writer", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("DossierPage", u"&Open in Word/Writer", None))
#if QT_CONFIG(tooltip)
        self.writeButton.setToolTip(QCoreApplication.translate("DossierPage", u"Write every paper of the dossier to a folder", None))
#endif // QT_CONFIG(tooltip)
        self.writeButton.setText(QCoreApplication.translate("DossierPage", u"&Write the dossier\u2026", None))
#if QT_CONFIG(tooltip)
        self.wordingButton.setToolTip(QCoreApplication.translate("DossierPage", u"Change the wording of the cluster's papers; the change is kept with the cluster", None))
#endif // QT_CONFIG(tooltip)
        self.wordingButton.setText(QCoreApplication.translate("DossierPage", u"Wordin&g\u2026", None))
        self.formatLabel.setText(QCoreApplication.translate("DossierPage", u"Fo&rmat:", None))
        pass
    # retranslateUi
