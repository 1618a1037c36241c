"""The first-run assistant: the language, the office's role, and the database to start with.

Shown once, when the program starts for the first time on this PC (no settings file yet) and
nothing names a database (no ``--db``, no ``EMUDESK_DB``, no database in the default place).
Every choice can be changed later in Settings; cancelling opens the default database.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from emudesk import paths
from emudesk.errors import EmuError
from emudesk.ui import messages, translation
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_first_run_dialog import Ui_FirstRunDialog
from emudesk.ui.settings import Settings
from emudesk.ui.translation import LANGUAGE_NAMES
from emudesk.ui.widgets import fill_combo

DEMO_FILE = "demo.sqlite"


class Role(enum.StrEnum):
    HEAD = "head"
    MEMBER = "member"
    ISSUER = "issuer"  # the issuer's emulation office: submissions in, decisions out


class Start(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    DEMO = "demo"


@dataclass(frozen=True)
class FirstRunChoice:
    language: str
    role: Role
    start: Start
    target: str  # a file, or (to open) a shared server's postgresql://… address
    open_form: bool

    @property
    def is_server(self) -> bool:
        return self.start is Start.OPEN and "://" in self.target

    @property
    def path(self) -> Path:
        return Path(self.target).expanduser()


def should_offer(settings: Settings, target: str | None) -> bool:
    """Whether this start is a first run that the assistant should greet."""
    return settings.is_new and target is None and not paths.default_database().exists()


class FirstRunDialog(QDialog):
    """Collects a ``FirstRunChoice``; ``apply_choice`` carries it out."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        # Each language is named in itself, so nobody is stuck in a language they cannot read.
        fill_combo(
            self.ui.languageCombo, ((n, c) for c, n in LANGUAGE_NAMES.items()), settings.language
        )
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self._paths = {
            Start.NEW: str(paths.default_database()),
            Start.OPEN: "",
            Start.DEMO: str(paths.data_dir() / DEMO_FILE),
        }
        self._shown = Start.NEW
        for radio in (self.ui.newRadio, self.ui.openRadio, self.ui.demoRadio):
            radio.toggled.connect(self._update)
        for radio in (self.ui.headRadio, self.ui.memberRadio, self.ui.issuerRadio):
            radio.toggled.connect(self._role_changed)
        self.ui.pathEdit.setText(self._paths[Start.NEW])
        self._update()

    # -- reading the choice -------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    @property
    def role(self) -> Role:
        if self.ui.issuerRadio.isChecked():
            return Role.ISSUER
        return Role.MEMBER if self.ui.memberRadio.isChecked() else Role.HEAD

    @property
    def start(self) -> Start:
        if self.ui.openRadio.isChecked():
            return Start.OPEN
        return Start.DEMO if self.ui.demoRadio.isChecked() else Start.NEW

    def choice(self) -> FirstRunChoice:
        return FirstRunChoice(
            language=self.language,
            role=self.role,
            start=self.start,
            # Windows' "Copy as path" adds quotes
            target=self.ui.pathEdit.text().strip().strip('"').strip(),
            open_form=self.role is Role.MEMBER and self.ui.formCheck.isChecked(),
        )

    # -- reacting -----------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        translation.install(self.language)  # the dialog retranslates on LanguageChange

    def _role_changed(self) -> None:
        self.ui.formCheck.setChecked(self.role is Role.MEMBER)
        self._update()

    def _update(self) -> None:
        self._paths[self._shown] = self.ui.pathEdit.text()
        self._shown = self.start
        self.ui.pathEdit.setText(self._paths[self._shown])
        self.ui.pathEdit.setReadOnly(self._shown is Start.DEMO)
        self.ui.browseButton.setEnabled(self._shown is not Start.DEMO)
        self.ui.formCheck.setVisible(self.role is Role.MEMBER)
        self.ui.hintLabel.setText(self._hint())

    def _hint(self) -> str:
        if self.role is Role.MEMBER:
            return self.tr(
                "A member unit needs no copy of the cluster's data to fill in a scoring form: "
                "the form the head sends carries its table. The database keeps your own "
                "records; File › Fill in a received scoring form works at any time."
            )
        if self.role is Role.ISSUER:
            return self.tr(
                "The issuer's office starts from an empty database: import each cluster's "
                "submission package (emudesk submission import), set the register's format, "
                "then follow the year on the Issuer's board page."
            )
        if self.start is Start.DEMO:
            return self.tr(
                "The demo is a separate file: your own database stays empty until you choose "
                "it in Settings."
            )
        return self.tr(
            "Next: add your cluster and its member units on the Clusters page, then open the "
            "year and enter its scoring table."
        )

    @Slot()
    def on_browseButton_clicked(self) -> None:
        current = self.ui.pathEdit.text().strip()
        file_types = self.tr("emudesk databases (*.sqlite *.db);;All files (*)")
        if self.start is Start.OPEN:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open a database"), current, file_types
            )
        else:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Create the database"), current, file_types
            )
        if path:
            self.ui.pathEdit.setText(path)

    @Slot()
    def on_buttonBox_accepted(self) -> None:
        problem = self._problem(self.choice())
        if problem:
            messages.ask(self, messages.Icon.Warning, self.windowTitle(), problem, [self.tr("OK")])
            self.ui.pathEdit.setFocus()
            return
        self.accept()

    @Slot()
    def on_buttonBox_rejected(self) -> None:
        self.reject()

    def _problem(self, choice: FirstRunChoice) -> str:
        """Why the choice cannot be carried out, in a sentence; empty when it can."""
        if choice.start is Start.DEMO:
            return ""
        if not choice.target:
            return self.tr("Name the database file, or choose one with Browse….")
        if choice.is_server:
            return ""  # opening it says what is wrong with the address, if anything
        if choice.start is Start.OPEN and not choice.path.is_file():
            return arg(self.tr("There is no file %1."), str(choice.path))
        if choice.start is Start.NEW:
            if choice.path.exists():
                return arg(
                    self.tr(
                        "%1 exists already: choose “An existing database file” to open it, "
                        "or another name for the new one."
                    ),
                    str(choice.path),
                )
            if not choice.path.parent.is_dir():
                return arg(self.tr("The folder %1 does not exist."), str(choice.path.parent))
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.hintLabel.setText(self._hint())
        super().changeEvent(event)


