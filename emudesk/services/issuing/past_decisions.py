"""Past decisions (the years before emudesk) from the issuer's template: checked, previewed,
stored once.

The workbook is as hostile as a returned form: ``exchange.past_decisions`` reads it
through the same checks (size, zip bombs, entities, macros, formulas); each row is then
checked as typed input (``past_rows``). The preview says per row whether it would be
added, is already here (same decision number and date, award and recipient: importing
twice adds nothing), is already here but corrected (its register number, signer,
position, achievement or note differ: old → new), or what is wrong with it. Storing refuses
the whole workbook while any row is wrong, and while a row corrects a stored one unless the
officer asked to update them, so a refusal leaves the database as it was; otherwise it is
one transaction, after an automatic backup, with one audit entry naming the file and its
SHA-256 (and each corrected award's old and new values).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import CancelledError, EmuError, NotFoundError, ValidationError
from emudesk.exchange import past_decisions as workbook
from emudesk.exchange.plain import PlainRow, text
from emudesk.i18n import _
from emudesk.model import (
    Award,
    Cluster,
    ClusterYear,
    Issuer,
    PastAward,
    Proposal,
    RegisterSeries,
    Unit,
)
from emudesk.services import audit, backups
from emudesk.services.issuing import names
from emudesk.services.issuing.past_rows import (
    Matcher,
    PastEntry,
    correct,
    differences,
    field_label,
)
from emudesk.services.tx import write

Progress = Callable[[int, int], bool]  # (done, total) -> False once cancelled
MAX_LISTED = 30  # problems named in a refusal's message (the preview lists them all)


@dataclass(frozen=True)
class PastRow:
    """One row of the workbook in the preview: what would happen to it."""

    number: int  # the sheet row
    status: str  # "new", "present", "changed" (already here, corrected) or "error"
    year: int | None = None
    decision: str = ""  # "12/QĐ-UBDT, 24/01/2022"
    award: str = ""
    recipient: str = ""
    register_number: str = ""
    message: str = ""  # "file, row N: problem", for a refused row
    problem: str = ""  # the problem alone
    changes: tuple[tuple[str, str, str], ...] = ()  # (field, stored, the row's), "changed"

    def change_words(self, limit: int = 60) -> str:
        """The corrections, "Register number: 12 → 12a; …" (long texts shortened)."""

        def shown(value: str) -> str:
            return "—" if not value else value if len(value) <= limit else value[:limit] + "…"

        return "; ".join(
            f"{field_label(field)}: {shown(old)} \u2192 {shown(new)}"
            for field, old, new in self.changes
        )


@dataclass(frozen=True)
class PastImport:
    """The preview (and, once stored, the result) of importing a workbook of past decisions."""

    file: str
    sha256: str
    issuer: str
    rows: tuple[PastRow, ...]
    committed: bool = False
    backup: Path | None = None

    @property
    def problems(self) -> list[str]:
        return [row.message for row in self.rows if row.status == "error"]

    @property
    def corrections(self) -> list[str]:
        """ "file, row N: field: old → new; …" for each row correcting a stored award."""
        return [
            _("{file}, row {row}: {problem}", file=self.file, row=r.number,
              problem=r.change_words())
            for r in self.rows
            if r.status == "changed"
        ]  # fmt: skip

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


# ---- the template -------------------------------------------------------------------------


def template_issuers(session: Session) -> list[str]:
    """The issuers a template can be made for: those with an award catalogue."""
    found = session.scalars(select(Issuer).where(Issuer.id.in_(select(Award.issuer_id))))
    return sorted(names.issuer_label(i) for i in found)


def write_template(session: Session, path: Path, issuer_code: str = "") -> Path:
    """The template for ``issuer_code`` (or the one issuer with a catalogue) at ``path``."""
    issuer = _issuer(session, issuer_code)
    awards = session.scalars(
        select(Award).where(Award.issuer_id == issuer.id).order_by(Award.position, Award.id)
    )
    template = workbook.TemplateFor(
        issuer.uuid,
        issuer.name,
        [
            workbook.CatalogueAward(a.code, a.name, a.recipient, a.valid_from, a.valid_until)
            for a in awards
        ],
    )
    workbook.write_template(path, template)
    return Path(path)


def _issuer(session: Session, code: str) -> Issuer:
    if code:
        return names.find_issuer(session, code)
    choices = template_issuers(session)
    if len(choices) == 1:
        return names.find_issuer(session, choices[0])
    if not choices:
        raise NotFoundError(
            _("No issuer has an award catalogue here yet: add the issuer and its catalogue.")
        )
    raise ValidationError(
        _("Say which issuer the template is for: {choices}.", choices=", ".join(choices))
    )


# ---- checking -----------------------------------------------------------------------------


def check_workbook(session: Session, path: Path, *, progress: Progress | None = None) -> PastImport:
    """Read and check the workbook at ``path``; nothing is written."""
    read = workbook.read_workbook(Path(path))
    issuer = session.scalar(select(Issuer).where(Issuer.uuid == read.issuer_uuid))
    if issuer is None:
        raise NotFoundError(
            _(
                "{file}: the template was made for an issuer this database does not hold; "
                "save the template from this database.",
                file=read.file,
            )
        )
    rows, _entries = _check(session, issuer, read, progress)
    return PastImport(read.file, read.sha256, names.issuer_label(issuer), tuple(rows))


def _check(
    session: Session, issuer: Issuer, read: workbook.PastWorkbook, progress: Progress | None
) -> tuple[list[PastRow], list[PastEntry]]:
    today = dt.date.today()
    matcher = Matcher(
        list(
            session.scalars(
                select(Award).where(Award.issuer_id == issuer.id).order_by(Award.position, Award.id)
            )
        ),
        list(session.scalars(select(Unit).order_by(Unit.code))),
        today,
    )
    stored = {
        (p.decision_number, p.decision_date, p.award_id, p.recipient_key): p
        for p in session.scalars(select(PastAward).where(PastAward.issuer_id == issuer.id))
    }
    taken = _register_numbers(session, issuer)
    series = list(
        session.scalars(select(RegisterSeries).where(RegisterSeries.issuer_id == issuer.id))
    )
    rows: list[PastRow] = []
    entries: list[PastEntry] = []
    seen: dict[tuple[object, ...], int] = {}
    numbers: dict[str, int] = {}
    total = len(read.rows)
    for done, row in enumerate(read.rows):
        if progress is not None and done % 50 == 0 and not progress(done, total):
            raise CancelledError(_("Checking stopped. Nothing was imported."))
        try:
            entry = matcher.entry(row)
            status, changes = _status(
                entry, stored=stored, seen=seen, taken=taken, numbers=numbers, series=series
            )
        except EmuError as exc:
            message = _(
                "{file}, row {row}: {problem}", file=read.file, row=row.number, problem=exc.message
            )
            rows.append(_raw(row, message, exc.message))
            continue
        if status != "present":
            entries.append(entry)
        rows.append(
            PastRow(
                row.number,
                status,
                entry.year,
                f"{entry.decision_number}, {entry.decision_date.strftime('%d/%m/%Y')}",
                entry.award.name,
                entry.recipient,
                entry.register_number,
                changes=changes,
            )
        )
    if progress is not None:
        progress(total, total)
    return rows, entries


def _raw(row: PlainRow, message: str, problem: str) -> PastRow:
    """A refused row as typed, so that the preview shows which one it is."""
    value = row.values
    year = value.get("year")
    day = value.get("date")
    shown = day.strftime("%d/%m/%Y") if isinstance(day, dt.date) else text(day)
    return PastRow(
        row.number,
        "error",
        year if isinstance(year, int) and not isinstance(year, bool) else None,
        ", ".join(t for t in (text(value.get("number")), shown) if t),
        text(value.get("award"))[:300],
        ", ".join(t for t in (text(value.get("recipient")), text(value.get("unit"))) if t)[:300],
        text(value.get("register"))[:80],
        message,
        problem,
    )


def _status(
    entry: PastEntry,
    *,
    stored: dict[tuple[str, dt.date, int, str], PastAward],
    seen: dict[tuple[object, ...], int],
    taken: dict[str, str],
    numbers: dict[str, int],
    series: list[RegisterSeries],
) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    if entry.key in seen:
        raise ValidationError(
            _(
                "the same award as row {row} (same decision, award and recipient)",
                row=seen[entry.key],
            )
        )
    seen[entry.key] = entry.number
    changes: tuple[tuple[str, str, str], ...] = ()
    if entry.key in stored:
        changes = differences(entry, stored[entry.key])
        if not changes:
            return "present", ()
    number = entry.register_number
    if number and (not changes or stored[entry.key].register_number != number):
        if number in numbers:
            raise ValidationError(
                _(
                    "register number {number} is also on row {row}",
                    number=number,
                    row=numbers[number],
                )
            )
        if number in taken:
            raise ValidationError(
                _(
                    "register number {number} is already in the register ({holder})",
                    number=number,
                    holder=taken[number],
                )
            )
        numbers[number] = entry.number
        _ahead_of_series(entry, series)
    return ("changed", changes) if changes else ("new", ())


def _register_numbers(session: Session, issuer: Issuer) -> dict[str, str]:
    """Every register number the issuer's register holds, with what holds it."""
    taken: dict[str, str] = {}
    for number, day, code in session.execute(
        select(PastAward.register_number, PastAward.decision_number, Unit.code)
        .join(Unit, PastAward.unit_id == Unit.id)
        .where(PastAward.issuer_id == issuer.id, PastAward.register_number != "")
    ):
        taken[number] = f"{day}, {code}"
    for number, decision, code in session.execute(
        select(Proposal.register_number, Proposal.decision_number, Unit.code)
        .join(Unit, Proposal.unit_id == Unit.id)
        .join(ClusterYear, Proposal.cluster_year_id == ClusterYear.id)
        .join(Cluster, ClusterYear.cluster_id == Cluster.id)
        .where(Cluster.issuer_id == issuer.id, Proposal.register_number != "")
    ):
        taken.setdefault(number, f"{decision}, {code}")
    return taken


