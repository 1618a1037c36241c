"""The first-run assistant: greets a fresh PC once, and starts where the officer chose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from emudesk import paths
from emudesk.db import open_database
from emudesk.services.organisation import clusters
from emudesk.ui import app
from emudesk.ui.dialogs.first_run import (
    FirstRunDialog,
    Role,
    Start,
    apply_choice,
    remember_database,
    should_offer,
)
from emudesk.ui.settings import Settings
from tests.ui.conftest import Boxes


@pytest.fixture
def fresh(tmp_path: Path) -> Settings:
    """The settings of a PC where emudesk has never run."""
    settings = Settings.load(tmp_path / "settings.json")
    assert settings.is_new
    return settings


def press_ok(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_offered_once_on_a_fresh_pc_and_never_over_a_named_database(
    fresh: Settings, tmp_path: Path
) -> None:
    # GIVEN a PC where the program never ran THEN the assistant is offered
    assert should_offer(fresh, None)
    # unless the database was named on the command line (or EMUDESK_DB)
    assert not should_offer(fresh, str(tmp_path / "x.sqlite"))
    # AND once the settings exist, never again
    fresh.save()
    assert not should_offer(Settings.load(fresh.path), None)
    # AND not where a database already waits in the default place
    paths.default_database().write_bytes(b"")
    assert not should_offer(Settings.load(tmp_path / "other.json"), None)


def test_a_member_unit_chooses_english_and_the_demo(
    qtbot: QtBot, fresh: Settings, boxes: Boxes
) -> None:
    # GIVEN the assistant, in Vietnamese
    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Chào mừng đến với emudesk"
    assert not dialog.ui.formCheck.isVisibleTo(dialog)
    # WHEN the officer picks English: the assistant speaks English at once
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Welcome to emudesk")
    # AND says her office is a member unit, and wants to try the demo
    dialog.ui.memberRadio.click()
    assert dialog.ui.formCheck.isVisibleTo(dialog) and dialog.ui.formCheck.isChecked()
    assert "needs no copy of the cluster's data" in dialog.ui.hintLabel.text()
    dialog.ui.demoRadio.click()
    assert dialog.ui.pathEdit.isReadOnly() and not dialog.ui.browseButton.isEnabled()
    press_ok(qtbot, dialog)
    # THEN the choice is taken and carried out: the demo exists, the settings remember it
    assert dialog.result() == QDialog.DialogCode.Accepted and boxes.shown == []
    choice = dialog.choice()
    assert (choice.role, choice.start, choice.open_form) == (Role.MEMBER, Start.DEMO, True)
    target = apply_choice(choice, fresh)
    assert Path(target) == paths.data_dir() / "demo.sqlite"
    db = open_database(target)
    try:
        with db.session() as session:
            assert clusters.get_cluster(session, "UBDT-C4").code == "UBDT-C4"
    finally:
        db.dispose()
    again = Settings.load(fresh.path)
    assert (again.language, again.role, again.database) == ("en", "member", "")
    # AND once it has opened, it is the database of every later start
    remember_database(again, target)
    assert Settings.load(fresh.path).startup_target(None) == target
    assert not list(paths.data_dir().glob("*.part.*"))


def test_a_new_database_is_not_written_over_an_existing_file(
    qtbot: QtBot, fresh: Settings, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a file already where the officer wants the new database
    taken = tmp_path / "cum-thi-dua.sqlite"
    taken.write_bytes(b"someone else's")
    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.newRadio.isChecked()
    assert dialog.ui.pathEdit.text() == str(paths.default_database())
    # WHEN she types that name and presses OK
    dialog.ui.pathEdit.setText(str(taken))
    press_ok(qtbot, dialog)
    # THEN she is told to open it instead or pick another name, and nothing is written
    assert "đã có" in boxes.last.text and dialog.result() != QDialog.DialogCode.Accepted
    assert taken.read_bytes() == b"someone else's"
    # WHEN she switches to opening an existing file that is not there
    dialog.ui.openRadio.click()
    assert dialog.ui.pathEdit.text() == ""  # each choice keeps its own file name
    dialog.ui.pathEdit.setText(str(tmp_path / "missing.sqlite"))
    press_ok(qtbot, dialog)
    assert "missing.sqlite" in boxes.last.text
    # AND a shared server's address is taken as it is (opening it will check it)
    dialog.ui.pathEdit.setText("postgresql+psycopg://thidua@may-chu/emudesk")
    assert dialog.choice().is_server and dialog._problem(dialog.choice()) == ""
    server = apply_choice(dialog.choice(), Settings.load(tmp_path / "server.json"))
    assert server == "postgresql+psycopg://thidua@may-chu/emudesk"  # not read as a file path
    # AND finally a new name in an existing folder, pasted with quotes and relative
    dialog.ui.newRadio.click()
    monkeypatch.chdir(tmp_path)
    dialog.ui.pathEdit.setText('"moi.sqlite"')
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    target = apply_choice(dialog.choice(), fresh)
    assert target == str(tmp_path / "moi.sqlite") and Settings.load(fresh.path).role == "head"


def test_start_up_uses_the_assistants_database(
    qtbot: QtBot, fresh: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # GIVEN a first start where the officer picks the demo in the assistant
    def pick_demo(dialog: FirstRunDialog) -> int:
        dialog.ui.demoRadio.click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunDialog, "exec", pick_demo)
    # WHEN the program decides what to open THEN it is the demo, and no form is asked for
    target, open_form = app._first_run(fresh, None, None)  # type: ignore[arg-type]
    assert target == str(paths.data_dir() / "demo.sqlite") and open_form is False
    # AND cancelling leaves the usual default (the database in the data folder)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    other = Settings.load(tmp_path / "b.json")
    assert app._first_run(other, None, None) == (None, False)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_choice_has_its_own_alt_key(qtbot: QtBot, fresh: Settings, language: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from emudesk.ui import translation

    # GIVEN the assistant in either language
    translation.install(language)
    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    # THEN no two of its labels and buttons answer the same Alt+letter
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(keys) >= 8 and len(keys) == len(set(keys)), keys
