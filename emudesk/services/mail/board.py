"""Who is late: per member unit, the form sent, the return received, and what became of it.

The board puts side by side what ``outgoing`` recorded (forms and reminders, when, to
which address, the deadline they gave) and what ``receipts`` recorded (returns: when, from
which address, which file, imported or refused and why). A unit whose scores are stored
without any return on record (typed by hand, or imported before the mail room existed)
counts as answered: nobody should be reminded of a form that is already in.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.model import (
    ClusterYear,
    Criterion,
    FormDispatch,
    ReturnReceipt,
    Score,
    ScoringTable,
    Unit,
)
from emudesk.services.mail.receipts import IMPORTED, NO_CHANGES, REFUSED
from emudesk.services.organisation import units, years
from emudesk.services.scoring import tables


class State(enum.StrEnum):
    NOT_SENT = "not_sent"  # no form recorded as sent, nothing received
    WAITING = "waiting"  # sent, nothing usable back yet, deadline not passed
    LATE = "late"  # sent, nothing usable back, deadline passed
    REFUSED = "refused"  # the latest return was refused: the unit must send again
    RECEIVED = "received"  # a return imported (or its scores already stored)


ANSWERED = frozenset({State.RECEIVED})


@dataclass(frozen=True)
class BoardRow:
    """One member unit's line on the Returns board."""

    unit_uuid: UUID
    unit_code: str
    unit_name: str
    address: str
    sent_at: dt.datetime | None = None  # the first form sent
    sent_by: str = ""  # draft / smtp
    reminders: int = 0
    reminded_at: dt.datetime | None = None
    deadline: dt.date | None = None  # the latest deadline given to the unit
    received_at: dt.datetime | None = None  # the latest return (the e-mail's date, or import)
    received_from: str = ""
    received_file: str = ""
    outcome: str = ""  # imported / no_changes / refused, of the latest return
    reason: str = ""
    scores_stored: bool = False
    state: State = State.NOT_SENT
    days_left: int | None = None  # to the deadline, while the return is missing

    @property
    def missing(self) -> bool:
        return self.state not in ANSWERED


@dataclass(frozen=True)
class Board:
    year_uuid: UUID
    cluster_code: str
    year: int
    today: dt.date
    rows: tuple[BoardRow, ...]

    def count(self, *states: State) -> int:
        return sum(1 for row in self.rows if row.state in states)

    @property
    def sent(self) -> int:
        return sum(1 for row in self.rows if row.sent_at is not None)

    @property
    def missing(self) -> tuple[BoardRow, ...]:
        return tuple(row for row in self.rows if row.missing)


def returns_board(session: Session, year_uuid: UUID, *, today: dt.date | None = None) -> Board:
    """The year's Returns board, in the members' name order; reads only."""
    cluster_year = years.load(session, year_uuid)
    today = today or dt.date.today()
    year = cluster_year.year
    sent: dict[int, list[FormDispatch]] = {}
    for dispatch in session.scalars(
        select(FormDispatch)
        .where(FormDispatch.cluster_year_id == cluster_year.id)
        .order_by(FormDispatch.at, FormDispatch.id)
    ):
        sent.setdefault(dispatch.unit_id, []).append(dispatch)
    received: dict[int, ReturnReceipt] = {}
    for receipt in session.scalars(
        select(ReturnReceipt)
        .where(ReturnReceipt.cluster_year_id == cluster_year.id)
        .order_by(ReturnReceipt.recorded_at, ReturnReceipt.id)
    ):
        received[receipt.unit_id] = receipt  # the latest wins
    imported = {
        unit_id
        for unit_id, outcome in session.execute(
            select(ReturnReceipt.unit_id, ReturnReceipt.outcome).where(
                ReturnReceipt.cluster_year_id == cluster_year.id
            )
        )
        if outcome in (IMPORTED, NO_CHANGES)
    }
    stored = _scorers_with_scores(session, cluster_year)
    rows = []
    for member in years.info(cluster_year).members:
        unit = units.load(session, member.uuid)
        rows.append(
            _row(
                unit,
                member.short_name,
                sent.get(unit.id, []),
                received.get(unit.id),
                answered=unit.id in imported,
                scores_stored=unit.id in stored,
                today=today,
            )
        )
    return Board(cluster_year.uuid, cluster_year.cluster.code, year, today, tuple(rows))


def _row(
    unit: Unit,
    name: str,
    dispatches: list[FormDispatch],
    receipt: ReturnReceipt | None,
    *,
    answered: bool,
    scores_stored: bool,
    today: dt.date,
) -> BoardRow:
    forms = [d for d in dispatches if d.kind == "form"]
    reminders = [d for d in dispatches if d.kind == "reminder"]
    deadlines = [d.deadline for d in dispatches if d.deadline is not None]
    deadline = deadlines[-1] if deadlines else None
    latest_refused = receipt is not None and receipt.outcome == REFUSED
    if receipt is not None and not latest_refused:
        state = State.RECEIVED
    elif latest_refused:
        state = State.REFUSED
    elif answered or scores_stored:
        state = State.RECEIVED
    elif not dispatches:
        state = State.NOT_SENT
    elif deadline is not None and deadline < today:
        state = State.LATE
    else:
        state = State.WAITING
    days_left = (deadline - today).days if deadline and state is not State.RECEIVED else None
    return BoardRow(
        unit_uuid=unit.uuid,
        unit_code=unit.code,
        unit_name=name,
        address=unit.email,
        sent_at=_utc(forms[0].at if forms else (dispatches[0].at if dispatches else None)),
        sent_by=(forms or dispatches)[0].channel if dispatches else "",
        reminders=len(reminders),
        reminded_at=_utc(reminders[-1].at) if reminders else None,
        deadline=deadline,
        received_at=_utc(receipt.received_at or receipt.recorded_at) if receipt else None,
        received_from=receipt.sender if receipt else "",
        received_file=receipt.file_name if receipt else "",
        outcome=receipt.outcome if receipt else "",
        reason=receipt.reason if receipt else "",
        scores_stored=scores_stored,
        state=state,
        days_left=days_left,
    )


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """Stored in UTC; SQLite gives it back without its zone."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _scorers_with_scores(session: Session, cluster_year: ClusterYear) -> set[int]:
    """Units that gave self- or peer scores on the year's current table."""
    table = tables.current(session, cluster_year)
    if table is None:
        return set()
    query = (
        select(Score.scorer_unit_id, func.count())
        .join(Criterion, Score.criterion_id == Criterion.id)
        .join(ScoringTable, Criterion.table_id == ScoringTable.id)
        .where(ScoringTable.id == table.id, Score.role != rules.ScorerRole.HEAD.value)
        .group_by(Score.scorer_unit_id)
    )
    return {unit_id for unit_id, count in session.execute(query) if count}


def missing_units(session: Session, year_uuid: UUID) -> list[UUID]:
    """The members whose return is still missing (never answered, or refused)."""
    return [row.unit_uuid for row in returns_board(session, year_uuid).missing]
