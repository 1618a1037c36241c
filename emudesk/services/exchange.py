"""Excel workbooks out by e-mail and back in: scoring forms, results, lists, tables.

The head sends one scoring form per member; members fill it in without emudesk and mail it
back. ``check_files`` reads every return and writes nothing: per file it says what is wrong
(refusing the whole file, naming the cell) or what would change. ``commit`` then stores the
good files in one transaction (or one per file) through ``scores.set_scores``, so the audit
names each file and its SHA-256. An empty score cell means "not scored in this return": it
leaves a stored value as it is (the preview counts such cells), because a blank is far more
often an untouched cell than a deliberate withdrawal, which the head can make by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from emudesk import rules
from emudesk.errors import CancelledError, EmuError, ValidationError
from emudesk.exchange import naming, plain
from emudesk.exchange.entries import StoredKey
from emudesk.exchange.formdata import FormRow, FormSpec, Identity, Member, YearFacts
from emudesk.exchange.plain import PlainImport, PlainOutcome, PlainRow
from emudesk.exchange.report import (
    FileReport,
    FileStatus,
    ImportOutcome,
    describe_changes,
    mark_duplicates,
    with_plans,
)
from emudesk.i18n import _
from emudesk.model import ClusterYear, Criterion, Score, ScoringTable, Unit
from emudesk.model.base import utcnow
from emudesk.services import scores, table_edit, tables, units, years
from emudesk.services.tx import actor_of, batch, pause_point

# progress(done, total) -> False asks the work to stop (see ui.workers)
Progress = Callable[[int, int], bool]


def _facts(session: Session, cluster_year: ClusterYear) -> YearFacts:
    """The year as its forms need it: current table, its rows, members, versions, lock."""
    table = tables.require_current(session, cluster_year)
    rows = tuple(FormRow.of(c) for c in tables.info(session, table).criteria)
    versions = select(ScoringTable).where(ScoringTable.cluster_year_id == cluster_year.id)
    locked = ""
    try:
        scores.refuse_if_locked(session, cluster_year)
    except EmuError as exc:
        locked = exc.message
    return YearFacts(
        cluster_year_uuid=cluster_year.uuid,
        cluster_code=cluster_year.cluster.code,
        year=cluster_year.year,
        table_uuid=table.uuid,
        table_revision=table.revision,
        criteria_hash=tables.criteria_hash(table),
        rows=rows,
        members=tuple(
            Member(m.uuid, m.code, m.short_name) for m in years.info(cluster_year).members
        ),
        revisions={t.uuid: t.revision for t in session.scalars(versions)},
        locked=locked,
    )


def _given_by(
    session: Session, facts: YearFacts, unit_uuid: UUID
) -> list[tuple[str, UUID, str, int, str, str]]:
    """The self- and peer scores ``unit_uuid`` gave on the year's current table.

    Plain rows (criterion key, assessed unit, role, value, note, evidence) from one query:
    no ORM objects and no lazy loads, since an import reads them for every file.
    """
    assessed = aliased(Unit)
    scorer = aliased(Unit)
    rows = session.execute(
        select(Criterion.uuid, assessed.uuid, Score.role, Score.value, Score.note, Score.evidence)
        .join(Criterion, Score.criterion_id == Criterion.id)
        .join(ScoringTable, Criterion.table_id == ScoringTable.id)
        .join(scorer, Score.scorer_unit_id == scorer.id)
        .join(assessed, Score.assessed_unit_id == assessed.id)
        .where(
            ScoringTable.uuid == facts.table_uuid,
            scorer.uuid == unit_uuid,
            Score.role != rules.ScorerRole.HEAD.value,
        )
    )
    return [(str(c), a, role, value, note, ev) for c, a, role, value, note, ev in rows]


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
            self.cache[key] = _facts(self.session, found)
        return self.cache[key]

    def unit_label(self, code: str, year: int) -> str | None:
        unit = self.session.scalar(select(Unit).where(Unit.code == code))
        return units.ref(unit, year).short_name if unit else None

    def stored(self, facts: YearFacts, unit_uuid: UUID) -> Mapping[StoredKey, int]:
        given = _given_by(self.session, facts, unit_uuid)
        return {(key, assessed, role == "self"): value for key, assessed, role, value, *_ in given}


def export_forms(
    session: Session,
    year_uuid: UUID,
    out_dir: Path,
    *,
    deadline: dt.date | None = None,
    send_to: str = "",
) -> list[Path]:
    """Write one form per member into ``out_dir``; ``send_to`` overrides the head's e-mail.

    Values a unit already returned are filled in, so a second round changes only what the
    unit corrects. A locked year, or a table whose arithmetic is wrong, sends nothing out.
    """
    from emudesk.exchange.forms import write_form

    cluster_year = years.load(session, year_uuid)
    scores.refuse_if_locked(session, cluster_year)
    facts = _facts(session, cluster_year)
    table = tables.load(session, facts.table_uuid)
    problems = rules.validate_table(tables.specs(table), table.declared_total)
    if problems:
        raise ValidationError(
            _(
                "The scoring table must be corrected before forms are sent out:\n{details}",
                details="\n".join(f"• {p.message}" for p in problems[:10]),
            )
        )
    cluster, year, head = cluster_year.cluster, cluster_year.year, cluster_year.head
    issued = utcnow().isoformat(timespec="seconds")
    written: list[Path] = []
    for member in facts.members:
        unit = units.load(session, member.uuid)
        given = _given_by(session, facts, unit.uuid)
        spec = FormSpec(
            identity=facts.identity(member, issued),
            cluster_name=cluster.name,
            issuer_name=cluster.issuer.name,
            unit_name=units.name_in(unit, year).official_name,
            table_title=table.title,
            rows=facts.rows,
            columns=tuple(facts.columns(unit.uuid)),
            deadline=deadline,
            head_name=units.name_in(head, year).official_name if head else "",
            head_contact=head.contact_person if head else "",
            head_email=send_to.strip() or (head.email if head else ""),
            values={(key, assessed): value for key, assessed, _r, value, *_ in given},
            texts={key: (note, ev) for key, _a, role, _v, note, ev in given if role == "self"},
        )
        path = Path(out_dir) / naming.form_file_name(cluster.code, year, unit.code)
        write_form(spec, path)
        written.append(path)
    return written


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
    reports = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths)):
            raise CancelledError(_("Cancelled: nothing was imported."))
        reports.append(_check_one(Path(path), source, expected, map_old_versions))
    previews = _preview(session, mark_duplicates(reports), source)
    if progress is not None and not progress(len(paths), len(paths)):
        raise CancelledError(_("Cancelled: nothing was imported."))
    return previews


def _check_one(
    path: Path, source: _Source, expected: tuple[str, int] | None, map_old: bool
) -> FileReport:
    from emudesk.exchange.importer import read_path

    found, report = read_path(path, source, expected=expected, map_old=map_old)
    if found.unit is None or report.refused:
        return report
    unit, roles = found.unit.uuid, {True: rules.ScorerRole.SELF, False: rules.ScorerRole.PEER}
    inputs = tuple(  # e[3:] is (value, note, evidence), in ScoreInput's order
        scores.ScoreInput(unit, e.assessed_uuid, UUID(e.criterion_key), roles[e.is_self], *e[3:])
        for e in found.entries
    )
    return replace(report, inputs=inputs)


def _preview(session: Session, reports: list[FileReport], source: _Source) -> list[FileReport]:
    """What each good file would change, planned by ``scores.plan_scores`` (writes nothing)."""

    def plan(year_uuid: UUID, inputs: list[scores.ScoreInput]) -> scores.ChangeSummary:
        return scores.plan_scores(session, years.load(session, year_uuid), inputs)[0]

    def describe(year_uuid: UUID, summary: scores.ChangeSummary) -> tuple[str, ...]:
        facts = source.cache[year_uuid]
        rows = {row.code: row for row in facts.rows}
        return describe_changes(summary, rows, {m.code: m.label for m in facts.members})

    return with_plans(reports, plan, describe)


def commit(
    session: Session, reports: Sequence[FileReport], *, per_file: bool = False
) -> ImportOutcome:
    """Store the checked files: all in one transaction, or (``per_file``) each on its own.

    Without ``per_file`` a single refused file stops everything and nothing is stored.
    Files without changes and duplicates are skipped. An automatic backup of an SQLite
    database precedes the first write.
    """
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
    if not todo:
        return ImportOutcome((), (), None)
    backup = _backup(session)
    committed: list[tuple[str, scores.ChangeSummary]] = []
    failed: list[tuple[str, str]] = []

    def store(report: FileReport) -> None:
        # every input again: the database may have changed since the preview, and
        # set_scores writes only what differs now
        assert report.year_uuid is not None
        source = {"source": report.name, "source_sha256": report.sha256}
        summary = scores.set_scores(
            session, report.year_uuid, report.inputs, planned=report.summary, **source
        )
        committed.append((report.name, summary))

    if per_file:
        for report in todo:
            try:
                store(report)
            except EmuError as exc:
                failed.append((report.name, f"{report.name}: {exc.message}"))
    else:
        with batch(session):
            for index, report in enumerate(todo):
                store(report)
                if index == len(todo) // 2:
                    pause_point("import-commit")
    return ImportOutcome(tuple(committed), tuple(failed), backup)


def _backup(session: Session) -> Path | None:
    """An automatic backup before a bulk import (SQLite files only)."""
    from sqlalchemy.orm import sessionmaker

    from emudesk.db.backup import automatic_backup
    from emudesk.db.engine import Database, sqlite_path

    engine = session.get_bind().engine
    url = engine.url.render_as_string(hide_password=False)
    if sqlite_path(url) is None:
        return None
    database = Database(url, engine, sessionmaker(engine), actor_of(session))
    return automatic_backup(database, reason="before-import")


def export_results(session: Session, year_uuid: UUID, path: Path) -> Path:
    """Ranking with its explanation, unit × criterion finals, and every scorer's input."""
    from emudesk.exchange.results import write_results
    from emudesk.services import ranking

    cluster_year = years.load(session, year_uuid)
    cluster, year = cluster_year.cluster.uuid, cluster_year.year
    # The explanations, exclusions and award reasons are written into the workbook: an
    # official document, in Vietnamese whatever the interface language.
    report = ranking.compute(session, year_uuid, document=True)
    sheets = [
        ranking.score_sheet(session, cluster, year, row.unit.code, document=True)
        for row in report.rows
    ]
    write_results(report, sheets, path)
    return path


