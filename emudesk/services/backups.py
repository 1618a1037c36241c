"""The automatic backup that precedes every bulk write (imports, handovers)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from emudesk.services.tx import actor_of


def before_bulk_write(session: Session, reason: str = "before-import") -> Path | None:
    """An automatic backup of an SQLite database before a bulk write (None on a server)."""
    from sqlalchemy.orm import sessionmaker

    from emudesk.db.backup import automatic_backup
    from emudesk.db.engine import Database, sqlite_path

    engine = session.get_bind().engine
    url = engine.url.render_as_string(hide_password=False)
    if sqlite_path(url) is None:
        return None
    database = Database(url, engine, sessionmaker(engine), actor_of(session))
    return automatic_backup(database, reason=reason)
