"""Each member's e-mail, ready to go: its address, the words, its form attached; and the record.

The forms are the very workbooks *Export scoring forms* writes (``form_export``), so a form
that goes out by e-mail is checked on its way back exactly like one sent by hand. What went
to whom is recorded as ``FormDispatch`` rows of the cluster-year, in one transaction with
an audit entry, once the drafts are written or the e-mails sent.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.exchange import naming
from emudesk.exchange.mail import letters
from emudesk.exchange.mail.records import Attached, Draft
from emudesk.model import FormDispatch, Unit
from emudesk.services import audit
from emudesk.services.exchange import form_export
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import issuer_name_on, year_end
from emudesk.services.tx import write


class Kind(enum.StrEnum):
    FORM = "form"
    REMINDER = "reminder"


class Channel(enum.StrEnum):
    DRAFT = "draft"  # an .eml file for the officer's mail program
    SMTP = "smtp"  # sent through the office's server


@dataclass(frozen=True)
class Outgoing:
    """One member's e-mail: to whom (the unit's contact address) and the draft itself."""

    unit_uuid: UUID
    unit_code: str
    unit_name: str
    address: str  # "" when the unit has no e-mail address recorded
    file_name: str  # the form attached
    draft: Draft


@dataclass(frozen=True)
class Dispatched:
    """What became of one member's e-mail: written as ``path``, sent, or not (``problem``)."""

    unit_code: str
    unit_name: str
    address: str
    path: Path | None = None
    problem: str = ""


@dataclass(frozen=True)
class Office:
    """The head's side, as the e-mails name it."""

    name: str
    address: str
    contact: str
    phone: str


def office(session: Session, year_uuid: UUID, send_to: str = "") -> Office:
    """The cluster head's unit, contact and address (``send_to`` overrides the address)."""
    cluster_year = years.load(session, year_uuid)
    head = cluster_year.head
    if head is None:
        return Office("", send_to.strip(), "", "")
    name = units.name_in(head, cluster_year.year).official_name
    return Office(name, send_to.strip() or head.email, head.contact_person, head.phone)


def prepare(
    session: Session,
    year_uuid: UUID,
    folder: Path,
    *,
    kind: Kind = Kind.FORM,
    deadline: dt.date | None = None,
    send_to: str = "",
    only: Collection[UUID] | None = None,
) -> list[Outgoing]:
    """Write the members' forms into ``folder`` and build each one's e-mail around its form.

    Refuses like *Export scoring forms* (a locked year, a table to correct) before anything
    is written.
    """
    paths = form_export.export_forms(
        session, year_uuid, folder, deadline=deadline, send_to=send_to, only=only
    )
    written = {path.name: path for path in paths}
    cluster_year = years.load(session, year_uuid)
    cluster, year = cluster_year.cluster, cluster_year.year
    head = office(session, year_uuid, send_to)
    result = []
    for member in years.info(cluster_year).members:
        file_name = naming.form_file_name(cluster.code, year, member.code)
        if file_name not in written:
            continue
        unit = units.load(session, member.uuid)
        letter = letters.Letter(
            cluster_code=cluster.code,
            cluster_name=cluster.name,
            issuer_name=issuer_name_on(cluster.issuer, year_end(year)),
            year=year,
            unit_name=member.name,
            head_name=head.name,
            file_name=file_name,
            deadline=deadline,
            head_contact=head.contact,
            head_email=head.address,
            head_phone=head.phone,
        )
        if kind is Kind.FORM:
            subject, body = letters.form_subject(letter), letters.form_body(letter)
        else:
            subject, body = letters.reminder_subject(letter), letters.reminder_body(letter)
        attached = Attached(file_name, written[file_name].read_bytes())
        draft = Draft(unit.email, member.name, subject, body, (attached,))
        result.append(Outgoing(unit.uuid, unit.code, member.name, unit.email, file_name, draft))
    return result


def record(
    session: Session,
    year_uuid: UUID,
    done: Sequence[tuple[Outgoing, str]],
    *,
    kind: Kind,
    channel: Channel,
    deadline: dt.date | None,
) -> None:
    """Note each (e-mail, its Message-ID) as sent to its unit, with one audit entry."""
    if not done:
        return
    with write(session):
        cluster_year = years.load(session, year_uuid)
        wanted = [outgoing.unit_uuid for outgoing, _id in done]
        query = select(Unit.uuid, Unit.id).where(Unit.uuid.in_(wanted))
        ids = {uuid: id_ for uuid, id_ in session.execute(query)}
        for outgoing, message_id in done:
            session.add(
                FormDispatch(
                    cluster_year_id=cluster_year.id,
                    unit_id=ids[outgoing.unit_uuid],
                    kind=kind.value,
                    channel=channel.value,
                    address=outgoing.address,
                    file_name=outgoing.file_name,
                    deadline=deadline,
                    message_id=message_id[:300],
                )
            )
        audit.record(
            session,
            action=f"{kind.value}s_{'drafted' if channel is Channel.DRAFT else 'sent'}",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{cluster_year.cluster.code} {cluster_year.year}: {len(done)} {kind.value}(s)",
            new={
                "channel": channel.value,
                "deadline": deadline,
                "units": [[outgoing.unit_code, outgoing.address] for outgoing, _id in done],
            },
        )
