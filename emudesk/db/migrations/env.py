"""Alembic environment: always run on the connection handed over by emudesk.db.migrate."""

from __future__ import annotations

from alembic import context

from emudesk.model import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: alembic copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
