"""Opening any dialog on a stored record and pressing OK without a change changes nothing.

Every field must show what is stored — a combo that cannot find its stored choice shows the
first item and the next save writes that instead, silently. So each dialog that edits a
record is opened as an officer opens it, accepted untouched, and the database compared row
by row (the audit trail aside: it notes that the officer saved).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from emudesk.db import Database
from emudesk.services.cycle import proposals
from emudesk.services.organisation import issuers, units, years
from emudesk.services.papers import catalogue
from emudesk.ui.main_window import MainWindow
from emudesk.ui.registry import (
    CERTIFICATES,
    CLUSTERS,
    COMMITMENT,
    ISSUERS,
    MEETINGS,
    PROPOSALS,
    RANKING,
    SCORING_TABLE,
    UNITS,
    YEAR_OVERVIEW,
    Target,
)
from emudesk.ui.widgets import select_uuid
from tests.ui.conftest import Boxes, click, find_dialog, open_year_page, press


def data_rows(database: Database) -> list[str]:
    """Every row of every table but the audit trail, as text."""
    from sqlalchemy import inspect, text

    lines: list[str] = []
    with database.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            if table == "audit_entry":
                continue
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            lines.extend(f"{table}: {tuple(row)}" for row in rows)
    return lines


@dataclass(frozen=True)
class Case:
    dialog: str  # the class name of the dialog opened
    open: Callable[[QtBot, MainWindow], Any]

    def __str__(self) -> str:
        return self.dialog


def _global(window: MainWindow, key: str, uuid: Any) -> Any:
    window.go(Target(key))
    page = window.current_page()
    assert page is not None
    assert select_uuid(page.ui.tableView, page.model, uuid)  # type: ignore[attr-defined]
    return page


def open_cluster(qtbot: QtBot, window: MainWindow) -> None:
    cluster = window.context.read(years.get_year, "UBDT-C4", 2025).cluster_uuid
    click(qtbot, _global(window, CLUSTERS, cluster).ui.editButton)


def open_issuer(qtbot: QtBot, window: MainWindow) -> None:
    issuer = next(i for i in window.context.read(issuers.list_issuers) if "Dân tộc" in i.name)
    click(qtbot, _global(window, ISSUERS, issuer.uuid).ui.editButton)


def open_unit(qtbot: QtBot, window: MainWindow) -> None:
    unit = next(u for u in window.context.read(units.list_units) if u.code == "BDT-DLK")
    click(qtbot, _global(window, UNITS, unit.uuid).ui.editButton)


def open_signature(qtbot: QtBot, window: MainWindow) -> None:
    page = open_year_page(window, COMMITMENT, "VHTTDL-C4", 2025)
    page.ui.signaturesView.selectRow(2)
    click(qtbot, page.ui.signButton)


def open_proposal(qtbot: QtBot, window: MainWindow) -> None:
    # a draft (the demo's 2024 proposals are decided, and then no longer edited)
    year = window.context.read(years.get_year, "UBDT-C4", 2025)
    unit = next(m for m in year.members if m.code == "BDT-GL")
    offered = window.context.read(catalogue.offered_for_year, year.uuid)
    award = next(a for a in offered if a.fields.code == "BANG-KHEN")
    draft = window.context.write(
        proposals.add_proposal,
        year.uuid,
        proposals.ProposalFields(
            nominee_kind=proposals.NomineeKind.UNIT,
            unit_uuid=unit.uuid,
            award_uuid=award.uuid,
            reason="Hoàn thành xuất sắc nhiệm vụ năm 2025",
        ),
    )
    page = open_year_page(window, PROPOSALS, "UBDT-C4", 2025)
    assert select_uuid(page.ui.tableView, page.model, draft.uuid)
    click(qtbot, page.ui.editButton)


def open_criterion_params(qtbot: QtBot, window: MainWindow) -> None:
    page = open_year_page(window, SCORING_TABLE, "UBDT-C4", 2025)
    page._select("2.4")
    click(qtbot, page.ui.paramsButton)


CASES = [
    Case("ClusterDialog", open_cluster),
    Case("IssuerDialog", open_issuer),
    Case("UnitDialog", open_unit),
    Case("YearDialog", press(YEAR_OVERVIEW, "UBDT-C4", 2025, "editButton")),
    Case("DeadlineDialog", press(YEAR_OVERVIEW, "UBDT-C4", 2024, "deadlineButton")),
    Case("MeetingDialog", press(MEETINGS, "VHTTDL-C4", 2024, "editButton")),
    Case("SignatureDialog", open_signature),
    Case("ProposalDialog", open_proposal),
    Case("RegulationDialog", press(RANKING, "UBDT-C4", 2025, "settingsButton")),
    Case("ExclusionsDialog", press(RANKING, "UBDT-C4", 2025, "exclusionsButton")),
    Case("VotesDialog", press(RANKING, "UBDT-C4", 2025, "votesButton")),
    Case("TableHeaderDialog", press(SCORING_TABLE, "UBDT-C4", 2025, "editHeaderButton")),
    Case("CriterionParamsDialog", open_criterion_params),
    Case("TemplateEditorDialog", press(CERTIFICATES, "UBDT-C4", 2024, "editTemplateButton")),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_opening_a_dialog_and_pressing_ok_unchanged_changes_nothing(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, case: Case
) -> None:
    # GIVEN a stored record, opened in its dialog as an officer opens it
    before_open = data_rows(window.context.db)
    case.open(qtbot, window)
    dialog = find_dialog(qtbot, QDialog)
    assert type(dialog).__name__ == case.dialog
    before = data_rows(window.context.db) if case.dialog == "ProposalDialog" else before_open
    # every combo shows one of its choices (none fell back to an empty one)
    for combo in dialog.findChildren(QComboBox):
        assert combo.count() == 0 or combo.currentIndex() >= 0 or combo.isEditable()
    # WHEN the officer presses OK (or Save) without changing anything
    accept = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert accept is not None
    ok = accept.button(QDialogButtonBox.StandardButton.Ok) or accept.button(
        QDialogButtonBox.StandardButton.Save
    )
    assert ok is not None
    click(qtbot, ok)
    # THEN no refusal, the dialog closed, and not a row of the database changed
    assert not boxes.shown, boxes.last.text
    assert not dialog.isVisible()
    assert data_rows(window.context.db) == before


def test_the_commitment_page_saved_unchanged_changes_nothing(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    # GIVEN VHTTDL-C4's 2025 commitment, hosted by Lạng Sơn
    page = open_year_page(window, COMMITMENT, "VHTTDL-C4", 2025)
    assert "Lạng Sơn" in page.ui.hostCombo.currentText()
    before = data_rows(window.context.db)
    # WHEN it is saved without a change THEN nothing changes, the host included
    click(qtbot, page.ui.saveButton)
    assert not boxes.shown
    assert data_rows(window.context.db) == before
    assert "Lạng Sơn" in page.ui.hostCombo.currentText()


def test_combos_find_their_stored_choice_through_one_helper() -> None:
    """``QComboBox.findData`` compares QVariants: a UUID loaded anew never matches, and the
    combo silently shows (and the next save stores) its first item. ``widgets.fill_combo`` and
    ``widgets.find_data`` compare in Python; no other way is used."""
    import ast
    from pathlib import Path

    import emudesk.ui

    package = Path(emudesk.ui.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            own = path.name in ("widgets.py", "unit_picker.py") or (
                path.name == "delegates.py" and getattr(node, "attr", "") == "addItem"
            )
            if isinstance(node, ast.Attribute) and node.attr in ("findData", "addItem") and not own:
                offenders.append(f"{path.relative_to(package)}:{node.lineno} {node.attr}")
    assert not offenders, offenders
