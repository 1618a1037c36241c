"""``emudesk self-test``: prove an installation works end to end, in a temporary folder.

Meant for a fresh bundle on a PC with no Python (and for CI on the bundle): every layer that
loads files at run time is touched — migrations, the exchange workbook both ways, fonts and a
certificate, translations and the main window. The user's own data is never read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, out
from emudesk.errors import EmuError
from emudesk.i18n import _


def _steps(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    from emudesk.db import open_database

    database = folder / "self-test.sqlite"

    def migrate() -> str:
        from emudesk.db.migrate import current_revision
        from emudesk.services.demo.build import build_demo

        db = open_database(database)
        try:
            with db.session() as session:
                build_demo(session)
            return current_revision(db) or "?"
        finally:
            db.dispose()

    def exchange_round_trip() -> str:
        from emudesk.exchange.report import FileStatus
        from emudesk.services.exchange import form_export, return_import
        from emudesk.services.organisation import years

        db = open_database(database)
        try:
            with db.session() as session:
                year = years.get_year(session, "UBDT-C4", 2025)
                (folder / "forms").mkdir()
                written = form_export.export_forms(session, year.uuid, folder / "forms")
                reports = return_import.check_files(session, written[:2])
            if [r.status for r in reports] != [FileStatus.NO_CHANGES] * 2:
                raise AssertionError("; ".join(line for r in reports for line in r.lines()))
            return _("{count} workbook(s) written and read back", count=len(written))
        finally:
            db.dispose()

    def certificate() -> str:
        from emudesk.services.certificates import printing
        from emudesk.services.organisation import years

        db = open_database(database)
        try:
            with db.session() as session:
                year = years.get_year(session, "UBDT-C4", 2024)
                target = folder / "certificates.pdf"
                outcome = printing.print_certificates(session, year.uuid, target)
            if target.stat().st_size < 1000:
                raise AssertionError("the PDF is empty")
            return _("{count} certificate(s) rendered", count=len(outcome.numbers))
        finally:
            db.dispose()

    def dossier() -> str:
        from emudesk.services.organisation import years
        from emudesk.services.papers import dossier as papers

        db = open_database(database)
        try:
            with db.session() as session:
                year = years.get_year(session, "UBDT-C4", 2024)
                (folder / "dossier").mkdir()
                written = papers.write_dossier(session, year.uuid, folder / "dossier")
            if any(path.stat().st_size < 1000 for path in written):
                raise AssertionError("an empty paper")
            return _("{count} paper(s) written as Word and PDF", count=len(written) // 2)
        finally:
            db.dispose()

    def unicode_support() -> str:
        # Qt's ICU (trimmed to Vietnamese and English in the Linux bundle): Vietnamese
        # collation puts Đ after D as a letter of its own; ICU's root order would not.
        from PySide6.QtCore import QCollator, QLocale

        vietnamese = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        collator = QCollator(vietnamese)
        names = sorted(["Đông", "Dũng", "Ân", "An"], key=collator.sortKey)
        if names != ["An", "Ân", "Dũng", "Đông"]:
            raise AssertionError(f"Vietnamese collation gives {names}")
        upper = vietnamese.toUpper("đường quốc lộ")
        if upper != "ĐƯỜNG QUỐC LỘ":
            raise AssertionError(f"upper case gives {upper!r}")
        return ", ".join(names)

    def postgres_driver() -> str:
        from emudesk.db.engine import use_bundled_libpq

        use_bundled_libpq()
        try:
            import psycopg
        except ImportError:
            if getattr(sys, "frozen", False):
                raise
            return _("not installed (SQLite only)")
        return _(
            "{driver} with libpq {version}",
            driver=psycopg.pq.__impl__,
            version=psycopg.pq.version(),
        )

    def user_guide() -> str:
        from emudesk import paths
        from emudesk.ui.guide import images_of

        pictures = 0
        for language in ("vi", "en"):
            guide = paths.guide_file(language)
            missing = [p.name for p in images_of(guide) if not p.is_file()]
            if missing:
                raise AssertionError(f"{guide.name}: missing pictures {', '.join(missing)}")
            pictures += len(images_of(guide))
        return _("both languages, {count} picture(s)", count=pictures)

    def window() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from emudesk.ui.app import run_gui

        status = run_gui(str(database), quit_after_ready=True)
        if status != EXIT_OK:
            raise AssertionError(f"exit status {status}")
        return _("shown and closed")

    return [
        (_("database and migrations"), migrate),
        (_("exchange workbook"), exchange_round_trip),
        (_("certificate"), certificate),
        (_("dossier (Word and PDF)"), dossier),
        (_("Vietnamese sorting and case (ICU)"), unicode_support),
        (_("PostgreSQL driver"), postgres_driver),
        (_("user guide (F1)"), user_guide),
        (_("main window"), window),
    ]


def cmd_self_test(args: argparse.Namespace) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="emudesk-self-test-") as name:
        folder = Path(name)
        previous = os.environ.get("EMUDESK_HOME")
        os.environ["EMUDESK_HOME"] = str(folder / "home")  # backups, logs, settings: here
        try:
            for label, step in _steps(folder):
                try:
                    detail = step()
                except EmuError as error:
                    failures += 1
                    out(f"FAILED  {label}: {error.message}")
                except Exception as error:  # a broken installation: report, go on
                    failures += 1
                    out(f"FAILED  {label}: {error!r}")
                    if args.verbose:
                        out(traceback.format_exc())
                else:
                    out(f"ok      {label}: {detail}")
        finally:
            if previous is None:
                os.environ.pop("EMUDESK_HOME", None)
            else:
                os.environ["EMUDESK_HOME"] = previous
    if failures:
        out(_("{count} check(s) failed.", count=failures))
        return EXIT_REFUSED
    out(_("All checks passed."))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    test = sub.add_parser("self-test", help=_("check that this installation works"))
    test.add_argument("--verbose", action="store_true", help=_("show the details of a failure"))
    test.set_defaults(handler=cmd_self_test)
