"""What depends on a cluster-year: the single place later features register their data.

Removing a year, and the year's to-do list, must know about scores, proposals, commitments
and meetings without ``years`` importing every feature module.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from emudesk.model import ClusterYear


def year_in_use(session: Session, cluster_year: ClusterYear) -> str | None:
    """Why the year cannot be removed, or None when it holds no recorded work."""
    del session, cluster_year
    return None


def year_todo(session: Session, cluster_year: ClusterYear) -> list[tuple[str, str]]:
    """Feature-specific items for the year's to-do list as (key, text) pairs."""
    del session, cluster_year
    return []
