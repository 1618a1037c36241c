"""Score rows written in bulk through the driver's own ``executemany``.

An import writes a thousand rows per file. Through SQLAlchemy's ``execute(insert(...),
rows)`` every row's parameters are built and type-processed one by one in Python
(``construct_params``), which cost more than SQLite's writing them. Here each statement is
compiled once for the connection's dialect (its SQL, its parameter style and order, and
each parameter's type processing, exactly as SQLAlchemy would apply them), the values that
are the same for every row (the time and the actor) are processed once, and only the
columns whose type needs it (the UUID on SQLite) are processed per row; the rows then go
to the DB-API cursor's ``executemany`` (``Connection.exec_driver_sql``). The same code
serves SQLite and PostgreSQL: whatever differs is the dialect's.

What the ORM maintains on a score is kept by hand, as ``set_scores`` always did with Core
statements: a new row has version 1, status draft, ``updated_at``/``updated_by`` of the
write; an update adds 1 to ``version`` (the mapper's ``version_id_col``) and sets
``updated_at`` (the column's ``onupdate``) and ``updated_by``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, literal_column, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from emudesk.model import Score

INSERTED = (
    "uuid",
    "version",
    "criterion_id",
    "scorer_unit_id",
    "assessed_unit_id",
    "role",
    "value",
    "status",
    "note",
    "evidence",
    "updated_at",
    "updated_by",
)
"""The columns of a new score row, in the order of the tuples ``insert_rows`` takes; the
last two (the write's time and actor) are the same for every row and are not in them."""

UPDATED = ("b_id", "value", "note", "evidence")
"""An updated row's tuple: its id, then its new value, note and evidence."""


def _table() -> Table:
    return cast(Table, Score.__table__)


def _insert() -> ClauseElement:
    table = _table()
    return insert(table).values({name: bindparam(name) for name in INSERTED})


def _update() -> ClauseElement:
    table = _table()
    return (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            value=bindparam("value"),
            note=bindparam("note"),
            evidence=bindparam("evidence"),
            version=table.c.version + literal_column("1"),
            updated_at=bindparam("b_at"),
            updated_by=bindparam("b_by"),
        )
    )


def _run(
    connection: Connection,
    statement: ClauseElement,
    varying: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    constants: Mapping[str, Any],
) -> None:
    """``executemany`` of ``statement`` on the driver's cursor: per row the ``varying``
    parameters from ``rows`` (in that order), and ``constants`` for every row."""
    dialect = connection.dialect
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    binds = {name: param for param, name in compiled.bind_names.items()}
    processors: dict[str, Callable[[Any], Any] | None] = {
        name: param.type.dialect_impl(dialect).bind_processor(dialect)
        for name, param in binds.items()
    }

    def once(name: str) -> Any:
        process = processors[name]
        value = constants[name]
        return process(value) if process is not None and value is not None else value

    fixed = {name: once(name) for name in constants}
    column = {name: index for index, name in enumerate(varying)}
    per_row = [(column[n], p) for n, p in processors.items() if p is not None and n in column]
    if per_row:
        processed = []
        for row in rows:
            values = list(row)
            for index, process in per_row:
                if values[index] is not None:
                    values[index] = process(values[index])
            processed.append(tuple(values))
        rows = processed
    if compiled.positional:
        # each row followed by the constants, then picked in the statement's order (in C)
        tail = tuple(fixed.values())
        at = {name: index for index, name in enumerate([*varying, *fixed])}
        pick = itemgetter(*[at[name] for name in compiled.positiontup or ()])
        params: list[Any] = [pick(row + tail) for row in rows]
    else:
        params = [dict(zip(varying, row, strict=True)) | fixed for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def insert_rows(
    connection: Connection, rows: Sequence[tuple[Any, ...]], now: dt.datetime, who: str
) -> None:
    """New score rows: tuples of ``INSERTED`` without the last two (time and actor)."""
    if rows:
        constants = {"updated_at": now, "updated_by": who}
        _run(connection, _insert(), INSERTED[:-2], rows, constants)


def update_rows(
    connection: Connection, rows: Sequence[tuple[Any, ...]], now: dt.datetime, who: str
) -> None:
    """Changed score rows: tuples of ``UPDATED``; each row's version goes up by one."""
    if rows:
        _run(connection, _update(), UPDATED, rows, {"b_at": now, "b_by": who})
