"""Screenshots of 2025's events for the user guide ("When units merge").

Takes the demo as 2025 began (before its reorganisation), with a regulation that asks the
officer about rows both merging units scored, and gives Phú Yên and Đắk Lắk a few 2025 scores
(so the merger shows rows both scored). Then, as an officer would, it renames the issuer and
Đắk Lắk's committee on 1/3/2025, has Quảng Ngãi join the cluster on 1/7/2025, opens the merge
dialog for Phú Yên into Đắk Lắk on 1/7/2025 with its preview and a choice per colliding row,
records the merger, and shows the 2025 year page flagging the head that ceased to exist.
Each dialog is shot with its preview, then recorded.

Usage: python tools/merger_screenshots.py --out docs/screenshots [--language en]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLUSTER, YEAR = "UBDT-C4", 2025


def prepare(database: Path) -> None:
    from sqlalchemy import select

    from emudesk import rules
    from emudesk.db import open_database
    from emudesk.model import Criterion, ScoringTable
    from emudesk.services.demo.build import build_demo
    from emudesk.services.organisation import units, years
    from emudesk.services.scoring import regulation, scores

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
            settings = regulation.settings_of(session, cluster_year)
            regulation.set_settings(
                session,
                cluster_year.uuid,
                dataclasses.replace(settings, merger_collision=rules.CollisionRule.ASK),
            )
            units.create_unit(
                session,
                units.UnitFields(code="BDT-QNG", province="Quảng Ngãi"),
                official_name="Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi",
                short_name="Sở DTTG Quảng Ngãi",
                valid_from=dt.date(2025, 3, 1),
            )
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
        events(context, window, grab)
        dialog = MergeUnitDialog(
            context, context.read(units.get_unit, phu_yen.uuid, YEAR), YEAR, window
        )
        dialog.ui.onDateEdit.setDate(QDate(2025, 7, 1))
        dialog.ui.successorCombo.setCurrentIndex(find_data(dialog.ui.successorCombo, dak_lak.uuid))
        dialog.ui.decisionEdit.setText("202/2025/QH15")
        dialog.ui.decisionDateCheck.setChecked(True)
        dialog.ui.decisionDateEdit.setDate(QDate(2025, 6, 12))
        dialog.resize(760, 720)
        dialog.show()
        model = dialog.collisions
        for row, answer in enumerate(("mean", "successor")):
            model.setData(model.index(row, model.CHOICE), answer)
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


def events(context: Any, window: Any, grab: Callable[[str, object], None]) -> None:
    """The issuer's and a unit's rename on 1/3/2025, and a unit joining on 1/7/2025."""
    from PySide6.QtCore import QDate

    from emudesk.model import EventKind
    from emudesk.services.organisation import clusters, issuers, units
    from emudesk.ui.dialogs.event import EventDialog
    from emudesk.ui.widgets import find_data

    issuer = next(i for i in context.read(issuers.list_issuers) if i.short_name == "UBDT")
    dak_lak = context.read(units.get_unit, context.read(units.find, "BDT-DLK").uuid, YEAR)
    quang_ngai = context.read(units.get_unit, context.read(units.find, "BDT-QNG").uuid, YEAR)
    shots = (
        (
            "24a-rename-issuer",
            EventKind.RENAME_ISSUER,
            issuer,
            ("Bộ Dân tộc và Tôn giáo", "Bộ DTTG", "Bộ trưởng Bộ Dân tộc và Tôn giáo"),
            (dt.date(2025, 3, 1), "176/2025/QH15", dt.date(2025, 2, 18)),
        ),
        (
            "24b-rename-unit",
            EventKind.RENAME,
            dak_lak,
            ("Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk", "Sở DTTG Đắk Lắk", ""),
            (dt.date(2025, 3, 1), "15/QĐ-UBND", dt.date(2025, 2, 25)),
        ),
        (
            "24c-join-cluster",
            EventKind.JOIN,
            quang_ngai,
            ("", "", ""),
            (dt.date(2025, 7, 1), "12/QĐ-BDTTG", dt.date(2025, 6, 20)),
        ),
    )
    cluster = context.read(clusters.get_cluster, CLUSTER)
    for name, kind, subject, (new_name, short, title), (on, number, decided) in shots:
        dialog = EventDialog(context, kind, subject, YEAR, window)
        dialog.resize(760, 640)
        if new_name:
            dialog.ui.nameEdit.setText(new_name)
            dialog.ui.shortEdit.setText(short)
            dialog.ui.signerEdit.setText(title)
        dialog.ui.clusterCombo.setCurrentIndex(find_data(dialog.ui.clusterCombo, cluster.uuid))
        dialog.ui.onDateEdit.setDate(QDate(on.year, on.month, on.day))
        dialog.ui.decisionEdit.setText(number)
        dialog.ui.decisionDateCheck.setChecked(True)
        dialog.ui.decisionDateEdit.setDate(QDate(decided.year, decided.month, decided.day))
        dialog.show()
        grab(name, dialog)
        dialog.save()
        dialog.close()


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
