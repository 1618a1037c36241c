"""Small read-only queries the GUI needs and no use-case service offers (plain data out)."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.model import Person


def person_unit(session: Session, person_uuid: UUID) -> UUID | None:
    """The UUID of the unit a person works in (None when unknown), to show a person's hit."""
    person = session.scalar(select(Person).where(Person.uuid == person_uuid))
    if person is None or person.unit is None:
        return None
    return person.unit.uuid
