# Generated from forms/about_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `make ui`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(620, 300)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerRow.addWidget(self.iconLabel)

        self.headerText = QVBoxLayout()
        self.headerText.setObjectName(u"headerText")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"emudesk")

        self.headerText.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.headerText.addWidget(self.descriptionLabel)


        self.headerRow.addLayout(self.headerText)


        self.dialogLayout.addLayout(self.headerRow)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"\u2014")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.licenceCaption = QLabel(AboutDialog)
        self.licenceCaption.setObjectName(u"licenceCaption")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.licenceCaption)

        self.licenceLabel = QLabel(AboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setText(u"\u2014")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.licenceLabel)

        self.dataCaption = QLabel(AboutDialog)
        self.dataCaption.setObjectName(u"dataCaption")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dataCaption)

        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")
        self.dataLabel.setText(u"\u2014")
        self.dataLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dataLabel)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"\u2014")
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.qtCaption = QLabel(AboutDialog)
        self.qtCaption.setObjectName(u"qtCaption")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.qtCaption)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")
        self.qtLabel.setText(u"\u2014")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.qtLabel)


        self.dialogLayout.addLayout(self.detailsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About emudesk", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Emulation and commendation work for emulation clusters: clusters, member units, yearly heads and deputies, scores, rankings, award proposals and certificates \u2014 offline, on one computer.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.licenceCaption.setText(QCoreApplication.translate("AboutDialog", u"Licence:", None))
        self.dataCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.qtCaption.setText(QCoreApplication.translate("AboutDialog", u"Built with:", None))
    # retranslateUi
