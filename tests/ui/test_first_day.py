"""What the first-day sweep (test_sweep.py) found: entries that could not work yet, and
pages that said nothing to a new office."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from emudesk.ui import translation
from emudesk.ui.main_window import MainWindow
from tests.ui.test_sweep import make_first_year


def test_the_year_entries_wait_for_a_cluster_and_its_year(
    qtbot: QtBot, empty_window: MainWindow, db_path: Path
) -> None:
    ui = empty_window.ui
    year_entries = (ui.actionExportForms, ui.actionSendForms, ui.actionImportTable)
    # GIVEN a new, empty database THEN the year's forms and table cannot be chosen yet
    for action in (*year_entries, ui.actionHandoverExport):
        assert not action.isEnabled()
        assert "trang Cụm thi đua" in action.statusTip()  # what to do first
        assert "trang Cụm thi đua" in action.toolTip()
    # AND the entries that make a start stay open
    assert ui.actionImportUnits.isEnabled() and ui.actionHandoverImport.isEnabled()
    own = ui.actionExportForms.toolTip().splitlines()[0]
    assert own and "Cụm thi đua" not in own  # the entry's own tooltip comes first
    # WHEN the language changes THEN the reason follows it, said once
    translation.install("en")
    qtbot.waitUntil(lambda: "Clusters page" in ui.actionExportForms.toolTip())
    assert ui.actionExportForms.toolTip().count("Clusters page") == 1
    translation.install("vi")
    qtbot.waitUntil(lambda: "trang Cụm thi đua" in ui.actionExportForms.toolTip())
    # WHEN the first cluster and its year are made (here behind the window's back) and the
    # window reloads THEN every entry can be chosen, with its own tooltip alone
    make_first_year(db_path)
    empty_window.refresh()
    for action in (*year_entries, ui.actionHandoverExport):
        assert action.isEnabled() and action.statusTip() == ""
        assert "Cụm thi đua" not in action.toolTip()
    assert ui.actionExportForms.toolTip() == own


def test_a_cluster_without_a_year_can_be_handed_over_but_has_no_forms(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    from emudesk.records.organisation import ClusterFields
    from emudesk.services.organisation import clusters, issuers

    context = empty_window.context
    issuer = context.write(issuers.create_issuer, issuers.IssuerFields(name="Ủy ban Dân tộc"))
    context.write(clusters.create_cluster, ClusterFields("C1", "Cụm số 1", issuer.uuid))
    ui = empty_window.ui
    assert ui.actionHandoverExport.isEnabled()
    assert not ui.actionExportForms.isEnabled()
    assert "năm" in ui.actionExportForms.statusTip()
