"""Returned scoring forms in: checked, previewed, then stored all or nothing.

The head sends one scoring form per member; members fill it in without emudesk and mail it
back. ``check_files`` reads every return and writes nothing: per file it says what is wrong
(refusing the whole file, naming the cell) or what would change. ``commit`` then stores the
good files in one transaction (or one per file) through ``scores.set_scores``, so the audit
names each file and its SHA-256. An empty score cell means "not scored in this return": it
leaves a stored value as it is (the preview counts such cells), because a blank is far more
often an untouched cell than a deliberate withdrawal, which the head can make by hand.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import CancelledError, EmuError, ValidationError
from emudesk.exchange.entries import Entry, StoredKey
from emudesk.exchange.formdata import Identity, YearFacts
from emudesk.exchange.report import (
    FileReport,
    FileStatus,
    ImportOutcome,
    describe_changes,
    mark_duplicates,
    with_plans,
)
from emudesk.i18n import _
from emudesk.model import ClusterYear, Unit
from emudesk.services import backups
from emudesk.services.exchange.facts import given_by, year_facts
from emudesk.services.organisation import units, years
from emudesk.services.scoring import scores
from emudesk.services.tx import batch, pause_point

# progress(done, total) -> False asks the work to stop (see ui.workers)
Progress = Callable[[int, int], bool]


class _Source:
    """The database as ``exchange.importer`` reads it; one per ``check_files`` call."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[UUID, YearFacts] = {}

    def year(self, identity: Identity) -> YearFacts | None:
        key = identity.cluster_year_uuid
        if key not in self.cache:
            found = self.session.scalar(select(ClusterYear).where(ClusterYear.uuid == key))
            if found is None:
                return None
            self.cache[key] = year_facts(self.session, found)
        return self.cache[key]

    def unit_label(self, code: str, year: int) -> str | None:
        unit = self.session.scalar(select(Unit).where(Unit.code == code))
        return units.ref(unit, year).short_name if unit else None

    def stored(self, facts: YearFacts, unit_uuid: UUID) -> Mapping[StoredKey, int]:
        def load() -> dict[StoredKey, int]:
            given = given_by(self.session, facts, unit_uuid)
            return {
                (key, assessed, role == "self"): value for key, assessed, role, value, *_ in given
            }

        return _Loaded(load)


class _Loaded(Mapping[StoredKey, int]):
    """The unit's stored values, read when first looked up: only empty cells and notes
    without a self-score need them, and a return filled in throughout has neither."""

    def __init__(self, load: Callable[[], dict[StoredKey, int]]) -> None:
        self._load: Callable[[], dict[StoredKey, int]] | None = load
        self._values: dict[StoredKey, int] = {}

    def _loaded(self) -> dict[StoredKey, int]:
        if self._load is not None:
            self._values, self._load = self._load(), None
        return self._values

    def __getitem__(self, key: StoredKey) -> int:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[StoredKey]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


@contextmanager
def _collector_paused() -> Iterator[Callable[[], None]]:
    """No automatic cyclic garbage collection while returns are read, planned and stored;
    what is yielded collects the young objects, to be called after each file.

    A return makes tens of thousands of small objects (openpyxl's cells, values, entries,
    planned changes) and keeps a round's worth alive, so Python's collector ran its passes
    over and over, full ones walking every object of the process (the mapped model, the
    session); as ``ranking._collector_paused`` says, that was much of the time. Paused,
    nothing is promoted, so collecting the youngest generation after a file looks at that
    file's objects only, and frees a workbook's own cycles before the next file is read.
    """
    enabled = gc.isenabled()

    def collect() -> None:
        if enabled:  # not when the caller paused it (the window's start-up does)
            gc.collect(0)

    gc.disable()
    try:
        yield collect
    finally:
        if enabled:
            gc.enable()


def check_files(
    session: Session,
    paths: Sequence[Path | str],
    *,
    year_uuid: UUID | None = None,
    map_old_versions: bool = False,
    progress: Progress | None = None,
) -> list[FileReport]:
    """Check every return and preview its changes; writes nothing.

    ``year_uuid`` is the year being imported (a form of another year is refused by name);
    ``map_old_versions`` accepts forms of an older table version, matched by criterion
    code, once the head has confirmed it. See ``exchange.importer`` for the checks.
    ``progress(done, total)`` is called before each file and once at the end; when it
    returns False the check stops with ``CancelledError``.
    """
    expected = None
    if year_uuid is not None:
        cluster_year = years.load(session, year_uuid)
        expected = (cluster_year.cluster.code, cluster_year.year)
    source = _Source(session)
    reports: list[FileReport] = []
    with _collector_paused() as collect:
        for done, path in enumerate(paths):
            if progress is not None and not progress(done, len(paths)):
                raise CancelledError(_("Cancelled: nothing was imported."))

            def keep_going(done: int = done) -> bool:  # asked again per e-mail of a folder
                return progress is None or progress(done, len(paths))

            reports.extend(_check_one(Path(path), source, expected, map_old_versions, keep_going))
            collect()
        from emudesk.services.mail.receipts import attribute_by_sender, check_senders

        reports = check_senders(session, reports)
        if year_uuid is not None:
            reports = attribute_by_sender(session, year_uuid, reports)
        previews = _preview(session, mark_duplicates(reports), source)
    if progress is not None and not progress(len(paths), len(paths)):
        raise CancelledError(_("Cancelled: nothing was imported."))
    return previews


