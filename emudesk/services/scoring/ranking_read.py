"""Ranking's inputs read with plain SQL into plain records (``records.ranking_inputs``).

The first ranking of a process used to spend most of its time compiling ORM statements and
loading entities (2.7–5.4 × a raw fetch of the same scores at a ministry's size). These
queries are plain ``text()``: compiled in microseconds, returning tuples. They read what the
ORM path read, no more: the current table, the settings, the members with their names, the
scores, the votes, the exclusions, the catalogue's awards and the lock — and the year before,
when a tie-break asks for its ranks. The same SQL runs on SQLite and PostgreSQL; the values
that the two drivers return differently (UUIDs, dates, JSON, booleans, sums) are converted here.

A ranking reads the scores summed per (criterion, assessed unit) by the database
(``rules.summaries``): ten times fewer rows reach Python. A score sheet, which shows every
scorer's value, and a ranking whose sums show an entry the full check must see, read them one
by one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import TextClause, Uuid, bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.records.ranking_inputs import (
    Member,
    NameOnDate,
    OfferedAward,
    RankingInputs,
    YearScores,
)
from emudesk.rules import summaries

_YEAR_COLUMNS = "y.id, y.uuid, y.year, k.id, k.code, k.name, k.issuer_id"
_YEAR_BY_UUID = text(
    f"SELECT {_YEAR_COLUMNS} FROM cluster_year y JOIN cluster k ON k.id = y.cluster_id "
    "WHERE y.uuid = :year_uuid"
).bindparams(bindparam("year_uuid", type_=Uuid()))
_YEAR_BY_CODE = text(
    f"SELECT {_YEAR_COLUMNS} FROM cluster_year y JOIN cluster k ON k.id = y.cluster_id "
    "WHERE k.code = :code AND y.year = :year"
)
_YEAR_BY_CLUSTER_UUID = text(
    f"SELECT {_YEAR_COLUMNS} FROM cluster_year y JOIN cluster k ON k.id = y.cluster_id "
    "WHERE k.uuid = :cluster_uuid AND y.year = :year"
).bindparams(bindparam("cluster_uuid", type_=Uuid()))
_PREVIOUS = text("SELECT id FROM cluster_year WHERE cluster_id = :cluster AND year = :year")
_TABLE = text(
    "SELECT id, revision FROM scoring_table WHERE cluster_year_id = :year "
    "ORDER BY revision DESC LIMIT 1"
)
_CRITERIA = text(
    "SELECT id, uuid, parent_id, position, code, title, kind, max_points, params "
    "FROM criterion WHERE table_id = :table ORDER BY position, id"
)
_SETTINGS = text("SELECT settings FROM regulation WHERE cluster_year_id = :year")
_MEMBERS = text(
    "SELECT u.id, u.uuid, u.code FROM membership m JOIN unit u ON u.id = m.unit_id "
    "WHERE m.cluster_year_id = :year ORDER BY m.id"
)
_NAMES = text(
    "SELECT n.unit_id, n.valid_from, n.official_name, n.short_name "
    "FROM unit_name n JOIN membership m ON m.unit_id = n.unit_id "
    "WHERE m.cluster_year_id = :year ORDER BY n.unit_id, n.valid_from"
)
_SCORES = text(
    "SELECT s.criterion_id, s.scorer_unit_id, s.assessed_unit_id, s.role, s.value "
    "FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE c.table_id = :table"
)
# One row per (criterion, assessed unit): the entries summed as ``rules.ScoreSummary`` reads
# them (see ``emudesk.rules.summaries``); the sum of the squares only for a table with
# pass/fail rows (0 otherwise), the peers' extremes only when they are trimmed. Plain
# aggregates and CASE, the same on SQLite and PostgreSQL (where SUM of a BIGINT is a NUMERIC,
# read back as a Decimal and converted).
_SUMMARY = (
    "SELECT s.criterion_id, s.assessed_unit_id, COUNT(*), SUM(s.value), MIN(s.value), "
    "MAX(s.value), {squares}, "
    "SUM(CASE s.role"
    f" WHEN 'self' THEN CASE WHEN s.scorer_unit_id = s.assessed_unit_id THEN {summaries.OWN_SELF}"
    f" ELSE {summaries.FOREIGN_SELF} END"
    f" WHEN 'head' THEN {summaries.HEAD}"
    f" WHEN 'peer' THEN CASE WHEN s.scorer_unit_id = s.assessed_unit_id THEN {summaries.ODD}"
    f" ELSE {summaries.PEER} END"
    f" ELSE {summaries.ODD} END), "
    "MAX(CASE s.role WHEN 'self' THEN s.value END), "
    "MAX(CASE s.role WHEN 'head' THEN s.value END){extremes} "
    "FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE c.table_id = :table "
    "GROUP BY s.criterion_id, s.assessed_unit_id"
)
_SQUARES = "SUM(CAST(s.value AS BIGINT) * s.value)"
_EXTREMES = (
    ", MIN(CASE s.role WHEN 'peer' THEN s.value END), MAX(CASE s.role WHEN 'peer' THEN s.value END)"
)
# by (pass/fail rows in the table, extremes trimmed)
_SUMMED = {
    (binary, trimmed): text(
        _SUMMARY.format(squares=_SQUARES if binary else "0", extremes=_EXTREMES if trimmed else "")
    )
    for binary in (False, True)
    for trimmed in (False, True)
}
_UNIT_KEYS = text("SELECT id, uuid FROM unit WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_VOTES = text("SELECT unit_id, votes FROM tie_vote WHERE cluster_year_id = :year")
_EXCLUSIONS = text(
    "SELECT u.uuid, e.reason, e.note FROM award_exclusion e JOIN unit u ON u.id = e.unit_id "
    "WHERE e.cluster_year_id = :year ORDER BY e.id"
)
_AWARDS = text(
    "SELECT ranking_role, quota_count, quota_percent, quota_rounding, valid_from, valid_until "
    "FROM award WHERE issuer_id = :issuer ORDER BY position, valid_from, id"
)
_LOCKED = text("SELECT locked FROM year_scoring WHERE cluster_year_id = :year")

_ROLES = {role.value: role for role in rules.ScorerRole}


class MissingError(LookupError):
    """The year, or its scoring table, is not there: the caller words the refusal."""


def _uuid(value: Any) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def year_by_uuid(session: Session, year_uuid: UUID) -> Sequence[Any]:
    row = session.connection().execute(_YEAR_BY_UUID, {"year_uuid": year_uuid}).first()
    if row is None:
        raise MissingError
    return row


def year_by_cluster(session: Session, cluster_key: UUID | str, year: int) -> Sequence[Any]:
    """The year of a cluster given by UUID or by code (as ``clusters.load`` finds it)."""
    if isinstance(cluster_key, UUID):
        query, params = _YEAR_BY_CLUSTER_UUID, {"cluster_uuid": cluster_key, "year": year}
    else:
        query, params = _YEAR_BY_CODE, {"code": cluster_key.strip().upper(), "year": year}
    row = session.connection().execute(query, params).first()
    if row is None:
        raise MissingError
    return row


def read(session: Session, year_row: Sequence[Any], *, summed: bool = False) -> RankingInputs:
    """Everything the ranking of the year (a row of ``year_by_*``) reads.

    ``summed``: the scores are read summed per (criterion, assessed unit) by the database
    (``YearScores.summaries``), not one by one (``YearScores.entries``): what a ranking needs,
    not a score sheet, which shows each scorer's value.

    Raises ``Missing`` when the year has no scoring table, and ``rules.RegulationError`` for
    stored settings that do not read back (as ``regulation.settings_of`` does).
    """
    year_id, year_uuid, year, cluster_id, code, name, issuer_id = year_row
    scores = _year_scores(session, year_id, year, summed)
    previous = None
    if any(r.kind is rules.TieBreakKind.PREVIOUS_RANK for r in scores.settings.tie_breaks):
        try:
            previous = _previous(session, cluster_id, year, summed)
        except rules.RegulationError as exc:  # the ORM path refused these the same way
            raise ValidationError(str(exc)) from exc
    conn = session.connection()
    exclusions = {
        str(_uuid(unit)): (rules.ExclusionReason(reason), note)
        for unit, reason, note in conn.execute(_EXCLUSIONS, {"year": year_id})
    }
    day = dt.date(year, 12, 31)  # the catalogue's reference day (catalogue.reference_day)
    awards = []
    for role, count, percent, rounding, valid_from, valid_until in conn.execute(
        _AWARDS, {"issuer": issuer_id}
    ):
        start, end = _date(valid_from), _date(valid_until)
        if (start is None or start <= day) and (end is None or day <= end):
            awards.append(OfferedAward(role, count, percent, rounding))
    locked = conn.execute(_LOCKED, {"year": year_id}).scalar()
    return RankingInputs(
        year_uuid=_uuid(year_uuid),
        cluster_code=code,
        cluster_name=name,
        scores=scores,
        previous=previous,
        exclusions=exclusions,
        awards=tuple(awards),
        locked=bool(locked),
    )


def _previous(session: Session, cluster_id: int, year: int, summed: bool) -> YearScores | None:
    found = (
        session.connection().execute(_PREVIOUS, {"cluster": cluster_id, "year": year - 1}).first()
    )
    if found is None:
        return None
    try:
        return _year_scores(session, found[0], year - 1, summed)
    except MissingError:  # no table that year: no previous ranks
        return None


def _year_scores(session: Session, year_id: int, year: int, summed: bool) -> YearScores:
    conn = session.connection()
    table = conn.execute(_TABLE, {"year": year_id}).first()
    if table is None:
        raise MissingError
    table_id, revision = table
    stored = conn.execute(_SETTINGS, {"year": year_id}).first()
    settings = (
        rules.RegulationSettings()
        if stored is None
        else rules.RegulationSettings.from_dict(_json(stored[0]))
    )
    rows = conn.execute(_CRITERIA, {"table": table_id}).all()
    criterion_keys = {row[0]: str(_uuid(row[1])) for row in rows}
    criteria = tuple(
        rules.CriterionSpec(
            key=criterion_keys[cid],
            code=code,
            title=title,
            kind=rules.CriterionKind(kind),
            max_points=max_points,
            parent_key=criterion_keys.get(parent_id) if parent_id is not None else None,
            position=position,
            params=dict(_json(params) or {}),
        )
        for cid, _key, parent_id, position, code, title, kind, max_points, params in rows
    )
    names: dict[int, list[NameOnDate]] = {}
    for unit_id, valid_from, official, short in conn.execute(_NAMES, {"year": year_id}):
        day = _date(valid_from)
        assert day is not None  # the column is NOT NULL
        names.setdefault(unit_id, []).append(NameOnDate(day, official, short))
    members = tuple(
        Member(unit_id, _uuid(unit_uuid), unit_code, tuple(names.get(unit_id, ())))
        for unit_id, unit_uuid, unit_code in conn.execute(_MEMBERS, {"year": year_id})
    )
    unit_keys = {m.unit_id: m.key for m in members}
    entries: tuple[rules.ScoreEntry, ...] = ()
    summed_rows: tuple[rules.ScoreSummary, ...] | None = None
    if summed:
        binary = any(spec.kind is rules.CriterionKind.PASS_FAIL for spec in criteria)
        query = _SUMMED[binary, settings.trim_extremes]
        summed_rows = _summaries(session, table_id, query, unit_keys, criterion_keys)
    if summed_rows is None:
        entries = _entries(session, table_id, unit_keys, criterion_keys)
    vote_rows = conn.execute(_VOTES, {"year": year_id}).all()
    votes = (
        {unit_keys[u]: v for u, v in vote_rows if u in {m.unit_id for m in members}}
        if vote_rows
        else None
    )
    return YearScores(
        year_id=year_id,
        year=year,
        table_id=table_id,
        table_revision=revision,
        criteria=criteria,
        settings=settings,
        members=members,
        entries=entries,
        votes=votes,
        summaries=summed_rows,
    )


def _entries(
    session: Session, table_id: int, unit_keys: dict[int, str], criterion_keys: dict[int, str]
) -> tuple[rules.ScoreEntry, ...]:
    score_rows = session.connection().execute(_SCORES, {"table": table_id}).all()
    _add_unit_keys(
        session,
        unit_keys,
        {r[1] for r in score_rows} | {r[2] for r in score_rows},
    )
    if not score_rows:
        return ()
    # column by column, the keys looked up by C-level maps: a third faster
    cids, scorers, assessed, roles, values = zip(*score_rows, strict=True)
    unit_key, criterion_key = unit_keys.__getitem__, criterion_keys.__getitem__
    return tuple(
        map(
            rules.ScoreEntry,
            map(unit_key, scorers),
            map(_ROLES.__getitem__, roles),
            map(unit_key, assessed),
            map(criterion_key, cids),
            values,
        )
    )


def _summaries(
    session: Session,
    table_id: int,
    query: TextClause,
    unit_keys: dict[int, str],
    criterion_keys: dict[int, str],
) -> tuple[rules.ScoreSummary, ...] | None:
    """The year's entries summed (None: a sum beyond SQLite's integers; read them one by one)."""
    conn = session.connection()
    try:
        rows = _driver_rows(conn, query, {"table": table_id})
    except conn.dialect.loaded_dbapi.OperationalError as exc:
        # SQLite's SUM refuses to overflow (PostgreSQL's sum of integers is a NUMERIC)
        if conn.dialect.name != "sqlite" or "overflow" not in str(exc).lower():
            raise
        return None
    _add_unit_keys(session, unit_keys, {r[1] for r in rows})
    criterion_key, unit_key = criterion_keys.__getitem__, unit_keys.__getitem__
    return tuple(
        rules.ScoreSummary(
            criterion_key(row[0]),
            unit_key(row[1]),
            row[2],
            row[3],
            row[4],
            row[5],
            _integer(row[6]),
            _integer(row[7]),
            *row[8:],
        )
        for row in rows
    )


def _driver_rows(conn: Connection, query: TextClause, params: dict[str, Any]) -> list[Any]:
    """The rows as the driver gives them, on the session's own connection (its transaction).

    For the one query whose rows are many: SQLAlchemy's first execution of a statement in a
    process, and its result rows, cost a few milliseconds more than the query itself. The
    statement is compiled for the connection's dialect (its parameter style) all the same.
    """
    compiled = query.compile(dialect=conn.dialect)
    driver = conn.connection.driver_connection
    assert driver is not None  # a connection in use has its driver's
    cursor = driver.cursor()
    try:
        bound = compiled.construct_params(params)
        names = compiled.positiontup
        cursor.execute(compiled.string, [bound[n] for n in names] if names else bound)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _integer(value: Any) -> Any:
    """A PostgreSQL NUMERIC sum as the integer it is (SQLite's sums are left as they are)."""
    return int(value) if isinstance(value, Decimal) else value


def _add_unit_keys(session: Session, keys: dict[int, str], wanted: Iterable[int]) -> None:
    """The keys of scorers who are not members (a unit merged away, a scorer from outside)."""
    missing = [unit_id for unit_id in wanted if unit_id not in keys]
    if missing:
        for unit_id, unit_uuid in session.connection().execute(_UNIT_KEYS, {"ids": missing}):
            keys[unit_id] = str(_uuid(unit_uuid))
