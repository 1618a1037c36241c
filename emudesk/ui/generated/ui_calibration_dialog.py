# Generated from forms/calibration_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CalibrationDialog(object):
    def setupUi(self, CalibrationDialog):
        if not CalibrationDialog.objectName():
            CalibrationDialog.setObjectName(u"CalibrationDialog")
        CalibrationDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(CalibrationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CalibrationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.printerLabel = QLabel(CalibrationDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(CalibrationDialog)
        self.printerCombo.setObjectName(u"printerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.dxLabel = QLabel(CalibrationDialog)
        self.dxLabel.setObjectName(u"dxLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dxLabel)

        self.dxSpin = QDoubleSpinBox(CalibrationDialog)
        self.dxSpin.setObjectName(u"dxSpin")
        self.dxSpin.setMinimum(-30.000000000000000)
        self.dxSpin.setMaximum(30.000000000000000)
        self.dxSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dxSpin)

        self.dyLabel = QLabel(CalibrationDialog)
        self.dyLabel.setObjectName(u"dyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dyLabel)

        self.dySpin = QDoubleSpinBox(CalibrationDialog)
        self.dySpin.setObjectName(u"dySpin")
        self.dySpin.setMinimum(-30.000000000000000)
        self.dySpin.setMaximum(30.000000000000000)
        self.dySpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dySpin)

        self.scaleLabel = QLabel(CalibrationDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleSpin = QDoubleSpinBox(CalibrationDialog)
        self.scaleSpin.setObjectName(u"scaleSpin")
        self.scaleSpin.setDecimals(3)
        self.scaleSpin.setMinimum(0.900000000000000)
        self.scaleSpin.setMaximum(1.100000000000000)
        self.scaleSpin.setSingleStep(0.001000000000000)
        self.scaleSpin.setValue(1.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scaleSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.gridButton = QPushButton(CalibrationDialog)
        self.gridButton.setObjectName(u"gridButton")

        self.buttonsRow.addWidget(self.gridButton)

        self.buttonBox = QDialogButtonBox(CalibrationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.printerLabel.setBuddy(self.printerCombo)
        self.dxLabel.setBuddy(self.dxSpin)
        self.dyLabel.setBuddy(self.dySpin)
        self.scaleLabel.setBuddy(self.scaleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalibrationDialog)
        self.buttonBox.rejected.connect(CalibrationDialog.reject)

        QMetaObject.connectSlotsByName(CalibrationDialog)
    # setupUi

    def retranslateUi(self, CalibrationDialog):
        CalibrationDialog.setWindowTitle(QCoreApplication.translate("CalibrationDialog", u"Printer calibration", None))
        self.introLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Print the calibration grid at actual size (100 %) on this printer, measure where the 10 mm marks landed from the paper's left and top edges, and enter the difference. Text printed onto blanks is moved by it.", None))
        self.printerLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Printer:", None))
#if QT_CONFIG(tooltip)
        self.printerCombo.setToolTip(QCoreApplication.translate("CalibrationDialog", u"The printer that prints onto the blanks: each printer shifts the page by its own amount", None))
#endif // QT_CONFIG(tooltip)
        self.printerCombo.setPlaceholderText(QCoreApplication.translate("CalibrationDialog", u"No printer is installed", None))
        self.dxLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Offset &across (mm, + to the right):", None))
        self.dyLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Offset &down (mm, + downwards):", None))
        self.scaleLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Scale:", None))
        self.gridButton.setText(QCoreApplication.translate("CalibrationDialog", u"Save the &grid as PDF\u2026", None))
    # retranslateUi
