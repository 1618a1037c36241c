# Generated from forms/regulation_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_RegulationDialog(object):
    def setupUi(self, RegulationDialog):
        if not RegulationDialog.objectName():
            RegulationDialog.setObjectName(u"RegulationDialog")
        RegulationDialog.resize(640, 640)
        self.dialogLayout = QVBoxLayout(RegulationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.scoringBox = QGroupBox(RegulationDialog)
        self.scoringBox.setObjectName(u"scoringBox")
        self.scoringLayout = QFormLayout(self.scoringBox)
        self.scoringLayout.setObjectName(u"scoringLayout")
        self.scoringLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.combineCaption = QLabel(self.scoringBox)
        self.combineCaption.setObjectName(u"combineCaption")

        self.scoringLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.combineCaption)

        self.combineCombo = QComboBox(self.scoringBox)
        self.combineCombo.setObjectName(u"combineCombo")

        self.scoringLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.combineCombo)

        self.reviewerCaption = QLabel(self.scoringBox)
        self.reviewerCaption.setObjectName(u"reviewerCaption")

        self.scoringLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reviewerCaption)

        self.reviewerCombo = QComboBox(self.scoringBox)
        self.reviewerCombo.setObjectName(u"reviewerCombo")

        self.scoringLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reviewerCombo)

        self.collisionCaption = QLabel(self.scoringBox)
        self.collisionCaption.setObjectName(u"collisionCaption")

        self.scoringLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.collisionCaption)

        self.collisionCombo = QComboBox(self.scoringBox)
        self.collisionCombo.setObjectName(u"collisionCombo")

        self.scoringLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.collisionCombo)

        self.trimRow = QHBoxLayout()
        self.trimRow.setObjectName(u"trimRow")
        self.trimCheck = QCheckBox(self.scoringBox)
        self.trimCheck.setObjectName(u"trimCheck")

        self.trimRow.addWidget(self.trimCheck)

        self.trimSpin = QSpinBox(self.scoringBox)
        self.trimSpin.setObjectName(u"trimSpin")
        self.trimSpin.setMinimum(3)
        self.trimSpin.setMaximum(99)
        self.trimSpin.setValue(5)

        self.trimRow.addWidget(self.trimSpin)

        self.trimUnitsLabel = QLabel(self.scoringBox)
        self.trimUnitsLabel.setObjectName(u"trimUnitsLabel")

        self.trimRow.addWidget(self.trimUnitsLabel)

        self.trimSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trimRow.addItem(self.trimSpacer)


        self.scoringLayout.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.trimRow)

        self.decimalsCaption = QLabel(self.scoringBox)
        self.decimalsCaption.setObjectName(u"decimalsCaption")

        self.scoringLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decimalsCaption)

        self.decimalsSpin = QSpinBox(self.scoringBox)
        self.decimalsSpin.setObjectName(u"decimalsSpin")
        self.decimalsSpin.setMinimum(0)
        self.decimalsSpin.setMaximum(2)
        self.decimalsSpin.setValue(2)

        self.scoringLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decimalsSpin)

        self.bonusCapCheck = QCheckBox(self.scoringBox)
        self.bonusCapCheck.setObjectName(u"bonusCapCheck")

        self.scoringLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bonusCapCheck)

        self.bonusCapEdit = QLineEdit(self.scoringBox)
        self.bonusCapEdit.setObjectName(u"bonusCapEdit")

        self.scoringLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bonusCapEdit)

        self.deductionCapCheck = QCheckBox(self.scoringBox)
        self.deductionCapCheck.setObjectName(u"deductionCapCheck")

        self.scoringLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deductionCapCheck)

        self.deductionCapEdit = QLineEdit(self.scoringBox)
        self.deductionCapEdit.setObjectName(u"deductionCapEdit")

        self.scoringLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deductionCapEdit)


        self.dialogLayout.addWidget(self.scoringBox)

        self.tieBox = QGroupBox(RegulationDialog)
        self.tieBox.setObjectName(u"tieBox")
        self.tieLayout = QHBoxLayout(self.tieBox)
        self.tieLayout.setObjectName(u"tieLayout")
        self.tieView = QListView(self.tieBox)
        self.tieView.setObjectName(u"tieView")
        self.tieView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tieLayout.addWidget(self.tieView)

        self.chainButtons = QVBoxLayout()
        self.chainButtons.setObjectName(u"chainButtons")
        self.tieKindCombo = QComboBox(self.tieBox)
        self.tieKindCombo.setObjectName(u"tieKindCombo")

        self.chainButtons.addWidget(self.tieKindCombo)

        self.sectionRow = QHBoxLayout()
        self.sectionRow.setObjectName(u"sectionRow")
        self.sectionCaption = QLabel(self.tieBox)
        self.sectionCaption.setObjectName(u"sectionCaption")

        self.sectionRow.addWidget(self.sectionCaption)

        self.sectionCombo = QComboBox(self.tieBox)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setEditable(True)

        self.sectionRow.addWidget(self.sectionCombo)

        self.sectionRow.setStretch(1, 1)

        self.chainButtons.addLayout(self.sectionRow)

        self.addTieButton = QPushButton(self.tieBox)
        self.addTieButton.setObjectName(u"addTieButton")

        self.chainButtons.addWidget(self.addTieButton)

        self.removeTieButton = QPushButton(self.tieBox)
        self.removeTieButton.setObjectName(u"removeTieButton")

        self.chainButtons.addWidget(self.removeTieButton)

        self.upTieButton = QPushButton(self.tieBox)
        self.upTieButton.setObjectName(u"upTieButton")

        self.chainButtons.addWidget(self.upTieButton)

        self.downTieButton = QPushButton(self.tieBox)
        self.downTieButton.setObjectName(u"downTieButton")

        self.chainButtons.addWidget(self.downTieButton)

        self.chainSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chainButtons.addItem(self.chainSpacer)


        self.tieLayout.addLayout(self.chainButtons)

        self.tieLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.tieBox)

        self.quotaBox = QGroupBox(RegulationDialog)
        self.quotaBox.setObjectName(u"quotaBox")
        self.quotaLayout = QFormLayout(self.quotaBox)
        self.quotaLayout.setObjectName(u"quotaLayout")
        self.quotaLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.flagCountRadio = QRadioButton(self.quotaBox)
        self.flagCountRadio.setObjectName(u"flagCountRadio")
        self.flagCountRadio.setChecked(True)

        self.quotaLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.flagCountRadio)

        self.flagCountSpin = QSpinBox(self.quotaBox)
        self.flagCountSpin.setObjectName(u"flagCountSpin")
        self.flagCountSpin.setMaximum(99)
        self.flagCountSpin.setValue(1)

        self.quotaLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.flagCountSpin)

        self.flagPercentRadio = QRadioButton(self.quotaBox)
        self.flagPercentRadio.setObjectName(u"flagPercentRadio")

        self.quotaLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.flagPercentRadio)

        self.flagPercentEdit = QLineEdit(self.quotaBox)
        self.flagPercentEdit.setObjectName(u"flagPercentEdit")

        self.quotaLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.flagPercentEdit)

        self.meritCaption = QLabel(self.quotaBox)
        self.meritCaption.setObjectName(u"meritCaption")

        self.quotaLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meritCaption)

        self.meritSpin = QSpinBox(self.quotaBox)
        self.meritSpin.setObjectName(u"meritSpin")
        self.meritSpin.setMaximum(99)

        self.quotaLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meritSpin)

        self.minimumCheck = QCheckBox(self.quotaBox)
        self.minimumCheck.setObjectName(u"minimumCheck")

        self.quotaLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minimumCheck)

        self.minimumEdit = QLineEdit(self.quotaBox)
        self.minimumEdit.setObjectName(u"minimumEdit")

        self.quotaLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minimumEdit)


        self.dialogLayout.addWidget(self.quotaBox)

        self.buttonBox = QDialogButtonBox(RegulationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.combineCaption.setBuddy(self.combineCombo)
        self.reviewerCaption.setBuddy(self.reviewerCombo)
        self.collisionCaption.setBuddy(self.collisionCombo)
        self.decimalsCaption.setBuddy(self.decimalsSpin)
        self.sectionCaption.setBuddy(self.sectionCombo)
        self.meritCaption.setBuddy(self.meritSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegulationDialog)

        QMetaObject.connectSlotsByName(RegulationDialog)
    # setupUi

    def retranslateUi(self, RegulationDialog):
        RegulationDialog.setWindowTitle(QCoreApplication.translate("RegulationDialog", u"Regulation settings", None))
        self.scoringBox.setTitle(QCoreApplication.translate("RegulationDialog", u"Combining the scores", None))
        self.combineCaption.setText(QCoreApplication.translate("RegulationDialog", u"&Final score:", None))
        self.reviewerCaption.setText(QCoreApplication.translate("RegulationDialog", u"&Head's own scores reviewed by:", None))
#if QT_CONFIG(tooltip)
        self.reviewerCombo.setToolTip(QCoreApplication.translate("RegulationDialog", u"The head reviews every other unit's scores; who reviews the head's own", None))
#endif // QT_CONFIG(tooltip)
        self.collisionCaption.setText(QCoreApplication.translate("RegulationDialog", u"Merged units both scored a r&ow:", None))
#if QT_CONFIG(tooltip)
        self.collisionCombo.setToolTip(QCoreApplication.translate("RegulationDialog", u"When a unit merges into another during the year and both hold a score for the same row, scorer and role", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.trimCheck.setToolTip(QCoreApplication.translate("RegulationDialog", u"Drop the highest and the lowest peer score of each criterion", None))
#endif // QT_CONFIG(tooltip)
        self.trimCheck.setText(QCoreApplication.translate("RegulationDialog", u"Drop the &extreme peer scores when at least", None))
        self.trimUnitsLabel.setText(QCoreApplication.translate("RegulationDialog", u"peers scored", None))
        self.decimalsCaption.setText(QCoreApplication.translate("RegulationDialog", u"&Round each criterion to:", None))
        self.decimalsSpin.setSuffix(QCoreApplication.translate("RegulationDialog", u" decimal(s)", None))
        self.bonusCapCheck.setText(QCoreApplication.translate("RegulationDialog", u"Cap on &bonus points:", None))
        self.bonusCapEdit.setPlaceholderText(QCoreApplication.translate("RegulationDialog", u"e.g. 3", None))
        self.deductionCapCheck.setText(QCoreApplication.translate("RegulationDialog", u"Cap on de&ductions:", None))
        self.deductionCapEdit.setPlaceholderText(QCoreApplication.translate("RegulationDialog", u"e.g. 5", None))
        self.tieBox.setTitle(QCoreApplication.translate("RegulationDialog", u"Tie-breaks for equal totals, in order", None))
#if QT_CONFIG(tooltip)
        self.tieKindCombo.setToolTip(QCoreApplication.translate("RegulationDialog", u"The rule to add", None))
#endif // QT_CONFIG(tooltip)
        self.sectionCaption.setText(QCoreApplication.translate("RegulationDialog", u"&Section:", None))
#if QT_CONFIG(tooltip)
        self.sectionCombo.setToolTip(QCoreApplication.translate("RegulationDialog", u"A top-level section of the scoring table, e.g. I", None))
#endif // QT_CONFIG(tooltip)
        self.addTieButton.setText(QCoreApplication.translate("RegulationDialog", u"&Add to the chain", None))
        self.removeTieButton.setText(QCoreApplication.translate("RegulationDialog", u"Remo&ve", None))
        self.upTieButton.setText(QCoreApplication.translate("RegulationDialog", u"Move &up", None))
        self.downTieButton.setText(QCoreApplication.translate("RegulationDialog", u"Move do&wn", None))
        self.quotaBox.setTitle(QCoreApplication.translate("RegulationDialog", u"Award quotas", None))
        self.flagCountRadio.setText(QCoreApplication.translate("RegulationDialog", u"&Number of flags:", None))
        self.flagPercentRadio.setText(QCoreApplication.translate("RegulationDialog", u"Flags as a &percentage:", None))
#if QT_CONFIG(tooltip)
        self.flagPercentEdit.setToolTip(QCoreApplication.translate("RegulationDialog", u"Per cent of the member units, rounded down (at least one)", None))
#endif // QT_CONFIG(tooltip)
        self.flagPercentEdit.setPlaceholderText(QCoreApplication.translate("RegulationDialog", u"e.g. 20", None))
        self.meritCaption.setText(QCoreApplication.translate("RegulationDialog", u"&Certificates of merit:", None))
        self.minimumCheck.setText(QCoreApplication.translate("RegulationDialog", u"&Minimum total:", None))
        self.minimumEdit.setPlaceholderText(QCoreApplication.translate("RegulationDialog", u"e.g. 80", None))
    # retranslateUi
