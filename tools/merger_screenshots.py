"""Screenshots of a merger in the middle of a year for the user guide ("When units merge").

Takes the demo as 2025 began (before its reorganisation), gives Phú Yên and Đắk Lắk a few
2025 scores (so the preview shows a row both scored), opens the merge dialog for Phú Yên into
Đắk Lắk on 1/7/2025 with its preview, records the merger, and shows the 2025 year page
flagging the head that ceased to exist.

Usage: python tools/merger_screenshots.py --out docs/screenshots [--language en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER, YEAR = "UBDT-C4", 2025


def prepare(database: Path) -> None:
    from sqlalchemy import select

    from emudesk import rules
    from emudesk.db import open_database
    from emudesk.model import Criterion, ScoringTable
    from emudesk.services.demo.build import build_demo
    from emudesk.services.organisation import units, years
    from emudesk.services.scoring import scores

    db = open_database(database)
    try:
        with db.session() as session:
            build_demo(session, reorganised=False)
            cluster_year = years.find(session, CLUSTER, YEAR)
            inputs = []
            for code, values in (("BDT-PY", (325, 450)), ("BDT-DLK", (400, 475))):
                unit = units.find(session, code).uuid
                for row_code, value in zip(("1.1", "1.2"), values, strict=True):
                    row = session.scalar(
                        select(Criterion)
                        .join(ScoringTable)
                        .where(
                            ScoringTable.cluster_year_id == cluster_year.id,
                            Criterion.code == row_code,
                        )
                    )
                    assert row is not None
                    inputs.append(
                        scores.ScoreInput(unit, unit, row.uuid, rules.ScorerRole.SELF, value)
                    )
            scores.set_scores(session, cluster_year.uuid, inputs)
    finally:
        db.dispose()


def render(database: Path, out_dir: Path, language: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate

    from emudesk.db import open_database
    from emudesk.services.organisation import units, years
    from emudesk.ui import translation
    from emudesk.ui.app import application
    from emudesk.ui.context import DataContext
    from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
    from emudesk.ui.main_window import MainWindow
    from emudesk.ui.registry import YEAR_OVERVIEW, Target
    from emudesk.ui.screenshot import WINDOW_SIZE, _dispose, _settle
    from emudesk.ui.settings import Settings
    from emudesk.ui.widgets import find_data

    application()
    translation.install(language)
    context = DataContext(open_database(database))
    window = MainWindow(context, Settings(language=language))
    suffix = "" if language == "vi" else f"-{language}"
    written: list[Path] = []

    def grab(name: str, widget: object) -> None:
        _settle()
        path = out_dir / f"{name}{suffix}.png"
        if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
            raise SystemExit(f"cannot write {path}")
        written.append(path)

    try:
        window.resize(WINDOW_SIZE)
        window.show()
        phu_yen = context.read(units.find, "BDT-PY")
        dak_lak = context.read(units.find, "BDT-DLK")
        dialog = MergeUnitDialog(
            context, context.read(units.get_unit, phu_yen.uuid, YEAR), YEAR, window
        )
        dialog.resize(700, 560)
        dialog.ui.onDateEdit.setDate(QDate(2025, 7, 1))
        dialog.ui.successorCombo.setCurrentIndex(find_data(dialog.ui.successorCombo, dak_lak.uuid))
        dialog.ui.decisionEdit.setText("202/2025/QH15")
        dialog.ui.decisionDateCheck.setChecked(True)
        dialog.ui.decisionDateEdit.setDate(QDate(2025, 6, 12))
        dialog.show()
        grab("24-merge-dialog", dialog)
        dialog.save()
        dialog.close()
        year = context.read(years.get_year, CLUSTER, YEAR)
        window.go(Target(YEAR_OVERVIEW, year.uuid))
        grab("25-vanished-head-ubdt-c4-2025", window)
    finally:
        _dispose(window)
        context.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="emudesk-merger-shots-") as temporary:
        folder = Path(temporary)
        os.environ["EMUDESK_HOME"] = str(folder / "home")
        database = folder / "demo.sqlite"
        prepare(database)
        for path in render(database, args.out, args.language):
            print(path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # as tools/mail_screenshots.py: skip PySide6's finalisation