def _check_one(
    path: Path,
    source: _Source,
    expected: tuple[str, int] | None,
    map_old: bool,
    keep_going: Callable[[], bool],
) -> list[FileReport]:
    """The file's report; an e-mail file gives one per attached workbook (see ``mail``)."""
    from emudesk.exchange.importer import read_path
    from emudesk.exchange.mail.folders import is_mail_file

    if is_mail_file(path):
        from emudesk.exchange.mail.returns import read_mail_returns

        found = read_mail_returns(
            path, source, expected=expected, map_old=map_old, keep_going=keep_going
        )
    else:
        found = [read_path(path, source, expected=expected, map_old=map_old)]
    return [
        report
        if read is None or read.unit is None or report.refused
        else replace(report, inputs=_inputs(read.unit.uuid, read.entries))
        for read, report in found
    ]


def _inputs(unit: UUID, entries: Sequence[Entry]) -> tuple[scores.ScoreInput, ...]:
    roles = {True: rules.ScorerRole.SELF, False: rules.ScorerRole.PEER}
    # one UUID per criterion, not per entry: a return has a dozen entries per criterion
    criteria = {key: UUID(key) for key in {e.criterion_key for e in entries}}
    return tuple(  # e[3:] is (value, note, evidence), in ScoreInput's order
        scores.ScoreInput(
            unit, e.assessed_uuid, criteria[e.criterion_key], roles[e.is_self], *e[3:]
        )
        for e in entries
    )


def _preview(session: Session, reports: list[FileReport], source: _Source) -> list[FileReport]:
    """What each good file would change, planned by ``scores.plan_scores`` (writes nothing)."""

    def plan(year_uuid: UUID, inputs: list[scores.ScoreInput]) -> scores.ChangeSummary:
        return scores.plan_scores(session, years.load(session, year_uuid), inputs)[0]

    facts = dict(source.cache)  # plain data: the sentences are worded when first shown

    def describe(
        year_uuid: UUID, summary: scores.ChangeSummary, inputs: Sequence[scores.ScoreInput]
    ) -> tuple[str, ...]:
        year = facts[year_uuid]
        rows = {row.code: row for row in year.rows}
        return describe_changes(summary, rows, {m.code: m.label for m in year.members}, inputs)

    return with_plans(reports, plan, describe)


def commit(
    session: Session, reports: Sequence[FileReport], *, per_file: bool = False
) -> ImportOutcome:
    """Store the checked files: all in one transaction, or (``per_file``) each on its own.

    Without ``per_file`` a single refused file stops everything and nothing is stored.
    Files without changes and duplicates are skipped. An automatic backup of an SQLite
    database precedes the first write. Each return is noted on its year's Returns board
    (``mail.receipts``): imported, without changes, or — file by file — refused.
    """
    from emudesk.services.mail import receipts

    refused = [r for r in reports if r.refused]
    if refused and not per_file:
        raise ValidationError(
            _(
                "Nothing was imported: {count} file(s) are refused. Correct them, leave them "
                "out, or import file by file.",
                count=len(refused),
            )
        )
    todo = [r for r in reports if r.status is FileStatus.READY]
    unnoted = receipts.new_ones(
        session, receipts.to_note(reports, per_file=per_file, committed=set(), failed={})
    )
    if not todo and not unnoted:
        return ImportOutcome((), (), None)
    backup = backups.before_bulk_write(session) if todo else None
    committed: list[tuple[str, scores.ChangeSummary]] = []
    failed: list[tuple[str, str]] = []

    def store(report: FileReport) -> None:
        # every input again: the database may have changed since the preview, and
        # set_scores writes only what differs now
        assert report.year_uuid is not None
        source = {"source": report.source(), "source_sha256": report.sha256}
        summary = scores.set_scores(
            session, report.year_uuid, report.inputs, planned=report.summary, **source
        )
        committed.append((report.name, summary))

    def note() -> None:
        outcome = receipts.to_note(
            reports,
            per_file=per_file,
            committed={name for name, _summary in committed},
            failed=dict(failed),
        )
        receipts.store(session, receipts.new_ones(session, outcome))

    with _collector_paused() as collect:
        if per_file:
            for report in todo:
                try:
                    store(report)
                except EmuError as exc:
                    failed.append((report.name, f"{report.name}: {exc.message}"))
                collect()
            note()
        else:
            with batch(session):
                for index, report in enumerate(todo):
                    store(report)
                    collect()
                    if index == len(todo) // 2:
                        pause_point("import-commit")
                note()
    return ImportOutcome(tuple(committed), tuple(failed), backup)
