"""Bring a database to the program's schema — after a backup — or refuse a newer one.

The revision check is plain SQL so that a normal start never imports Alembic; Alembic is
loaded only when there is something to upgrade.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from emudesk.db.engine import Database
from emudesk.errors import DatabaseError
from emudesk.i18n import _
from emudesk.revisions import KNOWN_REVISIONS, SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The known revisions and the head live in emudesk.revisions (read before SQLAlchemy is loaded).
__all__ = [
    "KNOWN_REVISIONS",
    "MIGRATIONS_DIR",
    "SCHEMA_HEAD",
    "current_revision",
    "has_tables",
    "migrate",
    "needs_upgrade",
]


def current_revision(db: Database) -> str | None:
    """The database's Alembic revision, or None for a database emudesk never touched."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def needs_upgrade(db: Database) -> bool:
    """True when ``migrate`` would change the schema; raises for a database it cannot use."""
    revision = current_revision(db)
    if revision == SCHEMA_HEAD:
        return False
    if revision is None:
        if has_tables(db):
            raise DatabaseError(
                _(
                    "This file is an SQLite database but not an emudesk one; "
                    "choose another file or create a new database."
                )
            )
        return True
    if revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            _(
                "This database was made by a newer version of emudesk (schema {revision}). "
                "Update emudesk and open it again; nothing in the file was changed.",
                revision=revision,
            )
        )
    return True


def migrate(db: Database, *, backup: bool = True) -> Path | None:
    """Upgrade ``db`` to ``SCHEMA_HEAD``; returns the backup taken first, if any."""
    if not needs_upgrade(db):
        return None
    backup_path = None
    if backup and current_revision(db) is not None:
        from emudesk.db.backup import automatic_backup

        backup_path = automatic_backup(db, reason="migrate")
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        # SQLite changes a column by copying its table; with the keys enforced, dropping the
        # old copy would cascade into (or be refused by) the tables that refer to it. They are
        # switched off for the upgrade (outside its transaction, where SQLite honours that)
        # and every reference is checked once at the end instead.
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, SCHEMA_HEAD)
                if raw is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseError(
                        _(
                            "Upgrading the database would break its references; nothing was "
                            "changed. Send the file to the emudesk developers."
                        )
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return backup_path
