"""Read one returned form from its bytes to the entries to store, checking it in order.

The order is the one a person would follow: is it an .xlsx at all, is it safe to open,
whose form is it (identity, year, unit, table version), has the sheet kept its shape, and
is every value allowed. The first stage that fails refuses the file, so a message never
talks about cells of a workbook that is not even the right form.

What the database knows comes in through ``Source`` as plain data, so this module stays
below the services and can be tested on its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol
from uuid import UUID

from emudesk.errors import EmuError
from emudesk.exchange import naming, sanity
from emudesk.exchange.entries import Entry, StoredKey, entries_of
from emudesk.exchange.formdata import FormLayout, Identity, Member, YearFacts
from emudesk.exchange.report import FileReport, RefusedError, capped
from emudesk.i18n import _


class Source(Protocol):
    """The database as the reader sees it."""

    def year(self, identity: Identity) -> YearFacts | None:
        """The facts of the form's cluster-year, or None when the database lacks it."""

    def unit_label(self, code: str, year: int) -> str | None:
        """The short name of the unit with this code in ``year``."""

    def stored(self, facts: YearFacts, unit_uuid: UUID) -> Mapping[StoredKey, int]:
        """The self- and peer scores ``unit_uuid`` gave on the year's current table."""


@dataclass
class ReadReturn:
    """The outcome of reading one file: who it is from, entries or problems, and notices."""

    identity: Identity | None = None
    facts: YearFacts | None = None
    unit: Member | None = None
    entries: list[Entry] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: tuple[str, ...] = ()
    kept: int = 0
    mapped: bool = False  # made from another table version; rows matched by code

    def report(self, path: Path, sha256: str) -> FileReport:
        """The file's report without its score inputs (the service adds those)."""
        report = FileReport(path, path.name, sha256, problems=self.problems)
        if self.facts is None or self.unit is None:
            return report
        return replace(
            report,
            notices=() if self.problems else tuple(self.notices),
            kept=self.kept,
            year_uuid=self.facts.cluster_year_uuid,
            cluster_code=self.facts.cluster_code,
            year=self.facts.year,
            unit_code=self.unit.code,
            unit_name=self.unit.label,
        )


def read_path(
    path: Path,
    source: Source,
    *,
    expected: tuple[str, int] | None = None,
    map_old: bool = False,
) -> tuple[ReadReturn, FileReport]:
    """Read and check the file at ``path``; its report carries the SHA-256 of what was read."""
    try:
        data = sanity.read_file(path)
    except EmuError as exc:
        return ReadReturn(problems=(exc.message,)), FileReport(path, path.name, "", (exc.message,))
    found = read_return(path.name, data, source, expected=expected, map_old=map_old)
    return found, found.report(path, hashlib.sha256(data).hexdigest())


def read_return(
    file: str,
    data: bytes,
    source: Source,
    *,
    expected: tuple[str, int] | None = None,
    map_old: bool = False,
) -> ReadReturn:
    """Check and read one return; ``expected`` is the (cluster code, year) being imported."""
    from emudesk.exchange.returns import ReturnBook

    result = ReadReturn()
    try:
        sanity.check_file(file, data)
        with ReturnBook(file, data) as book:
            identity = result.identity = book.identity()
            _resolve(file, identity, source, result, expected=expected, map_old=map_old)
            _read(file, book, source, result)
    except RefusedError as refused:
        result.problems = capped(refused.problems)
    except EmuError as exc:  # a service's refusal (a year without a table…) names no file
        message = exc.message
        result.problems = (message if message.startswith(file) else f"{file}: {message}",)
    return result


