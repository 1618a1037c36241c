"""Small helpers shared by several services."""

from __future__ import annotations

from emudesk.errors import ConcurrentEditError
from emudesk.i18n import _
from emudesk.model.base import Travelling


def check_version(entity: Travelling, expected: int | None, label: str) -> None:
    """Refuse an edit made on a stale copy, saying who changed the record meanwhile."""
    if expected is not None and entity.version != expected:
        raise ConcurrentEditError(
            _(
                "\u201c{label}\u201d was changed meanwhile by {who} at {when}; "
                "reload it and make your change again.",
                label=label,
                who=entity.updated_by or "?",
                when=entity.updated_at.astimezone().strftime("%H:%M %d/%m/%Y"),
            )
        )
