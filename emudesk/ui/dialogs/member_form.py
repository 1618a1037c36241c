"""A member unit fills in the scoring form it received and saves the return to mail back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from emudesk.errors import EmuError
from emudesk.services.exchange import member
from emudesk.ui import messages, saving
from emudesk.ui.delegates import CheckedDelegate
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_member_form_dialog import Ui_MemberFormDialog
from emudesk.ui.models.member_form import NOTE, TITLE, MemberFormModel


class MemberFormDialog(QDialog):
    """Needs no database: everything comes from the form file itself."""

    def __init__(self, form: member.MemberForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.saved_to: Path | None = None
        self.opened = QDesktopServices.openUrl  # replaced by tests
        self.ask_address = self._ask_address  # replaced by tests
        self.ui = Ui_MemberFormDialog()
        self.ui.setupUi(self)
        self.model = MemberFormModel(form, self)
        self.ui.gridView.setModel(self.model)
        delegate = CheckedDelegate(self.model.checker, self)
        delegate.message.connect(self.ui.messageLabel.setText)
        self.ui.gridView.setItemDelegate(delegate)
        view = self.ui.gridView
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((TITLE, 380), (NOTE, 180), (NOTE + 1, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, width)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_saveButton_clicked)
        self.model.edited.connect(self._show_title)
        self._show_title()
        if form.problems:
            self.ui.messageLabel.setText("\n".join(form.problems))

    def _show_title(self) -> None:
        form = self.form
        mark = " *" if self.model.dirty else ""
        self.ui.titleLabel.setText(
            arg(
                self.tr("<b>%1</b> — %2, %3<br>Form of <b>%4</b> (file %5)"),
                form.table_title,
                form.cluster_name,
                form.identity.year,
                form.unit_name or form.unit.label,
                form.path.name,
            )
        )
        self.setWindowTitle(arg(self.tr("Scoring form of %1"), form.unit.label) + mark)

    @Slot()
    def on_saveButton_clicked(self) -> None:
        target = saving.ask_save_path(
            self,
            saving.RETURNS,
            self.tr("Save the return"),
            (self.saved_to or self.form.path).name,
            self.tr("Excel workbooks (*.xlsx)"),
            folder=self.saved_to.parent if self.saved_to else None,
        )
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        values, texts = self.model.result()
        try:
            member.save_filled_return(self.form, values, texts, target)
        except EmuError as error:
            messages.refuse(self, error, self.tr("The return was not saved"))
            return False
        self.saved_to = target
        self.model.dirty = False
        self._show_title()
        saving.saved(
            self,
            self.tr("Return saved"),
            target,
            arg(
                self.tr(
                    "Saved to %1. Send this file to the head unit; it can still be opened "
                    "and changed in Excel or LibreOffice."
                ),
                target,
            ),
        )
        return True

    @Slot()
    def on_replyButton_clicked(self) -> None:
        """The saved return as a ready e-mail to the head (saved first, if it is not)."""
        if self.saved_to is None or self.model.dirty:
            self.on_saveButton_clicked()
            if self.saved_to is None or self.model.dirty:
                return
        self.reply(self.saved_to)

    def reply(self, saved: Path) -> Path | None:
        from emudesk.services.mail import reply

        address = self.form.head_email or self.ask_address()
        if not address:
            return None
        target = reply.reply_path(saved)
        try:
            reply.write_reply(self.form, saved, target, to=address)
        except EmuError as error:
            messages.refuse(self, error, self.tr("The reply was not written"))
            return None
        self.opened(QUrl.fromLocalFile(str(target)))
        return target

    def _ask_address(self) -> str:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reply to the head unit"),
            self.tr("The form does not say the head unit's e-mail address; type it:"),
        )
        return text.strip() if ok else ""

    @Slot()
    def on_closeButton_clicked(self) -> None:
        self.close()

    def reject(self) -> None:
        """Close (button, Esc or the window's X), after asking if typed scores are unsaved."""
        if self.model.dirty and not messages.confirm(
            self,
            self.tr("Unsaved scores"),
            self.tr("The scores you typed are not saved in a return yet. Close anyway?"),
            self.tr("Close without saving"),
        ):
            return
        super().reject()


def open_received_form(parent: QWidget | None, path: Path) -> MemberFormDialog | None:
    """Open the form at ``path`` in a dialog, or say why it cannot be filled in here."""
    try:
        form = member.open_received_form(path)
    except EmuError as error:
        title = QCoreApplication.translate("MemberFormDialog", "Cannot open the form")
        messages.refuse(parent, error, title)
        return None
    dialog = MemberFormDialog(form, parent)
    dialog.show()
    return dialog
