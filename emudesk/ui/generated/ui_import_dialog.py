# Generated from forms/import_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(960, 640)
        ImportDialog.setAcceptDrops(True)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileButtonsLayout = QHBoxLayout()
        self.fileButtonsLayout.setObjectName(u"fileButtonsLayout")
        self.addButton = QPushButton(ImportDialog)
        self.addButton.setObjectName(u"addButton")

        self.fileButtonsLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(ImportDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.fileButtonsLayout.addWidget(self.removeButton)

        self.mapOldCheck = QCheckBox(ImportDialog)
        self.mapOldCheck.setObjectName(u"mapOldCheck")

        self.fileButtonsLayout.addWidget(self.mapOldCheck)

        self.fileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtonsLayout.addItem(self.fileButtonsSpacer)


        self.dialogLayout.addLayout(self.fileButtonsLayout)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.filesView = QTableView(self.splitter)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.filesView)
        self.detailsEdit = QPlainTextEdit(self.splitter)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailsEdit)

        self.dialogLayout.addWidget(self.splitter)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.progressLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.progressLayout)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.commitLayout = QHBoxLayout()
        self.commitLayout.setObjectName(u"commitLayout")
        self.allOrNothingRadio = QRadioButton(ImportDialog)
        self.allOrNothingRadio.setObjectName(u"allOrNothingRadio")
        self.allOrNothingRadio.setChecked(True)

        self.commitLayout.addWidget(self.allOrNothingRadio)

        self.perFileRadio = QRadioButton(ImportDialog)
        self.perFileRadio.setObjectName(u"perFileRadio")

        self.commitLayout.addWidget(self.perFileRadio)

        self.commitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitLayout.addItem(self.commitSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.commitLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.commitLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.commitLayout)


        self.retranslateUi(ImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import returned scoring forms", None))
        self.introLabel.setText(QCoreApplication.translate("ImportDialog", u"Add the workbooks the member units sent back, or the e-mails that carry them (.eml, Thunderbird .mbox, Outlook .msg), or drop them here. Each file is checked and its changes are shown; nothing is stored until you press Import.", None))
        self.addButton.setText(QCoreApplication.translate("ImportDialog", u"&Add files\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ImportDialog", u"&Remove from the list", None))
        self.mapOldCheck.setText(QCoreApplication.translate("ImportDialog", u"&Match returns of an older table version by criterion code", None))
        self.detailsEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a file to see what is wrong with it or what it would change.", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"&Stop checking", None))
        self.allOrNothingRadio.setText(QCoreApplication.translate("ImportDialog", u"All files together: &nothing is stored if one is refused", None))
        self.perFileRadio.setText(QCoreApplication.translate("ImportDialog", u"File by file: store the &good files, leave the refused ones", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"&Close", None))
    # retranslateUi
