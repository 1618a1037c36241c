"""Menu entries that cannot work yet wait, greyed out, and say why.

A new office's database has no cluster, or a cluster without a year: exporting or sending
the year's forms, importing a year's scoring table or handing a cluster over would only end
in "choose a cluster and year" (or, for the handover, in nothing at all). The entries are
disabled until the tree holds what they need, and their tooltip and status tip say what to
do first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from emudesk.ui.main_window import MainWindow
    from emudesk.ui.navigation import ClusterNode


def _why_no_cluster() -> str:
    return QCoreApplication.translate(
        "MainWindow", "There is no cluster yet: add one on the Clusters page first."
    )


def _why_no_year() -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "No cluster has a year yet: add the cluster and its year on the Clusters page first.",
    )


def _wait(action: QAction, ready: bool, why: str) -> None:
    """Enable ``action`` when ``ready``; else grey it out with ``why`` in its tips.

    The entry's own tooltip stays first: it is what the form set, unless this function set
    the present one (then the own one was kept aside); a language switch sets it anew.
    """
    own = action.property("ownToolTip")
    if own is None or action.toolTip() != action.property("shownToolTip"):
        own = action.toolTip()
        action.setProperty("ownToolTip", own)
    shown = own if ready else f"{own}\n{why}" if own else why
    action.setEnabled(ready)
    action.setToolTip(shown)
    action.setProperty("shownToolTip", action.toolTip())
    action.setStatusTip("" if ready else why)


def update_file_actions(window: MainWindow, tree: Sequence[ClusterNode]) -> None:
    """After each rebuild of the navigation (a change, another database, a language)."""
    ui = window.ui
    has_year = any(node.years for node in tree)
    for action in (ui.actionExportForms, ui.actionSendForms, ui.actionImportTable):
        _wait(action, has_year, _why_no_year())
    _wait(ui.actionHandoverExport, bool(tree), _why_no_cluster())
