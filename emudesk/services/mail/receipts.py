"""What came back: each return checked by an import, noted against its unit and year.

A return is noted when the head imports (never while files are only checked): imported,
without changes (already stored), or — when the head imports file by file — refused, with
the reason. Noting the same file of the same unit twice adds nothing, so importing twice
still changes nothing. A refused e-mail whose workbook could not even be read still belongs
to a unit when the import was for one year and the sender's address is that of exactly one
of its members (``attribute_by_sender``).

A workbook that came by e-mail counts as its unit's return only when the e-mail's sender is
an address recorded for that unit (its address, or one its forms were sent to):
``check_senders`` refuses it otherwise. This keeps a stranger's e-mail, or another unit's,
from passing for the unit's own; it does not prove that the unit sent it, since the From
line of an e-mail is written by whoever sends it and can be forged. What proves a return is
the workbook itself, checked cell by cell like every return, and the head's judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.exchange.report import FileReport, FileStatus
from emudesk.i18n import _
from emudesk.model import ClusterYear, FormDispatch, ReturnReceipt, Unit
from emudesk.model.mail import ADDRESS, FILE_NAME, SUBJECT
from emudesk.services import audit
from emudesk.services.organisation import units, years
from emudesk.services.tx import write

IMPORTED = "imported"
NO_CHANGES = "no_changes"
REFUSED = "refused"
REASON_LIMIT = 2000


@dataclass(frozen=True)
class Noted:
    """One return to note: which report, and what the import made of it."""

    report: FileReport
    outcome: str
    reason: str = ""


def attribute_by_sender(
    session: Session, year_uuid: UUID, reports: Sequence[FileReport]
) -> list[FileReport]:
    """Give a refused e-mail without a readable form to the member whose address sent it."""
    cluster_year = years.load(session, year_uuid)
    members = {m.unit.code: m.unit for m in cluster_year.memberships}
    recorded = _recorded_addresses(session, set(members), {year_uuid})  # as check_senders
    by_address: dict[str, list[tuple[str, str]]] = {}
    for code, unit in members.items():
        label = units.ref(unit, cluster_year.year).short_name
        for address in recorded.get((year_uuid, code), set()):
            by_address.setdefault(address, []).append((code, label))
    result = []
    for report in reports:
        sender = report.origin.sender if report.origin is not None else ""
        found = by_address.get(sender, [])
        if report.refused and report.year_uuid is None and len(found) == 1:
            code, label = found[0]
            note = _(
                "Matched to {unit} by the sender's address (which shows whom the e-mail claims "
                "to be from, not who sent it).",
                unit=label,
            )
            matched = replace(
                report,
                year_uuid=cluster_year.uuid,
                cluster_code=cluster_year.cluster.code,
                year=cluster_year.year,
                unit_code=code,
                unit_name=label,
                notices=(*report.notices, note),
            )
            result.append(matched)
            continue
        result.append(report)
    return result


def check_senders(session: Session, reports: Sequence[FileReport]) -> list[FileReport]:
    """Refuse a workbook whose e-mail does not come from an address recorded for its unit.

    Reads only. A unit without any recorded address cannot be checked, and the report says
    so; a sender that matches is noted together with what the match does not prove.
    """

    def by_mail(report: FileReport) -> bool:
        return (
            report.origin is not None
            and bool(report.unit_code)
            and report.year_uuid is not None
            and not report.refused
        )

    wanted = [r for r in reports if by_mail(r)]
    if not wanted:
        return list(reports)
    codes, year_uuids = {r.unit_code for r in wanted}, {r.year_uuid for r in wanted}
    known = _recorded_addresses(session, codes, year_uuids)
    result = []
    for report in reports:
        if not by_mail(report):
            result.append(report)
            continue
        assert report.origin is not None
        sender = report.origin.sender
        unit = report.unit_name or report.unit_code
        addresses = known.get((report.year_uuid, report.unit_code), set())
        if not addresses:
            note = _(
                "{unit} has no e-mail address recorded, so the sender {sender} could not be "
                "checked; record the unit's address on the Units page.",
                unit=unit,
                sender=sender or "?",
            )
            result.append(replace(report, notices=(*report.notices, note)))
        elif sender in addresses:
            note = _(
                "Sent from {sender}, an address recorded for {unit}. A sender's address can be "
                "forged, so this does not prove that {unit} sent it; the form itself is "
                "checked as always.",
                sender=sender,
                unit=unit,
            )
            result.append(replace(report, notices=(*report.notices, note)))
        else:
            problem = _(
                "{file}: the e-mail comes from {sender}, which is not an address recorded for "
                "{unit} ({addresses}), so it is not taken as {unit}'s return. If {unit} really "
                "sent it from this address, check with them, then record the address on the "
                "Units page, or save the attachment and import the workbook itself.",
                file=report.name,
                sender=sender or _("an unreadable address"),
                unit=unit,
                addresses=", ".join(sorted(addresses)),
            )
            result.append(replace(report, problems=(*report.problems, problem), summary=None))
    return result


def _recorded_addresses(
    session: Session, codes: set[str], year_uuids: set[UUID | None]
) -> dict[tuple[UUID | None, str], set[str]]:
    """(year, unit code) -> the unit's address and those its forms of the year went to."""
    found: dict[tuple[UUID | None, str], set[str]] = {}
    query = select(Unit.code, Unit.email).where(Unit.code.in_(codes))
    own: dict[str, str] = {code: email for code, email in session.execute(query)}
    for year_uuid in year_uuids:
        for code, email in own.items():
            found[(year_uuid, code)] = {email.strip().lower()} if email.strip() else set()
    sent = (
        select(ClusterYear.uuid, Unit.code, FormDispatch.address)
        .join(ClusterYear, FormDispatch.cluster_year_id == ClusterYear.id)
        .join(Unit, FormDispatch.unit_id == Unit.id)
        .where(Unit.code.in_(codes), ClusterYear.uuid.in_(year_uuids))
    )
    for year_uuid, code, address in session.execute(sent):
        if address.strip():
            found.setdefault((year_uuid, code), set()).add(address.strip().lower())
    return found