def export_proposals(session: Session, year_uuid: UUID, path: Path) -> Path:
    """The year's proposals in the columns of the issuer's usual list."""
    from emudesk.exchange.results import write_proposals
    from emudesk.services import proposals

    cluster_year = years.load(session, year_uuid)
    write_proposals(
        proposals.list_proposals(session, year_uuid),
        year=cluster_year.year,
        cluster_name=cluster_year.cluster.name,
        issuer_name=cluster_year.cluster.issuer.name,
        path=path,
    )
    return path


@contextmanager
def _trial(session: Session, *, keep: bool) -> Iterator[None]:
    """One transaction for a whole workbook, rolled back at the end unless ``keep``.

    A preview runs the very services a commit runs, so it finds every problem they would.
    """
    with batch(session):
        trial = session.begin_nested()
        yield
        if keep:
            trial.commit()
        else:
            trial.rollback()


def import_units_workbook(
    session: Session, path: Path, *, from_year: int, commit: bool = False
) -> PlainImport:
    """Units from a list (Mã đơn vị, Tên đơn vị, …): new codes created, known ones updated.

    Each row goes through ``units.create_unit``/``update_unit``, checked exactly as typed
    input; a refused row is reported by its number and, on commit, stops the whole import.
    A known unit keeps its names (renames are dated: ``units.rename_unit``).
    """
    path = Path(path)
    rows = plain.read_plain(path, plain.UNIT_FIELDS, plain.UNIT_REQUIRED)
    known = {u.code: u for u in units.list_units(session)}

    def apply(row: PlainRow) -> PlainOutcome:
        value = {key: plain.text(v) for key, v in row.values.items()}
        before = known.get(value["code"].upper())
        # a column the sheet lacks leaves the stored value alone
        kept = {k: getattr(before, k) if before else "" for k in plain.UNIT_DETAILS}
        fields = units.UnitFields(**{k: value.get(k, kept[k]) for k in plain.UNIT_DETAILS})
        if before is not None:
            after = units.update_unit(session, before.uuid, fields)
            status = "unchanged" if after.version == before.version else "changed"
            return PlainOutcome(row.number, after.code, after.official_name, status)
        name, short = value["official_name"], value.get("short_name", "")
        new = units.create_unit(
            session, fields, official_name=name, short_name=short, from_year=from_year
        )
        return PlainOutcome(row.number, new.code, new.official_name, "new")

    with _trial(session, keep=commit):
        result = plain.apply_rows(path.name, rows, apply)
        if commit and result.problems:
            raise ValidationError("\n".join(result.problems))
    return replace(result, committed=commit)


