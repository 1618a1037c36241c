"""Send the forms as drafts: one ``.eml`` per member unit, ready in the officer's mail program.

Beside each draft the form itself is written too (the same workbook that is attached), so
the folder also serves an officer who prefers to attach by hand. Reminders are the same
e-mail in other words, for the units whose return is still missing, with the form attached
again (refreshed with whatever the unit already returned).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.exchange.mail.compose import DRAFT_SUFFIX, build_message, message_bytes
from emudesk.exchange.mail.records import Draft
from emudesk.i18n import _
from emudesk.services.mail import board
from emudesk.services.mail.outgoing import Channel, Dispatched, Kind, prepare, record

if TYPE_CHECKING:
    from email.message import Message

REMINDER_MARK = "_nhac-lai"


def write_draft(draft: Draft, path: Path) -> Message:
    """Write ``draft`` at ``path`` as an unsent ``.eml``, replacing it in one step."""
    from emudesk.files import atomic_output

    message = build_message(draft, unsent=True)
    with atomic_output(path) as temporary:
        Path(temporary).write_bytes(message_bytes(message))
    return message


def write_drafts(
    session: Session,
    year_uuid: UUID,
    out_dir: Path,
    *,
    kind: Kind = Kind.FORM,
    deadline: dt.date | None = None,
    send_to: str = "",
    only: Collection[UUID] | None = None,
) -> list[Dispatched]:
    """Write each member's e-mail (``only`` these units) as a draft into ``out_dir``.

    A unit without an e-mail address still gets its draft, with the recipient left for the
    officer to fill in; its ``problem`` says so. Every draft written is recorded as sent.
    """
    out_dir = Path(out_dir)
    outgoing = prepare(
        session, year_uuid, out_dir, kind=kind, deadline=deadline, send_to=send_to, only=only
    )
    done = []
    result = []
    for item in outgoing:
        stem = Path(item.file_name).stem + (REMINDER_MARK if kind is Kind.REMINDER else "")
        path = out_dir / f"{stem}{DRAFT_SUFFIX}"
        message = write_draft(item.draft, path)
        done.append((item, str(message["Message-ID"])))
        problem = "" if item.address else _no_address(item.unit_name)
        result.append(Dispatched(item.unit_code, item.unit_name, item.address, path, problem))
    record(session, year_uuid, done, kind=kind, channel=Channel.DRAFT, deadline=deadline)
    return result


def remind_missing(
    session: Session,
    year_uuid: UUID,
    out_dir: Path,
    *,
    deadline: dt.date | None = None,
    send_to: str = "",
) -> list[Dispatched]:
    """Reminder drafts for the units whose return is still missing (see ``board``)."""
    missing = missing_or_refuse(session, year_uuid)
    return write_drafts(
        session,
        year_uuid,
        out_dir,
        kind=Kind.REMINDER,
        deadline=deadline,
        send_to=send_to,
        only=missing,
    )


def missing_or_refuse(session: Session, year_uuid: UUID) -> list[UUID]:
    """The units to remind; refused when every member has answered."""
    missing = board.missing_units(session, year_uuid)
    if not missing:
        raise ValidationError(_("Every member unit's return is in; nobody needs a reminder."))
    return missing


def _no_address(unit: str) -> str:
    return _(
        "{unit} has no e-mail address: fill in the recipient in the mail program, or add the "
        "address on the Units page.",
        unit=unit,
    )