def _ahead_of_series(entry: PastEntry, series: list[RegisterSeries]) -> None:
    """Refuse a number the register's format would give again to a later decision."""
    code = entry.award.code  # the award's format, whichever of its dated names it set
    chosen = next((s for s in series if s.award and s.award.code == code), None) or next(
        (s for s in series if s.award_id is None), None
    )
    if chosen is None or chosen.pattern.count("{n}") != 1:
        return
    before, after = chosen.pattern.split("{n}")
    found = re.fullmatch(re.escape(before) + r"(\d{1,9})" + re.escape(after), entry.register_number)
    if found is None:
        return
    last = max(chosen.last_paper_number, chosen.last_number)
    if int(found[1]) > last:
        raise ValidationError(
            _(
                "register number {number} comes after the register's last number ({last}): "
                "the next decision would give it again; first set the last number of the "
                "paper register to at least {n} (register-format --last-paper-number)",
                number=entry.register_number,
                last=last,
                n=found[1],
            )
        )


# ---- storing ------------------------------------------------------------------------------


def import_workbook(
    session: Session, path: Path, *, update: bool = False, progress: Progress | None = None
) -> PastImport:
    """Check the workbook again and store its new rows: all of them, or none while any row
    is wrong. A row correcting an award stored updates it when ``update`` (the officer saw
    the differences and chose so); without it the workbook is refused. One transaction,
    after an automatic backup, with one audit entry (the corrections' old and new values)."""
    read = workbook.read_workbook(Path(path))
    with write(session):
        issuer = session.scalar(select(Issuer).where(Issuer.uuid == read.issuer_uuid))
        if issuer is None:
            raise NotFoundError(
                _(
                    "{file}: the template was made for an issuer this database does not hold.",
                    file=read.file,
                )
            )
        rows, entries = _check(session, issuer, read, progress)
        _refuse(read.file, rows, update)
    result = PastImport(read.file, read.sha256, names.issuer_label(issuer), tuple(rows))
    if not entries:
        return replace(result, committed=True)
    backup = backups.before_bulk_write(session)
    with write(session):
        issuer = session.scalar(select(Issuer).where(Issuer.uuid == read.issuer_uuid))
        assert issuer is not None
        rows, entries = _check(session, issuer, read, None)  # the database may have moved
        _refuse(read.file, rows, update)
        changed = {r.number: r.changes for r in rows if r.status == "changed"}
        added = [_stored(issuer, e, read) for e in entries if e.number not in changed]
        session.add_all(added)
        updated = correct(session, issuer, [e for e in entries if e.number in changed], changed)
        session.flush()
        audit.record(
            session,
            action="past_decisions_imported",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=f"{read.file}: {len(added)} past award(s), {len(updated)} corrected",
            old={"corrected": _corrected(updated, 1)} if updated else None,
            new={"rows": [_audited(p) for p in added]}
            | ({"corrected": _corrected(updated, 2)} if updated else {}),
            source=read.file[:255],
            source_sha256=read.sha256,
        )
    return PastImport(
        read.file,
        read.sha256,
        names.issuer_label(issuer),
        tuple(rows),
        committed=True,
        backup=backup,
    )


