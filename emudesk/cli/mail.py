"""Commands of the mail room: send the forms (drafts or SMTP) and the Returns board.

``send-forms`` writes one ready e-mail per member unit as an ``.eml`` draft into ``--out``,
or sends them through ``--smtp HOST:PORT`` (TLS always; the password comes from
``EMUDESK_SMTP_PASSWORD`` or is asked on the terminal, never from the command line, where
other users of the PC could read it). ``returns`` prints who has sent what back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, err, open_db, out, year
from emudesk.i18n import _

if TYPE_CHECKING:
    from emudesk.services.mail.board import Board, BoardRow

PASSWORD_VARIABLE = "EMUDESK_SMTP_PASSWORD"
CSV_COLUMNS = (
    "unit_code",
    "unit_name",
    "address",
    "state",
    "sent_at",
    "sent_by",
    "reminders",
    "deadline",
    "days_left",
    "received_at",
    "received_from",
    "received_file",
    "outcome",
    "reason",
)


def _date(text: str) -> dt.date:
    from emudesk.cli.exchange import _date as parse

    return parse(text)


def _password() -> str:
    """``EMUDESK_SMTP_PASSWORD``, else asked on the terminal (never echoed)."""
    from emudesk.errors import CancelledError, ValidationError

    value = os.environ.get(PASSWORD_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin.isatty():  # a script or a pipe: getpass would read nothing and crash
        raise ValidationError(
            _(
                "The mail server's password is needed: set {variable} or run the command in "
                "a terminal.",
                variable=PASSWORD_VARIABLE,
            )
        )
    import getpass

    try:
        return getpass.getpass(_("SMTP password: "))
    except (EOFError, KeyboardInterrupt):
        raise CancelledError(_("Cancelled: nothing was sent.")) from None


def cmd_send_forms(args: argparse.Namespace) -> int:
    from emudesk.exchange.mail.smtp import SmtpServer, parse_server
    from emudesk.services.mail import drafts, sending
    from emudesk.services.mail.outgoing import Kind
    from emudesk.services.organisation import years

    if bool(args.out) == bool(args.smtp):
        print(_("emudesk: give either --out (drafts) or --smtp (send)."), file=sys.stderr)
        return EXIT_USAGE
    server = None
    if args.smtp:
        host, port = parse_server(args.smtp, security=args.tls)
        server = SmtpServer(host, port, args.tls, args.user or "", args.cafile or "")
    password = _password() if server is not None and server.user else ""
    kind = Kind.REMINDER if args.remind else Kind.FORM
    db = open_db(args)
    try:
        with db.session() as session:
            year_uuid = years.get_year(session, args.cluster, args.year).uuid
            if server is None:
                only = drafts.missing_or_refuse(session, year_uuid) if args.remind else None
                written = drafts.write_drafts(
                    session, year_uuid, Path(args.out), kind=kind, deadline=args.deadline,
                    send_to=args.send_to, only=only,
                )  # fmt: skip
                for item in written:
                    out(f"{item.path}  →  {item.address or '?'}")
                    if item.problem:
                        err(f"  {item.problem}")
                out(_("{count} draft(s) written; open each in the mail program to send it.",
                      count=len(written)))  # fmt: skip
                return EXIT_OK
            only = drafts.missing_or_refuse(session, year_uuid) if args.remind else None
            outcome = sending.send(
                session, year_uuid, server, password, kind=kind, deadline=args.deadline,
                send_to=args.send_to, sender=args.sender, only=only,
            )  # fmt: skip
    finally:
        db.dispose()
    for item in outcome.sent:
        out(_("sent to {unit} <{address}>", unit=item.unit_name, address=item.address))
    for item in (*outcome.failed, *outcome.skipped):
        err(item.problem)
    out(_("{count} e-mail(s) sent.", count=len(outcome.sent)))
    return EXIT_REFUSED if outcome.failed or outcome.skipped else EXIT_OK


def state_label(row: BoardRow) -> str:
    """The row's state in words (the CLI's; the window has its own translation)."""
    from emudesk.services.mail.board import State

    return {
        State.NOT_SENT: _("not sent"),
        State.WAITING: _("waiting"),
        State.LATE: _("late"),
        State.REFUSED: _("refused"),
        State.RECEIVED: _("received"),
    }[row.state]


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def cmd_returns(args: argparse.Namespace) -> int:
    from emudesk.services.mail import board
    from emudesk.services.organisation import years

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            year_uuid = years.get_year(session, args.cluster, args.year).uuid
            result = board.returns_board(session, year_uuid)
    finally:
        db.dispose()
    if args.format == "csv":
        _csv(result)
    else:
        _text(result)
    return EXIT_OK


def _csv(result: Board) -> None:
    from emudesk.exchange.safe import CsvWriter

    writer = CsvWriter(sys.stdout)
    writer.writerow(CSV_COLUMNS)
    for row in result.rows:
        values = (
            row.unit_code,
            row.unit_name,
            row.address,
            row.state.value,
            row.sent_at.isoformat(timespec="minutes") if row.sent_at else "",
            row.sent_by,
            row.reminders,
            row.deadline.isoformat() if row.deadline else "",
            "" if row.days_left is None else row.days_left,
            row.received_at.isoformat(timespec="minutes") if row.received_at else "",
            row.received_from,
            row.received_file,
            row.outcome,
            row.reason,
        )
        writer.writerow(values)


def _text(result: Board) -> None:
    out(_("Returns of {cluster} in {year} (today {today})", cluster=result.cluster_code,
          year=result.year, today=result.today.strftime("%d/%m/%Y")))  # fmt: skip
    for row in result.rows:
        out(f"{row.unit_name} ({row.unit_code}): {state_label(row)}")
        if row.sent_at:
            out("  " + _("form sent {when} to {address}", when=_when(row.sent_at),
                         address=row.address or "?"))  # fmt: skip
        if row.reminders:
            out("  " + _("reminded {count} time(s), last {when}", count=row.reminders,
                         when=_when(row.reminded_at)))  # fmt: skip
        if row.deadline:
            days = "" if row.days_left is None else " " + _("({days} day(s) left)",
                                                             days=row.days_left)  # fmt: skip
            out("  " + _("deadline {date}", date=row.deadline.strftime("%d/%m/%Y")) + days)
        if row.received_at:
            out("  " + _("return received {when} from {sender}: {file}",
                         when=_when(row.received_at), sender=row.received_from or "?",
                         file=row.received_file))  # fmt: skip
        if row.reason:
            out("  " + _("refused: {reason}", reason=row.reason.splitlines()[0]))
    out(
        _(
            "{sent} of {members} form(s) sent, {received} return(s) in, {missing} missing.",
            sent=result.sent,
            members=len(result.rows),
            received=len(result.rows) - len(result.missing),
            missing=len(result.missing),
        )
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    cluster_help = _("cluster code, e.g. UBDT-C4")

    send = sub.add_parser("send-forms", help=_("write or send each member's form as an e-mail"))
    send.add_argument("--cluster", required=True, help=cluster_help)
    send.add_argument("--year", required=True, type=year)
    send.add_argument("--out", help=_("folder for the .eml drafts (and the forms)"))
    send.add_argument("--smtp", metavar="HOST:PORT", help=_("send through this mail server"))
    send.add_argument("--tls", choices=("starttls", "ssl"), default="starttls",
                      help=_("how the server offers TLS (default starttls)"))  # fmt: skip
    send.add_argument("--user", help=_("user name on the mail server"))
    send.add_argument("--from", dest="sender", default="",
                      help=_("sender address (default: the head unit's)"))  # fmt: skip
    send.add_argument("--cafile", metavar="FILE",
                      help=_("the office's own certificate authority (PEM), for a mail server "
                             "whose certificate the system does not trust"))  # fmt: skip
    send.add_argument("--deadline", type=_date, help=_("date to send the forms back, DD/MM/YYYY"))
    send.add_argument("--send-to", default="", help=_("e-mail address for the returns"))
    send.add_argument("--remind", action="store_true",
                      help=_("only the units whose return is missing, as a reminder"))  # fmt: skip
    send.set_defaults(handler=cmd_send_forms)

    board = sub.add_parser("returns", help=_("show who has sent the form back, and who is late"))
    board.add_argument("--cluster", required=True, help=cluster_help)
    board.add_argument("--year", required=True, type=year)
    board.add_argument("--format", choices=("text", "csv"), default="text")
    board.set_defaults(handler=cmd_returns)
