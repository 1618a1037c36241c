"""Render every main page of a database to PNG files (``emudesk screenshot``).

Runs offscreen at a fixed size so the pictures are comparable from one run to the next; the
README, the user guide and the reviewers look at them to find clipped labels and untranslated
text. The size is that of the smallest office screens the program must serve, 1024 × 768.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QWidget

from emudesk.printing.errors import OutputError
from emudesk.ui.formatting import arg

if TYPE_CHECKING:
    from emudesk.services.organisation.years import YearInfo
    from emudesk.ui.context import DataContext
    from emudesk.ui.main_window import MainWindow

WINDOW_SIZE = QSize(1024, 768)  # every page and dialog must be usable on such a screen
SCORING_YEAR = ("UBDT-C4", 2024)  # the demo's scored, ranked and awarded year
SCORING_UNIT = "BDT-DLK"  # whose score grid is shown


def _settle() -> None:
    """Let layouts and deferred updates run before grabbing."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _quiet_offscreen_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's "does not support …" notes; let everything else through."""
    del context
    if not message.startswith("This plugin does not support"):
        print(f"Qt {kind.name}: {message}", file=sys.stderr)


def _cannot_write(path: Path) -> str:
    text = QCoreApplication.translate(
        "Screenshot", "Cannot write %1: choose a folder you can write to."
    )
    return arg(text, str(path))


def _dispose(window: QWidget) -> None:
    """Delete the window (and its dialogs) now, not at interpreter exit after QApplication."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _scoring_year(context: DataContext) -> YearInfo | None:
    """The demo's scored year, else the newest year of any cluster that has a scoring table."""
    from emudesk.services.organisation import clusters, years
    from emudesk.services.scoring import tables

    candidates: list[YearInfo] = []
    for cluster in context.read(clusters.list_clusters):
        for info in context.read(years.list_years, cluster.uuid):
            if (info.cluster_code, info.year) == SCORING_YEAR:
                return info
            candidates.append(info)
    candidates.sort(key=lambda y: -y.year)
    return next((y for y in candidates if context.read(tables.get_table, y.uuid)), None)


def _scoring_pages(window: MainWindow, year: YearInfo) -> list[tuple[str, Callable[[], None]]]:
    """(file name, how to show it) of the scoring table, score grid, ranking and proposals."""
    from emudesk.ui.pages.score_grid import ScoreGridPage
    from emudesk.ui.registry import (
        CERTIFICATES,
        DOSSIER,
        MEETINGS,
        PROPOSALS,
        RANKING,
        SCORE_GRID,
        SCORING_TABLE,
        Target,
    )

    label = f"{year.cluster_code.lower()}-{year.year}"
    unit = next((m for m in year.members if m.code == SCORING_UNIT), None)
    unit = unit or (year.members[0] if year.members else None)

    def grid() -> None:
        window.go(Target(SCORE_GRID, year.uuid))
        page = window.current_page()
        if isinstance(page, ScoreGridPage) and unit is not None:
            page.select_unit(unit.uuid)
            page.show_first_explained()

    unit_label = f"-{unit.code.lower()}" if unit else ""
    return [
        (f"scoring-table-{label}", partial(window.go, Target(SCORING_TABLE, year.uuid))),
        (f"scores-{label}{unit_label}", grid),
        (f"ranking-{label}", partial(window.go, Target(RANKING, year.uuid))),
        (f"proposals-{label}", partial(window.go, Target(PROPOSALS, year.uuid))),
        (f"meetings-{label}", partial(window.go, Target(MEETINGS, year.uuid))),
        (f"certificates-{label}", partial(window.go, Target(CERTIFICATES, year.uuid))),
        (f"dossier-{label}", partial(window.go, Target(DOSSIER, year.uuid))),
    ]


