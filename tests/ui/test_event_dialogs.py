"""Events entered in the window (issue 16): rename a unit and the issuer, split, join, leave —
each with its decision and a preview, and refusals that leave the database unchanged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from emudesk.model import AuditEntry, EventKind, OrgEvent
from emudesk.services.organisation import names_on_dates, units, years
from emudesk.services.reorganisation import events
from emudesk.ui.dialogs.event import EventDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.pages.issuers import IssuersPage
from emudesk.ui.pages.units import UnitsPage
from emudesk.ui.registry import ISSUERS, UNITS, Target
from tests.conftest import dump
from tests.ui.conftest import Boxes, choose, click, find_dialog, press_ok, type_into

MARCH = dt.date(2025, 3, 1)
JULY = dt.date(2025, 7, 1)


def units_page(window: MainWindow, code: str) -> UnitsPage:
    unit = next(u for u in window.context.read(units.list_units) if u.code == code)
    window.go(Target(UNITS, unit.uuid))
    page = window.current_page()
    assert isinstance(page, UnitsPage)
    return page


def decide(qtbot: QtBot, dialog: EventDialog, number: str, on: dt.date, decided: dt.date) -> None:
    """Fill the effective day and the decision, as an officer types them."""
    dialog.ui.onDateEdit.setDate(QDate(on.year, on.month, on.day))
    type_into(qtbot, dialog.ui.decisionEdit, number)
    click(qtbot, dialog.ui.decisionDateCheck)
    dialog.ui.decisionDateEdit.setDate(QDate(decided.year, decided.month, decided.day))


def last_event(window: MainWindow) -> OrgEvent:
    with window.context.db.session() as s:
        event = s.scalars(select(OrgEvent).order_by(OrgEvent.id.desc())).first()
        assert event is not None
        s.expunge(event)
        return event


def audited(window: MainWindow, action: str) -> bool:
    with window.context.db.session() as s:
        return s.scalar(select(AuditEntry).where(AuditEntry.action == action)) is not None


def test_rename_a_unit_on_a_date_with_its_decision(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, "BDT-DLK")
    click(qtbot, page.ui.renameButton)
    dialog = find_dialog(qtbot, EventDialog)
    assert dialog.kind is EventKind.RENAME
    type_into(qtbot, dialog.ui.nameEdit, "Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk")
    type_into(qtbot, dialog.ui.shortEdit, "Sở DTTG Đắk Lắk")
    decide(qtbot, dialog, "15/QĐ-UBND", MARCH, dt.date(2025, 2, 25))
    shown = dialog.ui.previewText.toPlainText()
    assert "đến 28/02/2025: Ban Dân tộc tỉnh Đắk Lắk" in shown
    assert "từ 01/03/2025: Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk" in shown
    assert "UBDT-C4/2025" in shown and "UBDT-C4/2024" in shown
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "01/03/2025" in boxes.last.text  # the confirmation repeated the preview
    with window.context.db.session() as s:
        unit = units.find(s, "BDT-DLK")
        assert names_on_dates.unit_ref_on(unit, dt.date(2025, 2, 28)).name == (
            "Ban Dân tộc tỉnh Đắk Lắk"
        )
        assert names_on_dates.unit_ref_on(unit, MARCH).short_name == "Sở DTTG Đắk Lắk"
    event = last_event(window)
    assert event.kind is EventKind.RENAME and event.decision_number == "15/QĐ-UBND"
    assert event.decision_date == dt.date(2025, 2, 25)
    assert audited(window, "event_rename")


def test_rename_the_issuer_from_the_issuers_page(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    window.go(Target(ISSUERS))
    page = window.current_page()
    assert isinstance(page, IssuersPage)
    uuid = next(i.uuid for i in page.model.records() if i.short_name == "UBDT")
    page.show_target(Target(ISSUERS, uuid))
    click(qtbot, page.ui.renameButton)
    dialog = find_dialog(qtbot, EventDialog)
    type_into(qtbot, dialog.ui.nameEdit, "Bộ Dân tộc và Tôn giáo")
    type_into(qtbot, dialog.ui.shortEdit, "Bộ DTTG")
    type_into(qtbot, dialog.ui.signerEdit, "Bộ trưởng Bộ Dân tộc và Tôn giáo")
    decide(qtbot, dialog, "176/2025/QH15", MARCH, dt.date(2025, 2, 18))
    shown = dialog.ui.previewText.toPlainText()
    assert "UBDT-C4/2025: “Ủy ban Dân tộc” → “Bộ Dân tộc và Tôn giáo”" in shown
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.context.read(years.get_year, "UBDT-C4", 2024).issuer_name == "Ủy ban Dân tộc"
    assert window.context.read(years.get_year, "UBDT-C4", 2025).issuer_name == (
        "Bộ Dân tộc và Tôn giáo"
    )
    named = window.context.read(names_on_dates.issuer_name_on_date, uuid, dt.date(2025, 12, 31))
    assert named.signer_title == "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO"
    assert last_event(window).decision_number == "176/2025/QH15"
    assert audited(window, "event_rename_issuer")


def test_split_a_unit_from_the_reorganise_menu(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    for code, name in (("NEW-A", "Sở Dân tộc A"), ("NEW-B", "Sở Dân tộc B")):
        window.context.write(
            units.create_unit, units.UnitFields(code=code), official_name=name, from_year=2025
        )
    page = units_page(window, "BDT-KT")
    assert page.ui.reorganiseButton.menu() is not None
    page.event_actions[EventKind.SPLIT].trigger()
    dialog = find_dialog(qtbot, EventDialog)
    decide(qtbot, dialog, "202/2025/QH15", JULY, dt.date(2025, 6, 12))
    choose(dialog.ui.principalCombo, "Sở Dân tộc A")
    row = next(r for r in range(dialog.parts.rowCount()) if "NEW-B" in dialog.parts.item(r).text())
    dialog.parts.item(row).setCheckState(Qt.CheckState.Checked)
    shown = dialog.ui.previewText.toPlainText()
    assert "UBDT-C4/2025: Sở Dân tộc A" in shown and "UBDT-C4/2025: Sở Dân tộc B" in shown
    assert "Ban Dân tộc tỉnh Kon Tum" in shown
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    members = {m.code for m in window.context.read(years.get_year, "UBDT-C4", 2025).members}
    assert {"NEW-A", "NEW-B"} <= members and "BDT-KT" not in members
    kon_tum = next(u for u in window.context.read(units.list_units) if u.code == "BDT-KT")
    assert kon_tum.merged_on == JULY and kon_tum.successor_code == "NEW-A"
    assert last_event(window).kind is EventKind.SPLIT
    assert audited(window, "event_split")


def test_a_unit_leaves_one_cluster_and_joins_another(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, "BDT-KT")
    page.event_actions[EventKind.LEAVE].trigger()
    dialog = find_dialog(qtbot, EventDialog)
    assert "UBDT-C4" in dialog.ui.clusterCombo.currentText()  # the cluster it is in
    decide(qtbot, dialog, "12/QĐ-UBDT", JULY, dt.date(2025, 6, 20))
    assert "UBDT-C4/2025: Ban Dân tộc tỉnh Kon Tum" in dialog.ui.previewText.toPlainText()
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "BDT-KT" not in {
        m.code for m in window.context.read(years.get_year, "UBDT-C4", 2025).members
    }

    page.event_actions[EventKind.JOIN].trigger()
    dialog = find_dialog(qtbot, EventDialog)
    choose(dialog.ui.clusterCombo, "VHTTDL-C4")
    decide(qtbot, dialog, "13/QĐ-BVHTTDL", JULY, dt.date(2025, 6, 21))
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "BDT-KT" in {
        m.code for m in window.context.read(years.get_year, "VHTTDL-C4", 2025).members
    }
    assert audited(window, "event_leave") and audited(window, "event_join")


def test_refusals_leave_the_database_unchanged(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = units_page(window, "BDT-PY")
    click(qtbot, page.ui.renameButton)
    dialog = find_dialog(qtbot, EventDialog)
    type_into(qtbot, dialog.ui.nameEdit, "Sở Dân tộc và Tôn giáo tỉnh Phú Yên")
    before = dump(window.context.db)

    # the decision missing: said in the preview and on OK, in Vietnamese
    press_ok(qtbot, dialog)
    assert "quyết định" in boxes.last.text.lower()
    assert dialog.isVisible() and dump(window.context.db) == before

    # a bad date: a year the program does not keep
    decide(qtbot, dialog, "16/QĐ-UBND", dt.date(1999, 3, 1), dt.date(1999, 2, 1))
    assert "1999" in dialog.ui.previewText.toPlainText()
    press_ok(qtbot, dialog)
    assert "1999" in boxes.last.text
    assert dialog.isVisible() and dump(window.context.db) == before

    # the unit gone meanwhile (merged by a colleague): refused, nothing written
    dialog.ui.onDateEdit.setDate(QDate(2025, 8, 1))
    with window.context.db.session() as s:
        events.merge(s, units.find(s, "BDT-PY").uuid, units.find(s, "BDT-DLK").uuid, on=JULY)
    before = dump(window.context.db)
    press_ok(qtbot, dialog)
    assert "không còn" in boxes.last.text
    assert dialog.isVisible() and dump(window.context.db) == before
    dialog.reject()


def test_the_reorganise_menu_is_reached_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    page = units_page(window, "BDT-KT")
    assert "&" in page.ui.reorganiseButton.text()  # Alt+letter opens it
    texts = [a.text() for a in page.reorganise_menu.actions()]
    assert all("&" in text for text in texts) and len(texts) == 3
    # the Menu key on the list opens every event of the selected unit
    view = page.ui.tableView
    center = view.visualRect(view.currentIndex()).center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, center, view.mapToGlobal(center)),
    )
    menus: list[QMenu] = []

    def shown() -> bool:
        menus[:] = [
            m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()
        ]
        return bool(menus)

    qtbot.waitUntil(shown, timeout=3000)
    entries = [a.text() for a in menus[0].actions() if not a.isSeparator()]
    assert len(entries) == 5 and all(a.isEnabled() for a in menus[0].actions())
    menus[0].close()


def _score_both(window: MainWindow, py: int, dlk: int) -> str:
    """Phú Yên and Đắk Lắk both self-scored row 1.1 of 2025; the regulation says "ask"."""
    import dataclasses

    from emudesk import rules
    from emudesk.model import Criterion, ScoringTable
    from emudesk.services.scoring import regulation, scores

    with window.context.db.session() as s:
        year = years.find(s, "UBDT-C4", 2025)
        row = s.scalar(
            select(Criterion)
            .join(ScoringTable)
            .where(ScoringTable.cluster_year_id == year.id, Criterion.code == "1.1")
        )
        assert row is not None
        scores.set_scores(
            s,
            year.uuid,
            [
                scores.ScoreInput(
                    units.find(s, c).uuid, units.find(s, c).uuid, row.uuid, rules.ScorerRole.SELF, v
                )
                for c, v in (("BDT-PY", py), ("BDT-DLK", dlk))
            ],
        )
        settings = regulation.settings_of(s, year)
        regulation.set_settings(
            s, year.uuid, dataclasses.replace(settings, merger_collision=rules.CollisionRule.ASK)
        )
    return "UBDT-C4/2025:1.1:BDT-DLK:self"


def test_a_merger_asks_per_row_when_the_regulation_says_so(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    from PySide6.QtWidgets import QComboBox

    from emudesk.services.reorganisation.merger import CollisionRule
    from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
    from emudesk.ui.models.collisions import CollisionTableModel as Columns

    key = _score_both(window, py=325, dlk=400)
    page = units_page(window, "BDT-PY")
    click(qtbot, page.ui.mergeButton)
    dialog = find_dialog(qtbot, MergeUnitDialog)
    choose(dialog.ui.successorCombo, "Đắk Lắk")
    decide(qtbot, dialog, "202/2025/QH15", JULY, dt.date(2025, 6, 12))
    # the regulation's rule is taken, and each colliding row is shown with both values and mean
    assert dialog.rule is CollisionRule.ASK
    assert dialog.ui.collisionsView.isVisible()
    model = dialog.collisions
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (Columns.SUCCESSOR, Columns.ABSORBED)] == [
        "4,00",
        "3,25",
    ]
    assert model.index(0, Columns.MEAN).data() == "3,63"
    before = dump(window.context.db)

    # OK without a choice: refused in Vietnamese, nothing written
    press_ok(qtbot, dialog)
    assert "tiêu chí" in boxes.last.text and dialog.isVisible()
    assert dump(window.context.db) == before

    # the officer picks "the mean" in the row's list, by keyboard
    view = dialog.ui.collisionsView
    view.setCurrentIndex(model.index(0, Columns.CHOICE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editors = view.viewport().findChildren(QComboBox)
    assert len(editors) == 1
    editor = editors[0]
    assert [editor.itemData(i) for i in range(editor.count())] == ["successor", "absorbed", "mean"]
    editor.setCurrentIndex(editor.findData("mean"))
    editor.activated.emit(editor.currentIndex())
    assert model.choices == {key: "mean"}
    boxes.answers = [0]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with window.context.db.session() as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "event_merge"))
        assert audit is not None and audit.new_value["rule"] == "ask"
        assert audit.new_value["answers"] == {key: "mean"}
    assert last_event(window).decision_number == "202/2025/QH15"


def test_the_regulation_dialog_sets_what_a_merger_does_with_rows_both_scored(
    qtbot: QtBot, window: MainWindow
) -> None:
    from emudesk import rules
    from emudesk.services.scoring import regulation
    from emudesk.ui.dialogs.regulation import RegulationDialog
    from emudesk.ui.registry import RANKING
    from tests.ui.conftest import open_year_page

    page = open_year_page(window, RANKING, "UBDT-C4", 2025)
    click(qtbot, page.ui.settingsButton)
    dialog = find_dialog(qtbot, RegulationDialog)
    assert dialog.ui.collisionCombo.currentData() == "keep"
    choose(dialog.ui.collisionCombo, "hỏi cán bộ từng tiêu chí")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    stored = window.context.read(regulation.get_settings, year.uuid)
    assert stored.merger_collision is rules.CollisionRule.ASK
