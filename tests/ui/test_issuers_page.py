"""The issuers page: add, edit, remove, and the refusal to remove an issuer with clusters."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from emudesk.model import IssuerKind
from emudesk.services.organisation import issuers
from emudesk.ui.dialogs.issuer import IssuerDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.issuers import IssuersPage
from emudesk.ui.registry import ISSUERS, Target
from tests.conftest import dump
from tests.ui.conftest import Boxes, choose, click, find_dialog, press_ok, type_into, type_text


def issuers_page(window: MainWindow) -> IssuersPage:
    window.go(Target(ISSUERS))
    page = window.current_page()
    assert isinstance(page, IssuersPage)
    return page


def select_name(page: IssuersPage, name: str) -> None:
    uuid = next(i.uuid for i in page.model.records() if i.name == name)
    page.show_target(Target(ISSUERS, uuid))


def test_add_edit_and_remove_an_issuer(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = issuers_page(window)

    # add
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, IssuerDialog)
    type_text(qtbot, dialog.ui.nameEdit, "Ủy ban nhân dân tỉnh Lạng Sơn")
    type_text(qtbot, dialog.ui.shortNameEdit, "UBND Lạng Sơn")
    choose(dialog.ui.kindCombo, "Ủy ban nhân dân tỉnh")
    type_text(qtbot, dialog.ui.signerEdit, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = next(
        i for i in window.context.read(issuers.list_issuers) if i.short_name == "UBND Lạng Sơn"
    )
    assert added.kind is IssuerKind.PROVINCE
    assert added.signer_title == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"
    assert page._selected() == added

    # edit
    click(qtbot, page.ui.editButton)
    dialog = find_dialog(qtbot, IssuerDialog)
    type_into(qtbot, dialog.ui.shortNameEdit, "UBND tỉnh Lạng Sơn")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = window.context.read(issuers.list_issuers)
    assert "UBND tỉnh Lạng Sơn" in [i.short_name for i in edited]

    # remove, after confirming
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert len(window.context.read(issuers.list_issuers)) == 2


def test_an_issuer_with_clusters_is_not_removed(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = issuers_page(window)
    select_name(page, "Ủy ban Dân tộc")
    before = dump(window.context.db)
    boxes.answers = [0]
    click(qtbot, page.ui.removeButton)
    assert "Ủy ban Dân tộc" in boxes.last.text and "1" in boxes.last.text
    assert dump(window.context.db) == before


def test_a_duplicate_issuer_name_is_refused(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    page = issuers_page(window)
    before = dump(window.context.db)
    click(qtbot, page.ui.addButton)
    dialog = find_dialog(qtbot, IssuerDialog)
    type_text(qtbot, dialog.ui.nameEdit, "ủy ban dân tộc")
    press_ok(qtbot, dialog)
    assert boxes.last.title == "Không thực hiện được"
    assert dialog.isVisible()
    assert dump(window.context.db) == before
    dialog.reject()