def to_note(
    reports: Iterable[FileReport], *, per_file: bool, committed: set[str], failed: dict[str, str]
) -> list[Noted]:
    """The outcome of each attributed report after an import (``committed``/``failed`` names)."""
    noted = []
    for report in reports:
        if report.year_uuid is None or not report.unit_code:
            continue
        status = report.status
        if report.name in failed:
            noted.append(Noted(report, REFUSED, failed[report.name]))
        elif report.name in committed:
            noted.append(Noted(report, IMPORTED))
        elif status is FileStatus.NO_CHANGES:
            noted.append(Noted(report, NO_CHANGES))
        elif status is FileStatus.REFUSED and per_file:
            noted.append(Noted(report, REFUSED, "\n".join(report.problems)))
    return noted


def new_ones(session: Session, noted: Sequence[Noted]) -> list[Noted]:
    """Those not noted before (same year, unit, file content and outcome; a file found
    without changes once it was imported is no news either); reads only."""
    if not noted:
        return []
    year_uuids = {n.report.year_uuid for n in noted}
    known = {
        (year, code, sha, outcome, reason)
        for year, code, sha, outcome, reason in session.execute(
            select(
                ClusterYear.uuid,
                Unit.code,
                ReturnReceipt.sha256,
                ReturnReceipt.outcome,
                ReturnReceipt.reason,
            )
            .join(ClusterYear, ReturnReceipt.cluster_year_id == ClusterYear.id)
            .join(Unit, ReturnReceipt.unit_id == Unit.id)
            .where(ClusterYear.uuid.in_(year_uuids))
        )
    }
    stored = {key[:3] for key in known if key[3] in (IMPORTED, NO_CHANGES)}
    fresh, seen = [], set()
    for item in noted:
        report = item.report
        key = (report.year_uuid, report.unit_code, report.sha256, item.outcome, _reason(item))
        if item.outcome == NO_CHANGES and key[:3] in stored:
            continue
        if key not in known and key not in seen:
            seen.add(key)
            fresh.append(item)
    return fresh


def store(session: Session, noted: Sequence[Noted]) -> None:
    """Add the receipts (inside the import's transaction, or as one of their own), with an
    audit entry per cluster-year in English like the rest of the audit trail."""
    if not noted:
        return
    with write(session):
        years_wanted = {n.report.year_uuid for n in noted}
        codes = {n.report.unit_code for n in noted}
        year_ids = {
            uuid: id_
            for uuid, id_ in session.execute(
                select(ClusterYear.uuid, ClusterYear.id).where(ClusterYear.uuid.in_(years_wanted))
            )
        }
        unit_ids = {
            code: id_
            for code, id_ in session.execute(select(Unit.code, Unit.id).where(Unit.code.in_(codes)))
        }
        for item in noted:
            report, origin = item.report, item.report.origin
            session.add(
                ReturnReceipt(
                    cluster_year_id=year_ids[report.year_uuid],
                    unit_id=unit_ids[report.unit_code],
                    received_at=origin.date if origin is not None else None,
                    sender=(origin.sender if origin is not None else "")[:ADDRESS],
                    subject=(origin.subject if origin is not None else "")[:SUBJECT],
                    file_name=report.name[-FILE_NAME:],
                    sha256=report.sha256,
                    outcome=item.outcome,
                    reason=_reason(item),
                )
            )
        for year_uuid in sorted(years_wanted, key=str):
            mine = [n for n in noted if n.report.year_uuid == year_uuid]
            assert year_uuid is not None  # to_note keeps attributed reports only
            cluster_year = years.load(session, year_uuid)
            audit.record(
                session,
                action="returns_noted",
                entity="cluster_year",
                entity_uuid=cluster_year.uuid,
                summary=f"{cluster_year.cluster.code} {cluster_year.year}: {len(mine)} return(s)",
                new={
                    "returns": [
                        [n.report.unit_code, n.outcome, n.report.source(), n.report.sha256]
                        for n in mine
                    ]
                },
            )


def _reason(item: Noted) -> str:
    return item.reason[:REASON_LIMIT]
