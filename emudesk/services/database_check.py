"""``emudesk check``: SQLite's own checks plus the domain's invariants, as readable problems.

Every check is one set-based SQL statement that returns only the rows in fault (at most
``LIMIT`` of them), so memory stays flat whatever the database's size: a ministry's 8 million
scores are scanned by SQLite, never loaded into Python. SQLite's integrity check stops with
"database disk image is malformed" on a page overwritten with garbage; that, and any other
read the engine cannot finish, is reported as a damaged file, never as a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Date, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from emudesk.db.engine import Database
from emudesk.errors import CancelledError
from emudesk.i18n import _

LIMIT = 50
"""At most this many problems of one kind are listed: the first ones say what is wrong."""

PROGRESS_TOTAL = 1000
# Each phase: its share of PROGRESS_TOTAL (of the time) and how many progress ticks SQLite
# gives per database page, both measured on the ministry-size database (bench/check_scale.py,
# 384,000 pages): the integrity check is nearly all the time, the foreign keys and the
# domain's checks (one pass over the scores) a few seconds each.
_PHASES = {"integrity": (950, 0.0106), "foreign_keys": (20, 0.0027), "domain": (30, 0.0047)}
_OPCODES_PER_TICK = 100_000

Progress = Callable[[int, int], object]
"""``progress(done, total)``; a return value of exactly ``False`` asks to stop (cancel)."""


class _DamagedError(Exception):
    """The engine could not read on: the file is damaged (its reason in ``args[0]``)."""


class _Meter:
    """Turns the phases' ticks into ``progress(done, PROGRESS_TOTAL)`` calls, never backwards.

    SQLite calls ``tick`` every ``_OPCODES_PER_TICK`` steps of its virtual machine; a phase's
    expected number of ticks comes from the file's page count, and a phase never reports past
    its share (an estimate that falls short only makes the bar wait at the phase's end).
    """

    def __init__(self, progress: Progress | None, pages: int = 0) -> None:
        self.progress = progress
        self.pages = pages
        self.done = 0
        self.cancelled = False
        self.base = self.span = self.ticks = 0
        self.expected = 1.0

    def phase(self, name: str) -> None:
        """Start ``name``: everything before it counts as done."""
        starts = 0
        for other, (share, per_page) in _PHASES.items():
            if other == name:
                self.base, self.span, self.ticks = starts, share, 0
                self.expected = max(1.0, per_page * self.pages)
                break
            starts += share
        self.report(self.base)

    def tick(self) -> int:
        """SQLite's progress handler: non-zero interrupts the statement (a cancel)."""
        self.ticks += 1
        share = int(self.span * min(0.99, self.ticks / self.expected))
        try:
            self.report(self.base + share)
        except CancelledError:
            return 1
        return 0

    def report(self, done: int) -> None:
        done = max(self.done, min(done, PROGRESS_TOTAL))
        if done == self.done and done not in (0, PROGRESS_TOTAL):
            return
        self.done = done
        if self.progress is not None and self.progress(done, PROGRESS_TOTAL) is False:
            self.cancelled = True
            raise CancelledError(_("The check was cancelled."))


def check_database(db: Database, progress: Progress | None = None) -> list[str]:
    """Every problem found, in the user's language; an empty list means the database is sound.

    ``progress(done, total)`` is called from time to time (on this thread); it may return
    ``False`` to cancel, which raises ``CancelledError`` (a check writes nothing).
    """
    meter = _Meter(progress)
    meter.report(0)
    problems: list[str] = []
    with db.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection if db.path is not None else None
        try:
            if raw is not None:
                meter.pages = _page_count(raw)
                raw.set_progress_handler(meter.tick, _OPCODES_PER_TICK)
                found, damaged = _sqlite_checks(raw, meter)
                problems += found
                if damaged:
                    problems.append(_damaged_message(""))
                    meter.report(PROGRESS_TOTAL)
                    return problems
            meter.phase("domain")
            problems += _domain_problems(conn, meter)
        except _DamagedError as damage:
            problems.append(_damaged_message(str(damage)))
        finally:
            if raw is not None:
                raw.set_progress_handler(None, 0)
            if conn.in_transaction():
                conn.rollback()
    meter.report(PROGRESS_TOTAL)
    return problems


def _page_count(raw: Any) -> int:
    try:
        return int(raw.execute("PRAGMA page_count").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0  # the integrity check will say what is wrong


def _damaged_message(reason: str) -> str:
    detail = f" ({reason})" if reason else ""
    return _(
        "The database file is damaged{detail}: SQLite cannot read all of it. Do not enter "
        "data into it; restore the last good backup (emudesk restore, or File › Restore from "
        "a backup), or keep a copy of the file and ask for help.",
        detail=detail,
    )


@contextmanager
def _sqlite_errors(meter: _Meter) -> Iterator[None]:
    """An interrupted statement is the user's cancel; any other engine error is damage."""
    try:
        yield
    except CancelledError:
        raise
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        if meter.cancelled or _interrupted(exc):
            raise CancelledError(_("The check was cancelled.")) from exc
        orig = getattr(exc, "orig", exc)
        raise _DamagedError((str(orig).strip().splitlines() or [type(orig).__name__])[0]) from exc


def _interrupted(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return isinstance(exc, OperationalError | sqlite3.OperationalError) and "interrupt" in str(orig)


# What SQLite's integrity check says of a row that breaks a constraint (an edit outside emudesk),
# as opposed to a page or an index it cannot read: the rest of the checks still make sense.
_CONSTRAINT_FINDINGS = ("CHECK constraint failed", "NULL value in", "non-unique entry in index")


def _sqlite_checks(raw: Any, meter: _Meter) -> tuple[list[str], bool]:
    """``PRAGMA integrity_check`` then ``foreign_key_check``, read row by row (a damaged page
    makes SQLite stop half-way: the rows it gave before still count); True when the integrity
    check failed, so that nothing more is read from a damaged file."""
    problems: list[str] = []
    damaged = False
    meter.phase("integrity")
    try:
        with _sqlite_errors(meter):
            cursor = raw.execute("PRAGMA integrity_check")
            for (row,) in iter(cursor.fetchone, None):
                if row != "ok":
                    problems.append(_("SQLite integrity check: {detail}", detail=row))
                    damaged = damaged or not row.startswith(_CONSTRAINT_FINDINGS)
    except _DamagedError as damage:
        problems += _first_finding(raw, meter) or [
            _("SQLite integrity check: {detail}", detail=str(damage))
        ]
        damaged = True
    if damaged:
        return problems, True
    meter.phase("foreign_keys")
    references: list[str] = []
    with _sqlite_errors(meter):
        cursor = raw.execute("PRAGMA foreign_key_check")
        for row in iter(cursor.fetchone, None):
            references.append(
                _(
                    "Broken reference: table {table} row {row} points to a missing {target}",
                    table=row[0],
                    row=row[1],
                    target=row[2],
                )
            )
            if len(references) >= LIMIT:
                break
    return problems + references, False


def _first_finding(raw: Any, meter: _Meter) -> list[str]:
    """SQLite's words for the first fault, when the full check stopped on a malformed page
    (Python's driver reads a row ahead, so the row that described it was lost)."""
    try:
        with _sqlite_errors(meter):
            rows = raw.execute("PRAGMA integrity_check(1)").fetchall()
    except _DamagedError:
        return []
    return [_("SQLite integrity check: {detail}", detail=row) for (row,) in rows if row != "ok"]


def _domain_problems(conn: Connection, meter: _Meter) -> list[str]:
    problems: list[str] = []
    for check in (_year_problems, _unit_problems, _score_problems, _register_problems):
        with _sqlite_errors(meter):
            problems += check(conn)
    return problems


def _year_problems(conn: Connection) -> list[str]:
    """Each year's head and deputy: two different units, both members that year.

    A head or deputy merged away during the year awaits its successor (flagged on the year
    page), which is not a fault of the database.
    """
    problems: list[str] = []
    rows = conn.execute(
        text(
            "SELECT c.code, y.year, "
            " y.head_unit_id IS NOT NULL AND y.head_unit_id = y.deputy_unit_id, "
            " y.head_unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM membership m "
            "  WHERE m.cluster_year_id = y.id AND m.unit_id = y.head_unit_id), "
            " y.deputy_unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM membership m "
            "  WHERE m.cluster_year_id = y.id AND m.unit_id = y.deputy_unit_id), "
            " (SELECT u.merged_on FROM unit u WHERE u.id = y.head_unit_id) AS head_merged, "
            " (SELECT u.merged_on FROM unit u WHERE u.id = y.deputy_unit_id) AS deputy_merged "
            "FROM cluster_year y JOIN cluster c ON c.id = y.cluster_id "
            "WHERE y.head_unit_id IS NOT NULL OR y.deputy_unit_id IS NOT NULL "
            "ORDER BY y.id"
        ).columns(head_merged=Date, deputy_merged=Date)
    )
    for code, year, same, head_missing, deputy_missing, head_merged, deputy_merged in rows:
        head_out = head_missing and not (head_merged is not None and head_merged.year == year)
        deputy_out = deputy_missing and not (
            deputy_merged is not None and deputy_merged.year == year
        )
        if not (same or head_out or deputy_out):
            continue
        label = _("{cluster} year {year}", cluster=code, year=year)
        if same:
            problems.append(_("{label}: the head is also the deputy", label=label))
        if head_out:
            problems.append(_("{label}: the head is not a member that year", label=label))
        if deputy_out:
            problems.append(_("{label}: the deputy is not a member that year", label=label))
    return problems


def _unit_problems(conn: Connection) -> list[str]:
    problems: list[str] = []
    rows = conn.execute(
        text(
            "SELECT u.code, "
            " NOT EXISTS (SELECT 1 FROM unit_name n WHERE n.unit_id = u.id), "
            " u.successor_id IS NOT NULL AND u.successor_id = u.id "
            "FROM unit u "
            "WHERE u.successor_id = u.id "
            " OR NOT EXISTS (SELECT 1 FROM unit_name n WHERE n.unit_id = u.id) "
            "ORDER BY u.id"
        )
    )
    for code, nameless, own_successor in rows:
        if nameless:
            problems.append(_("Unit {code} has no name", code=code))
        if own_successor:
            problems.append(_("Unit {code} is merged into itself", code=code))
    return problems


def _score_problems(conn: Connection) -> list[str]:
    """Every stored score must be a value its criterion allows (an edit outside emudesk).

    SQLite finds the rows in fault in one pass over the scores (``CROSS JOIN`` keeps the
    scores as the outer loop: a sequential read, each criterion found by its key); the rules
    then word the problem of those few rows exactly as they word a typed value's.
    """
    from emudesk import rules

    ranged = ", ".join(
        f"'{kind.value}'"
        for kind in (
            rules.CriterionKind.POINTS,
            rules.CriterionKind.PASS_FAIL,
            rules.CriterionKind.BONUS,
            rules.CriterionKind.DEDUCTION,
        )
    )
    not_integer = " OR typeof(s.value) <> 'integer'" if conn.dialect.name == "sqlite" else ""
    rows = conn.execute(
        text(
            "SELECT c.code, c.kind, c.max_points, c.params, s.value, "
            " (SELECT u.code FROM unit u WHERE u.id = s.assessed_unit_id) "
            "FROM score s CROSS JOIN criterion c "
            "WHERE c.id = s.criterion_id AND ("
            f" c.kind = '{rules.CriterionKind.SECTION.value}'"
            f" OR s.value < 0 OR s.value > {int(rules.MAX_VALUE)}"
            f" OR (c.kind IN ({ranged}) AND s.value > c.max_points)"
            f" OR (c.kind = '{rules.CriterionKind.PASS_FAIL.value}'"
            "     AND s.value <> 0 AND s.value <> c.max_points)"
            f"{not_integer}) "
            "ORDER BY s.id LIMIT :limit"
        ),
        {"limit": LIMIT},
    )
    problems: list[str] = []
    for code, kind, maximum, params, value, unit in rows:
        spec = rules.CriterionSpec(code, code, "", rules.CriterionKind(kind), maximum,
                                   params=dict(_params(params)))  # fmt: skip
        problem = rules.check_value(spec, value)
        if problem is not None:
            problems.append(
                _("Score of {unit} on criterion {code}: {problem}", unit=unit, code=code,
                  problem=problem.message)
            )  # fmt: skip
    return problems


def _params(value: object) -> dict[str, Any]:
    """The criterion's parameters as stored (JSON text on SQLite, a dict elsewhere)."""
    import json

    if isinstance(value, dict):
        return value
    if isinstance(value, str | bytes) and value:
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def _register_problems(conn: Connection) -> list[str]:
    """Register numbers run 1, 2, 3… per issuer: never skipped, never repeated."""
    problems: list[str] = []
    gapped = conn.execute(
        text(
            "SELECT i.id, i.name FROM certificate_entry e JOIN issuer i ON i.id = e.issuer_id "
            "GROUP BY i.id, i.name "
            "HAVING max(e.number) - min(e.number) + 1 <> count(DISTINCT e.number) "
            "ORDER BY i.name"
        )
    ).all()
    for issuer_id, issuer in gapped:
        numbers = conn.execute(
            text(
                "SELECT DISTINCT number FROM certificate_entry WHERE issuer_id = :issuer "
                "ORDER BY number"
            ),
            {"issuer": issuer_id},
        )
        missing: list[int] = []
        expected: int | None = None
        for (number,) in numbers:
            if expected is not None:
                missing.extend(range(expected, min(number, expected + 10 - len(missing))))
            if len(missing) >= 10:
                break
            expected = number + 1
        problems.append(
            _(
                "Certificate register of {issuer}: numbers are not consecutive (missing {missing})",
                issuer=issuer,
                missing=", ".join(str(n) for n in missing[:10]),
            )
        )
    return problems