def apply_choice(choice: FirstRunChoice, settings: Settings) -> str:
    """Carry out ``choice``: remember the language and role, build the demo if asked; return
    the database to open. The database itself is remembered once it has opened
    (``remember_database``), so a mistyped server address is not tried at every start.

    Raises EmuError (nothing written but the settings) when the demo cannot be built.
    """
    settings.language = choice.language
    settings.role = choice.role.value
    settings.save()
    if choice.is_server:
        return choice.target
    if choice.start is Start.DEMO and not choice.path.exists():
        _build_demo(choice.path)
    return str(choice.path.resolve())  # a relative name would depend on the start folder


def remember_database(settings: Settings, opened: str) -> None:
    """The assistant's database opened: open it at every start from now on."""
    settings.database = opened
    settings.save()


def _build_demo(path: Path) -> None:
    from emudesk.db import open_database
    from emudesk.services.demo.build import build_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second
    partial = path.with_suffix(".part" + path.suffix)
    try:
        partial.unlink(missing_ok=True)
        db = open_database(partial, backup=False)
        try:
            with db.session() as session:
                build_demo(session)
        finally:
            db.dispose()
        partial.replace(path)  # a crash half-way leaves no half-built demo behind
    except OSError as error:
        partial.unlink(missing_ok=True)
        text = QCoreApplication.translate("FirstRunDialog", "Cannot write the demo database: %1")
        raise EmuError(arg(text, str(error))) from error
    finally:
        QGuiApplication.restoreOverrideCursor()