def _refuse(file: str, rows: list[PastRow], update: bool) -> None:
    problems = [row.message for row in rows if row.status == "error"]
    if problems:
        raise ValidationError(refusal(file, problems))
    if not update and any(row.status == "changed" for row in rows):
        found = PastImport(file, "", "", tuple(rows))
        raise ValidationError(corrections_refused(file, found.corrections))


def corrections_refused(file: str, corrections: list[str]) -> str:
    """The message of a workbook refused for correcting stored awards unasked."""
    head = _(
        "{file}: nothing was imported; {count} row(s) correct past awards already stored. "
        "Check the differences, then import again choosing to update them:",
        file=file,
        count=len(corrections),
    )
    return _listed(head, corrections)


def refusal(file: str, problems: list[str]) -> str:
    """The message of a workbook refused for its rows (the first ones named)."""
    head = _(
        "{file}: nothing was imported; {count} row(s) must be corrected first:",
        file=file,
        count=len(problems),
    )
    return _listed(head, problems)


def _listed(head: str, lines: list[str]) -> str:
    listed = lines[:MAX_LISTED]
    more = len(lines) - len(listed)
    tail = [_("… and {count} more.", count=more)] if more else []
    return "\n".join([head, *listed, *tail])


def _stored(issuer: Issuer, entry: PastEntry, read: workbook.PastWorkbook) -> PastAward:
    return PastAward(
        issuer=issuer,
        year=entry.year,
        decision_number=entry.decision_number,
        decision_date=entry.decision_date,
        signer=entry.signer,
        award=entry.award,
        nominee_kind=entry.kind,
        unit=entry.unit,
        nominee_name=entry.name,
        position=entry.position,
        register_number=entry.register_number,
        reason=entry.reason,
        note=entry.note,
        recipient_key=entry.recipient_key,
        source_file=read.file[:260],
        source_sha256=read.sha256,
    )


def _corrected(
    updated: list[tuple[str, tuple[tuple[str, str, str], ...]]], side: int
) -> list[object]:
    """[UUID, {field: value}] of each corrected award: the old values (1) or the new (2)."""
    return [[uuid, {change[0]: change[side] for change in changes}] for uuid, changes in updated]


def _audited(past: PastAward) -> list[object]:
    return [
        str(past.uuid),
        past.year,
        past.decision_number,
        past.decision_date.isoformat(),
        past.award.code,
        past.unit.code,
        past.nominee_kind,
        past.nominee_name,
        past.register_number,
    ]


def imported(session: Session, issuer_uuid: UUID | None = None) -> Iterable[PastAward]:
    """The past awards stored (of one issuer, when given)."""
    query = select(PastAward).order_by(PastAward.decision_date, PastAward.id)
    if issuer_uuid is not None:
        query = query.join(Issuer).where(Issuer.uuid == issuer_uuid)
    return session.scalars(query)