def import_table_workbook(
    session: Session, year_uuid: UUID, path: Path, *, commit: bool = False
) -> PlainImport:
    """Criteria from a workbook (Mã, Nội dung, Loại, Điểm tối đa, Mã mục cha) into the year.

    The rows are appended through ``table_edit.add_rows`` (one transaction; a new table version
    if scores exist); a year without a table gets one whose total is the sum of the
    top-level maxima. Preview unless ``commit``.
    """
    path = Path(path)
    table = tables.current(session, years.load(session, year_uuid))
    existing = [c.code for c in table.criteria] if table else []
    rows = plain.read_plain(path, plain.TABLE_FIELDS, plain.TABLE_REQUIRED)
    good, bad = plain.table_rows(path.name, rows, existing)
    outcomes = [*bad, *(PlainOutcome(r.number, r.code, r.title, "new") for r in good)]
    result = PlainImport(path.name, tuple(sorted(outcomes, key=lambda o: o.number)), commit)
    if bad:
        if commit:
            raise ValidationError("\n".join(result.problems))
        return result
    top = [r for r in good if r.parent is None and rules.CriterionKind(r.kind).counts_in_maximum]
    with _trial(session, keep=commit):
        if table is None:
            total = sum(r.max_points for r in top) or 100_00
            table_uuid = tables.create_table(session, year_uuid, declared_total=total).uuid
        else:
            table_uuid = table.uuid
        new_rows = [table_edit.NewRow(tables.CriterionFields(**r.fields()), r.parent) for r in good]
        table_edit.add_rows(session, table_uuid, new_rows)
    return result
