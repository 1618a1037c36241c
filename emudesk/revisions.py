"""The schema revisions this program knows, oldest first; the last one is the head.

Plain constants with no database import: the window compares a file's revision with the head
before SQLAlchemy is loaded (``services.organisation.early_read``); ``db.migrate`` uses them
to upgrade or refuse.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_certificates",
    "0003_cycle",
    "0004_mailroom",
    "0005_papers",
    "0006_unlocked_reasons",
    "0007_reorganisation",
    "0008_issuer",
    "0009_imported",
    "0010_submitted_ranking",
    "0011_past_awards",
)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
