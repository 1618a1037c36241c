"""Screenshots of the mail room for the user guide, on a copy of the demo after a partial round.

The demo database has no e-mail addresses and no forms sent, so its Returns board would show
nothing worth a picture. This script takes a copy, records an address per unit, sends the
2025 forms of UBDT-C4 as drafts with a deadline, imports Phú Yên's filled return and Bình
Định's refused one from their e-mails, then renders the Returns page, the Send the forms
dialog with its drafts, and the import of an e-mail, at the size ``emudesk screenshot`` uses.

Usage: python tools/mail_screenshots.py --out docs/screenshots [--language en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER, YEAR = "UBDT-C4", 2025
DEADLINE = dt.date.today() + dt.timedelta(days=5)  # a round under way, whenever this runs


def address(code: str) -> str:
    return f"vanthu.{code.lower()}@example.vn"


def reply(workbook: Path, code: str, sent: dt.datetime) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = f"Văn thư <{address(code)}>"
    message["To"] = address("BDT-PY")
    message["Subject"] = f"Re: [{CLUSTER}] Biểu chấm điểm thi đua năm {YEAR}"
    message["Date"] = sent.astimezone().strftime("%a, %d %b %Y %H:%M:%S %z")
    message.set_content("Kính gửi cụm trưởng,\nĐơn vị gửi biểu chấm điểm đã điền.\n")
    message.add_attachment(
        workbook.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=workbook.name,
    )
    return message.as_bytes()


def fill(form: Path, target: Path, value: object) -> Path:
    from openpyxl import load_workbook

    from emudesk.exchange.formdata import COL_CODE, COL_SELF, FIRST_ROW, FORM_SHEET

    workbook = load_workbook(form)
    sheet = workbook[FORM_SHEET]
    for row in range(FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row=row, column=COL_CODE).value == "1.1":
            sheet.cell(row=row, column=COL_SELF).value = value
    workbook.save(target)
    return target


def prepare(database: Path, folder: Path) -> None:
    """Addresses, the 2025 drafts, and two returns imported from e-mails (one refused)."""
    from emudesk.db import open_database
    from emudesk.services.exchange import return_import
    from emudesk.services.mail import drafts
    from emudesk.services.organisation import units, years

    db = open_database(database)
    try:
        with db.session() as session:
            for unit in units.list_units(session):
                fields = units.UnitFields(
                    unit.code, unit.province, unit.contact_person, address(unit.code), unit.phone
                )
                units.update_unit(session, unit.uuid, fields)
            year_uuid = years.get_year(session, CLUSTER, YEAR).uuid
            out = folder / "drafts"
            out.mkdir()
            drafts.write_drafts(session, year_uuid, out, deadline=DEADLINE)
            inbox = folder / "inbox"
            inbox.mkdir()
            for code, value, minutes in (("BDT-PY", 5, 20), ("BDT-BDI", 999, 45)):
                name = f"{CLUSTER}_{YEAR}_{code}.xlsx"
                filled = fill(out / name, folder / name, value)
                sent = dt.datetime.now() + dt.timedelta(minutes=minutes)  # replies after the forms
                (inbox / f"{code.lower()}.eml").write_bytes(reply(filled, code, sent))
            reports = return_import.check_files(
                session, sorted(inbox.iterdir()), year_uuid=year_uuid
            )
            return_import.commit(session, reports, per_file=True)
    finally:
        db.dispose()


def render(database: Path, folder: Path, out_dir: Path, language: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from emudesk.db import open_database
    from emudesk.services.organisation import years
    from emudesk.ui import translation
    from emudesk.ui.app import application
    from emudesk.ui.context import DataContext
    from emudesk.ui.dialogs.import_returns import ImportDialog
    from emudesk.ui.dialogs.send_forms import SendFormsDialog
    from emudesk.ui.main_window import MainWindow
    from emudesk.ui.registry import RETURNS, Target
    from emudesk.ui.screenshot import WINDOW_SIZE, _dispose, _settle
    from emudesk.ui.settings import Settings

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
        year_uuid = context.read(years.get_year, CLUSTER, YEAR).uuid
        window.go(Target(RETURNS, year_uuid))
        page = window.current_page()
        assert page is not None
        model = page.model  # type: ignore[attr-defined]
        refused = next(r for r in model.records() if r.row.unit_code == "BDT-BDI")
        page.ui.boardView.selectRow(model.row_of(refused.uuid))  # type: ignore[attr-defined]
        grab("21-returns-ubdt-c4-2025", window)
        dialog = SendFormsDialog(context, window.settings, year_uuid, remind=True, parent=window)
        dialog.resize(720, 620)
        dialog.ui.deadlineCheck.setChecked(True)
        dialog.ui.folderEdit.setText(str(folder / "reminders"))
        (folder / "reminders").mkdir()
        dialog.show()
        dialog.on_buttonBox_accepted()
        grab("22-remind-ubdt-c4-2025", dialog)
        dialog.close()
        importer = ImportDialog(context, [folder / "inbox" / "bdt-bdi.eml"], window)
        importer.resize(1000, 600)
        importer.show()
        while importer.task is not None:
            _settle()
        importer.ui.filesView.selectRow(0)
        grab("23-import-email", importer)
        importer.close()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
        _dispose(window)
        context.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="emudesk-mail-shots-") as temporary:
        folder = Path(temporary)
        os.environ["EMUDESK_HOME"] = str(folder / "home")
        database = folder / "demo.sqlite"
        from emudesk.db import open_database
        from emudesk.services.demo.build import build_demo

        db = open_database(database)
        with db.session() as session:
            build_demo(session, reorganised=False)  # the round of 2025 as it began
        db.dispose()
        prepare(database, folder)
        for path in render(database, folder, args.out, args.language):
            print(path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip the interpreter's finalization: PySide6 6.12 sometimes crashes collecting the
    # offscreen widgets there, after every file is written.
    os._exit(code)
