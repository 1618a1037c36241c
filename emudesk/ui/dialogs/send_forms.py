"""Send the forms (or the reminders): ready e-mails as drafts, or straight through SMTP.

Drafts are written at once and listed; one click opens each in the default mail program
(an ``.eml`` marked unsent opens as a new message ready to send). Sending through the
office's server runs on a worker thread behind a progress dialog that can be cancelled;
what went out before a stop is recorded all the same. The server's name, port, user and
sender are remembered in the settings; the password only in the system's keyring, and only
when the user ticks the box.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QProgressDialog,
    QWidget,
)

from emudesk.errors import CancelledError, EmuError, ValidationError
from emudesk.services.mail import drafts, passwords, sending
from emudesk.services.mail.outgoing import Dispatched, Kind
from emudesk.ui import messages
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg, from_qdate
from emudesk.ui.generated.ui_send_forms_dialog import Ui_SendFormsDialog
from emudesk.ui.navigation import load_tree, year_choices
from emudesk.ui.settings import Settings
from emudesk.ui.widgets import fill_combo
from emudesk.ui.workers import Task

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SECURITY = ("starttls", "ssl")


class SendFormsDialog(QDialog):
    """``remind``: only the units whose return is missing, in the reminder's words."""

    def __init__(
        self,
        context: DataContext,
        settings: Settings,
        year_uuid: UUID | None,
        *,
        remind: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.settings, self.remind = context, settings, remind
        self.ui = Ui_SendFormsDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.written: list[Path] = []
        self.opened = QDesktopServices.openUrl  # replaced by tests
        fill_combo(self.ui.yearCombo, year_choices(context.read_plain(load_tree)), year_uuid)
        self.ui.deadlineEdit.setDate(QDate.currentDate().addDays(7 if remind else 14))
        smtp = settings.smtp
        self.ui.hostEdit.setText(smtp.get("host", ""))
        self.ui.portSpin.setValue(int(smtp.get("port", "587") or 587))
        self.ui.securityCombo.setCurrentIndex(SECURITY.index(smtp.get("security", "starttls")))
        self.ui.userEdit.setText(smtp.get("user", ""))
        self.ui.senderEdit.setText(smtp.get("sender", ""))
        self.ui.caEdit.setText(smtp.get("cafile", ""))  # an office's own certificate authority
        self.ui.keepCheck.setEnabled(passwords.available())
        kept = passwords.stored(self.ui.hostEdit.text(), self.ui.userEdit.text())
        if kept is not None:
            self.ui.passwordEdit.setText(kept)
            self.ui.keepCheck.setChecked(True)
        self.ui.smtpRadio.toggled.connect(self._show_mode)
        self.ui.resultsList.itemActivated.connect(self._open_item)
        self._show_results([])
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.remind:
            self.setWindowTitle(self.tr("Remind the missing ones"))
            intro = self.tr(
                "A reminder, with the form attached again, to each member unit whose return "
                "is missing or was refused. Give a new deadline if there is one."
            )
        else:
            intro = self.tr(
                "Each member unit gets an e-mail to its contact address: what the form is, how "
                "to fill it in and send it back, the deadline and whom to ask, with its form "
                "attached. The e-mails are recorded on the year's Returns page."
            )
        self.ui.introLabel.setText(intro)
        self._show_mode()

    def _show_mode(self, _checked: bool = False) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            smtp = self.ui.smtpRadio.isChecked()
            ok.setText(self.tr("&Send") if smtp else self.tr("&Write the drafts"))
        for widget in (self.ui.folderLabel, self.ui.folderEdit, self.ui.browseButton):
            widget.setEnabled(self.ui.draftsRadio.isChecked())

    # -- choices ----------------------------------------------------------------------------

    @Slot()
    def on_browseButton_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    @Slot()
    def on_caButton_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority of the mail server"),
            self.ui.caEdit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if name:
            self.ui.caEdit.setText(name)

    @property
    def cafile(self) -> str:
        """The office's own certificate authority (PEM), or "" for the system's."""
        return self.ui.caEdit.text().strip()

    def _year(self) -> UUID:
        year_uuid = self.ui.yearCombo.currentData()
        if not isinstance(year_uuid, UUID):
            raise ValidationError(self.tr("Choose a cluster and year."))
        return year_uuid

    def _deadline(self) -> dt.date | None:
        if not self.ui.deadlineCheck.isChecked():
            return None
        return from_qdate(self.ui.deadlineEdit.date())

    # -- OK ---------------------------------------------------------------------------------

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        try:
            if self.ui.smtpRadio.isChecked():
                self._send()
            else:
                self._write_drafts()
        except EmuError as error:
            messages.refuse(self, error)

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def _write_drafts(self) -> None:
        year_uuid = self._year()
        folder_text = self.ui.folderEdit.text().strip()
        if not folder_text:
            raise ValidationError(self.tr("Choose the folder to write the drafts into."))
        folder = Path(folder_text)
        kind = Kind.REMINDER if self.remind else Kind.FORM
        only = self.context.read(drafts.missing_or_refuse, year_uuid) if self.remind else None
        written = self.context.write(
            drafts.write_drafts, year_uuid, folder, kind=kind, deadline=self._deadline(),
            send_to=self.ui.sendToEdit.text(), only=only,
        )  # fmt: skip
        self._show_results(written)

    def _send(self) -> None:
        from emudesk.exchange.mail.smtp import SmtpServer

        year_uuid = self._year()
        host, user = self.ui.hostEdit.text().strip(), self.ui.userEdit.text().strip()
        if not host:
            raise ValidationError(self.tr("Give the mail server's name."))
        security = SECURITY[self.ui.securityCombo.currentIndex()]
        server = SmtpServer(host, self.ui.portSpin.value(), security, user, self.cafile)
        password = self.ui.passwordEdit.text()
        self._remember(server, password)
        kind = Kind.REMINDER if self.remind else Kind.FORM
        deadline, send_to = self._deadline(), self.ui.sendToEdit.text()
        sender = self.ui.senderEdit.text().strip()
        only = self.context.read(drafts.missing_or_refuse, year_uuid) if self.remind else None

        def work(session: Any, progress: sending.Progress) -> sending.SendOutcome:
            return sending.send(
                session, year_uuid, server, password, kind=kind, deadline=deadline,
                send_to=send_to, sender=sender, only=only, progress=progress,
            )  # fmt: skip

        caption, stop = self.tr("Sending the e-mails…"), self.tr("Stop")
        self.progress = QProgressDialog(caption, stop, 0, 0, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        task = self.task = Task(self.context, work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_sent)
        task.refused.connect(self._on_refused)
        self.progress.canceled.connect(task.cancel)
        self.ui.buttonBox.setEnabled(False)
        task.start()

    def _remember(self, server: Any, password: str) -> None:
        """The server in the settings; the password in the keyring only when asked."""
        smtp = {
            "host": server.host,
            "port": str(server.port),
            "security": server.security,
            "user": server.user,
            "sender": self.ui.senderEdit.text().strip(),
        }
        if self.cafile:
            smtp["cafile"] = self.cafile
        self.settings.smtp = smtp
        self.settings.save()
        if self.ui.keepCheck.isChecked() and password:
            if not passwords.keep(server.host, server.user, password):
                self.ui.keepCheck.setChecked(False)
        else:
            passwords.forget(server.host, server.user)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        progress = self.progress  # a modal setValue runs events: the task may finish inside
        if progress is not None:
            progress.setLabelText(arg(self.tr("Sending e-mail %1 of %2…"), done + 1, total))
            progress.setMaximum(total)
            progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.task = None
        self.ui.buttonBox.setEnabled(True)
        self.context.changed.emit()  # what went out is recorded, even after a stop

    def _on_sent(self, outcome: object) -> None:
        assert isinstance(outcome, sending.SendOutcome)
        self._finish()
        self._show_results([*outcome.sent, *outcome.failed, *outcome.skipped])
        messages.inform(
            self,
            self.tr("E-mails sent"),
            arg(self.tr("%1 e-mail(s) sent."), len(outcome.sent)),
            details="\n".join(d.problem for d in (*outcome.failed, *outcome.skipped)),
        )

    def _on_refused(self, error: object) -> None:
        assert isinstance(error, EmuError)
        self._finish()
        if isinstance(error, CancelledError) and not error.message:
            return
        messages.refuse(self, error)

    # -- results ----------------------------------------------------------------------------

    def _show_results(self, done: list[Dispatched]) -> None:
        self.ui.resultsList.clear()
        self.written = [d.path for d in done if d.path is not None]
        for item in done:
            who = item.address or self.tr("(no address)")
            text = f"{item.unit_name} — {who}"
            if item.path is not None:
                text = f"{item.path.name}: {text}"
            if item.problem:
                text += f" — {item.problem}"
            entry = QListWidgetItem(text, self.ui.resultsList)
            if item.path is not None:
                entry.setData(PATH_ROLE, str(item.path))
                entry.setToolTip(str(item.path))
        shown = bool(done)
        self.ui.resultsList.setVisible(shown)
        self.ui.openAllButton.setVisible(bool(self.written))
        self.ui.openFolderButton.setVisible(bool(self.written))

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.opened(QUrl.fromLocalFile(path))

    @Slot()
    def on_openAllButton_clicked(self) -> None:
        for path in self.written:
            self.opened(QUrl.fromLocalFile(str(path)))

    @Slot()
    def on_openFolderButton_clicked(self) -> None:
        if self.written:
            self.opened(QUrl.fromLocalFile(str(self.written[0].parent)))

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return  # the sending stops at the next e-mail; the dialog closes after
        super().done(result)
