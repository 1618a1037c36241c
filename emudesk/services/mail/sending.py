"""Send the forms (or the reminders) straight through the office's SMTP server.

Sending cannot be undone, so it is not one transaction: the e-mails go one by one, and
those that went are recorded afterwards in one transaction — also when the officer stops
half-way or the server breaks off, so that the Returns board never forgets a form that did
go out. A unit without an address is left out and named; an address the server refuses
fails that unit only.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.errors import CancelledError, ValidationError
from emudesk.exchange.mail.compose import build_message
from emudesk.exchange.mail.smtp import Connection, RecipientRefusedError, SendError, SmtpServer
from emudesk.i18n import _
from emudesk.services import checks
from emudesk.services.mail.drafts import missing_or_refuse
from emudesk.services.mail.outgoing import (
    Channel,
    Dispatched,
    Kind,
    Outgoing,
    office,
    prepare,
    record,
)
from emudesk.text import is_email_address

# progress(done, total) -> False asks the sending to stop (see ui.workers)
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class SendOutcome:
    sent: tuple[Dispatched, ...]
    failed: tuple[Dispatched, ...]  # the server refused these
    skipped: tuple[Dispatched, ...]  # no address


def send(
    session: Session,
    year_uuid: UUID,
    server: SmtpServer,
    password: str,
    *,
    kind: Kind = Kind.FORM,
    deadline: dt.date | None = None,
    send_to: str = "",
    sender: str = "",
    only: Collection[UUID] | None = None,
    progress: Progress | None = None,
) -> SendOutcome:
    """Send each member's e-mail (``only`` these units) from ``sender`` through ``server``.

    ``sender`` defaults to ``send_to``, then the head unit's address, then the user name
    when it is an address. Stopping (``progress`` says no) or a server that breaks off
    raises after recording what was sent; the message says how many went.
    """
    sender = checks.email(sender, _("Sender address"))
    with tempfile.TemporaryDirectory(prefix="emudesk-mail-") as folder:
        outgoing = prepare(
            session, year_uuid, Path(folder), kind=kind, deadline=deadline, send_to=send_to,
            only=only,
        )  # fmt: skip
    head = office(session, year_uuid, send_to)
    user = server.user if is_email_address(server.user) else ""
    from_address = (sender or head.address or user).strip()
    if not from_address:
        raise ValidationError(
            _(
                "An e-mail needs the office's own address as its sender: give it, or record "
                "the head unit's e-mail address on the Units page."
            )
        )
    targets = [item for item in outgoing if item.address]
    skipped = tuple(
        Dispatched(i.unit_code, i.unit_name, "", problem=_no_address(i.unit_name))
        for i in outgoing
        if not i.address
    )
    if not targets:
        raise ValidationError(
            _("No member unit has an e-mail address; add them on the Units page first.")
        )
    sent: list[tuple[Outgoing, str]] = []
    failed: list[Dispatched] = []
    stopped: SendError | None = None
    cancelled = False
    try:
        with Connection(server, password) as connection:
            for index, item in enumerate(targets):
                if progress is not None and not progress(index, len(targets)):
                    cancelled = True
                    break
                draft = replace(item.draft, sender=from_address, sender_name=head.name)
                message = build_message(draft, unsent=False)
                try:
                    connection.send(message)
                except RecipientRefusedError as exc:
                    failed.append(Dispatched(item.unit_code, item.unit_name, item.address,
                                             problem=exc.message))  # fmt: skip
                    continue
                sent.append((item, str(message["Message-ID"])))
    except SendError as exc:
        stopped = exc
    record(session, year_uuid, sent, kind=kind, channel=Channel.SMTP, deadline=deadline)
    if stopped is not None:
        if not sent:
            raise stopped
        raise SendError(
            _("{reason} {count} e-mail(s) had been sent; they are recorded.",
              reason=stopped.message, count=len(sent))
        )  # fmt: skip
    if cancelled:
        raise CancelledError(
            _(
                "Stopped: {sent} of {total} e-mail(s) were sent (they are recorded); the "
                "others were not.",
                sent=len(sent),
                total=len(targets),
            )
        )
    if progress is not None:
        progress(len(targets), len(targets))
    done = tuple(Dispatched(i.unit_code, i.unit_name, i.address) for i, _id in sent)
    return SendOutcome(done, tuple(failed), skipped)


def send_reminders(
    session: Session,
    year_uuid: UUID,
    server: SmtpServer,
    password: str,
    *,
    deadline: dt.date | None = None,
    send_to: str = "",
    sender: str = "",
    progress: Progress | None = None,
) -> SendOutcome:
    """Send the reminders to the units whose return is still missing."""
    return send(
        session,
        year_uuid,
        server,
        password,
        kind=Kind.REMINDER,
        deadline=deadline,
        send_to=send_to,
        sender=sender,
        only=missing_or_refuse(session, year_uuid),
        progress=progress,
    )


def _no_address(unit: str) -> str:
    return _("{unit} has no e-mail address; nothing was sent to it.", unit=unit)
