"""Commands about certificates: print a batch, the calibration grid, the register, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, open_db, out, year
from emudesk.i18n import _

PAPER = {"a3": (420.0, 297.0), "a4": (297.0, 210.0), "400x300": (400.0, 300.0)}


def cmd_certificates(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import pin
    from emudesk.services.certificates import flags, printers, printing
    from emudesk.services.organisation import years
    from emudesk.services.signing import codes

    if not args.out and not args.flag_list:
        print(
            _("emudesk: give --out for the certificates, --flag-list for the flags, or both."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    outcome = None
    signer = None
    secret = pin() if args.sign and args.out else ""
    db = open_db(args)
    try:
        with db.session() as session:
            year = years.get_year(session, args.cluster, args.year)
            if args.out:
                calibration = printers.calibration_for(args.printer) if args.overlay else None
                options: dict[str, Any] = dict(
                    decision=args.decision,
                    template_key=args.template,
                    overlay=args.overlay,
                    calibration=calibration,
                    place=args.place,
                    signer_name=args.signer,
                    allow_reprint=args.reprint,
                    split=args.split,
                    unlocked_reason=args.unlocked_reason,
                )
                if args.sign:
                    outcome, signer = codes.print_signed(
                        session, year.uuid, Path(args.out), secret, **options
                    )
                else:
                    outcome = printing.print_certificates(
                        session, year.uuid, Path(args.out), **options
                    )
            if args.flag_list:
                flags.write_flag_list(session, year.uuid, Path(args.flag_list))
            flag_names = [f.recipient for f in flags.flag_texts(session, year.uuid)]
    finally:
        db.dispose()
    if outcome is not None:
        out(
            _(
                "{count} certificate(s) written to {path} (register numbers {numbers}).",
                count=len(outcome.numbers),
                path=outcome.path,
                numbers=", ".join(str(n) for n in outcome.numbers),
            )
        )
        if outcome.reprints:
            out(_("{count} of them are reprints and kept their numbers.", count=outcome.reprints))
        if signer is not None:
            out(
                _(
                    "Their QR codes are signed by {name} ({organisation}).",
                    name=signer.name,
                    organisation=signer.organisation or "—",
                )
            )
    if args.flag_list:
        out(_("Flag list for the flag maker written to {path}.", path=args.flag_list))
    elif flag_names:
        out(
            _(
                "Flags are made by the flag maker, not printed: {names}; write their list with "
                "--flag-list FILE.",
                names="; ".join(flag_names),
            )
        )
    return EXIT_OK


def cmd_calibration_grid(args: argparse.Namespace) -> int:
    from emudesk.printing.certificate import calibration_grid

    width, height = PAPER[args.paper]
    path = calibration_grid(Path(args.out), width, height)
    out(_("Calibration grid written to {path}; print it at 100 % and measure.", path=path))
    return EXIT_OK


def cmd_calibrate(args: argparse.Namespace) -> int:
    from emudesk.printing.certificate import Calibration
    from emudesk.services.certificates import printers

    if args.dx is None and args.dy is None:
        found = printers.calibration_for(args.printer)
        out(
            _(
                "{printer}: offset {dx} mm across, {dy} mm down, scale {scale}.",
                printer=args.printer,
                dx=found.dx,
                dy=found.dy,
                scale=found.scale,
            )
        )
        return EXIT_OK
    calibration = Calibration(args.dx or 0.0, args.dy or 0.0, args.scale)
    printers.save_calibration(args.printer, calibration)
    out(_("Calibration of {printer} saved.", printer=args.printer))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from emudesk.services.signing import codes

    if codes.is_signed(args.text):  # proves itself: no register, no database needed
        result = codes.verify_code(None, args.text)
    else:
        db = open_db(args, write=False)
        try:
            with db.session() as session:
                result = codes.verify_code(session, args.text)
        finally:
            db.dispose()
    out(result.message)
    return EXIT_OK if result.valid else EXIT_REFUSED


def cmd_register(args: argparse.Namespace) -> int:
    from emudesk.services.certificates import register

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            rows = register.search_register(
                session, args.search, year=args.year, decision=args.decision
            )
    finally:
        db.dispose()
    for row in rows:
        origin = ""
        if row.imported_from:
            origin = "  " + _("[copy from another office: {file}]", file=row.imported_from)
        out(
            f"{row.number:>5}  {row.issuer}  {row.year}  {row.recipient} — {row.award}"
            f"  ({row.decision_number}; ×{row.print_count}){origin}"
        )
    if not rows:
        out(_("No register entry matches."))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    cert = sub.add_parser("certificates", help=_("print the certificates of approved awards"))
    cert.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    cert.add_argument("--year", required=True, type=year)
    cert.add_argument("--decision", help=_("only the awards of this decision number"))
    cert.add_argument("--template", help=_("template key (default: by award and issuer)"))
    cert.add_argument(
        "--overlay", action="store_true", help=_("only the variable text, onto pre-printed blanks")
    )
    cert.add_argument("--printer", default="default", help=_("whose calibration to apply"))
    cert.add_argument("--place", default="Hà Nội", help=_("place printed before the date"))
    cert.add_argument("--signer", default="", help=_("name of the person who signs"))
    cert.add_argument(
        "--reprint", action="store_true", help=_("print again awards already in the register")
    )
    cert.add_argument(
        "--split", action="store_true", help=_("one PDF per certificate; --out is a folder")
    )
    cert.add_argument(
        "--unlocked-reason",
        default="",
        metavar="TEXT",
        help=_("why print before the year's scores are locked (recorded in the register)"),
    )
    cert.add_argument("--out", help=_("the PDF file to write"))
    cert.add_argument(
        "--sign",
        action="store_true",
        help=_("sign each QR code with the token (PIN from EMUDESK_PKCS11_PIN or a prompt)"),
    )
    cert.add_argument(
        "--flag-list",
        metavar="FILE",
        help=_("also write the approved flags' texts for the flag maker (.pdf or .docx)"),
    )
    cert.set_defaults(handler=cmd_certificates)

    grid = sub.add_parser("calibration-grid", help=_("write a printer calibration grid (PDF)"))
    grid.add_argument("--paper", choices=sorted(PAPER), default="a3")
    grid.add_argument("--out", required=True, help=_("the PDF file to write"))
    grid.set_defaults(handler=cmd_calibration_grid)

    calibrate = sub.add_parser("calibrate", help=_("store or show a printer's measured offset"))
    calibrate.add_argument("--printer", default="default")
    calibrate.add_argument("--dx", type=float, help=_("mm to the right (negative: left)"))
    calibrate.add_argument("--dy", type=float, help=_("mm down (negative: up)"))
    calibrate.add_argument("--scale", type=float, default=1.0)
    calibrate.set_defaults(handler=cmd_calibrate)

    check = sub.add_parser("verify", help=_("check a certificate's QR code text"))
    check.add_argument("text")
    check.set_defaults(handler=cmd_verify)

    book = sub.add_parser("register", help=_("search the certificate register"))
    book.add_argument("--search", default="", help=_("name, unit or award (marks optional)"))
    book.add_argument("--year", type=year)
    book.add_argument("--decision", default="")
    book.set_defaults(handler=cmd_register)