def _more_dialogs(
    window: MainWindow, context: DataContext, scored: YearInfo | None
) -> list[tuple[str, QWidget]]:
    """The year's members and leadership (the unit pickers), a workbook import, the guide."""
    from emudesk.ui.dialogs.list_import import ListImportDialog, ListKind
    from emudesk.ui.dialogs.year import YearDialog
    from emudesk.ui.registry import RANKING, Target

    shown: list[tuple[str, QWidget]] = []
    if scored is not None:
        from emudesk.errors import EmuError
        from emudesk.services.organisation import years

        try:  # the demo's next year (2025), with its elected head and deputy
            shown_year = context.read(years.get_year, scored.cluster_uuid, scored.year + 1)
        except EmuError:
            shown_year = scored
        shown.append(("year-dialog", YearDialog.for_year(context, shown_year, window)))
        window.go(Target(RANKING, scored.uuid))
    shown.append(("import-units", ListImportDialog(context, ListKind.UNITS, parent=window)))
    guide = window.show_guide()
    guide.hide()
    guide.resize(760, 600)
    shown.append(("guide", guide))
    return shown


def render_pages(db_target: str | None, out_dir: Path, language: str = "vi") -> list[Path]:
    """Write ``01-clusters.png``, ``02-units.png``… to ``out_dir``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from emudesk.db import open_database
    from emudesk.services.organisation import clusters
    from emudesk.ui import translation
    from emudesk.ui.app import application
    from emudesk.ui.context import DataContext
    from emudesk.ui.dialogs.about import AboutDialog
    from emudesk.ui.dialogs.first_run import FirstRunDialog
    from emudesk.ui.dialogs.settings import SettingsDialog
    from emudesk.ui.main_window import MainWindow
    from emudesk.ui.registry import CLUSTERS, ISSUERS, UNITS, YEAR_OVERVIEW, Target
    from emudesk.ui.settings import Settings

    application()
    previous_handler = qInstallMessageHandler(_quiet_offscreen_notes)
    previous = translation.current()
    translation.install(language)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        translation.install(previous)
        qInstallMessageHandler(previous_handler)
        raise OutputError(_cannot_write(out_dir), path=out_dir) from exc
    context = DataContext(open_database(db_target))
    settings = Settings(language=language)  # never saved: a screenshot changes no setting
    window = MainWindow(context, settings)
    written: list[Path] = []

    def grab(name: str, widget: QWidget, before: Callable[[], None] | None = None) -> None:
        if before is not None:
            before()
        _settle()
        path = out_dir / f"{len(written) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OutputError(_cannot_write(path), path=path)
        written.append(path)

    try:
        window.resize(WINDOW_SIZE)
        window.show()
        grab("clusters", window, lambda: window.go(Target(CLUSTERS)))
        grab("units", window, lambda: window.go(Target(UNITS)))
        grab("issuers", window, lambda: window.go(Target(ISSUERS)))
        from emudesk.services.cycle import commitments
        from emudesk.services.organisation import years
        from emudesk.ui.registry import COMMITMENT

        for cluster in context.read(clusters.list_clusters):
            if not cluster.years:
                continue
            latest = context.read(years.get_year, cluster.uuid, max(cluster.years))
            name = f"year-{cluster.code.lower()}-{latest.year}"
            grab(name, window, partial(window.go, Target(YEAR_OVERVIEW, latest.uuid)))
            if context.read(commitments.get_commitment, latest.uuid) is not None:
                name = f"commitment-{cluster.code.lower()}-{latest.year}"
                grab(name, window, partial(window.go, Target(COMMITMENT, latest.uuid)))
        scored = _scoring_year(context)
        for name, show in _scoring_pages(window, scored) if scored else ():
            grab(name, window, show)
        settings_dialog = SettingsDialog(settings, context.db.display_name, window)
        settings_dialog.show()
        grab("settings", settings_dialog)
        settings_dialog.close()
        about = AboutDialog(context.db.display_name, window)
        about.show()
        grab("about", about)
        about.close()
        assistant = FirstRunDialog(settings, window)
        assistant.show()
        grab("first-run", assistant)
        assistant.close()
        for name, dialog in _more_dialogs(window, context, scored):
            dialog.show()
            grab(name, dialog)
            dialog.close()
        with tempfile.TemporaryDirectory(prefix="emudesk-shot-") as folder:
            # where a new office begins: the window on an empty database
            empty = DataContext(open_database(Path(folder) / "empty.sqlite"))
            start = MainWindow(empty, settings)
            try:
                start.resize(WINDOW_SIZE)
                start.show()
                grab("empty-database", start)
            finally:
                _dispose(start)
                empty.close()
    finally:
        _dispose(window)
        context.close()
        if previous and previous != language:
            translation.install(previous)
        qInstallMessageHandler(previous_handler)
    return written