def _resolve(
    file: str,
    identity: Identity,
    source: Source,
    result: ReadReturn,
    *,
    expected: tuple[str, int] | None,
    map_old: bool,
) -> None:
    """Whose form this is, for which year and table version; refuse naming them."""
    facts = source.year(identity)
    if facts is None:
        raise RefusedError(
            [
                _(
                    "{file}: this form is for {unit} in {cluster} {year}, which this database "
                    "does not hold.",
                    file=file,
                    unit=identity.unit_code,
                    cluster=identity.cluster_code,
                    year=identity.year,
                )
            ]
        )
    unit = next((m for m in facts.members if m.uuid == identity.unit_uuid), None)
    if unit is None:
        raise RefusedError(
            [
                _(
                    "{file}: {unit} is not a member of {cluster} in {year}.",
                    file=file,
                    unit=source.unit_label(identity.unit_code, facts.year) or identity.unit_code,
                    cluster=facts.cluster_code,
                    year=facts.year,
                )
            ]
        )
    _refuse_relabelled(file, identity, facts, unit)
    result.facts, result.unit = facts, unit
    actual = (facts.cluster_code, facts.year)
    naming.check_expected_year(file, unit.label, actual, expected)
    naming.check_name(file, identity, unit.label, source.unit_label)
    if facts.locked:
        raise RefusedError([f"{file}: {facts.locked}"])
    _table_version(file, identity, facts, map_old, result)


def _refuse_relabelled(file: str, identity: Identity, facts: YearFacts, unit: Member) -> None:
    """The identity's codes and year must be those its UUIDs stand for: a form of another
    cluster relabelled, or one whose year was edited, is refused, naming what disagrees."""
    claimed = (
        (_("cluster"), identity.cluster_code, facts.cluster_code),
        (_("year"), str(identity.year), str(facts.year)),
        (_("unit"), identity.unit_code, unit.code),
    )
    wrong = [(what, said, real) for what, said, real in claimed if said != real]
    if wrong:
        raise RefusedError(
            [
                _(
                    "{file}: the form's identity says {what} {said}, but the form was issued "
                    "for {what} {real}; it was relabelled or edited. Send the unit a new form.",
                    file=file,
                    what=what,
                    said=said,
                    real=real,
                )
                for what, said, real in wrong
            ]
        )


def _table_version(
    file: str, identity: Identity, facts: YearFacts, map_old: bool, result: ReadReturn
) -> None:
    """Accept the current table; explain (and, once confirmed, map) an older version."""
    if identity.table_uuid == facts.table_uuid and identity.criteria_hash == facts.criteria_hash:
        return
    revision = facts.revisions.get(identity.table_uuid)
    if revision is None:
        message = _(
            "{file}: the form was made from a scoring table this database does not hold; "
            "send the unit a new form.",
            file=file,
        )
        raise RefusedError([message])
    if identity.table_uuid != facts.table_uuid:
        message = _(
            "{file}: the form was made from version {old} of the scoring table; the current "
            "table is version {new}.",
            file=file,
            old=revision,
            new=facts.table_revision,
        )
    else:
        message = _(
            "{file}: the scoring table (version {new}) was edited after the form was made.",
            file=file,
            new=facts.table_revision,
        )
    if not map_old:
        hint = _(
            "Confirm matching the rows by criterion code (import with --map-old-versions), "
            "or send the unit a new form."
        )
        raise RefusedError([f"{message} {hint}"])
    result.notices.append(message)
    result.mapped = True


def _read(file: str, book: object, source: Source, result: ReadReturn) -> None:
    """Check the sheet's shape, then read every value into entries."""
    from emudesk.exchange.mapping import map_rows
    from emudesk.exchange.returns import ReturnBook
    from emudesk.exchange.structure import check_columns, check_rows
    from emudesk.exchange.values import read_values

    assert isinstance(book, ReturnBook)
    identity, facts, unit = result.identity, result.facts, result.unit
    assert identity is not None and facts is not None and unit is not None
    columns = facts.columns(unit.uuid)
    layout = FormLayout(facts.rows, columns)
    grid = book.grid(layout.last_column)
    problems = check_columns(file, grid, layout)
    if not problems and result.mapped:
        rows, notices, problems = map_rows(file, grid, facts.rows)
        result.notices.extend(notices)
        layout = FormLayout(rows, columns)
    elif not problems:
        problems = check_rows(file, grid, layout, identity.titles_hash)
    if problems:
        raise RefusedError(problems)
    found = read_values(file, grid, layout, book)
    if found.problems:
        raise RefusedError(found.problems)
    by_key = {row.key: row for row in facts.rows}
    stored = source.stored(facts, unit.uuid)
    result.entries, notices, result.kept = entries_of(file, found, unit.uuid, stored, by_key)
    result.notices.extend(notices)
