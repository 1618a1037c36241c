"""Screenshots of the issuer's office for the user guide: the demo's 2024 round, decided.

The demo is a head's PC; the issuer's office starts empty. This script exports both demo
clusters' 2024 submissions, imports them into an empty database, sets the register's
formats and lets the council vote, then renders the council and its vote dialog, the decision
dialog (its preview), records UBDT's decision, and renders the decisions, the board (with a
cluster's ranking table), the Award history, the import of past decisions (the years before
emudesk) with its preview (and a workbook correcting two rows stored), and the Award
statistics pages at the size ``emudesk screenshot``
uses.

Usage: python tools/issuer_screenshots.py --out docs/screenshots [--language en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prepare(demo: Path, issuer: Path, folder: Path) -> None:
    from emudesk.db import open_database
    from emudesk.services.issuing import (
        council,
        register,
        submission_export,
        submission_import,
    )

    head = open_database(demo)
    with head.session() as session:
        for cluster in ("UBDT-C4", "VHTTDL-C4"):
            submission_export.export_submission(session, cluster, 2024, folder / f"{cluster}.zip")
    head.dispose()
    office = open_database(issuer, create=True)
    try:
        with office.session() as session:
            for cluster in ("UBDT-C4", "VHTTDL-C4"):
                submission_import.receive(
                    session, folder / f"{cluster}.zip", accept_unverified=True
                )
            register.set_series(session, "UBDT", award_code="BANG-KHEN", pattern="{n}/BK-UBDT",
                                last_paper_number=1233)  # fmt: skip
            register.set_series(session, "UBDT", pattern="{n}/CTĐ-UBDT", last_paper_number=40)
            members = [f"Ủy viên Hội đồng số {n}" for n in range(1, 10)]
            council.save_meeting(session, "UBDT", 2024, held_on=dt.date(2025, 1, 20),
                                 members=members, place="Hà Nội")  # fmt: skip
            for unit, votes in (("BDT-DLK", 9), ("BDT-PY", 8), ("BDT-BDI", 5)):
                council.record_vote(session, "UBDT", 2024, unit, votes_for=votes)
    finally:
        office.dispose()


PAST_ROWS: list[tuple[object, ...]] = [
    # year, number, date, signer, award, kind, recipient, unit, position, register, reason
    (2022, "45/QĐ-UBDT", "20/01/2023", "Bộ trưởng, Chủ nhiệm",
     "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Đơn vị", "Ban Dân tộc tỉnh Phú Yên",
     None, None, "1101/BK-UBDT", "Hoàn thành xuất sắc nhiệm vụ năm 2022"),
    (2022, "45/QĐ-UBDT", "20/01/2023", "Bộ trưởng, Chủ nhiệm",
     "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Cá nhân", "Nguyễn Thị Hòa",
     "ban dan toc dak lak", "Phó Trưởng ban", "1102/BK-UBDT", "Có thành tích xuất sắc"),
    (2022, "46/QĐ-UBDT", "20/01/2023", "Bộ trưởng, Chủ nhiệm", "Cờ thi đua của Ủy ban Dân tộc",
     "Đơn vị", "BDT-DLK", None, None, "40/CTĐ-UBDT", "Dẫn đầu Cụm thi đua số 4"),
    (2023, "18/QĐ-UBDT", "16/01/2024", "Bộ trưởng, Chủ nhiệm",
     "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Đơn vị",
     "Sở Dân tộc và Tôn giáo tỉnh Gia Lai", None, None, "1180/BK-UBDT", ""),
    (2023, "18/QĐ-UBDT", "16/01/2024", "Bộ trưởng, Chủ nhiệm", "Huân chương Lao động hạng Ba",
     "Đơn vị", "Ban Dân tộc tỉnh Bình Định", None, None, "", ""),
]  # fmt: skip


def past_workbook(
    context: object, folder: Path, rows: list[tuple[object, ...]] = PAST_ROWS, name: str = ""
) -> Path:
    """The template of past decisions, filled with a few of the years before emudesk (two
    rows with mistakes, to show how the preview names them)."""
    from openpyxl import load_workbook

    from emudesk.exchange.past_decisions import DATA_SHEET, HEADER_ROW
    from emudesk.services.issuing import past_decisions

    template = folder / "mau-quyet-dinh.xlsx"
    context.read(past_decisions.write_template, template, "UBDT")  # type: ignore[attr-defined]
    workbook = load_workbook(template)
    sheet = workbook[DATA_SHEET]
    for number, values in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    corrected = "" if rows is PAST_ROWS else "-da-sua"  # the rows without mistakes
    filled = folder / (name or f"quyet-dinh-2022-2023{corrected}.xlsx")
    workbook.save(filled)
    return filled


def render(database: Path, out_dir: Path, language: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QDialog

    from emudesk.db import open_database
    from emudesk.services.issuing import decisions
    from emudesk.ui import translation
    from emudesk.ui.app import application
    from emudesk.ui.context import DataContext
    from emudesk.ui.dialogs.council import CouncilVoteDialog
    from emudesk.ui.dialogs.issuer_decision import RecordDecisionDialog
    from emudesk.ui.dialogs.submitted_ranking import SubmittedRankingDialog
    from emudesk.ui.main_window import MainWindow
    from emudesk.ui.registry import BOARD, COUNCIL, DECISIONS, HISTORY, STATISTICS, Target
    from emudesk.ui.screenshot import WINDOW_SIZE, _dispose, _settle
    from emudesk.ui.settings import Settings

    application()
    translation.install(language)
    context = DataContext(open_database(database))
    window = MainWindow(context, Settings(language=language, role="issuer"))
    suffix = "" if language == "vi" else f"-{language}"
    written: list[Path] = []

    def grab(name: str) -> None:
        _settle()
        path = out_dir / f"{name}{suffix}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)

    def grab_dialog(kind: type[QDialog], name: str, *, keep: bool = False) -> QDialog:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            raise SystemExit(f"no {kind.__name__} open")
        dialog = found[-1]
        if name:
            _settle()
            path = out_dir / f"{name}{suffix}.png"
            if not dialog.grab().save(str(path)):
                raise SystemExit(f"cannot write {path}")
            written.append(path)
        if not keep:
            dialog.reject()
        return dialog

    try:
        window.resize(WINDOW_SIZE)
        window.show()
        window.go(Target(COUNCIL))
        page = window.current_page()
        combo = page.ui.issuerCombo  # type: ignore[union-attr]
        combo.setCurrentIndex(max(combo.findText(t) for t in ("UBDT", "Bộ DTTG")))
        page.ui.yearSpin.setValue(2024)  # type: ignore[union-attr]
        grab("27-council-ubdt-2024")
        page.ui.tableView.selectRow(1)  # type: ignore[union-attr]
        page.on_voteButton_clicked()  # type: ignore[union-attr]
        grab_dialog(CouncilVoteDialog, "27a-council-vote")
        window.go(Target(DECISIONS))
        page = window.current_page()
        combo = page.ui.issuerCombo  # type: ignore[union-attr]
        combo.setCurrentIndex(max(combo.findText(t) for t in ("UBDT", "Bộ DTTG")))
        page.on_recordButton_clicked()  # type: ignore[union-attr]
        dialog = grab_dialog(RecordDecisionDialog, "", keep=True)
        assert isinstance(dialog, RecordDecisionDialog)
        fields = decisions.DecisionFields(
            "123/QĐ-UBDT",
            dt.date(2025, 1, 24),
            2024,
            signer_name="Nguyễn Văn A",
            signer_title="Thứ trưởng, Phó Chủ nhiệm",
            signing_mode="KT.",
            signing_for="Bộ trưởng, Chủ nhiệm",
            place="Hà Nội",
        )
        dialog.ui.yearSpin.setValue(fields.year)
        dialog.ui.numberEdit.setText(fields.number)
        dialog.ui.dateEdit.setDate(QDate(2025, 1, 24))
        dialog.ui.signerEdit.setText(fields.signer_name)
        dialog.ui.titleEdit.setText(fields.signer_title)
        dialog.ui.modeCombo.setCurrentIndex(dialog.ui.modeCombo.findData(fields.signing_mode))
        dialog.ui.forEdit.setText(fields.signing_for)
        dialog.ui.placeEdit.setText(fields.place)
        grab_dialog(RecordDecisionDialog, "28a-record-decision")
        context.write(decisions.record_decision, "UBDT", fields)
        grab("28-decisions-ubdt")
        window.go(Target(BOARD))
        page = window.current_page()
        combo = page.ui.issuerCombo  # type: ignore[union-attr]
        combo.setCurrentIndex(max(combo.findText(t) for t in ("UBDT", "Bộ DTTG")))
        page.ui.yearSpin.setValue(2024)  # type: ignore[union-attr]
        grab("26-board-ubdt-2024")
        page.ui.tableView.selectRow(1)  # type: ignore[union-attr]
        page.on_rankingButton_clicked()  # type: ignore[union-attr]
        grab_dialog(SubmittedRankingDialog, "26a-board-ranking")
        window.go(Target(HISTORY))
        page = window.current_page()
        page.ui.searchEdit.setText("phu yen")  # type: ignore[union-attr]
        grab("29-history-phu-yen")
        past = past_workbook(context, database.parent)
        dialog = page.import_past_decisions()  # type: ignore[union-attr]
        dialog.resize(940, 560)
        dialog.set_file(past)
        deadline = time.monotonic() + 60
        while dialog.task is not None and time.monotonic() < deadline:
            _settle()
        _settle()
        path = out_dir / f"30-past-decisions{suffix}.png"
        if not dialog.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
        dialog.close()
        from emudesk.services.issuing import past_decisions

        good = past_workbook(context, database.parent, rows=PAST_ROWS[:3])
        context.read(past_decisions.import_workbook, good)
        page.ui.searchEdit.setText("dak lak")  # type: ignore[union-attr]
        grab("31-history-dak-lak")
        # the same workbook again, two rows corrected since: shown old → new, to update
        fixed = [
            PAST_ROWS[0],
            (*PAST_ROWS[1][:9], "1112/BK-UBDT", PAST_ROWS[1][10]),
            (*PAST_ROWS[2][:3], "Thứ trưởng, Phó Chủ nhiệm", *PAST_ROWS[2][4:]),
        ]
        corrected = past_workbook(context, database.parent, fixed, "quyet-dinh-2022-bo-sung.xlsx")
        dialog = page.import_past_decisions()  # type: ignore[union-attr]
        dialog.resize(940, 560)
        dialog.set_file(corrected)
        deadline = time.monotonic() + 60
        while dialog.task is not None and time.monotonic() < deadline:
            _settle()
        _settle()
        path = out_dir / f"30b-past-decisions-corrected{suffix}.png"
        if not dialog.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
        dialog.close()
        window.go(Target(STATISTICS))
        page = window.current_page()
        combo = page.issuerCombo  # type: ignore[union-attr]
        combo.setCurrentIndex(max(combo.findText(t) for t in ("UBDT", "Bộ DTTG")))
        breakdown = page.breakdownCombo  # type: ignore[union-attr]
        breakdown.setCurrentIndex(breakdown.findData("unit_award"))
        grab("29a-statistics-ubdt")
    finally:
        _dispose(window)
        context.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="emudesk-issuer-shots-") as temporary:
        folder = Path(temporary)
        os.environ["EMUDESK_HOME"] = str(folder / "home")
        from emudesk.db import open_database
        from emudesk.services.demo.build import build_demo

        demo = folder / "demo.sqlite"
        db = open_database(demo)
        with db.session() as session:
            build_demo(session)
        db.dispose()
        issuer = folder / "issuer.sqlite"
        prepare(demo, issuer, folder)
        for path in render(issuer, args.out, args.language):
            print(path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # as tools/mail_screenshots.py: PySide6 may crash finalizing offscreen widgets
